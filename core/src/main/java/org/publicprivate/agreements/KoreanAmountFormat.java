package org.publicprivate.agreements;

import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes and reads amounts of won as text: the canonical {@code ₩20,000,000,000}, Korean units as
 * newspapers and government documents write them ({@code 1조 2,345억 6,789만 원}), and the plain forms
 * in between.
 *
 * <p>{@link #parse} reads, around optional white space:
 * <ul>
 *   <li>at most one currency marker: {@code ₩} (or the full-width {@code ￦}) or {@code KRW} before
 *       the amount, or {@code 원} or {@code KRW} after it;
 *   <li>groups with the units 경 (10^16), 조 (10^12), 억 (10^8), 만 (10^4), each at most once and in
 *       that order, then optionally the ones; a group after a larger one is below 10,000;
 *   <li>a group's number as digits, with commas only between groups of three ({@code 1,500만});
 *       or as digits 1 to 9 before 천, 백 and 십 in that order, optionally followed by a smaller
 *       number ({@code 1억 5천만}, {@code 2천3백만}, {@code 5천 원});
 *   <li>a decimal directly before 경, 조, 억 or 만 when the result is whole won ({@code 2.5억 원},
 *       {@code 1.25조 원}); a decimal point anywhere else is rejected, so that {@code 1.000} is never
 *       misread as a thousand or as one won.
 * </ul>
 * White space is any Unicode space, including the no-break and the ideographic space, and is
 * insignificant between the parts above ({@code 200억원}, {@code 200 억 원}). Everything else is
 * rejected: negative amounts (also {@code △}/{@code ▲}, the minus of Korean accounts), fractions
 * of a won, other currencies, units without digits before them ({@code 억 원}, {@code 백만 원}:
 * Hangul numerals are not read), leading zeros ({@code 007}), full-width digits and commas, and
 * values above {@link Long#MAX_VALUE} won. The reader is a single left-to-right pass that allocates
 * nothing on success but itself.
 */
final class KoreanAmountFormat {
  private static final String UNITS = "경조억만";
  private static final long[] UNIT_VALUES = {
    10_000_000_000_000_000L, 1_000_000_000_000L, 100_000_000L, 10_000L
  };
  /**
   * {@code Long.MAX_VALUE / UNIT_VALUES[i]}: the largest number before each unit. The overflow check
   * of a group compares with it, since a 64-bit division by a value read from an array is the
   * slowest instruction on the way.
   */
  private static final long[] UNIT_LIMITS = {922L, 9_223_372L, 92_233_720_368L, 922_337_203_685_477L};
  /** The index of the ones in {@link #UNITS}: after 만, the smallest unit. */
  private static final int ONES = 4;
  private static final long GROUP_LIMIT = 10_000;
  private static final String MINUS_SIGNS = "-\u2212\u2010\u2011\u2012\u2013\u2014\uFE63\uFF0D△▲";
  private static final String[] CURRENCY_WORDS = {
    "달러", "불", "엔", "위안", "유로", "파운드", "프랑", "루블", "루피", "페소", "바트", "동", "円", "元"
  };
  private static final String FORMS =
      "write whole won such as 20,000,000,000, ₩20,000,000,000, KRW 20,000,000,000, 20,000,000,000원,"
          + " 200억 원, 1조 2,345억 6,789만 원, 1억 5천만 원 or 2.5억 원";
  private static final int QUOTE_LIMIT = 100;

  private KoreanAmountFormat() {}

  /** Writes the canonical form, {@code ₩} and the won with thousands separators: {@code ₩1,000}. */
  static String format(long won) {
    return appendGrouped(new StringBuilder(27).append('₩'), won).toString();
  }

  /**
   * Writes Korean units: {@code 1조 2,345억 6,789만 원}; zero groups are left out, and zero is
   * {@code 0 원}.
   */
  static String formatKorean(long won) {
    StringBuilder text = new StringBuilder(40);
    long rest = won;
    for (int unit = 0; unit < ONES; unit++) {
      long group = rest / UNIT_VALUES[unit];
      rest %= UNIT_VALUES[unit];
      if (group != 0) {
        appendGrouped(text, group).append(UNITS.charAt(unit)).append(' ');
      }
    }
    if (rest != 0 || text.length() == 0) {
      appendGrouped(text, rest).append(' ');
    }
    return text.append('원').toString();
  }

  /**
   * Reads an amount of won in any form described on this class.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not such an amount; the message quotes it
   */
  static long parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new Reader(text).read();
  }

  private static StringBuilder appendGrouped(StringBuilder text, long value) {
    String digits = Long.toString(value);
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    text.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      text.append(',').append(digits, i, i + 3);
    }
    return text;
  }

  /** One pass over one text; the fields describe the number read last. */
  private static final class Reader {
    private final CharSequence text;
    private int pos;
    private int end;
    private long integer;
    private int integerStart;
    private int integerEnd;
    private int fractionStart;
    private int fractionEnd;

    Reader(CharSequence text) {
      this.text = text;
    }

    long read() {
      end = text.length();
      while (end > 0 && isSpace(text.charAt(end - 1))) {
        end--;
      }
      skipSpaces();
      if (pos == end) {
        throw fail("it is blank");
      }
      boolean prefixed = readPrefix();
      skipSpaces();
      if (pos < end && MINUS_SIGNS.indexOf(text.charAt(pos)) >= 0) {
        throw fail("negative amounts are not allowed");
      }
      long won = readGroups(prefixed);
      readSuffix(prefixed);
      return won;
    }

    private boolean readPrefix() {
      char c = text.charAt(pos);
      if (c == '₩' || c == '￦') {
        pos++;
        return true;
      }
      if (startsWith("KRW")) {
        pos += 3;
        return true;
      }
      return false;
    }

    private long readGroups(boolean prefixed) {
      long total = 0;
      int previousUnit = -1;
      while (true) {
        skipSpaces();
        if (pos == end || atSuffix()) {
          break;
        }
        if (previousUnit == ONES || !isDigit(text.charAt(pos))) {
          throw unexpected();
        }
        long coefficient = readCoefficient();
        skipSpaces();
        int unit = pos < end ? UNITS.indexOf(text.charAt(pos)) : -1;
        if (unit < 0) {
          unit = ONES;
        } else {
          pos++;
        }
        if (unit <= previousUnit) {
          throw fail("units must descend 경, 조, 억, 만, each at most once, but "
              + unitName(unit) + " follows " + unitName(previousUnit));
        }
        if (previousUnit >= 0 && coefficient >= GROUP_LIMIT) {
          throw fail("the number after " + unitName(previousUnit) + " must be below 10,000");
        }
        total = add(total, scale(coefficient, unit));
        previousUnit = unit;
      }
      if (previousUnit < 0) {
        throw prefixed && pos < end ? unexpected() : fail("it has no digits");
      }
      return total;
    }

    /** Reads a group's number: a decimal, or digits before 천, 백 and 십 and a smaller rest. */
    private long readCoefficient() {
      readNumber();
      skipSpaces();
      if (pos == end || subUnitExponent(text.charAt(pos)) < 0) {
        return integer;
      }
      long coefficient = 0;
      int previousExponent = 4;
      while (true) {
        char subUnit = text.charAt(pos);
        int exponent = subUnitExponent(subUnit);
        if (integerEnd - integerStart != 1 || integer == 0 || fractionEnd > fractionStart) {
          throw fail("천, 백 and 십 take a single digit 1 to 9 before them, such as 5천만");
        }
        if (exponent >= previousExponent) {
          throw fail("천, 백 and 십 must descend within a unit, such as 2천3백만");
        }
        coefficient += integer * pow10(exponent);
        previousExponent = exponent;
        pos++;
        skipSpaces();
        if (pos == end || !isDigit(text.charAt(pos))) {
          break;
        }
        readNumber();
        skipSpaces();
        if (pos < end && subUnitExponent(text.charAt(pos)) >= 0) {
          continue;
        }
        if (fractionEnd > fractionStart || integer >= pow10(previousExponent)) {
          throw fail("the number after " + subUnit + " must be a whole number below "
              + pow10(previousExponent));
        }
        coefficient += integer;
        break;
      }
      fractionStart = fractionEnd;
      return coefficient;
    }

    /** Reads digits with optional commas between groups of three, and a decimal fraction. */
    private void readNumber() {
      integerStart = pos;
      long value = 0;
      int groupDigits = 0;
      boolean grouped = false;
      for (; pos < end; pos++) {
        char c = text.charAt(pos);
        if (isDigit(c)) {
          if (value == 0 && pos > integerStart) {
            throw fail("numbers must not start with 0");
          }
          if (value > (Long.MAX_VALUE - (c - '0')) / 10) {
            throw tooLarge();
          }
          value = value * 10 + (c - '0');
          groupDigits++;
        } else if (c == ',') {
          if (value == 0 || groupDigits == 0 || groupDigits > 3 || grouped && groupDigits != 3) {
            throw misplacedComma();
          }
          grouped = true;
          groupDigits = 0;
        } else {
          break;
        }
      }
      if (grouped && groupDigits != 3) {
        throw misplacedComma();
      }
      integer = value;
      integerEnd = pos;
      if (pos + 1 < end && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1))) {
        pos++;
        fractionStart = pos;
        while (pos < end && isDigit(text.charAt(pos))) {
          pos++;
        }
      } else {
        fractionStart = pos;
      }
      fractionEnd = pos;
    }

    /** The won of a group: its number, fraction included, times its unit. */
    private long scale(long coefficient, int unit) {
      if (unit == ONES) {
        if (fractionEnd > fractionStart) {
          throw fail("a fraction of a won is not allowed; a decimal point may stand only directly"
              + " before 경, 조, 억 or 만, such as 2.5억");
        }
        return coefficient;
      }
      long unitValue = UNIT_VALUES[unit];
      if (coefficient > UNIT_LIMITS[unit]) {
        throw tooLarge();
      }
      long fraction = 0;
      long place = unitValue;
      for (int i = fractionStart; i < fractionEnd; i++) {
        int digit = text.charAt(i) - '0';
        place /= 10;
        if (place == 0 && digit != 0) {
          throw fail("a fraction of a won is not allowed, and "
              + text.subSequence(integerStart, fractionEnd) + UNITS.charAt(unit)
              + " is not a whole number of won");
        }
        fraction += digit * place;
      }
      return add(coefficient * unitValue, fraction);
    }

    private void readSuffix(boolean prefixed) {
      if (pos == end) {
        return;
      }
      if (prefixed) {
        throw fail("the currency is written twice; write ₩ or KRW before the amount, or 원 or KRW"
            + " after it, once");
      }
      pos += text.charAt(pos) == '원' ? 1 : 3;
      skipSpaces();
      if (pos < end) {
        throw unexpected();
      }
    }

    private long add(long a, long b) {
      if (a > Long.MAX_VALUE - b) {
        throw tooLarge();
      }
      return a + b;
    }

    private boolean atSuffix() {
      return text.charAt(pos) == '원' || startsWith("KRW");
    }

    private boolean startsWith(String word) {
      if (end - pos < word.length()) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        if (text.charAt(pos + i) != word.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    private void skipSpaces() {
      while (pos < end && isSpace(text.charAt(pos))) {
        pos++;
      }
    }

    /** Says why the character at {@code pos} cannot stand there. */
    private IllegalArgumentException unexpected() {
      char c = text.charAt(pos);
      if (UNITS.indexOf(c) >= 0 || subUnitExponent(c) >= 0) {
        return fail(c + " has no number before it; write digits before every unit, such as 1억"
            + " or 5천만");
      }
      if (c == '₩' || c == '￦' || c == '원' || startsWith("KRW")) {
        return fail("the currency is misplaced or written twice; write ₩ or KRW before the amount,"
            + " or 원 or KRW after it, once");
      }
      if (isDigit(c)) {
        return fail("a number follows another without a unit between them; white space does not"
            + " separate thousands, commas do");
      }
      String currency = otherCurrency();
      if (currency != null) {
        return fail("it names another currency, \"" + currency + "\"; only Korean won (₩, KRW, 원)"
            + " is allowed");
      }
      int codePoint = Character.codePointAt(text, pos);
      return fail("'" + new String(Character.toChars(codePoint)) + "' (U+"
          + String.format(Locale.ROOT, "%04X", codePoint) + ") cannot stand at index " + pos);
    }

    private String otherCurrency() {
      char c = text.charAt(pos);
      if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
        return String.valueOf(c);
      }
      for (String word : CURRENCY_WORDS) {
        if (startsWith(word)) {
          return word;
        }
      }
      int letters = pos;
      while (letters < end && isAsciiLetter(text.charAt(letters))) {
        letters++;
      }
      if (letters > pos && letters < end
          && Character.getType(text.charAt(letters)) == Character.CURRENCY_SYMBOL) {
        return text.subSequence(pos, letters + 1).toString(); // US$, HK$, A$
      }
      String code = text.subSequence(pos, letters).toString().toUpperCase(Locale.ROOT);
      boolean isCode = code.length() == 3
          && Currency.getAvailableCurrencies().stream()
              .anyMatch(currency -> currency.getCurrencyCode().equals(code));
      return isCode ? text.subSequence(pos, letters).toString() : null;
    }

    private IllegalArgumentException misplacedComma() {
      return fail("commas may only separate groups of three digits, such as 1,500,000");
    }

    private IllegalArgumentException tooLarge() {
      return fail("it is above the largest amount, ₩9,223,372,036,854,775,807"
          + " (922경 3,372조 368억 5,477만 5,807 원)");
    }

    private IllegalArgumentException fail(String reason) {
      String quoted = text.length() <= QUOTE_LIMIT
          ? text.toString()
          : text.subSequence(0, QUOTE_LIMIT) + "…";
      return new IllegalArgumentException(
          "Cannot read a MoneyAmount from \"" + quoted + "\": " + reason + "; " + FORMS);
    }
  }

  private static String unitName(int unit) {
    return unit == ONES ? "the ones" : String.valueOf(UNITS.charAt(unit));
  }

  private static int subUnitExponent(char c) {
    switch (c) {
      case '천':
        return 3;
      case '백':
        return 2;
      case '십':
        return 1;
      default:
        return -1;
    }
  }

  private static long pow10(int exponent) {
    long value = 1;
    for (int i = 0; i < exponent; i++) {
      value *= 10;
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static boolean isSpace(char c) {
    // Nearly every character read is an ASCII digit or comma or a Hangul syllable (a unit, 원):
    // answer those without the two Unicode table look-ups, which cost more than reading the digit.
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    if (c >= '\uAC00' && c <= '\uD7A3') {
      return false;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
