package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.publicprivate.agreements.MoneyAmount;

/** The laws of {@link MoneyAmount}, over every magnitude of won and every notation of its text. */
class MoneyPropertiesTest {

  private static final Gen<MoneyAmount> AMOUNTS = ValueGens.money();

  /** Two amounts of any size. */
  private static final Gen<List<MoneyAmount>> ANY_PAIRS =
      Gens.combine(AMOUNTS, AMOUNTS, (a, b) -> List.of(a, b));

  /** Two amounts whose sum is at most the largest amount. */
  private static final Gen<List<MoneyAmount>> SUMMABLE_PAIRS = Gens.composite("summable", draw -> {
    MoneyAmount a = draw.next(AMOUNTS);
    return List.of(a, draw.next(ValueGens.money(Long.MAX_VALUE - a.won())));
  });

  /** Two amounts whose sum is above the largest amount. */
  private static final Gen<List<MoneyAmount>> OVERFLOWING_PAIRS = Gens.composite("overflowing",
      draw -> {
        MoneyAmount a = draw.next(AMOUNTS.filter(amount -> !amount.isZero(), "above zero"));
        long b = draw.next(Gens.longs(Long.MAX_VALUE - a.won() + 1, Long.MAX_VALUE));
        return List.of(a, MoneyAmount.ofWon(b));
      });

  /** Two amounts, the second at most the first. */
  private static final Gen<List<MoneyAmount>> DESCENDING_PAIRS = Gens.composite("descending",
      draw -> {
        MoneyAmount a = draw.next(AMOUNTS);
        return List.of(a, draw.next(ValueGens.money(a.won())));
      });

  /** Two amounts, the second above the first. */
  private static final Gen<List<MoneyAmount>> ASCENDING_PAIRS = Gens.composite("ascending",
      draw -> {
        MoneyAmount a = draw.next(ValueGens.money(Long.MAX_VALUE - 1));
        long b = draw.next(Gens.longs(a.won() + 1, Long.MAX_VALUE));
        return List.of(a, MoneyAmount.ofWon(b));
      });

  /** Two amounts, the second often equal to the first (but another instance). */
  private static final Gen<List<MoneyAmount>> PAIRS_OFTEN_EQUAL = Gens.composite("often equal",
      draw -> {
        MoneyAmount first = draw.next(AMOUNTS);
        MoneyAmount second = draw.next(Gens.frequency(
            1, Gens.constant(first.won()).map(MoneyAmount::ofWon), 3, AMOUNTS));
        return List.of(first, second);
      });

  /**
   * Ratios of every size, mostly small so that equal ratios meet, and at least one above zero; a
   * list rather than an array, so that a failure report shows them.
   */
  private static final Gen<List<Long>> RATIOS = Gens.listOf(
          Gens.frequency(4, Gens.longs(0, 3), 1, Gens.longs(0, Long.MAX_VALUE)), 1, 12)
      .filter(ratios -> ratios.stream().anyMatch(ratio -> ratio > 0), "a ratio above zero");

  /** Ratios in which at least one ratio comes again later. */
  private static final Gen<List<Long>> RATIOS_WITH_A_REPEAT = Gens.composite("with a repeat",
      draw -> {
        List<Long> ratios = new ArrayList<>(draw.next(RATIOS));
        int repeated = draw.next(Gens.ints(0, ratios.size() - 1));
        int later = draw.next(Gens.ints(repeated + 1, ratios.size()));
        ratios.add(later, ratios.get(repeated));
        return List.copyOf(ratios);
      });

  @PropertyTest
  void minusUndoesPlus() {
    Property.forAll(SUMMABLE_PAIRS).verify(pair -> {
      MoneyAmount a = pair.get(0);
      MoneyAmount b = pair.get(1);

      assertThat(a.plus(b).won()).isEqualTo(a.won() + b.won());
      assertThat(a.plus(b).minus(b)).isEqualTo(a);
      assertThat(a.plus(b).minus(a)).isEqualTo(b);
    });
  }

  @PropertyTest
  void plusThrowsArithmeticExceptionExactlyWhenTheSumIsAboveTheLargestAmount() {
    Property.forAll(Gens.frequency(1, OVERFLOWING_PAIRS, 1, ANY_PAIRS)).verify(pair -> {
      MoneyAmount a = pair.get(0);
      MoneyAmount b = pair.get(1);
      if (a.won() > Long.MAX_VALUE - b.won()) {
        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(ArithmeticException.class)
            .hasMessageContaining("MoneyAmount overflow");
      } else {
        assertThat(a.plus(b).won()).isEqualTo(a.won() + b.won());
      }
    });
  }

  @PropertyTest
  void plusUndoesMinus() {
    Property.forAll(DESCENDING_PAIRS).verify(pair -> {
      MoneyAmount a = pair.get(0);
      MoneyAmount b = pair.get(1);

      assertThat(a.minus(b).won()).isEqualTo(a.won() - b.won());
      assertThat(a.minus(b).plus(b)).isEqualTo(a);
    });
  }

  @PropertyTest
  void minusThrowsIllegalArgumentExceptionExactlyWhenTheResultIsBelowZero() {
    Property.forAll(Gens.frequency(1, ASCENDING_PAIRS, 1, ANY_PAIRS)).verify(pair -> {
      MoneyAmount a = pair.get(0);
      MoneyAmount b = pair.get(1);
      if (b.won() > a.won()) {
        assertThatThrownBy(() -> a.minus(b)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("is below zero");
      } else {
        assertThat(a.minus(b).won()).isEqualTo(a.won() - b.won());
      }
    });
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
    Property.forAll(AMOUNTS, RATIOS_WITH_A_REPEAT).verify((amount, ratioList) -> {
      long[] ratios = array(ratioList);
      List<MoneyAmount> shares = amount.allocate(ratios);
      for (int i = 0; i < ratios.length; i++) {
        for (int j = i + 1; j < ratios.length; j++) {
          if (ratios[i] == ratios[j]) {
            assertThat(shares.get(i).won() - shares.get(j).won())
                .as("shares %d and %d of %s for equal ratios %d", i, j, amount, ratios[i])
                .isBetween(0L, 1L);
          }
        }
      }
    });
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
    Property.forAll(PAIRS_OFTEN_EQUAL).verify(pair -> {
      MoneyAmount a = pair.get(0);
      MoneyAmount b = pair.get(1);

      assertThat(Integer.signum(a.compareTo(b)))
          .isEqualTo(Integer.signum(Long.compare(a.won(), b.won())));
      assertThat(a.equals(b)).isEqualTo(a.won() == b.won());
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    });
  }

  @PropertyTest
  void equalAmountsHaveEqualHashCodes() {
    Property.forAll(AMOUNTS).verify(amount -> {
      MoneyAmount same = MoneyAmount.ofWon(amount.won());

      assertThat(same).isEqualTo(amount);
      assertThat(same.hashCode()).isEqualTo(amount.hashCode());
    });
  }

  private static long[] array(List<Long> ratios) {
    return ratios.stream().mapToLong(Long::longValue).toArray();
  }
}
