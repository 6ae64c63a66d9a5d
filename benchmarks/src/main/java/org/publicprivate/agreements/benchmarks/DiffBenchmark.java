package org.publicprivate.agreements.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.diff.AgreementDiff;
import org.publicprivate.agreements.jackson.AgreementJson;

/**
 * {@code AgreementDiff.between} of two versions of an agreement that differ in a few commitments
 * (five summaries changed, or as many as there are commitments; the last commitment moved to the
 * front), beside the read of the earlier version's document in the same run: the target
 * is a diff linear in the commitments (cost per commitment from 1,000 to 100,000 at most 1.5×),
 * reported beside the read time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DiffBenchmark {
  /** Commitments changed between the two versions. */
  private static final int CHANGED = 5;

  @Param({"1000", "100000"})
  public int commitments;

  private Agreement before;
  private Agreement after;
  private byte[] document;

  /** Builds the two versions and the earlier one's document. */
  @Setup
  public void setUp() {
    before = Corpus.agreement(commitments);
    List<Commitment> later = new ArrayList<>(before.commitments());
    int changed = Math.min(CHANGED, commitments);
    for (int i = 0; i < changed; i++) {
      int at = i * (commitments / changed);
      later.set(at, later.get(at).withSummary(later.get(at).summary() + " (변경)"));
    }
    later.add(0, later.remove(later.size() - 1));
    after = before.withCommitments(later);
    document = Corpus.json(commitments);
    if (AgreementDiff.between(before, after).changes().size() != changed) {
      throw new IllegalStateException("the versions should differ in " + changed + " summaries");
    }
  }

  /** The diff of the two versions. */
  @Benchmark
  public AgreementDiff diff() {
    return AgreementDiff.between(before, after);
  }

  /** The baseline: reading the earlier version's document with our Jackson 2 module. */
  @Benchmark
  public Agreement read() throws IOException {
    return AgreementJson.read(document);
  }
}
