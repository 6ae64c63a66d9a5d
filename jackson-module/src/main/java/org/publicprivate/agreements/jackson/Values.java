package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.function.Function;
import org.publicprivate.agreements.MoneyAmount;

/**
 * Reads and writes the scalar values of the format: text that a model factory turns into a value
 * (ids, registration numbers, partial dates), dates, times, years, URIs and money.
 */
final class Values {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm[:ss]")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final int MAX_AMOUNT_DIGITS = 19;

  private Values() {}

  /** A string turned into a value by a model factory; a broken invariant names the factory's rule. */
  static <T> T text(JsonInput in, Function<String, T> factory) throws IOException {
    String text = in.string();
    try {
      return factory.apply(text);
    } catch (IllegalArgumentException e) {
      throw in.fail(e.getMessage(), e);
    }
  }

  static LocalDate date(JsonInput in) throws IOException {
    String text = in.string();
    if (text.length() != 10) {
      throw in.fail("\"" + Values.shorten(text) + "\" is not a calendar date written YYYY-MM-DD");
    }
    try {
      return isPlain(text, "dddd-dd-dd")
          ? LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10))
          : LocalDate.parse(text, DATE);
    } catch (DateTimeException e) {
      throw in.fail("\"" + shorten(text) + "\" is not a calendar date written YYYY-MM-DD", e);
    }
  }

  static void write(JsonGenerator out, SerializableString name, LocalDate date) throws IOException {
    // ISO-8601, the same text as DATE writes, for a fraction of a formatter's cost.
    Output.string(out, name, date.toString());
  }

  static LocalTime time(JsonInput in) throws IOException {
    String text = in.string();
    try {
      return isPlain(text, "dd:dd")
          ? LocalTime.of(number(text, 0, 2), number(text, 3, 5))
          : LocalTime.parse(text, TIME);
    } catch (DateTimeException e) {
      throw in.fail("\"" + shorten(text) + "\" is not a time written HH:mm or HH:mm:ss", e);
    }
  }

  static void write(JsonGenerator out, SerializableString name, LocalTime time) throws IOException {
    // HH:mm, or HH:mm:ss when there are seconds; fractions of a second are not part of the format.
    Output.string(out, name, time.withNano(0).toString());
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

  static Year year(JsonInput in) throws IOException {
    int value = in.integer();
    try {
      if (value < 1 || value > 9999) {
        throw new DateTimeException("out of range");
      }
      return Year.of(value);
    } catch (DateTimeException e) {
      throw in.fail("year " + value + " is not between 1 and 9999", e);
    }
  }

  static URI uri(JsonInput in) throws IOException {
    String text = in.string();
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw in.fail("\"" + shorten(text) + "\" is not a valid URI: " + e.getReason(), e);
    }
  }

  /** Reads {@code {"amount": 20000000000, "currency": "KRW"}}; the amount may be a digit string. */
  static MoneyAmount money(JsonInput in) throws IOException {
    long[] won = {-1};
    in.readObject(MONEY, name -> {
      if (name.equals("amount")) {
        won[0] = amount(in);
      } else {
        String currency = in.string();
        if (!currency.equals("KRW")) {
          throw in.fail("currency must be \"KRW\", was \"" + shorten(currency) + "\"");
        }
      }
    });
    return in.build(MoneyAmount.class, () -> MoneyAmount.ofWon(won[0]));
  }

  private static final Shape MONEY = Shape.of(MoneyAmount.class, "amount!", "currency!");

  private static long amount(JsonInput in) throws IOException {
    JsonParser parser = in.parser();
    JsonToken token = in.token();
    String text = parser.getText();
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      throw in.fail(text.indexOf('e') >= 0 || text.indexOf('E') >= 0
          ? "amount " + text + " must be a whole number of won written without an exponent"
          : "amount " + text + " must be a whole number of won; fractions of a won are not allowed");
    }
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_STRING) {
      in.expect(JsonToken.VALUE_NUMBER_INT, "an integer number of won or a string of digits");
    }
    if (text.startsWith("-")) {
      throw in.fail("amount " + text + " must not be negative");
    }
    if (token == JsonToken.VALUE_STRING && !isDigits(text)) {
      throw in.fail("amount \"" + shorten(text) + "\" must be a string of digits 0-9 only,"
          + " without signs, separators or spaces");
    }
    if (text.length() > MAX_AMOUNT_DIGITS
        || (token == JsonToken.VALUE_NUMBER_INT
            && parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER)) {
      throw in.fail("amount " + shorten(text) + " is more than the largest amount, "
          + Long.MAX_VALUE + " won");
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw in.fail("amount " + shorten(text) + " is more than the largest amount, "
          + Long.MAX_VALUE + " won", e);
    }
  }

  static void write(JsonGenerator out, SerializableString name, MoneyAmount amount,
      boolean asString)
      throws IOException {
    out.writeFieldName(name);
    writeMoney(out, amount, asString);
  }

  static void writeMoney(JsonGenerator out, MoneyAmount amount, boolean asString)
      throws IOException {
    out.writeStartObject();
    if (asString) {
      Output.string(out, Names.AMOUNT, Long.toString(amount.won()));
    } else {
      Output.number(out, Names.AMOUNT, amount.won());
    }
    Output.string(out, Names.CURRENCY, "KRW");
    out.writeEndObject();
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

  static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
