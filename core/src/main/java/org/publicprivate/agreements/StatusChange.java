package org.publicprivate.agreements;

import java.util.Optional;

/**
 * One entry of a status history: the status an agreement, a commitment or a funded programme
 * took on a date, with a note and the source that reports it. Each status enumeration has its own
 * type: {@link AgreementStatusChange} ({@link AgreementStatus}), {@link CommitmentStatusChange}
 * ({@link CommitmentStatus}) and {@link ProgrammeStatusChange} ({@link ProgrammeStatus}); this
 * interface is what they share, for code that reads any history.
 *
 * <pre>{@code
 * CommitmentStatusChange started = CommitmentStatusChange.of(CommitmentStatus.IN_PROGRESS,
 *     PartialDate.of(2024, 3));
 * }</pre>
 *
 * <p>Why three types and not one generic type: decision record 0016.
 *
 * @param <S> the status enumeration
 */
public sealed interface StatusChange<S extends Enum<S>>
    permits AgreementStatusChange, CommitmentStatusChange, ProgrammeStatusChange {
  /** The status taken. */
  S status();

  /** When it was taken, to the day, the month or the year the source gives. */
  PartialDate date();

  /** A note, stripped and in NFC; absent when blank. */
  Optional<String> note();

  /** The source document that reports the change, by its id. */
  Optional<SourceId> source();

  /**
   * What the builders of the three status change types share: code that fills any status history
   * (a reader, a generator) takes a {@code Supplier<StatusChange.Builder<S, C>>}, such as {@code
   * CommitmentStatusChange::builder}.
   *
   * @param <S> the status enumeration
   * @param <C> the status change type built
   */
  interface Builder<S extends Enum<S>, C extends StatusChange<S>> {
    /** Sets the status taken; required. */
    Builder<S, C> status(S status);

    /** Sets the date it was taken; required. */
    Builder<S, C> date(PartialDate date);

    /** Sets the note. */
    Builder<S, C> note(String note);

    /** Sets the note, or none. */
    Builder<S, C> note(Optional<String> note);

    /** Sets the source that reports the change. */
    Builder<S, C> source(SourceId source);

    /** Sets the source that reports the change, or none. */
    Builder<S, C> source(Optional<? extends SourceId> source);

    /** Empties the builder, to build another status change with it. */
    Builder<S, C> clear();

    /**
     * Builds the status change.
     *
     * @throws IllegalArgumentException if the status or the date is missing
     */
    C build();
  }
}
