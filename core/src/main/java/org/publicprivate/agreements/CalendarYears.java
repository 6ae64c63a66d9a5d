package org.publicprivate.agreements;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;

/**
 * The years the model accepts: 1 to 9999, the years that JSON and most other systems write with
 * four digits ({@code 2024}, {@code 2023-05-22}). A date or year outside them is a typing mistake in
 * an agreement's record, and would not read back from its own JSON.
 */
final class CalendarYears {
  static final int FIRST_YEAR = 1;
  static final int LAST_YEAR = 9999;
  private static final String ALLOWED = "in the years " + FIRST_YEAR + " to " + LAST_YEAR;

  private CalendarYears() {}

  /** The year {@code value}, if it is one of the model's years. */
  static Year year(String type, String attribute, int value) {
    if (value < FIRST_YEAR || value > LAST_YEAR) {
      throw new InvalidAttributeException(type, attribute, value, ALLOWED);
    }
    return Year.of(value);
  }

  static void check(String type, String attribute, Year year) {
    if (year.getValue() < FIRST_YEAR || year.getValue() > LAST_YEAR) {
      throw new InvalidAttributeException(type, attribute, year, ALLOWED);
    }
  }

  static void check(String type, String attribute, LocalDate date) {
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw new InvalidAttributeException(type, attribute, date, ALLOWED);
    }
  }

  static void check(String type, String attribute, Optional<LocalDate> date) {
    if (date.isPresent()) {
      check(type, attribute, date.get());
    }
  }
}
