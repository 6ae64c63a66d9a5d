package org.publicprivate.agreements.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;

/**
 * The diff costs the same per commitment whether the agreements hold 1,000 or 100,000: the bytes
 * it allocates per commitment (matching by id through a hash, walking each pair) grow by at most
 * 1.5×. Allocation, not time: it is the same on every run and machine; no time is asserted.
 */
class AgreementDiffGrowthTest {
  private static final int SMALL = 1_000;
  private static final int LARGE = 100_000;
  /** Commitments changed between the two versions, whatever their size. */
  private static final int CHANGED = 5;

  @Test
  void allocatesAtMostOneAndAHalfTimesAsMuchPerCommitmentAt100000AsAt1000() {
    perCommitment(SMALL); // loads and links every class on the way
    double small = perCommitment(SMALL);
    double large = perCommitment(LARGE);
    System.out.printf(Locale.ROOT, "AgreementDiff: bytes per commitment %.0f at %,d, %.0f at %,d%n",
        small, SMALL, large, LARGE);

    assertThat(large / small)
        .as("bytes per commitment at %,d (%.0f) against %,d (%.0f)", LARGE, large, SMALL, small)
        .isLessThanOrEqualTo(1.5);
  }

  /** Bytes allocated per commitment by the diff of two versions, the later one reversed. */
  private static double perCommitment(int n) {
    Agreement before = agreement(n);
    List<Commitment> later = new ArrayList<>(before.commitments());
    for (int i = 0; i < CHANGED; i++) {
      Commitment changed = later.get(i * (n / CHANGED));
      later.set(i * (n / CHANGED), changed.withSummary(changed.summary() + " (변경)"));
    }
    Collections.reverse(later);
    Agreement after = before.withCommitments(later);

    long start = allocated();
    AgreementDiff diff = AgreementDiff.between(before, after);
    long bytes = allocated() - start;

    assertThat(diff.changes()).hasSize(CHANGED)
        .allSatisfy(change -> assertThat(change.path()).endsWith(".summary"));
    return (double) bytes / n;
  }

  static Agreement agreement(int n) {
    List<Commitment> commitments = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      commitments.add(Commitment.builder()
          .id(CommitmentId.of("c-" + i))
          .summary("신규 고용 " + i)
          .category(CommitmentCategory.EMPLOYMENT)
          .obligation(ObligationLevel.BEST_EFFORTS)
          .pledgedAmount(MoneyAmount.ofWon(1_000_000L * i))
          .addQuantities(Quantity.of(i, QuantityUnit.JOBS))
          .build());
    }
    return Agreement.builder()
        .id(AgreementId.of("a-growth"))
        .title("투자협약")
        .kind(AgreementKind.MOU)
        .status(AgreementStatus.SIGNED)
        .commitments(commitments)
        .build();
  }

  /**
   * What this thread has allocated: {@code com.sun.management.ThreadMXBean}, reached by
   * reflection because the tests run inside the core module, which reads no management module.
   */
  private static long allocated() {
    try {
      Object threads = Class.forName("java.lang.management.ManagementFactory")
          .getMethod("getThreadMXBean").invoke(null);
      Method counter = Class.forName("com.sun.management.ThreadMXBean")
          .getMethod("getCurrentThreadAllocatedBytes");
      return (Long) counter.invoke(threads);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("this JVM cannot count allocated bytes", e);
    }
  }
}
