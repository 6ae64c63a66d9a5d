package org.publicprivate.agreements;

import java.util.Optional;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.StatusChangeAttribute;

/**
 * One entry of the status history of a commitment: the {@link CommitmentStatus} it took on a date, with a
 * note and the source that reports it.
 *
 * <pre>{@code
 * CommitmentStatusChange change = CommitmentStatusChange.of(CommitmentStatus.IN_PROGRESS, PartialDate.of(2024, 3));
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class CommitmentStatusChange implements StatusChange<CommitmentStatus> {
  CommitmentStatusChange() {}

  /** The change to {@code status} on {@code date}. */
  public static CommitmentStatusChange of(CommitmentStatus status, PartialDate date) {
    return builder().status(status).date(date).build();
  }

  /** A builder; {@code status} and {@code date} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CommitmentStatusChange}. */
  public static final class Builder extends ImmutableCommitmentStatusChange.Builder
      implements StatusChange.Builder<CommitmentStatus, CommitmentStatusChange> {
    Builder() {}
  }

  @Value.Check
  CommitmentStatusChange normalize() {
    Optional<String> note = Text.normalize(note(), StatusChangeAttribute.NOTE);
    return note.equals(note()) ? this : builder().from(this).note(note).build();
  }
}
