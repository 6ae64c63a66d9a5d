package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GensTest {

  private static final long SEED = 1_234L;

  private static <T> List<T> samples(Gen<T> gen, int count) {
    return gen.samples(SEED).limit(count).toList();
  }

  @Test
  void generatesLongsInTheirRangeIncludingBothBounds() {
    assertThat(samples(Gens.longs(-5, 5), 500))
        .allMatch(n -> n >= -5 && n <= 5)
        .contains(-5L, 0L, 5L);
    assertThat(samples(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE), 500))
        .contains(Long.MIN_VALUE, Long.MAX_VALUE)
        .anyMatch(n -> n < 0 && n > -1_000)
        .anyMatch(n -> n > 0 && n < 1_000);
  }

  @Test
  void generatesIntsInRangesOnEitherSideOfZero() {
    assertThat(samples(Gens.ints(10, 20), 300)).allMatch(n -> n >= 10 && n <= 20).contains(10, 20);
    assertThat(samples(Gens.ints(-20, -10), 300)).allMatch(n -> n >= -20 && n <= -10)
        .contains(-20, -10);
    assertThat(samples(Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE), 300))
        .contains(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  @Test
  void generatesBothBooleans() {
    assertThat(samples(Gens.booleans(), 100)).contains(true, false);
  }

  @Test
  void generatesEveryElementAndNothingElse() {
    assertThat(samples(Gens.elements("가", "나", "다"), 100)).containsOnly("가", "나", "다");
    assertThat(samples(Gens.elements(List.of(1, 2)), 100)).containsOnly(1, 2);
  }

  @Test
  void choosesAmongGeneratorsByWeight() {
    Map<String, Long> counts = counts(Gens.frequency(9, Gens.constant("often"),
        1, Gens.constant("rarely"), 0, Gens.constant("never")), 2_000);

    assertThat(counts).containsOnlyKeys("often", "rarely");
    assertThat(counts.get("often")).isBetween(1_650L, 1_950L);
  }

  @Test
  void choosesAmongGeneratorsWithEqualChances() {
    assertThat(counts(Gens.oneOf(Gens.constant("a"), Gens.constant("b")), 1_000).values())
        .allMatch(count -> count > 400);
  }

  @Test
  void weighsInEdgeCases() {
    Map<Long, Long> counts = counts(Gens.withEdgeCases(Gens.longs(1, 1_000_000), -1L, 0L), 2_000);

    assertThat(counts.get(-1L) + counts.get(0L)).isBetween(100L, 300L);
  }

  @Test
  void generatesListsWithinTheirLengths() {
    assertThat(samples(Gens.listOf(Gens.booleans(), 2, 6), 300))
        .allMatch(list -> list.size() >= 2 && list.size() <= 6)
        .anyMatch(list -> list.size() == 2)
        .anyMatch(list -> list.size() == 6);
  }

  @Test
  void generatesUnmodifiableLists() {
    List<Boolean> list = Gens.listOf(Gens.booleans(), 1, 3).sample(SEED);

    assertThatThrownBy(() -> list.add(true)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void generatesStringsFromAnAlphabet() {
    assertThat(samples(Gens.strings("부산시", 1, 4), 300))
        .allMatch(text -> text.length() >= 1 && text.length() <= 4)
        .allMatch(text -> text.chars().allMatch(c -> "부산시".indexOf(c) >= 0));
  }

  @Test
  void generatesStringsOfCodePointsWithoutSurrogates() {
    List<String> strings = samples(Gens.strings(0xD000, 0xE7FF, 1, 20), 300);

    List<Integer> codePoints = strings.stream().flatMapToInt(String::codePoints).boxed().toList();

    assertThat(codePoints)
        .allMatch(c -> c >= 0xD000 && c <= 0xE7FF && (c < 0xD800 || c > 0xDFFF))
        .contains(0xD000, 0xE7FF);
  }

  @Test
  void generatesEmptyAndPresentOptionals() {
    assertThat(samples(Gens.optionals(Gens.ints(0, 9)), 100))
        .contains(Optional.empty())
        .anyMatch(Optional::isPresent);
  }

  @Test
  void combinesGenerators() {
    assertThat(samples(Gens.combine(Gens.ints(0, 9), Gens.ints(10, 19), (a, b) -> a + b), 100))
        .allMatch(n -> n >= 10 && n <= 28);
    assertThat(samples(Gens.combine(Gens.constant("a"), Gens.constant("b"), Gens.constant("c"),
        (a, b, c) -> a + b + c), 1)).containsExactly("abc");
  }

  @Test
  void rejectsImpossibleArguments() {
    assertThatThrownBy(() -> Gens.longs(2, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("longs: min must not exceed max, were 2 and 1");
    assertThatThrownBy(() -> Gens.listOf(Gens.booleans(), 3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("listOf: lengths must satisfy 0 <= min <= max, were 3 and 2");
    assertThatThrownBy(() -> Gens.strings("", 0, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("strings: needs at least one value");
    assertThatThrownBy(() -> Gens.strings(0xD800, 0xDFFF, 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("are all surrogates");
    assertThatThrownBy(() -> Gens.frequency(0, Gens.booleans(), 0, Gens.booleans()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frequency: at least one weight must be positive");
    assertThatThrownBy(() -> Gens.frequency(-1, Gens.booleans(), 2, Gens.booleans()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frequency: weights must not be negative, were [-1, 2]");
    assertThatThrownBy(() -> Gens.elements(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("elements: needs at least one value");
  }

  private static <T> Map<T, Long> counts(Gen<T> gen, int count) {
    return samples(gen, count).stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
