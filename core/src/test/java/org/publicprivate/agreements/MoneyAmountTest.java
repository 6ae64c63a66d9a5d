package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyAmountTest {
  private static final long MAX = Long.MAX_VALUE;

  @Test
  void holdsItsWon() {
    assertThat(MoneyAmount.ofWon(20_000_000_000L).won()).isEqualTo(20_000_000_000L);
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, -20_000_000_000L, Long.MIN_VALUE})
  void rejectsNegativeWon(long won) {
    assertThatThrownBy(() -> MoneyAmount.ofWon(won))
        .isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
          assertThat(e.type()).isEqualTo("MoneyAmount");
          assertThat(e.attribute()).isEqualTo("won");
          assertThat(e.value()).isEqualTo(Long.toString(won));
        })
        .hasMessage("MoneyAmount.won must be zero or more won, was " + won);
  }

  @Test
  void zeroIsZeroWon() {
    assertThat(MoneyAmount.ZERO.won()).isZero();
    assertThat(MoneyAmount.ZERO.isZero()).isTrue();
    assertThat(MoneyAmount.ofWon(0)).isEqualTo(MoneyAmount.ZERO);
    assertThat(MoneyAmount.ofWon(1).isZero()).isFalse();
  }

  @Test
  void equalsAndHashCodeFollowTheWon() {
    assertThat(MoneyAmount.ofWon(1_000)).isEqualTo(MoneyAmount.parse("₩1,000"));
    assertThat(MoneyAmount.ofWon(1_000).hashCode()).isEqualTo(MoneyAmount.ofWon(1_000).hashCode());
    assertThat(MoneyAmount.ofWon(1_000)).isNotEqualTo(MoneyAmount.ofWon(1_001));
  }

  @Test
  void comparesByWon() {
    List<MoneyAmount> amounts = new ArrayList<>(List.of(
        MoneyAmount.ofWon(MAX), MoneyAmount.ofWon(5), MoneyAmount.ZERO, MoneyAmount.ofWon(10_000)));
    amounts.sort(null);

    assertThat(amounts).extracting(MoneyAmount::won).containsExactly(0L, 5L, 10_000L, MAX);
    assertThat(MoneyAmount.ofWon(7).compareTo(MoneyAmount.ofWon(7))).isZero();
  }

  @Test
  void isInKoreanWonWithoutMinorUnit() {
    Currency currency = MoneyAmount.ofWon(1).currency();

    assertThat(currency.getCurrencyCode()).isEqualTo("KRW");
    assertThat(currency.getDefaultFractionDigits()).isZero();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 20_000_000_000L, MAX})
  void convertsToBigDecimalOfScaleZero(long won) {
    BigDecimal decimal = MoneyAmount.ofWon(won).toBigDecimal();

    assertThat(decimal.scale()).isZero();
    assertThat(decimal).isEqualTo(new BigDecimal(BigInteger.valueOf(won)));
  }

  @Test
  void writesTheCanonicalTextAsToString() {
    assertThat(MoneyAmount.ofWon(20_000_000_000L)).hasToString("₩20,000,000,000");
    assertThat(MoneyAmount.ZERO).hasToString("₩0");
  }

  @Test
  void writesKoreanUnits() {
    assertThat(MoneyAmount.ofWon(1_234_567_890_000L).toKoreanString())
        .isEqualTo("1조 2,345억 6,789만 원");
    assertThat(MoneyAmount.ofWon(MAX).toKoreanString())
        .isEqualTo("922경 3,372조 368억 5,477만 5,807 원");
  }

  @Test
  void parsesKoreanUnits() {
    assertThat(MoneyAmount.parse("1억 5천만 원")).isEqualTo(MoneyAmount.ofWon(150_000_000));
  }

  @Test
  void parseRejectsNullNamingTheParameter() {
    assertThatThrownBy(() -> MoneyAmount.parse(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5억 원", "1000.5", "100 USD", "5만 3억", "억 원", "1000경 원", " "})
  void parseRejectsWhatIsNotAnAmountOfWonQuotingIt(String text) {
    assertThatThrownBy(() -> MoneyAmount.parse(text))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot read a MoneyAmount from \"" + text + "\": ");
  }

  @ParameterizedTest
  @ValueSource(longs = {
    0, 1, 9, 10, 999, 1_000, 9_999, 10_000, 10_001, 99_999_999, 100_000_000, 100_000_001,
    1_000_000_000_000L, 1_000_000_000_001L, 10_000_000_000_000_000L, 10_000_000_000_000_001L,
    MAX, MAX - 1
  })
  void readsBackItsOwnTextAtTheEdges(long won) {
    MoneyAmount amount = MoneyAmount.ofWon(won);

    assertThat(MoneyAmount.parse(amount.toString())).isEqualTo(amount);
    assertThat(MoneyAmount.parse(amount.toKoreanString())).isEqualTo(amount);
  }

  @Test
  void readsBackItsOwnTextForThousandsOfAmounts() {
    SplittableRandom random = new SplittableRandom(20230522);
    for (int i = 0; i < 10_000; i++) {
      // Spread the amounts over every magnitude, not just the huge ones a uniform long gives.
      long bound = BigInteger.TEN.pow(1 + i % 19).min(BigInteger.valueOf(MAX)).longValueExact();
      MoneyAmount amount = MoneyAmount.ofWon(random.nextLong(bound));

      assertThat(MoneyAmount.parse(amount.toString())).as("%s", amount).isEqualTo(amount);
      assertThat(MoneyAmount.parse(amount.toKoreanString()))
          .as("%s", amount.toKoreanString())
          .isEqualTo(amount);
    }
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
    "0, 0, 0",
    "1000, 0, 1000",
    "15000000000, 5000000000, 20000000000",
    "9223372036854775806, 1, 9223372036854775807",
  })
  void adds(long a, long b, long sum) {
    assertThat(MoneyAmount.ofWon(a).plus(MoneyAmount.ofWon(b))).isEqualTo(MoneyAmount.ofWon(sum));
  }

  @Test
  void plusOverflowIsAnArithmeticExceptionNamingTheOperands() {
    assertThatThrownBy(() -> MoneyAmount.ofWon(MAX).plus(MoneyAmount.ofWon(1)))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("MoneyAmount overflow: ₩9,223,372,036,854,775,807 plus ₩1 is above the"
            + " largest amount, ₩9,223,372,036,854,775,807");
  }

  @ParameterizedTest(name = "{0} - {1} = {2}")
  @CsvSource({
    "0, 0, 0",
    "1000, 1000, 0",
    "20000000000, 5000000000, 15000000000",
    "9223372036854775807, 1, 9223372036854775806",
  })
  void subtracts(long a, long b, long difference) {
    assertThat(MoneyAmount.ofWon(a).minus(MoneyAmount.ofWon(b)))
        .isEqualTo(MoneyAmount.ofWon(difference));
  }

  @Test
  void minusBelowZeroIsAnIllegalArgumentNamingBothAmounts() {
    assertThatThrownBy(() -> MoneyAmount.ofWon(1_000).minus(MoneyAmount.ofWon(2_000)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("MoneyAmount must be zero or more won, but ₩1,000 minus ₩2,000 is below zero");
  }

  @ParameterizedTest(name = "{0} × {1} = {2}")
  @CsvSource({
    "1000, 3, 3000",
    "1000, 0, 0",
    "0, 9223372036854775807, 0",
    "9223372036854775807, 1, 9223372036854775807",
    "4611686018427387903, 2, 9223372036854775806",
    "100000000, 200, 20000000000",
  })
  void multiplies(long won, long factor, long product) {
    assertThat(MoneyAmount.ofWon(won).times(factor)).isEqualTo(MoneyAmount.ofWon(product));
  }

  @ParameterizedTest(name = "{0} × {1}")
  @CsvSource(delimiter = '|', value = {
    "9223372036854775807 | 2                   | ₩9,223,372,036,854,775,807 times 2",
    "4294967296          | 2147483648          | ₩4,294,967,296 times 2147483648",
    "3037000500          | 3037000500          | ₩3,037,000,500 times 3037000500",
    "2                   | 9223372036854775807 | ₩2 times 9223372036854775807",
  })
  void timesOverflowIsAnArithmeticExceptionNamingTheOperands(
      long won, long factor, String operation) {
    assertThatThrownBy(() -> MoneyAmount.ofWon(won).times(factor))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("MoneyAmount overflow: " + operation
            + " is above the largest amount, ₩9,223,372,036,854,775,807");
  }

  @Test
  void rejectsANegativeFactor() {
    assertThatThrownBy(() -> MoneyAmount.ofWon(1_000).times(-1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("MoneyAmount.times factor must be zero or more, was -1");
  }

  static Stream<Arguments> allocations() {
    return Stream.of(
        Arguments.of(100L, new long[] {1, 1, 1}, new long[] {34, 33, 33}),
        Arguments.of(5L, new long[] {3, 7}, new long[] {2, 3}),
        Arguments.of(100L, new long[] {1, 2, 3}, new long[] {17, 33, 50}),
        Arguments.of(1_000L, new long[] {1, 1, 1, 1, 1, 1, 1},
            new long[] {143, 143, 143, 143, 143, 143, 142}),
        Arguments.of(1L, new long[] {1, 1, 1}, new long[] {1, 0, 0}),
        Arguments.of(2L, new long[] {1, 1, 1}, new long[] {1, 1, 0}),
        Arguments.of(7L, new long[] {1}, new long[] {7}),
        Arguments.of(0L, new long[] {1, 2}, new long[] {0, 0}),
        Arguments.of(100L, new long[] {0, 1, 1}, new long[] {0, 50, 50}),
        Arguments.of(11L, new long[] {1, 0, 1}, new long[] {6, 0, 5}),
        Arguments.of(3L, new long[] {0, 1, 0, 1, 0}, new long[] {0, 2, 0, 1, 0}),
        Arguments.of(20_000_000_000L, new long[] {7, 3},
            new long[] {14_000_000_000L, 6_000_000_000L}),
        Arguments.of(MAX, new long[] {1, 1},
            new long[] {4_611_686_018_427_387_904L, 4_611_686_018_427_387_903L}),
        Arguments.of(MAX, new long[] {1, 1, 1},
            new long[] {3_074_457_345_618_258_603L, 3_074_457_345_618_258_602L,
                3_074_457_345_618_258_602L}),
        Arguments.of(MAX, new long[] {MAX, MAX, 1},
            new long[] {4_611_686_018_427_387_903L, 4_611_686_018_427_387_903L, 1}),
        Arguments.of(MAX, new long[] {MAX, MAX - 1},
            new long[] {4_611_686_018_427_387_904L, 4_611_686_018_427_387_903L}),
        Arguments.of(10L, new long[] {MAX, 1}, new long[] {10, 0}));
  }

  @ParameterizedTest(name = "{0} by {1}")
  @MethodSource("allocations")
  void allocatesByLargestRemainderWithTiesToTheEarlierShare(
      long won, long[] ratios, long[] expected) {
    List<MoneyAmount> shares = MoneyAmount.ofWon(won).allocate(ratios);

    assertThat(shares).extracting(MoneyAmount::won)
        .containsExactly(Arrays.stream(expected).boxed().toArray(Long[]::new));
  }

  @Test
  void allocatesSharesThatSumExactlyAndStayWithinAWonOfTheirProportion() {
    SplittableRandom random = new SplittableRandom(20250521);
    for (int i = 0; i < 2_000; i++) {
      long won = i % 2 == 0 ? random.nextLong(1_000_000) : random.nextLong(MAX);
      long[] ratios = random.longs(1 + random.nextInt(8), 0, i % 3 == 0 ? MAX : 100).toArray();
      ratios[random.nextInt(ratios.length)] += 1;

      List<MoneyAmount> shares = MoneyAmount.ofWon(won).allocate(ratios);

      assertThat(MoneyAmount.sum(shares).won()).isEqualTo(won);
      BigInteger total = Arrays.stream(ratios).mapToObj(BigInteger::valueOf)
          .reduce(BigInteger.ZERO, BigInteger::add);
      for (int s = 0; s < ratios.length; s++) {
        BigInteger floor = BigInteger.valueOf(won).multiply(BigInteger.valueOf(ratios[s]))
            .divide(total);
        assertThat(BigInteger.valueOf(shares.get(s).won()).subtract(floor))
            .as("share %d of %d by %s", s, won, Arrays.toString(ratios))
            .isBetween(BigInteger.ZERO, BigInteger.ONE);
      }
    }
  }

  @Test
  void allocateReturnsAnUnmodifiableList() {
    List<MoneyAmount> shares = MoneyAmount.ofWon(10).allocate(1, 1);

    assertThatThrownBy(() -> shares.add(MoneyAmount.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(shares).containsExactly(MoneyAmount.ofWon(5), MoneyAmount.ofWon(5));
  }

  @Test
  void allocateRejectsNoRatios() {
    assertThatThrownBy(() -> MoneyAmount.ofWon(10).allocate())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("MoneyAmount.allocate needs at least one ratio");
  }

  @Test
  void allocateRejectsANegativeRatio() {
    assertThatThrownBy(() -> MoneyAmount.ofWon(10).allocate(1, -1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("MoneyAmount.allocate ratios[1] must be zero or more, was -1");
  }

  @Test
  void allocateRejectsOnlyZeroRatios() {
    assertThatThrownBy(() -> MoneyAmount.ofWon(10).allocate(0, 0))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("MoneyAmount.allocate needs a ratio above zero, was [0, 0]");
  }

  @Test
  void sumsAmounts() {
    List<MoneyAmount> amounts = List.of(
        MoneyAmount.parse("100억 원"), MoneyAmount.parse("60억 원"), MoneyAmount.parse("40억 원"));

    assertThat(MoneyAmount.sum(amounts)).isEqualTo(MoneyAmount.parse("200억 원"));
  }

  @Test
  void sumOfNothingIsZero() {
    assertThat(MoneyAmount.sum(List.of())).isEqualTo(MoneyAmount.ZERO);
  }

  @Test
  void sumOverflowIsAnArithmeticException() {
    List<MoneyAmount> amounts =
        List.of(MoneyAmount.ofWon(1), MoneyAmount.ofWon(MAX - 1), MoneyAmount.ofWon(1));

    assertThatThrownBy(() -> MoneyAmount.sum(amounts))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("MoneyAmount overflow: the sum of amounts up to amounts[2] (₩1) is above the"
            + " largest amount, ₩9,223,372,036,854,775,807");
  }

  @Test
  void sumRejectsANullAmountNamingItsIndex() {
    List<MoneyAmount> amounts = Arrays.asList(MoneyAmount.ofWon(1), null);

    assertThatThrownBy(() -> MoneyAmount.sum(amounts))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("amounts[1]");
  }

  @Test
  void sumRejectsNullAmounts() {
    assertThatThrownBy(() -> MoneyAmount.sum(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("amounts");
  }
}
