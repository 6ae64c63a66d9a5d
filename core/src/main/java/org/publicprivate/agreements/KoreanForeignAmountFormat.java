package org.publicprivate.agreements;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * Writes and reads amounts in foreign currencies as Korean text: the number as
 * {@link KoreanNumbers} writes and reads it, with decimals in the ones, and one currency marker
 * before it ({@code US$}, {@code $}, {@code €}, {@code £}, an ISO code) or after it (달러, 유로, 엔,
 * 위안, 파운드, an ISO code; also 불 and 弗, which older articles write for dollars).
 */
final class KoreanForeignAmountFormat {
  /** The currencies the Korean press names by a word, and the word. */
  private static final Map<String, String> WORDS = Map.of(
      "USD", "달러", "EUR", "유로", "JPY", "엔", "CNY", "위안", "GBP", "파운드");
  private static final String[] WORDS_READ = {"달러", "불", "弗", "유로", "엔", "위안", "파운드"};
  private static final String[] CODES_OF_WORDS = {"USD", "USD", "USD", "EUR", "JPY", "CNY", "GBP"};
  private static final String[] SIGNS = {"US$", "$", "€", "£"};
  private static final String[] CODES_OF_SIGNS = {"USD", "USD", "EUR", "GBP"};
  private static final String FORMS = "write such as 1억 달러, US$ 1억, $100,000,000,"
      + " USD 100,000,000, 5,000만 유로, €50,000,000, 100억 엔, 1억 위안, 2,000만 파운드 or 1,234.5 달러";

  private KoreanForeignAmountFormat() {}

  /** {@code USD 100,000,000}, {@code EUR 1,234.5}. */
  static String format(ForeignAmount amount) {
    StringBuilder text = new StringBuilder(32).append(amount.currency().getCurrencyCode())
        .append(' ');
    return appendPlain(text, amount.amount()).toString();
  }

  /** {@code 1억 달러}, {@code 1,234.5 달러}, {@code 1,000,000 CHF}. */
  static String formatKorean(ForeignAmount amount) {
    String code = amount.currency().getCurrencyCode();
    String word = WORDS.get(code);
    StringBuilder text = new StringBuilder(32);
    if (word != null && amount.amount().scale() == 0) {
      KoreanNumbers.appendKorean(text, amount.amount().longValueExact());
    } else {
      appendPlain(text, amount.amount());
    }
    return text.append(' ').append(word != null ? word : code).toString();
  }

  private static StringBuilder appendPlain(StringBuilder text, BigDecimal amount) {
    KoreanNumbers.appendGrouped(text, amount.toBigInteger().longValueExact());
    if (amount.scale() > 0) {
      String plain = amount.toPlainString();
      text.append(plain, plain.indexOf('.'), plain.length());
    }
    return text;
  }

  static ForeignAmount parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    // Hangul typed on macOS arrives decomposed; the currency words are composed.
    return new Reader(Normalizer.normalize(text, Normalizer.Form.NFC)).read();
  }

  /** One pass over one text of a foreign amount. */
  private static final class Reader extends KoreanNumberReader {
    private String code;

    Reader(CharSequence text) {
      super(text);
    }

    ForeignAmount read() {
      if (!strip()) {
        throw fail("it is blank");
      }
      Qualifier qualifier = Qualifier.split(text, this::fail).qualifier();
      if (qualifier != Qualifier.EXACTLY) {
        throw fail("it is qualified (" + qualifier + "); an amount of its own is exact, so read the"
            + " qualifier with Qualifier.split first");
      }
      boolean prefixed = readMarker();
      skipSpaces();
      if (atMinusSign()) {
        throw fail("negative amounts are not allowed");
      }
      long whole = readGroups(prefixed);
      skipSpaces();
      if (pos < end) {
        if (prefixed) {
          throw fail("the currency is written twice; write it once, before or after the number");
        }
        if (!readMarker()) {
          throw unexpected();
        }
        skipSpaces();
        if (pos < end) {
          throw unexpected();
        }
      }
      if (code == null) {
        throw fail("it names no currency");
      }
      BigDecimal amount = BigDecimal.valueOf(whole);
      if (onesFractionEnd > onesFractionStart) {
        amount = amount.add(new BigDecimal(
            "0." + text.subSequence(onesFractionStart, onesFractionEnd)));
      }
      Currency currency = Currency.getInstance(code);
      int digits = currency.getDefaultFractionDigits();
      if (amount.stripTrailingZeros().scale() > Math.max(digits, 0)) {
        throw fail(digits <= 0 ? code + " has no decimals" : code + " has at most " + digits
            + " decimals");
      }
      return ForeignAmount.of(currency, amount);
    }

    /** Reads a currency marker at {@code pos}, if there is one; whether there was. */
    private boolean readMarker() {
      char c = text.charAt(pos);
      if (c == '원' || c == '₩' || c == '￦' || startsWith("KRW")) {
        throw fail("it is in Korean won; read amounts of won with MoneyAmount.parse");
      }
      if (c == '¥' || c == '￥') {
        throw fail("¥ stands for both yen and yuan; write 엔, 위안, JPY or CNY");
      }
      for (int i = 0; i < SIGNS.length; i++) {
        if (startsWith(SIGNS[i])) {
          pos += SIGNS[i].length();
          code = CODES_OF_SIGNS[i];
          return true;
        }
      }
      for (int i = 0; i < WORDS_READ.length; i++) {
        if (startsWith(WORDS_READ[i])) {
          pos += WORDS_READ[i].length();
          code = CODES_OF_WORDS[i];
          return true;
        }
      }
      int letters = pos;
      while (letters < end && text.charAt(letters) >= 'A' && text.charAt(letters) <= 'Z') {
        letters++;
      }
      if (letters - pos == 3) {
        String candidate = text.subSequence(pos, letters).toString();
        if (isCurrency(candidate)) {
          if (Currency.getInstance(candidate).getDefaultFractionDigits() < 0) {
            throw fail(candidate + " is not a currency of money with a minor unit");
          }
          pos = letters;
          code = candidate;
          return true;
        }
      }
      return false;
    }

    private static boolean isCurrency(String code) {
      return Currency.getAvailableCurrencies().stream()
          .anyMatch(currency -> currency.getCurrencyCode().equals(code));
    }

    @Override
    boolean atEndOfNumber() {
      return atWord();
    }

    @Override
    String fractionOfOneReason() {
      return null;
    }

    @Override
    String notWholeReason(String written) {
      return "a decimal before 경, 조, 억 or 만 must make a whole number, and " + written
          + " does not";
    }

    @Override
    IllegalArgumentException tooLarge() {
      return fail("it is above the largest amount, 9,223,372,036,854,775,807"
          + " (922경 3,372조 368억 5,477만 5,807)");
    }

    @Override
    IllegalArgumentException fail(String reason) {
      return new IllegalArgumentException("Cannot read a ForeignAmount from \"" + quote(text)
          + "\": " + reason + "; " + FORMS);
    }
  }
}
