package org.publicprivate.agreements;

import static org.publicprivate.agreements.KoreanNumbers.ONES;
import static org.publicprivate.agreements.KoreanNumbers.UNITS;
import static org.publicprivate.agreements.KoreanNumbers.UNIT_VALUES;

import java.util.Locale;

/**
 * Reads one Korean number, as {@link KoreanNumbers} writes it and as the press prints it, from one
 * text in one left-to-right pass; a reader of money, quantities or foreign amounts adds what
 * stands around the number and its own words for what went wrong.
 *
 * <p>The number is made of groups with the units 경, 조, 억, 만, each at most once and in that order,
 * then optionally the ones; a group after a larger one is below 10,000. A group's number is digits
 * with commas only between groups of three ({@code 1,500만}), or digits 1 to 9 before 천, 백 and 십
 * in that order, optionally followed by a smaller number ({@code 1억 5천만}, {@code 2천3백만}). A
 * decimal may stand directly before 경, 조, 억 or 만 when the result is whole ({@code 2.5억},
 * {@code 3.3만}); in the ones only where {@link #fractionOfOneReason()} allows it, so that
 * {@code 1.000} is never misread as a thousand or as one. White space is any Unicode space and is
 * insignificant between the parts. Leading zeros, full-width digits and Hangul numerals are not
 * read.
 */
abstract class KoreanNumberReader {
  /**
   * {@code Long.MAX_VALUE / UNIT_VALUES[i]}: the largest number before each unit. The overflow check
   * of a group compares with it, since a 64-bit division by a value read from an array is the
   * slowest instruction on the way.
   */
  private static final long[] UNIT_LIMITS = {922L, 9_223_372L, 92_233_720_368L, 922_337_203_685_477L};
  private static final long GROUP_LIMIT = 10_000;
  private static final String MINUS_SIGNS = "-\u2212\u2010\u2011\u2012\u2013\u2014\uFE63\uFF0D△▲";
  static final int QUOTE_LIMIT = 100;

  final CharSequence text;
  int pos;
  int end;
  private long integer;
  private int integerStart;
  private int integerEnd;
  private int fractionStart;
  private int fractionEnd;
  /** Where the fraction of the ones starts and ends, where {@link #fractionOfOneReason()} allows it. */
  int onesFractionStart;
  int onesFractionEnd;

  KoreanNumberReader(CharSequence text) {
    this.text = text;
  }

  /**
   * Narrows the text to what stands between the white space around it; whether anything does. The
   * constructor only stores the text, as the money reader's did before it was shared, so that it
   * stays small enough for the compiler to inline.
   */
  final boolean strip() {
    end = text.length();
    while (end > 0 && isSpace(text.charAt(end - 1))) {
      end--;
    }
    skipSpaces();
    return pos < end;
  }

  /** The reason, quoting the text, as the exception to throw. */
  abstract IllegalArgumentException fail(String reason);

  /** Why the number is too large for what is read. */
  abstract IllegalArgumentException tooLarge();

  /** Whether the character at {@code pos}, after a number, is what follows the number. */
  abstract boolean atEndOfNumber();

  /**
   * Whether the character at {@code pos} is anything but a digit, a comma, a decimal point and a
   * unit, so that a word after the number starts there ({@code 300명}, {@code 1억 달러}).
   */
  final boolean atWord() {
    char c = text.charAt(pos);
    return !isDigit(c) && c != ',' && c != '.' && UNITS.indexOf(c) < 0 && subUnitExponent(c) < 0;
  }

  /**
   * Why a fraction of the ones ({@code 1,234.5}) cannot be read; null where it can, and then
   * {@link #onesFractionStart} and {@link #onesFractionEnd} hold its digits.
   */
  abstract String fractionOfOneReason();

  /** Why a decimal before a unit, written as {@code written}, does not make a whole number. */
  abstract String notWholeReason(String written);

  /** Whether the character at {@code pos} is a minus sign, also △ and ▲ of Korean accounts. */
  final boolean atMinusSign() {
    return pos < end && MINUS_SIGNS.indexOf(text.charAt(pos)) >= 0;
  }

  /**
   * Reads the groups of the number up to {@link #atEndOfNumber()} or the end of the text.
   *
   * @param afterMarker whether something was read before the number, so that text without digits
   *     is an unexpected character rather than no number at all
   */
  final long readGroups(boolean afterMarker) {
    long total = 0;
    int previousUnit = -1;
    while (true) {
      skipSpaces();
      if (pos == end || atEndOfNumber()) {
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
      throw afterMarker && pos < end ? unexpected() : fail("it has no digits");
    }
    return total;
  }

  /** Reads a group's number: a decimal, or digits before 천, 백 and 십 and a smaller rest. */
  private long readCoefficient() {
    readDigits();
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
      readDigits();
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
  private void readDigits() {
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

  /** The value of a group: its number, fraction included, times its unit. */
  private long scale(long coefficient, int unit) {
    if (unit == ONES) {
      if (fractionEnd > fractionStart) {
        String reason = fractionOfOneReason();
        if (reason != null) {
          throw fail(reason);
        }
        onesFractionStart = fractionStart;
        onesFractionEnd = fractionEnd;
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
        throw fail(notWholeReason(
            text.subSequence(integerStart, fractionEnd).toString() + UNITS.charAt(unit)));
      }
      fraction += digit * place;
    }
    return add(coefficient * unitValue, fraction);
  }

  final long add(long a, long b) {
    if (a > Long.MAX_VALUE - b) {
      throw tooLarge();
    }
    return a + b;
  }

  final boolean startsWith(String word) {
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

  final void skipSpaces() {
    while (pos < end && isSpace(text.charAt(pos))) {
      pos++;
    }
  }

  /** Says why the character at {@code pos} cannot stand there. */
  IllegalArgumentException unexpected() {
    char c = text.charAt(pos);
    if (UNITS.indexOf(c) >= 0 || subUnitExponent(c) >= 0) {
      return fail(c + " has no number before it; write digits before every unit, such as 1억"
          + " or 5천만");
    }
    if (isDigit(c)) {
      return fail("a number follows another without a unit between them; white space does not"
          + " separate thousands, commas do");
    }
    return unexpectedCharacter();
  }

  /** Says that the character at {@code pos}, neither a digit nor a unit, cannot stand there. */
  IllegalArgumentException unexpectedCharacter() {
    int codePoint = Character.codePointAt(text, pos);
    return fail("'" + new String(Character.toChars(codePoint)) + "' (U+"
        + String.format(Locale.ROOT, "%04X", codePoint) + ") cannot stand at index " + pos);
  }

  private IllegalArgumentException misplacedComma() {
    return fail("commas may only separate groups of three digits, such as 1,500,000");
  }

  /** The text as a message quotes it: cut short when it is very long. */
  static String quote(CharSequence text) {
    return text.length() <= QUOTE_LIMIT
        ? text.toString()
        : text.subSequence(0, QUOTE_LIMIT) + "…";
  }

  private static String unitName(int unit) {
    return unit == ONES ? "the ones" : String.valueOf(UNITS.charAt(unit));
  }

  static int subUnitExponent(char c) {
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

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isSpace(char c) {
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
