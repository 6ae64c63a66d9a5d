package org.publicprivate.agreements;

/**
 * Korean numbers as newspapers and government documents write them: groups of 경 (10^16), 조
 * (10^12), 억 (10^8) and 만 (10^4) and the ones, each group's number with thousands separators.
 * Money, quantities and foreign amounts all write their numbers here, and read them with
 * {@link KoreanNumberReader}, so that the three agree on every number.
 */
final class KoreanNumbers {
  static final String UNITS = "경조억만";
  static final long[] UNIT_VALUES = {
    10_000_000_000_000_000L, 1_000_000_000_000L, 100_000_000L, 10_000L
  };
  /** The index of the ones in {@link #UNITS}: after 만, the smallest unit. */
  static final int ONES = 4;

  private KoreanNumbers() {}

  /** Appends the number with thousands separators: {@code 20,000,000,000}. */
  static StringBuilder appendGrouped(StringBuilder text, long value) {
    String digits = Long.toString(value);
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    text.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      text.append(',').append(digits, i, i + 3);
    }
    return text;
  }

  /**
   * Appends the number in Korean units, zero groups left out and one space between groups:
   * {@code 1조 2,345억 6,789만}, {@code 3만 3,000}, {@code 5,000}, {@code 0}.
   */
  static StringBuilder appendKorean(StringBuilder text, long value) {
    int start = text.length();
    long rest = value;
    for (int unit = 0; unit < ONES; unit++) {
      long group = rest / UNIT_VALUES[unit];
      rest %= UNIT_VALUES[unit];
      if (group != 0) {
        if (text.length() > start) {
          text.append(' ');
        }
        appendGrouped(text, group).append(UNITS.charAt(unit));
      }
    }
    if (rest != 0 || text.length() == start) {
      if (text.length() > start) {
        text.append(' ');
      }
      appendGrouped(text, rest);
    }
    return text;
  }

  /**
   * Whether {@link #appendKorean} writes the number ending in a Korean unit ({@code 2만},
   * {@code 1억}) rather than in a digit ({@code 3만 3,000}, {@code 0}).
   */
  static boolean endsInUnit(long value) {
    return value != 0 && value % UNIT_VALUES[ONES - 1] == 0;
  }
}
