package org.publicprivate.agreements.testkit;

/**
 * Writes an amount of won in one of the notations Korean press and government documents use,
 * independently of the library's own formatter, so that parsing is checked against a second
 * implementation.
 */
final class KoreanMoneyNotation {
  static final int COUNT = 10;
  private static final String[] UNITS = {"경", "조", "억", "만"};
  private static final long[] UNIT_VALUES = {
    10_000_000_000_000_000L, 1_000_000_000_000L, 100_000_000L, 10_000L
  };

  private KoreanMoneyNotation() {}

  static String write(long won, int notation) {
    return switch (notation) {
      case 0 -> Long.toString(won);
      case 1 -> grouped(won);
      case 2 -> "₩" + grouped(won);
      case 3 -> "KRW " + grouped(won);
      case 4 -> grouped(won) + "원";
      case 5 -> korean(won, " ", false) + " 원";
      case 6 -> korean(won, "", false) + "원";
      case 7 -> korean(won, " ", true) + " 원";
      case 8 -> korean(won, " ", false);
      default -> decimal(won);
    };
  }

  private static String grouped(long value) {
    String digits = Long.toString(value);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        text.append(',');
      }
      text.append(digits.charAt(i));
    }
    return text.toString();
  }

  /** Korean units; with {@code subUnits}, a group's thousands and hundreds as 천 and 백. */
  private static String korean(long won, String separator, boolean subUnits) {
    StringBuilder text = new StringBuilder();
    long rest = won;
    for (int unit = 0; unit < UNITS.length; unit++) {
      long group = rest / UNIT_VALUES[unit];
      rest %= UNIT_VALUES[unit];
      if (group != 0) {
        append(text, separator, (subUnits ? withSubUnits(group) : grouped(group)) + UNITS[unit]);
      }
    }
    if (rest != 0 || text.length() == 0) {
      append(text, separator, subUnits ? withSubUnits(rest) : grouped(rest));
    }
    return text.toString();
  }

  private static String withSubUnits(long group) {
    if (group == 0) {
      return "0";
    }
    StringBuilder text = new StringBuilder();
    long thousands = group / 1000;
    long hundreds = group / 100 % 10;
    long rest = group % 100;
    if (thousands > 0) {
      text.append(thousands).append('천');
    }
    if (hundreds > 0) {
      text.append(hundreds).append('백');
    }
    if (rest > 0) {
      text.append(rest);
    }
    return text.toString();
  }

  private static void append(StringBuilder text, String separator, String part) {
    if (text.length() > 0) {
      text.append(separator);
    }
    text.append(part);
  }

  /** {@code 2.5억 원} where the amount is a whole number of 억 plus tenths; else Korean units. */
  private static String decimal(long won) {
    long eok = UNIT_VALUES[2];
    if (won >= eok && won % (eok / 10) == 0 && won % eok != 0 && won / eok < 10_000) {
      return won / eok + "." + (won % eok) / (eok / 10) + "억 원";
    }
    return korean(won, " ", false) + " 원";
  }
}
