package org.publicprivate.agreements.validation;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.publicprivate.agreements.MoneyAmount;

/** Sums of money that cannot overflow, for rules that compare parts with a whole. */
final class Budgets {
  private Budgets() {}

  /** The sum of the parts' amounts, exact however large. */
  static <T> BigInteger sum(List<T> parts, Function<T, MoneyAmount> amount) {
    long sum = 0;
    BigInteger overflow = BigInteger.ZERO;
    for (T part : parts) {
      long won = amount.apply(part).won();
      long next = sum + won;
      if (next < 0) {
        overflow = overflow.add(BigInteger.valueOf(sum));
        next = won;
      }
      sum = next;
    }
    return overflow.add(BigInteger.valueOf(sum));
  }

  /**
   * The sum as the money notation {@code ₩20,000,000,000}, with ASCII digits and commas whatever
   * the JVM's default locale.
   */
  static String format(BigInteger won) {
    return String.format(Locale.ROOT, "₩%,d", won);
  }
}
