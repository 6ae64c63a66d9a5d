package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenTest {

  private static final Gen<List<Long>> LISTS = Gens.listOf(Gens.longs(-1_000, 1_000), 0, 30);

  @Test
  void samplesTheSameValuesForTheSameSeed() {
    assertThat(LISTS.samples(5L).limit(200).toList())
        .isEqualTo(LISTS.samples(5L).limit(200).toList());
    assertThat(LISTS.sample(5L)).isEqualTo(LISTS.sample(5L));
  }

  @Test
  void samplesTheSameValuesInAParallelStream() {
    assertThat(LISTS.samples(5L).parallel().limit(200).toList())
        .isEqualTo(LISTS.samples(5L).limit(200).toList());
  }

  @Test
  void samplesOtherValuesForAnotherSeed() {
    assertThat(LISTS.samples(5L).limit(50).toList())
        .isNotEqualTo(LISTS.samples(6L).limit(50).toList());
  }

  @Test
  void samplesSmallValuesFirstAndLargerOnesLater() {
    List<Integer> lengths = LISTS.samples(5L).limit(300).map(List::size).toList();

    assertThat(lengths.get(0)).isZero();
    assertThat(lengths.subList(100, 300)).anyMatch(length -> length >= 20);
  }

  @Test
  void mapsValues() {
    assertThat(Gens.ints(0, 9).map(n -> n * 10).samples(1L).limit(100))
        .allMatch(n -> n % 10 == 0 && n <= 90);
  }

  @Test
  void flatMapsValuesIntoTheGeneratorTheyChoose() {
    Gen<List<Integer>> fixedLength = Gens.ints(0, 5).flatMap(n -> Gens.listOf(Gens.constant(n), n, n));

    assertThat(fixedLength.samples(1L).limit(100))
        .allMatch(list -> list.stream().allMatch(element -> element == list.size()));
  }

  @Test
  void filtersValues() {
    assertThat(Gens.ints(0, 100).filter(n -> n % 2 == 1, "odd").samples(1L).limit(100))
        .allMatch(n -> n % 2 == 1);
  }

  @Test
  void failsClearlyWhenAFilterRejectsTooMuch() {
    Gen<Integer> impossible = Gens.ints(0, 100).filter(n -> n > 1_000, "above 1,000");

    assertThatThrownBy(() -> impossible.sample(1L))
        .isInstanceOf(GenerationException.class)
        .hasMessage("Filter 'above 1,000' on ints(0, 100) rejected 100 values in a row. It rejects"
            + " too much: generate valid values directly (map, flatMap) or loosen the filter.");
  }

  @Test
  void explainsAFunctionThatThrowsWhileGenerating() {
    Gen<Integer> broken = Gens.ints(0, 9).map(n -> {
      throw new IllegalArgumentException("no " + n);
    });

    assertThatThrownBy(() -> broken.sample(3L))
        .isInstanceOf(GenerationException.class)
        .hasMessageStartingWith("ints(0, 9).map(…) threw while generating a value (seed 3):")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void describesItself() {
    assertThat(Gens.listOf(Gens.ints(0, 9), 1, 5).filter(list -> true, "any"))
        .hasToString("listOf(ints(0, 9), 1, 5).filter(any)");
  }
}
