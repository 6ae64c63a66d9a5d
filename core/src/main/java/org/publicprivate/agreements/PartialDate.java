package org.publicprivate.agreements;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A date known to the year, the month or the day, as the press gives it: {@code 2021},
 * {@code 2021-09} ("2021년 9월"), {@code 2021-09-15}.
 *
 * <pre>{@code
 * PartialDate september2021 = PartialDate.of(2021, 9);
 * PartialDate.parse("2021-09").equals(september2021); // true
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class PartialDate implements Comparable<PartialDate> {
  private static final String ALLOWED_TEXT = "YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date";

  /**
   * {@link #toString()}'s text once made; not an attribute. Immutables advises against fields in
   * a value type; this one is a cache of what the attributes determine, as BigDecimal keeps its
   * string, and equality, hashing and copies ignore it.
   */
  @SuppressWarnings("immutables:incompat")
  private String text;

  PartialDate() {}

  /** The year, from 1 to 9999. */
  @Value.Parameter
  public abstract int year();

  /** The month of the year, 1 to 12, when known. */
  @Value.Parameter
  public abstract OptionalInt month();

  /** The day of the month, when known; only present with a month. */
  @Value.Parameter
  public abstract OptionalInt day();

  /** A date known only to the year. */
  public static PartialDate of(int year) {
    return ImmutablePartialDate.of(year, OptionalInt.empty(), OptionalInt.empty());
  }

  /** A date known to the month. */
  public static PartialDate of(int year, int month) {
    return ImmutablePartialDate.of(year, OptionalInt.of(month), OptionalInt.empty());
  }

  /** A date known to the day. */
  public static PartialDate of(int year, int month, int day) {
    return ImmutablePartialDate.of(year, OptionalInt.of(month), OptionalInt.of(day));
  }

  /** The partial date of a whole calendar date. */
  public static PartialDate of(LocalDate date) {
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** The partial date of a month. */
  public static PartialDate of(YearMonth month) {
    return of(month.getYear(), month.getMonthValue());
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, the form {@link #toString()} writes.
   *
   * @throws IllegalArgumentException quoting the text if it has another form or is no real date
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int length = s.length();
    if ((length != 4 && length != 7 && length != 10)
        || !digits(s, 0, 4)
        || (length >= 7 && (s.charAt(4) != '-' || !digits(s, 5, 7)))
        || (length == 10 && (s.charAt(7) != '-' || !digits(s, 8, 10)))) {
      throw new InvalidAttributeException("PartialDate", "text", s, ALLOWED_TEXT);
    }
    int year = Integer.parseInt(s, 0, 4, 10);
    if (length == 4) {
      return of(year);
    }
    int month = Integer.parseInt(s, 5, 7, 10);
    return length == 7 ? of(year, month) : of(year, month, Integer.parseInt(s, 8, 10, 10));
  }

  /** Whether the date is known to the day. */
  public boolean isComplete() {
    return day().isPresent();
  }

  /** The first calendar day the partial date can mean: 2021-09 gives 2021-09-01. */
  public LocalDate earliest() {
    return LocalDate.of(year(), month().orElse(1), day().orElse(1));
  }

  /** Orders partial dates by their earliest day, then less precise before more precise. */
  @Override
  public int compareTo(PartialDate other) {
    int byDay = earliest().compareTo(other.earliest());
    return byDay != 0 ? byDay : Integer.compare(precision(), other.precision());
  }

  /** The date as {@code 2021}, {@code 2021-09} or {@code 2021-09-15}. */
  @Override
  public String toString() {
    // Kept after the first call, as BigDecimal keeps its string: writing a document again makes
    // no new text for its dates. A race only makes the same immutable text twice.
    String known = text;
    if (known == null) {
      known = format();
      text = known;
    }
    return known;
  }

  private String format() {
    char[] chars = new char[10];
    int year = year(); // 1 to 9999: four digits, with leading zeros
    chars[0] = (char) ('0' + year / 1000);
    chars[1] = (char) ('0' + year / 100 % 10);
    chars[2] = (char) ('0' + year / 10 % 10);
    chars[3] = (char) ('0' + year % 10);
    int length = 4;
    OptionalInt month = month();
    if (month.isPresent()) {
      length = twoDigits(chars, length, month.getAsInt());
      OptionalInt day = day();
      if (day.isPresent()) {
        length = twoDigits(chars, length, day.getAsInt());
      }
    }
    return new String(chars, 0, length);
  }

  private static int twoDigits(char[] chars, int at, int value) {
    chars[at] = '-';
    chars[at + 1] = (char) ('0' + value / 10);
    chars[at + 2] = (char) ('0' + value % 10);
    return at + 3;
  }

  @Value.Check
  void check() {
    // Each accessor of an OptionalInt attribute makes a new OptionalInt: ask each once.
    int year = year();
    OptionalInt month = month();
    OptionalInt day = day();
    if (year < 1 || year > 9999) {
      throw new InvalidAttributeException("PartialDate", "year", year, "from 1 to 9999");
    }
    if (month.isPresent() && (month.getAsInt() < 1 || month.getAsInt() > 12)) {
      throw new InvalidAttributeException(
          "PartialDate", "month", month.getAsInt(), "from 1 to 12");
    }
    if (day.isPresent()) {
      if (month.isEmpty()) {
        throw new InvalidAttributeException(
            "PartialDate", "day", day.getAsInt(), "absent when the month is absent");
      }
      int days = Month.of(month.getAsInt()).length(Year.isLeap(year));
      if (day.getAsInt() < 1 || day.getAsInt() > days) {
        throw new InvalidAttributeException("PartialDate", "day", day.getAsInt(),
            "a day of " + YearMonth.of(year, month.getAsInt()));
      }
    }
  }

  private int precision() {
    return day().isPresent() ? 2 : month().isPresent() ? 1 : 0;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
