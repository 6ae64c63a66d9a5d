package org.publicprivate.agreements;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * An amount of money in a currency other than Korean won, as a foreign investor's pledge states it
 * ({@code 1억 달러}, {@code 5,000만 유로}); won is {@link MoneyAmount}.
 *
 * <p>The amount is zero or more, below 2^63 in whole units (the range of {@link MoneyAmount}), with
 * no more decimals than the currency has (USD 2, JPY 0), and is stored without trailing zeros, so
 * that {@code 1.50} and {@code 1.5} dollars are equal.
 *
 * <pre>{@code
 * ForeignAmount pledge = ForeignAmount.parse("2억2800만 달러");
 * pledge.amount();            // 228000000
 * pledge.toKoreanString();    // 2억 2,800만 달러
 * pledge.toString();          // USD 228,000,000
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class ForeignAmount {
  private static final BigDecimal LIMIT = new BigDecimal(BigInteger.ONE.shiftLeft(63));

  ForeignAmount() {}

  /** The currency, never KRW. */
  @Value.Parameter
  public abstract Currency currency();

  /** The amount in the currency's major unit, zero or more, without trailing zeros. */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * The amount in the currency.
   *
   * @throws InvalidAttributeException if the currency is KRW (use {@link MoneyAmount}) or has no
   *     minor unit defined (such as XAU), or the amount is negative, has more decimals than the
   *     currency, or is 2^63 or more
   */
  public static ForeignAmount of(Currency currency, BigDecimal amount) {
    return ImmutableForeignAmount.of(currency, amount);
  }

  /**
   * Reads an amount as {@link #toKoreanString()} or {@link #toString()} write it, or as the press
   * prints it: {@code 1억 달러}, {@code US$ 1억}, {@code $100,000,000}, {@code USD 100,000,000},
   * {@code 5,000만 유로}, {@code €50,000,000}, {@code 100억 엔}, {@code 1억 위안},
   * {@code 2,000만 파운드}, {@code 2억2800만 달러}, {@code 1,234.5 달러}, {@code 1,000,000 CHF}.
   *
   * <p>Exactly one currency marker: {@code US$}, {@code $}, {@code €}, {@code £} or an ISO 4217 code
   * before the number, or 달러 (also 불, 弗), 유로, 엔, 위안, 파운드 or an ISO 4217 code after it. The number is
   * read as {@link MoneyAmount#parse} reads won, and may end in decimals ({@code 1,234.5}).
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not such an amount, names no currency or two,
   *     carries qualifier words ({@code 약 12억 달러}: split them off with {@link Qualifier#split}),
   *     is in won (the message points to {@link MoneyAmount}), or has more decimals than its
   *     currency; the message quotes the text
   */
  public static ForeignAmount parse(CharSequence text) {
    return KoreanForeignAmountFormat.parse(text);
  }

  /**
   * The amount as the Korean press writes it, which {@link #parse} reads back: Korean units and the
   * currency's Korean word after one space ({@code 1억 달러}, {@code 5,000만 유로}, {@code 100억 엔},
   * {@code 1억 5,000만 달러}); with decimals, the plain number ({@code 1,234.5 달러}); for a currency
   * without a Korean word, the plain number and its ISO code ({@code 1,000,000 CHF}).
   */
  public String toKoreanString() {
    return KoreanForeignAmountFormat.formatKorean(this);
  }

  /**
   * The canonical text: the ISO 4217 code, a space and the amount with thousands separators, such
   * as {@code USD 100,000,000} or {@code EUR 1,234.5}; {@link #parse} reads it back.
   */
  @Override
  public String toString() {
    return KoreanForeignAmountFormat.format(this);
  }

  @Value.Check
  ForeignAmount normalize() {
    String code = currency().getCurrencyCode();
    if (code.equals("KRW")) {
      throw new InvalidAttributeException("ForeignAmount", "currency", currency(),
          "a currency other than KRW; an amount of won is a MoneyAmount");
    }
    int digits = currency().getDefaultFractionDigits();
    if (digits < 0) {
      throw new InvalidAttributeException("ForeignAmount", "currency", currency(),
          "an ISO 4217 currency with a defined minor unit, such as USD, EUR or JPY");
    }
    if (amount().signum() < 0 || amount().compareTo(LIMIT) >= 0) {
      throw new InvalidAttributeException("ForeignAmount", "amount", amount().toPlainString(),
          "zero or more and below 2^63 (9,223,372,036,854,775,808) " + code);
    }
    BigDecimal stripped = amount().stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    if (stripped.scale() > digits) {
      throw new InvalidAttributeException("ForeignAmount", "amount", amount().toPlainString(),
          digits == 0 ? "a whole number of " + code + ", which has no decimals"
              : "at most " + digits + " decimals, as " + code + " has");
    }
    return stripped.equals(amount()) ? this : ImmutableForeignAmount.of(currency(), stripped);
  }
}
