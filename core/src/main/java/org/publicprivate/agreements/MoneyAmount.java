package org.publicprivate.agreements;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An amount of Korean won: a whole number of won from zero to {@link Long#MAX_VALUE}, in the
 * currency KRW, which has no minor unit.
 *
 * <p>Arithmetic returns new amounts and never wraps around: a result above {@link Long#MAX_VALUE}
 * won throws {@link ArithmeticException}, and a result below zero throws
 * {@link IllegalArgumentException}. {@link #toString()} is the canonical text that {@link #parse}
 * reads back; {@link #toKoreanString()} writes the Korean units of the press and of government
 * documents, which {@link #parse} reads back as well.
 *
 * <pre>{@code
 * MoneyAmount budget = MoneyAmount.parse("200억 원");
 * budget.toString();                      // ₩20,000,000,000
 * budget.allocate(7, 3);                  // [₩14,000,000,000, ₩6,000,000,000]
 * budget.plus(MoneyAmount.parse("1억 5천만 원")).toKoreanString();  // 201억 5,000만 원
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class MoneyAmount implements Comparable<MoneyAmount> {
  /** No won at all. */
  public static final MoneyAmount ZERO = ofWon(0);

  private static final Currency KRW = Currency.getInstance("KRW");

  MoneyAmount() {}

  /** The number of won, zero or more. */
  @Value.Parameter
  public abstract long won();

  /**
   * The amount of the given number of won.
   *
   * @throws InvalidAttributeException if {@code won} is negative
   */
  public static MoneyAmount ofWon(long won) {
    return ImmutableMoneyAmount.of(won);
  }

  /**
   * Reads an amount as {@link #toString()} or {@link #toKoreanString()} write it, or as press and
   * government documents do: {@code 20000000000}, {@code 20,000,000,000}, {@code ₩20,000,000,000},
   * {@code KRW 20,000,000,000}, {@code 20,000,000,000원}, {@code 200억 원}, {@code 200억원},
   * {@code 1조 2,345억 6,789만 원}, {@code 1억 5천만 원}, {@code 1억5000만원}, {@code 2.5억 원}.
   *
   * <p>White space around and between the parts is ignored. Units descend 경, 조, 억, 만, each at
   * most once, and need digits before them; 천, 백 and 십 may split a group ({@code 2천3백만}); a
   * decimal may stand directly before 경, 조, 억 or 만 when the result is whole won. At most one
   * currency marker is allowed: {@code ₩} or {@code KRW} before, or {@code 원} or {@code KRW} after.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is blank, negative, a fraction of a won, in
   *     another currency, has units out of order or without digits or misplaced commas, or is above
   *     {@link Long#MAX_VALUE} won; the message quotes the text and says what is allowed
   */
  public static MoneyAmount parse(CharSequence text) {
    return ofWon(KoreanAmountFormat.parse(text));
  }

  /**
   * The sum of the given amounts; {@link #ZERO} when there are none.
   *
   * @throws NullPointerException if {@code amounts} or one of its elements is null; the message
   *     gives the element's index
   * @throws ArithmeticException if the sum is above {@link Long#MAX_VALUE} won
   */
  public static MoneyAmount sum(Iterable<? extends MoneyAmount> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    long total = 0;
    int index = 0;
    for (MoneyAmount amount : amounts) {
      if (amount == null) {
        throw new NullPointerException("amounts[" + index + "]");
      }
      if (total > Long.MAX_VALUE - amount.won()) {
        throw overflow("the sum of amounts up to amounts[" + index + "] (" + amount + ")");
      }
      total += amount.won();
      index++;
    }
    return ofWon(total);
  }

  /**
   * This amount plus another.
   *
   * @throws ArithmeticException if the result is above {@link Long#MAX_VALUE} won
   */
  public MoneyAmount plus(MoneyAmount other) {
    Objects.requireNonNull(other, "other");
    if (won() > Long.MAX_VALUE - other.won()) {
      throw overflow(this + " plus " + other);
    }
    return ofWon(won() + other.won());
  }

  /**
   * This amount minus another.
   *
   * @throws IllegalArgumentException if the other amount is larger, since an amount is never
   *     negative; the message names both amounts
   */
  public MoneyAmount minus(MoneyAmount other) {
    Objects.requireNonNull(other, "other");
    if (other.won() > won()) {
      throw new IllegalArgumentException("MoneyAmount must be zero or more won, but " + this
          + " minus " + other + " is below zero");
    }
    return ofWon(won() - other.won());
  }

  /**
   * This amount multiplied by a whole factor.
   *
   * @throws IllegalArgumentException if {@code factor} is negative
   * @throws ArithmeticException if the result is above {@link Long#MAX_VALUE} won
   */
  public MoneyAmount times(long factor) {
    if (factor < 0) {
      throw new IllegalArgumentException(
          "MoneyAmount.times factor must be zero or more, was " + factor);
    }
    long product = won() * factor;
    if (Math.multiplyHigh(won(), factor) != 0 || product < 0) {
      throw overflow(this + " times " + factor);
    }
    return ofWon(product);
  }

  /**
   * Splits this amount into shares in proportion to the ratios, which sum exactly to this amount.
   *
   * <p>Each share first gets its proportion rounded down; the won left over go one each to the
   * shares with the largest remainders, and among equal remainders to the earlier share (the
   * largest remainder method). A zero ratio gets {@link #ZERO}. No step overflows, whatever the
   * amount and the ratios: {@code ofWon(5).allocate(3, 7)} is {@code [₩2, ₩3]},
   * {@code ofWon(100).allocate(1, 1, 1)} is {@code [₩34, ₩33, ₩33]}.
   *
   * @return an unmodifiable list with one share per ratio, in the order of the ratios
   * @throws IllegalArgumentException if there are no ratios, a ratio is negative or every ratio is
   *     zero
   */
  public List<MoneyAmount> allocate(long... ratios) {
    Objects.requireNonNull(ratios, "ratios");
    if (ratios.length == 0) {
      throw new IllegalArgumentException("MoneyAmount.allocate needs at least one ratio");
    }
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < ratios.length; i++) {
      if (ratios[i] < 0) {
        throw new IllegalArgumentException(
            "MoneyAmount.allocate ratios[" + i + "] must be zero or more, was " + ratios[i]);
      }
      total = total.add(BigInteger.valueOf(ratios[i]));
    }
    if (total.signum() == 0) {
      throw new IllegalArgumentException("MoneyAmount.allocate needs a ratio above zero, was "
          + Arrays.toString(ratios));
    }
    BigInteger amount = BigInteger.valueOf(won());
    long[] shares = new long[ratios.length];
    BigInteger[] remainders = new BigInteger[ratios.length];
    long leftOver = won();
    for (int i = 0; i < ratios.length; i++) {
      BigInteger[] quotientAndRemainder =
          amount.multiply(BigInteger.valueOf(ratios[i])).divideAndRemainder(total);
      shares[i] = quotientAndRemainder[0].longValueExact();
      remainders[i] = quotientAndRemainder[1];
      leftOver -= shares[i];
    }
    Integer[] byRemainder = new Integer[ratios.length];
    Arrays.setAll(byRemainder, i -> i);
    // A stable sort keeps equal remainders in ratio order, so ties go to the earlier share.
    Arrays.sort(byRemainder, (a, b) -> remainders[b].compareTo(remainders[a]));
    for (int i = 0; i < leftOver; i++) {
      shares[byRemainder[i]]++;
    }
    List<MoneyAmount> result = new ArrayList<>(shares.length);
    for (long share : shares) {
      result.add(ofWon(share));
    }
    return List.copyOf(result);
  }

  /** Whether this amount is zero won. */
  public boolean isZero() {
    return won() == 0;
  }

  /** The currency, always KRW (ISO 4217, no minor unit). */
  public Currency currency() {
    return KRW;
  }

  /** This amount as a {@link BigDecimal} of won with scale 0. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(won());
  }

  /** Compares by the number of won; consistent with {@code equals}. */
  @Override
  public int compareTo(MoneyAmount other) {
    return Long.compare(won(), other.won());
  }

  /**
   * The canonical text: {@code ₩} and the won with thousands separators, such as
   * {@code ₩20,000,000,000}; {@link #parse} reads it back.
   */
  @Override
  public String toString() {
    return KoreanAmountFormat.format(won());
  }

  /**
   * The amount in Korean units as newspapers and government documents write it, such as
   * {@code 1조 2,345억 6,789만 원}; {@link #parse} reads it back.
   *
   * <p>Groups of 경 (10^16), 조 (10^12), 억 (10^8), 만 (10^4) and the ones each carry thousands
   * separators, zero groups are left out, and one space separates the groups and the final
   * {@code 원}: {@code 200억 원}, {@code 1만 원}, {@code 5,000 원}, {@code 0 원}.
   */
  public String toKoreanString() {
    return KoreanAmountFormat.formatKorean(won());
  }

  @Value.Check
  void checkWon() {
    if (won() < 0) {
      throw new InvalidAttributeException("MoneyAmount", "won", won(), "zero or more won");
    }
  }

  private static ArithmeticException overflow(String operation) {
    return new ArithmeticException("MoneyAmount overflow: " + operation
        + " is above the largest amount, ₩9,223,372,036,854,775,807");
  }
}
