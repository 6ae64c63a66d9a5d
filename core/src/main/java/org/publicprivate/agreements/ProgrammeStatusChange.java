package org.publicprivate.agreements;

import java.util.Optional;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.StatusChangeAttribute;

/**
 * One entry of the status history of a funded programme: the {@link ProgrammeStatus} it took on a date, with a
 * note and the source that reports it.
 *
 * <pre>{@code
 * ProgrammeStatusChange change = ProgrammeStatusChange.of(ProgrammeStatus.SELECTED, PartialDate.of(2024, 1));
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class ProgrammeStatusChange implements StatusChange<ProgrammeStatus> {
  ProgrammeStatusChange() {}

  /** The change to {@code status} on {@code date}. */
  public static ProgrammeStatusChange of(ProgrammeStatus status, PartialDate date) {
    return builder().status(status).date(date).build();
  }

  /** A builder; {@code status} and {@code date} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgrammeStatusChange}. */
  public static final class Builder extends ImmutableProgrammeStatusChange.Builder
      implements StatusChange.Builder<ProgrammeStatus, ProgrammeStatusChange> {
    Builder() {}
  }

  @Value.Check
  ProgrammeStatusChange normalize() {
    Optional<String> note = Text.normalize(note(), StatusChangeAttribute.NOTE);
    return note.equals(note()) ? this : builder().from(this).note(note).build();
  }
}
