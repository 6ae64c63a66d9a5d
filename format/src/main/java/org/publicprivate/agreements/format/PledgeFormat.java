package org.publicprivate.agreements.format;

import java.math.BigDecimal;
import java.util.Currency;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.ConditionStatus;
import org.publicprivate.agreements.ForeignAmount;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.RegionCode;
import org.publicprivate.agreements.attributes.ConditionAttribute;
import org.publicprivate.agreements.attributes.ForeignAmountAttribute;
import org.publicprivate.agreements.attributes.LocationAttribute;
import org.publicprivate.agreements.attributes.QuantityAttribute;

/**
 * The JSON of what a commitment pledges besides won (format version 2): {@link Quantity}s,
 * {@link ForeignAmount}s, its {@link Location} and its {@link Condition}s.
 */
final class PledgeFormat {
  static final Shape<QuantityAttribute> QUANTITY = Shape.of(Quantity.class, QuantityAttribute.class);
  static final Shape<ForeignAmountAttribute> FOREIGN_AMOUNT =
      Shape.of(ForeignAmount.class, ForeignAmountAttribute.class);
  static final Shape<LocationAttribute> LOCATION = Shape.of(Location.class, LocationAttribute.class);
  static final Shape<ConditionAttribute> CONDITION =
      Shape.of(Condition.class, ConditionAttribute.class);
  private static final Qualifier[] QUALIFIERS = Qualifier.values();
  private static final QuantityUnit[] UNITS = QuantityUnit.values();
  private static final ConditionKind[] KINDS = ConditionKind.values();
  private static final ConditionStatus[] STATUSES = ConditionStatus.values();
  private static final Name[] QUALIFIER_NAMES = Name.of(Qualifier.class);
  private static final Name[] UNIT_NAMES = Name.of(QuantityUnit.class);
  private static final Name[] KIND_NAMES = Name.of(ConditionKind.class);
  private static final Name[] STATUS_NAMES = Name.of(ConditionStatus.class);
  /** Longer amounts are no amount a {@link ForeignAmount} holds, and are not parsed. */
  private static final int MAX_AMOUNT_LENGTH = 100;

  private PledgeFormat() {}

  static Qualifier qualifier(Input in) {
    return in.constant(QUALIFIERS);
  }

  static void writeQualifier(Output out, Qualifier qualifier) {
    out.writer().string(QUALIFIER_NAMES[qualifier.ordinal()]);
  }

  /** Reads {@code {"value": 300, "unit": "JOBS", "qualifier": "AT_LEAST", "label": "신규 고용"}}. */
  static Quantity readQuantity(Input in) {
    Quantity.Builder quantity = in.builder(QUANTITY, Quantity::builder).clear();
    for (QuantityAttribute attribute = in.first(QUANTITY); attribute != null; ) {
      Object read = switch (attribute) {
        case VALUE -> quantity.value(wholeNumber(in));
        case UNIT -> quantity.unit(in.constant(UNITS));
        case QUALIFIER -> quantity.qualifier(qualifier(in));
        case LABEL -> quantity.label(in.string());
      };
      attribute = in.next(QUANTITY);
    }
    return in.build(QUANTITY, quantity, Quantity.Builder::build);
  }

  /** Writes a quantity; its qualifier only when it is not {@link Qualifier#EXACTLY}. */
  static void writeQuantity(Output out, Quantity quantity) {
    out.start(QUANTITY);
    out.number(QUANTITY.name(QuantityAttribute.VALUE), quantity.value());
    out.constant(QUANTITY.name(QuantityAttribute.UNIT), UNIT_NAMES[quantity.unit().ordinal()]);
    if (quantity.qualifier() != Qualifier.EXACTLY) { // MODEL.md: left out when exact
      out.constant(QUANTITY.name(QuantityAttribute.QUALIFIER),
          QUALIFIER_NAMES[quantity.qualifier().ordinal()]);
    }
    out.text(QUANTITY.name(QuantityAttribute.LABEL), quantity.label());
    out.end(QUANTITY);
  }

  /** A JSON integer that fits a {@code long}; the model checks its range. */
  private static long wholeNumber(Input in) {
    if (in.token() == Token.DECIMAL) {
      String text = Input.shorten(in.text());
      throw in.fail(text.indexOf('e') >= 0 || text.indexOf('E') >= 0
          ? "number " + text + " must be a whole number written without an exponent"
          : "number " + text + " must be a whole number");
    }
    in.expect(Token.INTEGER, "a whole number");
    if (!in.fits(false)) {
      throw in.fail("number " + Input.shorten(in.text()) + " is out of range");
    }
    return in.longValue();
  }

