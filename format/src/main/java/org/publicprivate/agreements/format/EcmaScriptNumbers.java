package org.publicprivate.agreements.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A finite double as ECMAScript's Number::toString writes it, the form RFC 8785 prescribes for
 * numbers: the fewest significant digits that read back as the same double (of two such, the one
 * nearer the exact value, then the even one), plain notation from 10^-6 up to below 10^21 and
 * {@code 1.5e+21}, {@code 1e-7} outside, {@code 0} for both zeros.
 *
 * <p>The JDK's {@code Double.toString} before Java 19 sometimes writes more digits than needed, so
 * the digits are found here: the candidates of {@code p} significant digits nearest the exact value
 * are the value rounded down and up to {@code p} digits, and a shorter length that reads back
 * implies every longer one does, so the shortest length is found by bisection. Numbers whose
 * {@code Double.toString} has at most 15 significant digits, such as most decimals of JSON data,
 * skip the search: their digits are the shortest.
 */
final class EcmaScriptNumbers {
  /** Whole numbers below this in magnitude are exactly a {@code long} and their own shortest form. */
  private static final double EXACT_WHOLE_LIMIT = 0x1p53;
  private static final int MAX_DIGITS = 17;
  /** Significant digits that name one normal double at most (C's {@code DBL_DIG}). */
  private static final int UNIQUE_DIGITS = 15;
  private static final MathContext[] DOWN = contexts(RoundingMode.DOWN);
  private static final MathContext[] UP = contexts(RoundingMode.UP);

  private EcmaScriptNumbers() {}

  private static MathContext[] contexts(RoundingMode mode) {
    MathContext[] contexts = new MathContext[MAX_DIGITS + 1];
    for (int digits = 1; digits <= MAX_DIGITS; digits++) {
      contexts[digits] = new MathContext(digits, mode);
    }
    return contexts;
  }

  /**
   * The ECMAScript form of {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  static String toString(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "RFC 8785 has no form for " + value + ": numbers must be finite doubles");
    }
    if (value == 0) {
      return "0";
    }
    if (value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE_LIMIT) {
      return Long.toString((long) value);
    }
    String sign = value < 0 ? "-" : "";
    String fewDigits = fewDigits(Math.abs(value));
    if (fewDigits != null) {
      return sign + fewDigits;
    }
    BigDecimal shortest = shortest(value);
    String digits = shortest.unscaledValue().abs().toString();
    // value = 0.digits × 10^point, as ECMAScript's n
    int point = digits.length() - shortest.scale();
    return sign + layout(stripZeros(digits), point);
  }

  /**
   * The ECMAScript form of a positive {@code magnitude} from the digits of {@link
   * Double#toString}, when they are at most {@link #UNIQUE_DIGITS} and read back; else null. Two
   * decimals of at most 15 significant digits never read as the same normal double (doubles are
   * denser than they are), so such digits that read back are the only ones of their length or
   * shorter that do: the shortest, with no tie to break.
   */
  private static String fewDigits(double magnitude) {
    if (magnitude < Double.MIN_NORMAL) {
      return null;
    }
    String java = Double.toString(magnitude);
    int exponentAt = java.indexOf('E');
    int end = exponentAt < 0 ? java.length() : exponentAt;
    int dot = java.indexOf('.');
    StringBuilder digits = new StringBuilder(end);
    digits.append(java, 0, dot).append(java, dot + 1, end);
    // the value is 0.digits × 10^point
    int point = dot
        + (exponentAt < 0 ? 0 : Integer.parseInt(java, exponentAt + 1, java.length(), 10));
    int first = 0;
    while (digits.charAt(first) == '0') {
      first++;
    }
    String significant = stripZeros(digits.substring(first));
    if (significant.length() > UNIQUE_DIGITS || Double.parseDouble(java) != magnitude) {
      return null;
    }
    return layout(significant, point - first);
  }

  /** The shortest decimal that reads back as {@code value} (finite, not zero), nearest first. */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    int low = 1;
    int high = MAX_DIGITS;
    BigDecimal best = null;
    int bestDigits = 0;
    while (low < high) {
      int middle = (low + high) >>> 1;
      BigDecimal candidate = nearestReadingBack(exact, value, middle);
      if (candidate == null) {
        low = middle + 1;
      } else {
        best = candidate;
        bestDigits = middle;
        high = middle;
      }
    }
    return bestDigits == low ? best : nearestReadingBack(exact, value, low);
  }

  /** Of the two decimals of {@code digits} digits around {@code exact}, the nearest that reads back. */
  private static BigDecimal nearestReadingBack(BigDecimal exact, double value, int digits) {
    BigDecimal down = exact.round(DOWN[digits]);
    BigDecimal up = exact.round(UP[digits]);
    boolean downReads = down.doubleValue() == value;
    boolean upReads = up.doubleValue() == value;
    if (downReads && upReads && !down.equals(up)) {
      int order = exact.subtract(down).abs().compareTo(up.subtract(exact).abs());
      if (order != 0) {
        return order < 0 ? down : up;
      }
      return down.unscaledValue().testBit(0) ? up : down;
    }
    return downReads ? down : upReads ? up : null;
  }

  private static String stripZeros(String digits) {
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return digits.substring(0, end);
  }

  /** ECMAScript's layout of the digits {@code s} (k of them) with the decimal point at n. */
  private static String layout(String s, int n) {
    int k = s.length();
    if (k <= n && n <= 21) {
      return s + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return s.substring(0, n) + "." + s.substring(n);
    }
    if (-6 < n && n <= 0) {
      return "0." + "0".repeat(-n) + s;
    }
    int exponent = n - 1;
    String mantissa = k == 1 ? s : s.charAt(0) + "." + s.substring(1);
    return mantissa + (exponent < 0 ? "e-" : "e+") + Math.abs(exponent);
  }
}
