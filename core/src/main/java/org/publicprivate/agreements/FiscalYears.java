package org.publicprivate.agreements;

import java.time.Year;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A run of consecutive fiscal years, both ends inclusive, such as the four years 2024–2027 of a
 * state-funded programme. Korean fiscal years are calendar years.
 *
 * <pre>{@code
 * FiscalYears period = FiscalYears.of(2024, 2027);
 * period.contains(Year.of(2025)); // true
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class FiscalYears {
  FiscalYears() {}

  /** The first fiscal year. */
  @Value.Parameter
  public abstract Year first();

  /** The last fiscal year, inclusive. */
  @Value.Parameter
  public abstract Year last();

  /**
   * The fiscal years from {@code first} to {@code last}, both inclusive.
   *
   * @throws InvalidAttributeException if {@code last} is before {@code first}
   */
  public static FiscalYears of(Year first, Year last) {
    return ImmutableFiscalYears.of(first, last);
  }

  /**
   * The fiscal years from {@code first} to {@code last}, both inclusive.
   *
   * @throws InvalidAttributeException if a year is outside 1 to 9999 or {@code last} is before
   *     {@code first}
   */
  public static FiscalYears of(int first, int last) {
    return of(CalendarYears.year("FiscalYears", "first", first),
        CalendarYears.year("FiscalYears", "last", last));
  }

  /** Whether {@code year} is one of these fiscal years. */
  public boolean contains(Year year) {
    Objects.requireNonNull(year, "year");
    return !year.isBefore(first()) && !year.isAfter(last());
  }

  /** How many fiscal years the run has; 4 for 2024–2027. */
  public int length() {
    return last().getValue() - first().getValue() + 1;
  }

  /** The run as {@code 2024–2027} (with an en dash), or {@code 2024} for a single year. */
  @Override
  public String toString() {
    return first().equals(last()) ? first().toString() : first() + "–" + last();
  }

  @Value.Check
  void check() {
    CalendarYears.check("FiscalYears", "first", first());
    CalendarYears.check("FiscalYears", "last", last());
    if (last().isBefore(first())) {
      throw new InvalidAttributeException(
          "FiscalYears", "last", last(), "the first year " + first() + " or later");
    }
  }
}
