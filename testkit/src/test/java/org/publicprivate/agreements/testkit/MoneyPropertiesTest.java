package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.publicprivate.agreements.MoneyAmount;

/** The laws of {@link MoneyAmount}, over every magnitude of won and every notation of its text. */
class MoneyPropertiesTest {

  private static final Gen<MoneyAmount> AMOUNTS = ValueGens.money();

  /**
   * Ratios of every size, often repeated so that equal ratios meet, and at least one above zero; a
   * list rather than an array, so that a failure report shows them.
   */
  private static final Gen<List<Long>> RATIOS = Gens.listOf(
          Gens.frequency(4, Gens.longs(0, 3), 1, Gens.longs(0, Long.MAX_VALUE)), 1, 12)
      .filter(ratios -> ratios.stream().anyMatch(ratio -> ratio > 0), "a ratio above zero");

  /** Two amounts, the second often equal to the first (but another instance). */
  private static final Gen<List<MoneyAmount>> PAIRS = Gens.composite("pairs of amounts", draw -> {
    MoneyAmount first = draw.next(AMOUNTS);
    MoneyAmount second = draw.next(Gens.frequency(
        1, Gens.constant(first.won()).map(MoneyAmount::ofWon), 3, AMOUNTS));
    return List.of(first, second);
  });

  @PropertyTest
  void minusUndoesPlusAndPlusOverflowsExactlyAboveTheLargestAmount() {
    AtomicInteger overflowing = new AtomicInteger();
    AtomicInteger inRange = new AtomicInteger();

    Property.forAll(AMOUNTS, AMOUNTS).verify((a, b) -> {
      if (a.won() > Long.MAX_VALUE - b.won()) {
        overflowing.incrementAndGet();
        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(ArithmeticException.class)
            .hasMessageContaining("MoneyAmount overflow");
      } else {
        inRange.incrementAndGet();
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.plus(b).minus(a)).isEqualTo(b);
        assertThat(a.plus(b).won()).isEqualTo(a.won() + b.won());
      }
    });

    assertThat(overflowing).as("tries whose sum overflows").hasPositiveValue();
    assertThat(inRange).as("tries whose sum is in range").hasPositiveValue();
  }

  @PropertyTest
  void plusUndoesMinusAndMinusRefusesAResultBelowZero() {
    AtomicInteger belowZero = new AtomicInteger();

    Property.forAll(AMOUNTS, AMOUNTS).verify((a, b) -> {
      if (b.won() > a.won()) {
        belowZero.incrementAndGet();
        assertThatThrownBy(() -> a.minus(b)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("is below zero");
      } else {
        assertThat(a.minus(b).plus(b)).isEqualTo(a);
      }
    });

    assertThat(belowZero).as("tries whose difference is below zero").hasPositiveValue();
  }

  @PropertyTest
  void allocationSumsExactlyToTheWhole() {
    Property.forAll(AMOUNTS, RATIOS).verify((amount, ratioList) -> {
      long[] ratios = array(ratioList);
      List<MoneyAmount> shares = amount.allocate(ratios);

      assertThat(shares).hasSameSizeAs(ratios);
      assertThat(MoneyAmount.sum(shares)).isEqualTo(amount);
    });
  }

  @PropertyTest
  void eachShareIsItsProportionRoundedDownOrUpByOneWon() {
    Property.forAll(AMOUNTS, RATIOS).verify((amount, ratioList) -> {
      long[] ratios = array(ratioList);
      List<MoneyAmount> shares = amount.allocate(ratios);
      BigInteger total = BigInteger.ZERO;
      for (long ratio : ratios) {
        total = total.add(BigInteger.valueOf(ratio));
      }
      for (int i = 0; i < ratios.length; i++) {
        BigInteger roundedDown = BigInteger.valueOf(amount.won())
            .multiply(BigInteger.valueOf(ratios[i])).divide(total);
        assertThat(BigInteger.valueOf(shares.get(i).won()).subtract(roundedDown))
            .as("share %d of %s for ratio %d", i, amount, ratios[i])
            .isBetween(BigInteger.ZERO, BigInteger.ONE);
      }
    });
  }

  @PropertyTest
  void sharesOfEqualRatiosDifferByAtMostOneWonAndTheEarlierGetsTheExtraWon() {
    AtomicInteger equalRatios = new AtomicInteger();

    Property.forAll(AMOUNTS, RATIOS).verify((amount, ratioList) -> {
      long[] ratios = array(ratioList);
      List<MoneyAmount> shares = amount.allocate(ratios);
      for (int i = 0; i < ratios.length; i++) {
        for (int j = i + 1; j < ratios.length; j++) {
          if (ratios[i] == ratios[j]) {
            equalRatios.incrementAndGet();
            assertThat(shares.get(i).won() - shares.get(j).won())
                .as("shares %d and %d of %s for equal ratios %d", i, j, amount, ratios[i])
                .isBetween(0L, 1L);
          }
        }
      }
    });

    assertThat(equalRatios).as("pairs of equal ratios seen").hasPositiveValue();
  }

  @PropertyTest
  void parsesItsKoreanTextBack() {
    Property.forAll(AMOUNTS)
        .verify(amount -> assertThat(MoneyAmount.parse(amount.toKoreanString())).isEqualTo(amount));
  }

  @PropertyTest
  void parsesItsCanonicalTextBack() {
    Property.forAll(AMOUNTS)
        .verify(amount -> assertThat(MoneyAmount.parse(amount.toString())).isEqualTo(amount));
  }

  @PropertyTest
  void parsesEveryNotationOfTheSameAmountToThatAmount() {
    Property.forAll(ValueGens.moneyTexts())
        .verify(written -> assertThat(MoneyAmount.parse(written.text()))
            .as("parse(\"%s\")", written.text())
            .isEqualTo(written.amount()));
  }

  @PropertyTest
  void ordersAndEqualsAmountsByTheirWon() {
    AtomicInteger equalPairs = new AtomicInteger();

    Property.forAll(PAIRS).verify(pair -> {
      MoneyAmount a = pair.get(0);
      MoneyAmount b = pair.get(1);
      boolean sameWon = a.won() == b.won();
      if (sameWon) {
        equalPairs.incrementAndGet();
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }

      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(Long.compare(a.won(), b.won())));
      assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-Integer.signum(a.compareTo(b)));
      assertThat(a.equals(b)).isEqualTo(sameWon);
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    });

    assertThat(equalPairs).as("pairs of equal amounts seen").hasPositiveValue();
  }

  private static long[] array(List<Long> ratios) {
    return ratios.stream().mapToLong(Long::longValue).toArray();
  }
}
