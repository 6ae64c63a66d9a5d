package org.publicprivate.agreements;

import java.util.Optional;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.LocationAttribute;

/**
 * Where a commitment is carried out: a named place such as a factory or an industrial complex,
 * and, when known, its region's code.
 *
 * <pre>{@code
 * Location plant = Location.of("부산공장", RegionCode.of("26440"));
 * }</pre>
 */
@Value.Immutable
public abstract class Location implements WithLocation {
  Location() {}

  /** The place's name, such as {@code 부산공장} or {@code ○○일반산업단지}, stripped and in NFC. */
  public abstract String name();

  /** The 법정동코드 (or its prefix) of the place's region, when known. */
  public abstract Optional<RegionCode> regionCode();

  /** A place with a name and no region code. */
  public static Location of(String name) {
    return builder().name(name).build();
  }

  /** A place with a name and its region's code. */
  public static Location of(String name, RegionCode regionCode) {
    return builder().name(name).regionCode(regionCode).build();
  }

  /** A builder; {@code name} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }

  @Value.Check
  Location normalize() {
    String name = Text.normalize(name(), LocationAttribute.NAME);
    return name.equals(name()) ? this : ImmutableLocation.copyOf(this).withName(name);
  }
}
