package org.publicprivate.agreements;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.MilestoneAttribute;

/**
 * A step a commitment names on the way to its fulfilment ("2025년 착공"), with when it falls due,
 * whether it was met and when.
 *
 * <pre>{@code
 * Milestone groundbreaking = Milestone.builder()
 *     .description("공장 착공")
 *     .due(PartialDate.of(2025))
 *     .build();
 * groundbreaking.status(); // MilestoneStatus.PLANNED
 * }</pre>
 */
@Value.Immutable
public abstract class Milestone implements WithMilestone {
  Milestone() {}

  /** The milestone in words, stripped and in NFC. */
  public abstract String description();

  /** When it falls due. */
  public abstract Optional<PartialDate> due();

  /** Where it stands; {@link MilestoneStatus#PLANNED} unless set. */
  @Value.Default
  public MilestoneStatus status() {
    return MilestoneStatus.PLANNED;
  }

  /** When it was met; validation checks this is given exactly when it is MET. */
  public abstract Optional<PartialDate> metOn();

  /** What it is to reach in numbers. */
  public abstract List<Quantity> quantities();

  /** A planned milestone described in words. */
  public static Milestone of(String description) {
    return builder().description(description).build();
  }

  /** A builder; {@code description} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Milestone}. */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }

  @Value.Check
  Milestone normalize() {
    String description = Text.normalize(description(), MilestoneAttribute.DESCRIPTION);
    return description.equals(description())
        ? this : ImmutableMilestone.copyOf(this).withDescription(description);
  }
}
