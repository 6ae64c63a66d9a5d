package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The first-index table finds every later duplicate, and keys that all share one hash code cost
 * it a logarithm each, not a scan: the comparisons per key grow by at most 2× from 1,000 keys to
 * 64,000.
 */
class FirstIndexTest {

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
  void reportsTheIndexOfTheFirstElementWithAKey() {
    FirstIndex<String> index = new FirstIndex<>(4);

    assertThat(index.put("a", 0)).isEqualTo(-1);
    assertThat(index.put("b", 1)).isEqualTo(-1);
    assertThat(index.put("a", 2)).isEqualTo(0);
    assertThat(index.put("a", 3)).isEqualTo(0);
    assertThat(index.put("AaAa", 4)).isEqualTo(-1);
    assertThat(index.put("BBBB", 5)).isEqualTo(-1); // the same hash code, another key
    assertThat(index.put("BBBB", 6)).isEqualTo(5);
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
    FirstIndex<Colliding> index = new FirstIndex<>(n);
    Colliding.comparisons = 0;
    for (int i = 0; i < n; i++) {
      // every key twice, each second one a duplicate of the first
      assertThat(index.put(new Colliding(i / 2), i)).isEqualTo(i % 2 == 0 ? -1 : i - 1);
    }
    return (double) Colliding.comparisons / n;
  }
}
