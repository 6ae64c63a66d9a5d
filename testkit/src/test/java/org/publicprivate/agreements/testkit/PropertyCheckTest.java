package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WithoutTestkitSystemProperties.class)
class PropertyCheckTest {

  private static final Gen<List<Integer>> LISTS = Gens.listOf(Gens.ints(-50, 50), 0, 10);

  @Test
  void runsAPassingPropertyOnTheGivenNumberOfTries() {
    AtomicInteger calls = new AtomicInteger();

    PropertyResult result = Property.forAll(LISTS).tries(250)
        .check(list -> calls.incrementAndGet() > 0);

    assertThat(calls).hasValue(250);
    assertThat(result.tries()).isEqualTo(250);
  }

  @Test
  void runsAThousandTriesByDefault() {
    AtomicInteger calls = new AtomicInteger();

    PropertyResult result = Property.forAll(Gens.booleans())
        .verify(value -> calls.incrementAndGet());

    assertThat(calls).hasValue(1_000);
    assertThat(result.tries()).isEqualTo(1_000);
  }

  @Test
  void takesTheDefaultNumberOfTriesFromTheSystemProperty() {
    System.setProperty(Settings.TRIES_PROPERTY, "37");
    AtomicInteger calls = new AtomicInteger();

    PropertyResult result = Property.forAll(LISTS).check(list -> calls.incrementAndGet() > 0);

    assertThat(calls).hasValue(37);
    assertThat(result.tries()).isEqualTo(37);
  }

  @Test
  void letsTheTriesOfThePropertyWinOverTheSystemProperty() {
    System.setProperty(Settings.TRIES_PROPERTY, "37");

    assertThat(Property.forAll(LISTS).tries(12).check(list -> true).tries()).isEqualTo(12);
  }

  @Test
  void rejectsAMalformedTriesSystemProperty() {
    System.setProperty(Settings.TRIES_PROPERTY, "many");

    assertThatThrownBy(() -> Property.forAll(LISTS).check(list -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("System property agreements.testkit.tries must be a whole number of at least 1,"
            + " was 'many'");
  }

  @Test
  void triesTheSameValuesForTheSameSeed() {
    List<List<Integer>> first = new ArrayList<>();
    List<List<Integer>> second = new ArrayList<>();

    Property.forAll(LISTS).seed(99L).tries(100).check(first::add);
    Property.forAll(LISTS).seed(99L).tries(100).check(second::add);

    assertThat(first).hasSize(100).isEqualTo(second);
  }

  @Test
  void triesOtherValuesForAnotherSeed() {
    List<List<Integer>> first = new ArrayList<>();
    List<List<Integer>> second = new ArrayList<>();

    Property.forAll(LISTS).seed(1L).tries(100).check(first::add);
    Property.forAll(LISTS).seed(2L).tries(100).check(second::add);

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void reportsTheSameFailureForTheSameSeed() {
    Property<List<Integer>> property = Property.forAll(LISTS).seed(7L);

    PropertyFailedException first = catchThrowableOfType(PropertyFailedException.class,
        () -> property.check(list -> list.stream().mapToInt(Integer::intValue).sum() < 60));
    PropertyFailedException second = catchThrowableOfType(PropertyFailedException.class,
        () -> property.check(list -> list.stream().mapToInt(Integer::intValue).sum() < 60));

    assertThat(first).hasMessage(second.getMessage());
    assertThat(first.tryNumber()).isEqualTo(second.tryNumber());
    assertThat(first.originalCounterexample()).isEqualTo(second.originalCounterexample());
  }

  @Test
  void reproducesAFailureFromTheSeedItReports() {
    PropertyFailedException failure = catchThrowableOfType(PropertyFailedException.class,
        () -> Property.forAll(LISTS).check(list -> list.size() < 8));
    System.setProperty(Settings.SEED_PROPERTY, Long.toString(failure.seed()));

    PropertyFailedException rerun = catchThrowableOfType(PropertyFailedException.class,
        () -> Property.forAll(LISTS).check(list -> list.size() < 8));

    assertThat(rerun.seed()).isEqualTo(failure.seed());
    assertThat(rerun.tryNumber()).isEqualTo(failure.tryNumber());
    assertThat(rerun.originalCounterexample()).isEqualTo(failure.originalCounterexample());
  }

  @Test
  void letsTheSeedOfThePropertyWinOverTheSystemProperty() {
    System.setProperty(Settings.SEED_PROPERTY, "5");

    assertThat(Property.forAll(LISTS).seed(6L).tries(1).check(list -> true).seed()).isEqualTo(6L);
    assertThat(Property.forAll(LISTS).tries(1).check(list -> true).seed()).isEqualTo(5L);
  }

  @Test
  void growsTheSizeFromSmallToTheLargestByTheMiddleTry() {
    assertThat(PropertyRunner.size(1, 1_000)).isZero();
    assertThat(PropertyRunner.size(250, 1_000)).isEqualTo(49);
    assertThat(PropertyRunner.size(501, 1_000)).isEqualTo(100);
    assertThat(PropertyRunner.size(1_000, 1_000)).isEqualTo(100);
    assertThat(PropertyRunner.size(1, 1)).isEqualTo(100);
  }

  @Test
  void generatesSmallListsFirst() {
    List<Integer> lengths = new ArrayList<>();

    Property.forAll(Gens.listOf(Gens.ints(0, 9), 0, 1_000)).seed(3L).tries(1_000)
        .check(list -> lengths.add(list.size()));

    assertThat(lengths.subList(0, 10)).allMatch(length -> length <= 1);
    assertThat(lengths.subList(500, 1_000).stream().mapToInt(Integer::intValue).average()
        .orElseThrow()).isBetween(15.0, 35.0);
  }

  @Test
  void runsPropertiesOfTwoAndThreeValues() {
    AtomicInteger calls = new AtomicInteger();

    Property.forAll(Gens.ints(0, 9), Gens.booleans()).tries(20)
        .verify((n, b) -> calls.incrementAndGet());
    PropertyResult three = Property.forAll(Gens.ints(0, 9), Gens.ints(0, 9), Gens.ints(0, 9))
        .tries(30).check((a, b, c) -> (a + b) + c == a + (b + c));

    assertThat(calls).hasValue(20);
    assertThat(three.tries()).isEqualTo(30);
  }

  @Test
  void reportsAFailingGeneratorWithTheSeed() {
    Gen<Integer> broken = Gens.ints(0, 9).map(n -> 10 / (n - n));

    assertThatThrownBy(() -> Property.forAll(broken).seed(11L).check(n -> true))
        .isInstanceOf(GenerationException.class)
        .hasMessageContaining("could not generate the value of try 1 (seed 11;")
        .hasMessageContaining("-Dagreements.testkit.seed=11")
        .hasCauseInstanceOf(ArithmeticException.class);
  }

  @Test
  void reportsAFilterThatRejectsTooMuch() {
    Gen<Integer> impossible = Gens.ints(0, 100).filter(n -> n > 1_000, "above 1,000");

    assertThatThrownBy(() -> Property.forAll(impossible).seed(11L).check(n -> true))
        .isInstanceOf(GenerationException.class)
        .hasMessageContaining("Filter 'above 1,000' on ints(0, 100) rejected 100 values in a row");
  }

  @Test
  void rejectsSettingsOutOfRange() {
    assertThatThrownBy(() -> Property.forAll(LISTS).tries(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tries must be at least 1, was 0");
    assertThatThrownBy(() -> Property.forAll(LISTS).maxShrinkSteps(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxShrinkSteps must not be negative, was -1");
  }
}
