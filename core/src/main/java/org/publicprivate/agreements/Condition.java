package org.publicprivate.agreements;

import java.util.Optional;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.ConditionAttribute;

/**
 * What a commitment waits on before it binds: a budget to be appropriated, a council's vote, a
 * feasibility study, a programme to be selected ("국비 공모에 선정되면"), a permit or a site.
 *
 * <pre>{@code
 * Condition selection = Condition.builder()
 *     .kind(ConditionKind.PROGRAMME_SELECTION)
 *     .description("국비 공모 선정")
 *     .programme(ProgrammeId.of("road-grant"))
 *     .build();
 * selection.status(); // ConditionStatus.PENDING
 * }</pre>
 */
@Value.Immutable
public abstract class Condition implements WithCondition {
  Condition() {}

  /** What kind of condition it is. */
  public abstract ConditionKind kind();

  /** The condition in words, stripped and in NFC; absent when blank. */
  public abstract Optional<String> description();

  /** The funded programme whose selection or budget the condition waits on. */
  public abstract Optional<ProgrammeId> programme();

  /** Where the condition stands; {@link ConditionStatus#PENDING} unless set. */
  @Value.Default
  public ConditionStatus status() {
    return ConditionStatus.PENDING;
  }

  /** A pending condition of {@code kind}, described in words. */
  public static Condition of(ConditionKind kind, String description) {
    return builder().kind(kind).description(description).build();
  }

  /** A builder; {@code kind} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Condition}. */
  public static final class Builder extends ImmutableCondition.Builder {
    Builder() {}
  }

  @Value.Check
  Condition normalize() {
    Optional<String> description = Text.normalize(description(), ConditionAttribute.DESCRIPTION);
    return description.equals(description())
        ? this : ImmutableCondition.copyOf(this).withDescription(description);
  }
}
