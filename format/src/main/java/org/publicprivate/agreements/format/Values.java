package org.publicprivate.agreements.format;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.function.Function;
import org.publicprivate.agreements.LanguageTags;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.attributes.MoneyAmountAttribute;

/**
 * Reads and writes the scalar values of the format: text that a model factory turns into a value
 * (ids, registration numbers, partial dates), dates, times, years, URIs and money.
 */
final class Values {
  static final Shape<MoneyAmountAttribute> MONEY = Shape.of(MoneyAmount.class, MoneyAmountAttribute.class);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm[:ss]")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final int MAX_AMOUNT_DIGITS = 19;
  /** The kinds of recurring text, each with a map of its own in an {@link Input}. */
  private static final int DATES = 0;
  private static final int SOURCE_IDS = 1;
  private static final int PARTY_IDS = 2;
  private static final int PROGRAMME_IDS = 3;

  private Values() {}

  /** A string turned into a value by a model factory; a broken invariant names the factory's rule. */
  static <T> T text(Input in, Function<String, T> factory) {
    return make(in, in.string(), factory);
  }

  private static <T> T make(Input in, String text, Function<String, T> factory) {
    try {
      return factory.apply(text);
    } catch (IllegalArgumentException e) {
      throw in.fail(e.getMessage(), e);
    }
  }

  /**
   * As {@link #text}, but a text read before in the same document gives the value made then: the
   * few dates and ids a document's facts cite again and again are each made once. At most
   * {@link RecurringTexts#MOST} texts per kind and document are kept. Only for immutable values whose equal
   * instances are interchangeable.
   */
  private static <T> T recurring(Input in, int kind, Class<T> type, Function<String, T> factory) {
    in.expect(Token.STRING);
    RecurringTexts known = in.recurring(kind);
    Object value = in.find(known); // by the parser's characters: a text found makes no string
    if (value == null) { // a text found was checked as free text when it was first read
      String text = in.checked(in.text());
      value = make(in, text, factory);
      known.put(text, value);
    }
    return type.cast(value);
  }

  /** A partial date; the dates of a document's histories recur, so each text is read once. */
  static PartialDate partialDate(Input in) {
    return recurring(in, DATES, PartialDate.class, PartialDate::parse);
  }

  /** A party's id; the commitments of a document name its few parties again and again. */
  static PartyId partyId(Input in) {
    return recurring(in, PARTY_IDS, PartyId.class, PartyId::of);
  }

  /** A programme's id; the commitments and conditions of a document name its programmes often. */
  static ProgrammeId programmeId(Input in) {
    return recurring(in, PROGRAMME_IDS, ProgrammeId.class, ProgrammeId::of);
  }

  /** A source id; the facts of a document cite a few sources many times. */
  static SourceId sourceId(Input in) {
    return recurring(in, SOURCE_IDS, SourceId.class, SourceId::of);
  }

