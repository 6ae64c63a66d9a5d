package org.publicprivate.agreements.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;

/**
 * What reading costs in allocated bytes, against what Jackson's own tree of the same bytes costs:
 * a measure that holds across JVMs where absolute bytes do not. Reading once allocated a builder,
 * an empty list per list attribute, an extension map and a closure for every commitment: 1.04×
 * the tree of this document; one builder per type and document, and no closures, make it 0.67×.
 */
class ReadingAllocationTest {
  private static final int COMMITMENTS = 2_000;
  private static final int ROUNDS = 40;

  @Test
  void readingAllocatesLessThanJacksonsOwnTreeOfTheDocument() throws Exception {
    byte[] json = AgreementJson.newMapper().writeValueAsBytes(scaled(Documents.full()));
    ObjectMapper ours = AgreementJson.newMapper();
    ObjectMapper plain = new ObjectMapper();
    long oursLeast = Long.MAX_VALUE;
    long treeLeast = Long.MAX_VALUE;
    for (int round = 0; round < ROUNDS; round++) { // the least of many, once compiled
      long before = allocated();
      Agreement read = ours.readValue(json, Agreement.class);
      long between = allocated();
      plain.readTree(json);
      long after = allocated();
      assertThat(read.commitments()).hasSize(COMMITMENTS);
      oursLeast = Math.min(oursLeast, between - before);
      treeLeast = Math.min(treeLeast, after - between);
    }
    assertThat((double) oursLeast / treeLeast)
        .as("bytes allocated reading %d commitments: ours %d, Jackson's tree %d",
            COMMITMENTS, oursLeast, treeLeast)
        .isLessThan(0.9);
  }

  /** The agreement with its commitments copied round-robin under new ids to {@link #COMMITMENTS}. */
  private static Agreement scaled(Agreement agreement) {
    List<Commitment> originals = agreement.commitments();
    List<Commitment> scaled = new ArrayList<>(COMMITMENTS);
    for (int i = 0; i < COMMITMENTS; i++) {
      Commitment original = originals.get(i % originals.size());
      scaled.add(original.withId(CommitmentId.of(original.id().value() + "-" + i)));
    }
    return agreement.withCommitments(scaled);
  }

  /**
   * What this thread has allocated: {@code com.sun.management.ThreadMXBean}, reached by reflection
   * because the tests may run inside this module, which reads no management module.
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