  /**
   * Reads {@code {"amount": "100000000", "currency": "USD"}}: the amount a string of a plain
   * decimal, or a JSON number without an exponent.
   */
  static ForeignAmount readForeignAmount(Input in) {
    Object[] parts = new Object[2];
    for (ForeignAmountAttribute attribute = in.first(FOREIGN_AMOUNT); attribute != null; ) {
      Object read = switch (attribute) {
        case AMOUNT -> parts[0] = decimal(in);
        case CURRENCY -> parts[1] = currency(in);
      };
      attribute = in.next(FOREIGN_AMOUNT);
    }
    return in.build(ForeignAmount.class,
        () -> ForeignAmount.of((Currency) parts[1], (BigDecimal) parts[0]));
  }

  /** Writes a foreign amount, its amount always as a string of a plain decimal. */
  static void writeForeignAmount(Output out, ForeignAmount amount) {
    out.start(FOREIGN_AMOUNT);
    out.string(FOREIGN_AMOUNT.name(ForeignAmountAttribute.AMOUNT), amount.amount().toPlainString());
    out.string(FOREIGN_AMOUNT.name(ForeignAmountAttribute.CURRENCY),
        amount.currency().getCurrencyCode());
    out.end(FOREIGN_AMOUNT);
  }

  private static BigDecimal decimal(Input in) {
    Token token = in.token();
    if (token != Token.STRING && token != Token.INTEGER && token != Token.DECIMAL) {
      in.expect(Token.STRING, "a string of a decimal number, such as \"100000000\" or \"1234.5\"");
    }
    String text = in.text();
    String quoted = token == Token.STRING ? "\"" + Input.shorten(text) + "\"" : Input.shorten(text);
    if (text.startsWith("-")) {
      throw in.fail("amount " + quoted + " must not be negative");
    }
    if (text.length() > MAX_AMOUNT_LENGTH || !isPlainDecimal(text)) {
      throw in.fail("amount " + quoted + " must be a plain decimal number such as 100000000 or"
          + " 1234.5: digits and at most one decimal point, without signs, exponent, separators"
          + " or spaces, at most " + MAX_AMOUNT_LENGTH + " characters");
    }
    return new BigDecimal(text);
  }

  /** Digits, without a leading zero unless it is the only digit before a decimal point. */
  private static boolean isPlainDecimal(String text) {
    int point = text.indexOf('.');
    int whole = point < 0 ? text.length() : point;
    if (whole == 0 || (whole > 1 && text.charAt(0) == '0') || point == text.length() - 1) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && i != point) {
        return false;
      }
    }
    return true;
  }

  private static Currency currency(Input in) {
    String code = in.string();
    boolean threeLetters = code.length() == 3;
    for (int i = 0; threeLetters && i < 3; i++) {
      threeLetters = code.charAt(i) >= 'A' && code.charAt(i) <= 'Z';
    }
    if (!threeLetters) {
      throw in.fail("currency \"" + Input.shorten(code)
          + "\" must be an ISO 4217 code of three capital letters, such as USD");
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw in.fail("currency \"" + code + "\" is not an ISO 4217 currency", e);
    }
  }

  /** Reads {@code {"name": "부산공장", "regionCode": "26440"}}. */
  static Location readLocation(Input in) {
    Location.Builder location = in.builder(LOCATION, Location::builder).clear();
    for (LocationAttribute attribute = in.first(LOCATION); attribute != null; ) {
      Object read = switch (attribute) {
        case NAME -> location.name(in.string());
        case REGION_CODE -> location.regionCode(Values.text(in, RegionCode::of));
      };
      attribute = in.next(LOCATION);
    }
    return in.build(LOCATION, location, Location.Builder::build);
  }

  static void writeLocation(Output out, Location location) {
    out.start(LOCATION);
    out.string(LOCATION.name(LocationAttribute.NAME), location.name());
    out.text(LOCATION.name(LocationAttribute.REGION_CODE), location.regionCode());
    out.end(LOCATION);
  }

  /** Reads {@code {"kind": "PROGRAMME_SELECTION", "description": "…", "status": "PENDING"}}. */
  static Condition readCondition(Input in) {
    Condition.Builder condition = in.builder(CONDITION, Condition::builder).clear();
    for (ConditionAttribute attribute = in.first(CONDITION); attribute != null; ) {
      Object read = switch (attribute) {
        case KIND -> condition.kind(in.constant(KINDS));
        case DESCRIPTION -> condition.description(in.string());
        case PROGRAMME -> condition.programme(Values.programmeId(in));
        case STATUS -> condition.status(in.constant(STATUSES));
      };
      attribute = in.next(CONDITION);
    }
    return in.build(CONDITION, condition, Condition.Builder::build);
  }

  /** Writes a condition, its status always, as a commitment's. */
  static void writeCondition(Output out, Condition condition) {
    out.start(CONDITION);
    out.constant(CONDITION.name(ConditionAttribute.KIND), KIND_NAMES[condition.kind().ordinal()]);
    out.text(CONDITION.name(ConditionAttribute.DESCRIPTION), condition.description());
    out.text(CONDITION.name(ConditionAttribute.PROGRAMME), condition.programme());
    out.constant(CONDITION.name(ConditionAttribute.STATUS),
        STATUS_NAMES[condition.status().ordinal()]);
    out.end(CONDITION);
  }
}
