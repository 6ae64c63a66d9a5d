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
  private static final String[] CURRENCY_WORDS = {
    "달러", "불", "엔", "위안", "유로", "파운드", "프랑", "루블", "루피", "페소", "바트", "동", "円", "元"
  };
  private static final String FORMS =
      "write whole won such as 20,000,000,000, ₩20,000,000,000, KRW 20,000,000,000, 20,000,000,000원,"
          + " 200억 원, 1조 2,345억 6,789만 원, 1억 5천만 원 or 2.5억 원";

  private KoreanAmountFormat() {}

  /** Writes the canonical form, {@code ₩} and the won with thousands separators: {@code ₩1,000}. */
  static String format(long won) {
    return KoreanNumbers.appendGrouped(new StringBuilder(27).append('₩'), won).toString();
  }

  /**
   * Writes Korean units: {@code 1조 2,345억 6,789만 원}; zero groups are left out, and zero is
   * {@code 0 원}.
   */
  static String formatKorean(long won) {
    return KoreanNumbers.appendKorean(new StringBuilder(40), won).append(" 원").toString();
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

  /** One pass over one text of won. */
  private static final class Reader extends KoreanNumberReader {
    Reader(CharSequence text) {
      super(text);
    }

    long read() {
      if (!strip()) {
        throw fail("it is blank");
      }
      boolean prefixed = readPrefix();
      skipSpaces();
      if (atMinusSign()) {
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

    @Override
    boolean atEndOfNumber() {
      return text.charAt(pos) == '원' || startsWith("KRW");
    }

    @Override
    String fractionOfOneReason() {
      return "a fraction of a won is not allowed; a decimal point may stand only directly"
          + " before 경, 조, 억 or 만, such as 2.5억";
    }

    @Override
    String notWholeReason(String written) {
      return "a fraction of a won is not allowed, and " + written + " is not a whole number of won";
    }

    @Override
    IllegalArgumentException unexpectedCharacter() {
      char c = text.charAt(pos);
      if (c == '₩' || c == '￦' || c == '원' || startsWith("KRW")) {
        return fail("the currency is misplaced or written twice; write ₩ or KRW before the amount,"
            + " or 원 or KRW after it, once");
      }
      String currency = otherCurrency();
      if (currency != null) {
        return fail("it names another currency, \"" + currency + "\"; only Korean won (₩, KRW, 원)"
            + " is allowed");
      }
      return super.unexpectedCharacter();
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

    @Override
    IllegalArgumentException tooLarge() {
      return fail("it is above the largest amount, ₩9,223,372,036,854,775,807"
          + " (922경 3,372조 368억 5,477만 5,807 원)");
    }

    @Override
    IllegalArgumentException fail(String reason) {
      return new IllegalArgumentException(
          "Cannot read a MoneyAmount from \"" + quote(text) + "\": " + reason + "; " + FORMS);
    }
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }
}
