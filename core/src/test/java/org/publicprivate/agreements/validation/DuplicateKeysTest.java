package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The partitioned duplicate finder reports exactly what a {@code HashMap} of first occurrences
 * reports, in one bucket (up to 1,024 keys) and in many; keys that all share one hash cost it a
 * logarithm each, not a scan: the comparisons per key grow by at most 2× from 1,000 keys to 64,000.
 */
class DuplicateKeysTest {

  /** Each duplicate as {index, first}, in the order of the elements. */
  private static List<List<Integer>> found(List<String> keys) {
    DuplicateKeys finder = new DuplicateKeys(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      finder.add(i, keys.get(i));
    }
    List<List<Integer>> duplicates = new ArrayList<>();
    finder.findDuplicates((index, first) -> duplicates.add(List.of(index, first)));
    duplicates.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
    return duplicates;
  }

  private static List<List<Integer>> expected(List<String> keys) {
    Map<String, Integer> first = new HashMap<>();
    List<List<Integer>> duplicates = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Integer earlier = first.putIfAbsent(keys.get(i), i);
      if (earlier != null) {
        duplicates.add(List.of(i, earlier));
      }
    }
    return duplicates;
  }

  @Test
  void findsNothingInNoKeysAndInOne() {
    assertThat(found(List.of())).isEmpty();
    assertThat(found(List.of("a"))).isEmpty();
  }

  @Test
  void reportsEveryLaterDuplicateAgainstTheFirst() {
    assertThat(found(List.of("a", "b", "a", "c", "a", "b")))
        .containsExactly(List.of(2, 0), List.of(4, 0), List.of(5, 1));
  }

  @Test
  void tellsApartKeysWithTheSameHash() {
    // "Aa" and "BB" have the same String.hashCode, and so have all four of these.
    List<String> keys = List.of("AaAa", "AaBB", "BBAa", "BBBB", "BBAa", "AaAa");
    assertThat(keys.stream().map(String::hashCode).distinct()).hasSize(1);

    assertThat(found(keys)).containsExactly(List.of(4, 2), List.of(5, 0));
  }

  @ParameterizedTest(name = "{0} keys")
  @ValueSource(ints = {2, 1_023, 1_024, 1_025, 2_049, 5_000, 100_000})
  void agreesWithAHashMapInOneBucketAndInMany(int size) {
    for (long seed = 1; seed <= 5; seed++) {
      Random random = new Random(seed);
      List<String> keys = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        // About one key in ten repeats an earlier one; some repeat it several times.
        keys.add(i > 0 && random.nextInt(10) == 0
            ? keys.get(random.nextInt(i))
            : "commitment-" + random.nextInt(Integer.MAX_VALUE));
      }
      List<List<Integer>> expected = expected(keys);

      assertThat(found(keys)).isEqualTo(expected);
      assertThat(expected).hasSizeGreaterThanOrEqualTo(size / 20);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"c-%d", "c-%06d", "busan-admin-support-%d", "%d"})
  void spreadsSequentialIdsOverEveryBucket(String shape) {
    int size = 100_000;
    int bits = DuplicateKeys.bucketBits(size);
    int[] counts = new int[1 << bits];
    for (int i = 0; i < size; i++) {
      counts[DuplicateKeys.bucketOf(DuplicateKeys.mix(String.format(shape, i).hashCode()), bits)]++;
    }

    assertThat(bits).isEqualTo(7);
    assertThat(Arrays.stream(counts).min().getAsInt()).isPositive();
    assertThat(Arrays.stream(counts).max().getAsInt()).isLessThanOrEqualTo(2 * 1_024);
  }

  /** Keys made of {@code Aa} and {@code BB} blocks: every key of one length has the same hash. */
  private static List<String> sameHash(int count, int blocks) {
    String[] halves = {"Aa", "BB"};
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder key = new StringBuilder();
      for (int bit = 0; bit < blocks; bit++) {
        key.append(halves[(i >>> bit) & 1]);
      }
      keys.add(key.toString());
    }
    return keys;
  }

  @Test
  void handlesKeysThatAllHashAlike() {
    List<String> keys = sameHash(4_096, 12);
    keys.add(keys.get(17));
    keys.add(keys.get(4_000));
    assertThat(keys.stream().map(String::hashCode).distinct()).hasSize(1);

    assertThat(found(keys)).containsExactly(List.of(4_096, 17), List.of(4_097, 4_000));
  }

  @Test
  void staysCorrectWhenTenThousandsOfKeysShareOneHash() {
    // Probing these in one table would take about 10^9 comparisons; the bucket falls back to a map.
    List<String> keys = sameHash(30_000, 15);
    Random random = new Random(7);
    for (int i = 0; i < 3_000; i++) {
      keys.add(random.nextInt(keys.size()), keys.get(random.nextInt(keys.size())));
    }

    assertThat(found(keys)).isEqualTo(expected(keys)).hasSize(3_000);
  }

  @Test
  void reportsTheIndexesGivenWithTheKeys() {
    DuplicateKeys finder = new DuplicateKeys(3);
    finder.add(2, "a");
    finder.add(5, "b");
    finder.add(9, "a");
    List<List<Integer>> duplicates = new ArrayList<>();
    finder.findDuplicates((index, first) -> duplicates.add(List.of(index, first)));

    assertThat(duplicates).containsExactly(List.of(9, 2));
  }

  /** A key whose hash code is always the same, and which counts how often it is compared. */
  private static final class Colliding implements Comparable<Colliding> {
    static long comparisons;
    final int value;

    Colliding(int value) {
      this.value = value;
    }

    @Override
    public int hashCode() {
      return 42;
    }

    @Override
    public boolean equals(Object other) {
      comparisons++;
      return other instanceof Colliding && ((Colliding) other).value == value;
    }

    @Override
    public int compareTo(Colliding other) {
      comparisons++;
      return Integer.compare(value, other.value);
    }
  }

  @Test
  void keysOfOneHashCodeCostALogarithmEach() {
    double atThousand = comparisonsPerKey(1_000);
    for (int n = 2_000; n <= 64_000; n *= 2) {
      double perKey = comparisonsPerKey(n);
      assertThat(perKey / atThousand)
          .as("comparisons per key at %,d (%.1f) against 1,000 (%.1f)", n, perKey, atThousand)
          .isLessThanOrEqualTo(2.0);
    }
  }

  private static double comparisonsPerKey(int n) {
    DuplicateKeys finder = new DuplicateKeys(n);
    for (int i = 0; i < n; i++) {
      finder.add(i, new Colliding(i / 2)); // every key twice
    }
    Colliding.comparisons = 0;
    List<List<Integer>> duplicates = new ArrayList<>();
    finder.findDuplicates((index, first) -> duplicates.add(List.of(index, first)));

    assertThat(duplicates).hasSize(n / 2)
        .allSatisfy(pair -> assertThat(pair.get(1)).isEqualTo(pair.get(0) - 1));
    return (double) Colliding.comparisons / n;
  }
}
