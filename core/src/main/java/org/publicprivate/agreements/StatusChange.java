package org.publicprivate.agreements;

import java.util.Optional;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.StatusChangeAttribute;

/**
 * One entry of a status history: the status an agreement, a commitment or a funded programme
 * took on a date, with a note and the source that reports it. One generic type serves the three
 * status enumerations ({@link AgreementStatus}, {@link CommitmentStatus}, {@link ProgrammeStatus}).
 *
 * <pre>{@code
 * StatusChange<CommitmentStatus> started = StatusChange.of(CommitmentStatus.IN_PROGRESS,
 *     PartialDate.of(2024, 3));
 * }</pre>
 *
 * @param <S> the status enumeration
 */
@Value.Immutable
public abstract class StatusChange<S extends Enum<S>> {
  StatusChange() {}

  /** The status taken. */
  public abstract S status();

  /** When it was taken, to the day, the month or the year the source gives. */
  public abstract PartialDate date();

  /** A note, stripped and in NFC; absent when blank. */
  public abstract Optional<String> note();

  /** The source document that reports the change, by its id. */
  public abstract Optional<SourceId> source();

  /** The change to {@code status} on {@code date}. */
  public static <S extends Enum<S>> StatusChange<S> of(S status, PartialDate date) {
    return StatusChange.<S>builder().status(status).date(date).build();
  }

  /** A builder; {@code status} and {@code date} are required. */
  public static <S extends Enum<S>> Builder<S> builder() {
    return new Builder<>();
  }

  /**
   * Builds a {@link StatusChange}.
   *
   * @param <S> the status enumeration
   */
  public static final class Builder<S extends Enum<S>> extends ImmutableStatusChange.Builder<S> {
    Builder() {}
  }

  @Value.Check
  StatusChange<S> normalize() {
    Optional<String> note = Text.normalize(note(), StatusChangeAttribute.NOTE);
    return note.equals(note()) ? this : StatusChange.<S>builder().from(this).note(note).build();
  }
}
