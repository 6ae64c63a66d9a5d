package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.MoneyAmount;

// The expected counterexamples are those of SEED at the default number of tries, whatever a build's
// -Dagreements.testkit.tries says.
@ExtendWith(WithoutTestkitSystemProperties.class)
class ShrinkingTest {

  private static final long SEED = 20_230_522L;

  @Test
  void shrinksAListLongerThanThreeToFourZeros() {
    PropertyFailedException failure = failure(() -> Property
        .forAll(Gens.listOf(Gens.ints(-1_000, 1_000), 0, 50)).seed(SEED)
        .check(list -> list.size() <= 3));

    assertThat((List<?>) failure.originalCounterexample()).hasSizeGreaterThan(3);
    assertThat(failure.shrunkCounterexample()).isEqualTo(List.of(0, 0, 0, 0));
  }

  @Test
  void shrinksListElementsTowardTheirMinimum() {
    PropertyFailedException failure = failure(() -> Property
        .forAll(Gens.listOf(Gens.ints(5, 1_000), 0, 50)).seed(SEED)
        .check(list -> list.size() <= 3));

    assertThat(failure.shrunkCounterexample()).isEqualTo(List.of(5, 5, 5, 5));
  }

  @Test
  void shrinksANumberToTheSmallestFailingValue() {
    PropertyFailedException failure = failure(() -> Property
        .forAll(Gens.longs(0, 1_000_000)).seed(SEED)
        .check(n -> n < 1234));

    assertThat((Long) failure.originalCounterexample()).isGreaterThanOrEqualTo(1234);
    assertThat(failure.shrunkCounterexample()).isEqualTo(1234L);
  }

  @Test
  void shrinksANegativeNumberTowardZero() {
    PropertyFailedException failure = failure(() -> Property
        .forAll(Gens.ints(-1_000_000, 1_000_000)).seed(SEED)
        .check(n -> n > -1234));

    assertThat(failure.shrunkCounterexample()).isEqualTo(-1234);
  }

  @Test
  void shrinksAcrossTheWholeLongRange() {
    PropertyFailedException failure = failure(() -> Property
        .forAll(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE)).seed(SEED)
        .check(n -> Math.abs(n) < 1_000_000_007L));

