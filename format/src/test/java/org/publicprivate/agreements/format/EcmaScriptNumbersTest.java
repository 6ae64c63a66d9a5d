package org.publicprivate.agreements.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.testkit.Gen;
import org.publicprivate.agreements.testkit.Gens;
import org.publicprivate.agreements.testkit.Property;

/**
 * Numbers take ECMAScript's Number::toString form, as RFC 8785 requires: the samples of RFC 8785
 * appendix B, and a property against an oracle of our own that finds the shortest digits another
 * way (the exact interval of decimals that read back, instead of reading candidates back).
 *
 * <p>The property tries 50,000 doubles; {@code -Dagreements.rfc8785.numberTries=1000000} runs the
 * long run of a million.
 */
class EcmaScriptNumbersTest {
  private static final int TRIES = Integer.getInteger("agreements.rfc8785.numberTries", 50_000);

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "0000000000000000, 0",
      "8000000000000000, 0",
      "0000000000000001, 5e-324",
      "8000000000000001, -5e-324",
      "7fefffffffffffff, 1.7976931348623157e+308",
      "ffefffffffffffff, -1.7976931348623157e+308",
      "4340000000000000, 9007199254740992",
      "c340000000000000, -9007199254740992",
      "4430000000000000, 295147905179352830000",
      "44b52d02c7e14af5, 9.999999999999997e+22",
      "44b52d02c7e14af6, 1e+23",
      "44b52d02c7e14af7, 1.0000000000000001e+23",
      "444b1ae4d6e2ef4e, 999999999999999700000",
      "444b1ae4d6e2ef4f, 999999999999999900000",
      "444b1ae4d6e2ef50, 1e+21",
      "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
      "3eb0c6f7a0b5ed8d, 0.000001",
      "41b3de4355555553, 333333333.3333332",
      "41b3de4355555554, 333333333.33333325",
      "41b3de4355555555, 333333333.3333333",
      "41b3de4355555556, 333333333.3333334",
      "41b3de4355555557, 333333333.33333343",
      "becbf647612f3696, -0.0000033333333333333333",
      "43143ff3c1cb0959, 1424953923781206.2",
      // From the sample lines of the reference implementations' testdata/README.md.
      "4340000000000001, 9007199254740994",
      "4340000000000002, 9007199254740996",
  })
  void writesTheSamplesOfRfc8785AppendixB(String ieee754, String expected) {
    double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754, 16));

    assertThat(EcmaScriptNumbers.toString(value)).isEqualTo(expected);
    assertThat(oracle(value)).isEqualTo(expected);
  }

  /** Numbers of at most 15 significant digits, which take their digits from Double.toString. */
  @ParameterizedTest
  @ValueSource(doubles = {4.5, 0.002, 0.1, 1e-3, 1.5e-3, 1e-6, 1e-7, 1.23e-20, 9.999e6, 1e7,
      12345.678, 1e21, 1.5e21, 1.5e300, 123456789.12345, 2.5e-307})
  void writesNumbersOfFewDigitsAsTheOracleDoesOfEitherSign(double value) {
    assertThat(EcmaScriptNumbers.toString(value)).isEqualTo(oracle(value));
    assertThat(EcmaScriptNumbers.toString(-value)).isEqualTo(oracle(-value));
  }

  @Test
  void refusesWhatRfc8785CannotWrite() {
    for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> EcmaScriptNumbers.toString(value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("RFC 8785 has no form for " + value + ": numbers must be finite doubles");
    }
  }

  @Test
  void agreesWithAnOracleThatFindsTheShortestDigitsFromTheExactInterval() {
    Property.forAll(doubles())
        .named("EcmaScriptNumbers agrees with the interval oracle")
        .tries(TRIES)
        .verify(value -> {
          String written = EcmaScriptNumbers.toString(value);
          assertThat(written).as("bits %016x", Double.doubleToRawLongBits(value))
              .isEqualTo(oracle(value));
          assertThat(Double.parseDouble(written)).isEqualTo(value == 0 ? 0.0 : value);
        });
  }

  /** Finite doubles: any bit pattern, and the ranges where the layout or the digits change. */
  private static Gen<Double> doubles() {
    Gen<Double> bits = Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE)
        .map(Double::longBitsToDouble)
        .filter(Double::isFinite, "finite");
    Gen<Double> subnormal = Gens.longs(1, 0x000f_ffff_ffff_ffffL).map(Double::longBitsToDouble);
    Gen<Double> nearLayoutLimits = Gens.combine(Gens.elements(1e-7, 1e-6, 1e-5, 1e20, 1e21, 1e22,
            0x1p53, 1.0, 0.1), Gens.ints(-64, 64),
        (limit, steps) -> step(limit, steps));
    Gen<Double> decimals = Gens.combine(Gens.longs(-99_999_999L, 99_999_999L), Gens.ints(0, 12),
        (digits, scale) -> BigDecimal.valueOf(digits, scale).doubleValue());
    Gen<Double> wholes = Gens.longs(-(1L << 60), 1L << 60).map(Long::doubleValue);
    return Gens.frequency(6, bits, 1, Gens.oneOf(subnormal, wholes), 1, nearLayoutLimits, 1, decimals);
  }

  private static double step(double value, int steps) {
    double stepped = value;
    for (int i = 0; i < Math.abs(steps); i++) {
      stepped = steps < 0 ? Math.nextDown(stepped) : Math.nextUp(stepped);
    }
    return stepped;
  }

  /**
   * ECMAScript's form found independently: the decimals that read back as {@code value} are
   * exactly those inside the interval half a gap either side of it (its ends included when the
   * significand is even, as reading rounds ties to even); the shortest of them nearest the value
   * is laid out with {@link BigDecimal#toPlainString} or in scientific notation.
   */
  static String oracle(double value) {
    if (value == 0) {
      return "0";
    }
    double magnitude = Math.abs(value);
    BigDecimal exact = new BigDecimal(magnitude);
    BigDecimal below = exact.subtract(new BigDecimal(Math.nextDown(magnitude)));
    BigDecimal above = new BigDecimal(Math.ulp(magnitude));
    BigDecimal low = exact.subtract(below.divide(BigDecimal.valueOf(2)));
    BigDecimal high = exact.add(above.divide(BigDecimal.valueOf(2)));
    boolean endsIncluded = (Double.doubleToLongBits(magnitude) & 1) == 0;
    int leading = exact.precision() - exact.scale() - 1;
    for (int digits = 1; ; digits++) {
      int scale = digits - 1 - leading;
      BigDecimal floor = exact.setScale(scale, RoundingMode.FLOOR);
      BigDecimal ceiling = exact.setScale(scale, RoundingMode.CEILING);
      boolean floorIn = inside(floor, low, high, endsIncluded);
      boolean ceilingIn = inside(ceiling, low, high, endsIncluded);
      if (floorIn || ceilingIn) {
        BigDecimal chosen;
        if (floorIn && ceilingIn) {
          int nearer = exact.subtract(floor).compareTo(ceiling.subtract(exact));
          chosen = nearer < 0 ? floor : nearer > 0 ? ceiling
              : floor.unscaledValue().testBit(0) ? ceiling : floor;
        } else {
          chosen = floorIn ? floor : ceiling;
        }
        return (value < 0 ? "-" : "") + layout(chosen.stripTrailingZeros());
      }
    }
  }

  private static boolean inside(BigDecimal candidate, BigDecimal low, BigDecimal high,
      boolean endsIncluded) {
    int fromLow = candidate.compareTo(low);
    int toHigh = candidate.compareTo(high);
    return endsIncluded ? fromLow >= 0 && toHigh <= 0 : fromLow > 0 && toHigh < 0;
  }

  private static String layout(BigDecimal decimal) {
    if (decimal.compareTo(new BigDecimal("1e-6")) >= 0 && decimal.compareTo(new BigDecimal("1e21")) < 0) {
      return decimal.toPlainString();
    }
    String digits = decimal.unscaledValue().toString();
    int exponent = decimal.precision() - decimal.scale() - 1;
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
  }
}