  static LocalDate date(Input in) {
    String text = in.string();
    if (text.length() != 10) {
      throw in.fail("\"" + Input.shorten(text) + "\" is not a calendar date written YYYY-MM-DD");
    }
    try {
      return isPlain(text, "dddd-dd-dd")
          ? LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10))
          : LocalDate.parse(text, DATE);
    } catch (DateTimeException e) {
      throw in.fail("\"" + Input.shorten(text) + "\" is not a calendar date written YYYY-MM-DD", e);
    }
  }

  static void writeDate(Output out, LocalDate date) {
    // ISO-8601, the same text as DATE writes, for a fraction of a formatter's cost.
    out.writer().string(date.toString());
  }

  static LocalTime time(Input in) {
    String text = in.string();
    try {
      return isPlain(text, "dd:dd")
          ? LocalTime.of(number(text, 0, 2), number(text, 3, 5))
          : LocalTime.parse(text, TIME);
    } catch (DateTimeException e) {
      throw in.fail("\"" + Input.shorten(text) + "\" is not a time written HH:mm or HH:mm:ss", e);
    }
  }

  static void writeTime(Output out, LocalTime time) {
    // HH:mm, or HH:mm:ss when there are seconds; fractions of a second are not part of the format.
    out.writer().string(time.withNano(0).toString());
  }

  /**
   * Whether the text has the shape of the pattern, where {@code d} is an ASCII digit. Dates and
   * times of canonical documents have it and are read with {@code LocalDate.of} and {@code
   * LocalTime.of}, which check the calendar and the clock as strictly as the formatters do: a
   * formatter's parse cost as much as reading the rest of a small agreement. Any other text goes
   * to the formatters, which accept or reject it as before.
   */
  private static boolean isPlain(String text, String pattern) {
    if (text.length() != pattern.length()) {
      return false;
    }
    for (int i = 0; i < pattern.length(); i++) {
      char expected = pattern.charAt(i);
      char c = text.charAt(i);
      if (expected == 'd' ? c < '0' || c > '9' : c != expected) {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  static Year year(Input in) {
    int value = in.integer();
    if (value < 1 || value > 9999) {
      throw in.fail("year " + value + " is not between 1 and 9999");
    }
    return Year.of(value);
  }

  /** A language tag, such as {@code ko} or {@code zh-Hans}: well-formed BCP 47. */
  static Locale language(Input in) {
    return text(in, LanguageTags::parse);
  }

  static void writeLanguage(Output out, Locale language) {
    out.writer().string(LanguageTags.format(language));
  }

  static URI uri(Input in) {
    String text = in.string();
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw in.fail("\"" + Input.shorten(text) + "\" is not a valid URI: " + e.getReason(), e);
    }
  }

  /** Reads {@code {"amount": 20000000000, "currency": "KRW"}}; the amount may be a digit string. */
  static MoneyAmount money(Input in) {
    long[] won = {-1};
    for (MoneyAmountAttribute attribute = in.first(MONEY); attribute != null; ) {
      Object read = switch (attribute) {
        case AMOUNT -> won[0] = amount(in);
        case CURRENCY -> currency(in);
      };
      attribute = in.next(MONEY);
    }
    return in.build(MoneyAmount.class, () -> MoneyAmount.ofWon(won[0]));
  }

  private static String currency(Input in) {
    String currency = in.string();
    if (!currency.equals(Name.KRW.text())) {
      throw in.fail("currency must be \"KRW\", was \"" + Input.shorten(currency) + "\"");
    }
    return currency;
  }

  private static long amount(Input in) {
    Token token = in.token();
    if (token == Token.DECIMAL) {
      String text = in.text();
      throw in.fail(text.indexOf('e') >= 0 || text.indexOf('E') >= 0
          ? "amount " + text + " must be a whole number of won written without an exponent"
          : "amount " + text + " must be a whole number of won; fractions of a won are not allowed");
    }
    if (token != Token.INTEGER && token != Token.STRING) {
      in.expect(Token.INTEGER, "an integer number of won or a string of digits");
    }
    if (token == Token.INTEGER && in.fits(false)) {
      // the common case, read as a number; a negative amount is reported from its text below
      long won = in.longValue();
      if (won > 0 || (won == 0 && !in.text().startsWith("-"))) {
        return won;
      }
    }
    String text = in.text();
    if (text.startsWith("-")) {
      throw in.fail("amount " + text + " must not be negative");
    }
    if (token == Token.STRING && !isDigits(text)) {
      throw in.fail("amount \"" + Input.shorten(text) + "\" must be a string of digits 0-9 only,"
          + " without signs, separators or spaces");
    }
    if (text.length() > MAX_AMOUNT_DIGITS
        || (token == Token.INTEGER && !in.fits(false))) {
      throw in.fail("amount " + Input.shorten(text) + " is more than the largest amount, "
          + Long.MAX_VALUE + " won");
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw in.fail("amount " + Input.shorten(text) + " is more than the largest amount, "
          + Long.MAX_VALUE + " won", e);
    }
  }

  static void writeMoney(Output out, MoneyAmount amount) {
    out.start(MONEY);
    if (out.amountsAsStrings()) {
      out.string(MONEY.name(MoneyAmountAttribute.AMOUNT), Long.toString(amount.won()));
    } else {
      out.number(MONEY.name(MoneyAmountAttribute.AMOUNT), amount.won());
    }
    out.constant(MONEY.name(MoneyAmountAttribute.CURRENCY), Name.KRW);
    out.end(MONEY);
  }

  private static boolean isDigits(String text) {
    if (text.isEmpty() || (text.length() > 1 && text.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