    assertThat(failure.shrunkCounterexample()).isIn(1_000_000_007L, -1_000_000_007L);
  }

  @Test
  void shrinksAFailingMoneyPropertyToTheSmallestFailingAmount() {
    PropertyFailedException failure = failure(() -> Property
        .forAll(ValueGens.money()).seed(SEED)
        .check(amount -> amount.won() < 1_000_000));

    // An amount drawn as one of the weighted-in edge values is chosen by its index among them,
    // so it shrinks only to the smallest failing edge value (₩100,000,000 here); this one is not.
    assertThat(((MoneyAmount) failure.originalCounterexample()).won())
        .isGreaterThanOrEqualTo(1_000_000)
        .isNotIn(100_000_000L, 1_000_000_000_000L, 10_000_000_000_000_000L, Long.MAX_VALUE);
    assertThat(failure.shrunkCounterexample()).isEqualTo(MoneyAmount.ofWon(1_000_000));
    assertThat(failure).hasMessageContaining("Shrunk counterexample:   ₩1,000,000\n");
  }

  @Test
  void shrinksAnAgreementTowardFewerPartiesCommitmentsAndProgrammes() {
    long seedOfALargerAgreement = SEED + 16;
    PropertyFailedException failure = failure(() -> Property
        .forAll(AgreementGens.validAgreements()).seed(seedOfALargerAgreement)
        .check(agreement -> agreement.commitments().size() < 3));

    Agreement original = (Agreement) failure.originalCounterexample();
    Agreement shrunk = (Agreement) failure.shrunkCounterexample();
    assertThat(original.parties()).hasSizeGreaterThan(2);
    assertThat(original.commitments()).hasSizeGreaterThan(3);
    assertThat(original.programmes()).isNotEmpty();
    assertThat(shrunk.commitments()).hasSize(3);
    assertThat(shrunk.parties()).hasSize(2);
    assertThat(shrunk.programmes()).isEmpty();
  }

  @Test
  void shrinksThroughMap() {
    PropertyFailedException failure = failure(() -> Property
        .forAll(Gens.longs(0, 1_000_000).map(n -> "#" + n)).seed(SEED)
        .check(text -> text.length() < 4));

    assertThat(failure.shrunkCounterexample()).isEqualTo("#100");
  }

  @Test
  void shrinksThroughFlatMapTheCountAndWhatItCounts() {
    Gen<List<Long>> fixedLength = Gens.ints(1, 20)
        .flatMap(n -> Gens.listOf(Gens.longs(0, 1_000), n, n));

    PropertyFailedException failure = failure(() -> Property.forAll(fixedLength).seed(SEED)
        .check(list -> list.stream().allMatch(n -> n < 10)));

    assertThat(failure.shrunkCounterexample()).isEqualTo(List.of(10L));
  }

  @Test
  void shrinksThroughFilter() {
    PropertyFailedException failure = failure(() -> Property
        .forAll(Gens.longs(0, 1_000_000).filter(n -> n % 2 == 1, "odd")).seed(SEED)
        .check(n -> n < 1001));

    assertThat(failure.shrunkCounterexample()).isEqualTo(1001L);
  }

  @Test
  void shrinksStringsTowardShorterOnesOfTheFirstCharacter() {
    PropertyFailedException tooLong = failure(() -> Property
        .forAll(Gens.strings("abc", 0, 30)).seed(SEED)
        .check(text -> text.length() < 5));
    PropertyFailedException withC = failure(() -> Property
        .forAll(Gens.strings("abc", 0, 30)).seed(SEED)
        .check(text -> !text.contains("c")));

    assertThat(tooLong.shrunkCounterexample()).isEqualTo("aaaaa");
    assertThat(withC.shrunkCounterexample()).isEqualTo("c");
  }

  @Test
  void shrinksChoicesTowardTheFirstAlternativeAndOptionalsTowardEmpty() {
    PropertyFailedException oneOf = failure(() -> Property
        .forAll(Gens.oneOf(Gens.constant("first"), Gens.constant("second"))).seed(SEED)
        .check(value -> false));
    PropertyFailedException optional = failure(() -> Property
        .forAll(Gens.optionals(Gens.ints(0, 9))).seed(SEED)
        .check(value -> false));

    assertThat(oneOf.shrunkCounterexample()).isEqualTo("first");
    assertThat(optional.shrunkCounterexample()).isEqualTo(Optional.empty());
  }

  @Test
  void shrinksEachArgumentOfAPropertyOfTwo() {
    PropertyFailedException failure = failure(() -> Property
        .forAll(Gens.ints(0, 1_000), Gens.ints(0, 1_000)).seed(SEED)
        .check((a, b) -> a + b < 100));

    assertThat(failure.shrunkCounterexample()).hasToString("(0, 100)");
  }

  @Test
  void shrinksASumOverSeveralElementsToOneElement() {
    PropertyFailedException failure = failure(() -> Property
        .forAll(Gens.listOf(Gens.ints(0, 1_000), 0, 50)).seed(SEED)
        .check(list -> list.stream().mapToInt(Integer::intValue).sum() < 1_000));

    assertThat(failure.shrunkCounterexample()).isEqualTo(List.of(1_000));
  }

  @Test
  void shrinksEqualValuesTogether() {
    PropertyFailedException failure = failure(() -> Property
        .forAll(Gens.listOf(Gens.ints(0, 100), 0, 30)).seed(SEED)
        .check(list -> new HashSet<>(list).size() == list.size()));

    assertThat(failure.shrunkCounterexample()).isEqualTo(List.of(0, 0));
  }

  @Test
  void shrinksNestedListsToTheOneElementThatFails() {
    Gen<List<List<Integer>>> nested = Gens.listOf(Gens.listOf(Gens.ints(0, 100), 0, 10), 0, 10);

    PropertyFailedException failure = failure(() -> Property.forAll(nested).seed(SEED)
        .check(lists -> lists.stream().noneMatch(list -> list.contains(42))));

    assertThat(failure.shrunkCounterexample()).isEqualTo(List.of(List.of(42)));
  }

  @Test
  void keepsTheKindOfFailureWhileShrinking() {
    // Below 500 the property throws another exception; shrinking must not slip into it.
    PropertyFailedException failure = failure(() -> Property
        .forAll(Gens.ints(0, 10_000)).seed(SEED)
        .verify(n -> {
          if (n < 500) {
            throw new IllegalArgumentException("small " + n);
          }
          if (n >= 600) {
            throw new IllegalStateException("large " + n);
          }
        }));

    assertThat((Integer) failure.originalCounterexample()).isGreaterThanOrEqualTo(600);
    assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class);
    assertThat(failure.shrunkCounterexample()).isEqualTo(600);
  }

  @Test
  void stopsAfterTheMaximumNumberOfShrinkSteps() {
    Gen<List<Long>> lists = Gens.listOf(Gens.longs(0, Long.MAX_VALUE), 20, 40);

    PropertyFailedException failure = failure(() -> Property.forAll(lists).seed(SEED)
        .maxShrinkSteps(50)
        .check(list -> new HashSet<>(list).size() < list.size()));

    assertThat(failure.shrinkSteps()).isEqualTo(50);
    assertThat(failure).hasMessageContaining("stopped at the limit of 50");
    List<?> shrunk = (List<?>) failure.shrunkCounterexample();
    assertThat(new HashSet<>(shrunk)).hasSameSizeAs(shrunk);
  }

  @Test
  void reportsTheCounterexampleAsFoundWhenShrinkingIsOff() {
    PropertyFailedException failure = failure(() -> Property
        .forAll(Gens.longs(0, 1_000_000)).seed(SEED).maxShrinkSteps(0)
        .check(n -> n < 1234));

    assertThat(failure.shrinkSteps()).isZero();
    assertThat(failure.shrunkCounterexample()).isEqualTo(failure.originalCounterexample());
  }

  private static PropertyFailedException failure(Runnable property) {
    return catchThrowableOfType(PropertyFailedException.class, property::run);
  }
}
