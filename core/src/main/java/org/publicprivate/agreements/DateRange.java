package org.publicprivate.agreements;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A range of calendar days from a start to an optional end, both inclusive; without an end the range
 * is open-ended.
 *
 * <pre>{@code
 * DateRange twoYears = DateRange.of(LocalDate.of(2023, 5, 22), LocalDate.of(2025, 5, 21));
 * DateRange fromSigning = DateRange.startingOn(LocalDate.of(2023, 5, 22));
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class DateRange {
  DateRange() {}

  /** The first day of the range. */
  @Value.Parameter
  public abstract LocalDate start();

  /** The last day of the range, inclusive; absent when the range is open-ended. */
  @Value.Parameter
  public abstract Optional<LocalDate> end();

  /**
   * The range from {@code start} to {@code end}, both inclusive.
   *
   * @throws InvalidAttributeException if {@code end} is before {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return ImmutableDateRange.of(start, Optional.of(Objects.requireNonNull(end, "end")));
  }

  /** The open-ended range that starts on {@code start}. */
  public static DateRange startingOn(LocalDate start) {
    return ImmutableDateRange.of(start, Optional.empty());
  }

  /** Whether {@code date} lies within the range, its ends included. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && end().map(e -> !date.isAfter(e)).orElse(true);
  }

  /** The range as {@code 2023-05-22..2025-05-21}, or {@code 2023-05-22..} when open-ended. */
  @Override
  public String toString() {
    return start() + ".." + end().map(LocalDate::toString).orElse("");
  }

  @Value.Check
  void check() {
    CalendarYears.check("DateRange", "start", start());
    CalendarYears.check("DateRange", "end", end());
    if (end().isPresent() && end().get().isBefore(start())) {
      throw new InvalidAttributeException(
          "DateRange", "end", end().get(), "on or after the start " + start());
    }
  }
}
