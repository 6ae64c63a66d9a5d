package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The growth harness itself: it passes what is linear and fails what is quadratic, whether the
 * quadratic cost shows in allocated bytes or only in counted operations.
 */
class GrowthHarnessTest {

  @Test
  void aLinearCopyPasses() {
    GrowthReport report = Growth.of("int[] copy", n -> new int[n], int[]::clone).check();
    assertThat(report.sizes()).containsExactly(1_000, 2_000, 4_000, 8_000, 16_000, 32_000);
    assertThat(report.ratio()).isBetween(0.8, 1.2);
    assertThat(report.bytesPerElement().get(5)).isBetween(4.0, 4.1);
    assertThat(report.operationsPerElement()).isEmpty();
  }

  @Test
  void aLinearHashSetPasses() {
    GrowthReport report = Growth.of("HashSet of n strings", GrowthHarnessTest::strings,
        (List<String> strings) -> new HashSet<>(strings)).check();
    assertThat(report.ratio()).isLessThan(Growth.DEFAULT_MAX_RATIO);
  }

  @Test
  void aQuadraticAllocationFailsNamingTheFigures() {
    // Every prefix of the text: n(n+1)/2 characters allocated.
    Growth<String> prefixes = Growth.of("every prefix", "a"::repeat, (String text) -> {
      List<String> all = new ArrayList<>();
      for (int i = 1; i <= text.length(); i++) {
        all.add(text.substring(0, i));
      }
      return all;
    }).sizes(100, 5);
    GrowthReport report = prefixes.measure();
    assertThat(report.ratio()).isGreaterThan(8);
    assertThat(report.isLinear()).isFalse();
    assertThatThrownBy(prefixes::check).isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("every prefix: cost per element grew")
        .hasMessageContaining("faster than the sizes")
        .hasMessageContaining("at 100")
        .hasMessageContaining("at 3,200");
  }

  @Test
  void aQuadraticLoopThatAllocatesNothingFailsOnItsOperations() {
    // Compares every character with every later one: nothing allocated, n²/2 reads counted.
    Growth<CountingText> pairs = Growth.of("pairs of characters",
        (int n) -> new CountingText("가".repeat(n)), (CountingText text) -> {
          int equal = 0;
          for (int i = 0; i < text.length(); i++) {
            for (int j = i + 1; j < text.length(); j++) {
              equal += text.charAt(i) == text.charAt(j) ? 1 : 0;
            }
          }
          return equal;
        }).sizes(64, 4).countingOperations(CountingText::reads);
    GrowthReport report = pairs.measure();
    assertThat(report.bytesPerElement().get(4)).isLessThan(1);
    assertThat(report.ratio()).isGreaterThan(6);
    assertThatThrownBy(pairs::check).isInstanceOf(AssertionError.class)
        .hasMessageContaining("operations per element");
  }

  @Test
  void aLinearScanPassesOnItsOperations() {
    GrowthReport report = Growth.of("one pass", (int n) -> new CountingText("가".repeat(n)),
        (CountingText text) -> {
          int hangul = 0;
          for (int i = 0; i < text.length(); i++) {
            hangul += text.charAt(i) == '가' ? 1 : 0;
          }
          return hangul;
        }).countingOperations(CountingText::reads).check();
    assertThat(report.operationsPerElement().get(0)).isBetween(2.0, 2.01);
    assertThat(report.ratio()).isLessThanOrEqualTo(1.01);
  }

  @Test
  void refusesSizesAndBoundsThatCannotMeasure() {
    Growth<int[]> copy = Growth.of("copy", n -> new int[n], int[]::clone);
    assertThatThrownBy(() -> copy.sizes(0, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("smallest 0");
    assertThatThrownBy(() -> copy.sizes(1 << 20, 12)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Integer.MAX_VALUE");
    assertThatThrownBy(() -> copy.maxRatio(0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  private static List<String> strings(int n) {
    List<String> strings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      strings.add("s" + i);
    }
    return strings;
  }
}
