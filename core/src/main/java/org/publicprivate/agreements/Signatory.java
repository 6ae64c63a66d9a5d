package org.publicprivate.agreements;

import java.util.Optional;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.SignatoryAttribute;

/**
 * A person who signs an agreement on behalf of one of its parties.
 *
 * <pre>{@code
 * Signatory mayor = Signatory.builder()
 *     .party(PartyId.of("busan"))
 *     .name("박형준")
 *     .title("부산광역시장")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Signatory implements WithSignatory {
  Signatory() {}

  /** The party on whose behalf the signatory signs. */
  public abstract PartyId party();

  /** The signatory's name. */
  public abstract String name();

  /** The signatory's name in English or in Latin letters, such as {@code Stephane Deblaise}. */
  public abstract Optional<String> englishName();

  /** The signatory's title, such as {@code 대표이사}. */
  public abstract Optional<String> title();

  /** A builder for a signatory; {@code party} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Signatory}. */
  public static final class Builder extends ImmutableSignatory.Builder {
    Builder() {}
  }

  @Value.Check
  Signatory normalize() {
    String name = Text.normalize(name(), SignatoryAttribute.NAME);
    Optional<String> englishName = Text.normalize(englishName(), SignatoryAttribute.ENGLISH_NAME);
    Optional<String> title = Text.normalize(title(), SignatoryAttribute.TITLE);
    if (name.equals(name()) && englishName.equals(englishName()) && title.equals(title())) {
      return this;
    }
    return builder().from(this).name(name).englishName(englishName).title(title).build();
  }

}
