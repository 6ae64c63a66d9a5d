package org.publicprivate.agreements.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.benchmarks.baseline.RecordJson;
import org.publicprivate.agreements.benchmarks.baseline.VersionTwoRecord;
import org.publicprivate.agreements.jackson.AgreementJson;

/**
 * Reading and writing a version 2 document: {@link Corpus}'s agreement with every commitment
 * pledging two quantities, under a condition, and depending on the commitment before it; ours
 * against plain records of the same shape ({@link VersionTwoRecord}) with a plain mapper.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class VersionTwoBenchmark {
  @Param({"1", "10", "100", "1000", "10000", "100000"})
  public int commitments;

  private byte[] json;
  private Agreement agreement;
  private VersionTwoRecord record;
  private ObjectMapper ours;
  private ObjectMapper plain;

  /** The version 2 document of {@code commitments} commitments. */
  public static Agreement agreement(int commitments) {
    Agreement base = Corpus.agreement(commitments);
    Condition selection = Condition.builder().kind(ConditionKind.PROGRAMME_SELECTION)
        .description("국비 공모 선정").programme(base.programmes().get(0).id()).build();
    List<Commitment> withParts = new ArrayList<>(commitments);
    Commitment previous = null;
    for (Commitment commitment : base.commitments()) {
      Commitment.Builder builder = Commitment.builder().from(commitment)
          .addQuantities(Quantity.of(300, QuantityUnit.JOBS, Qualifier.AT_LEAST),
              Quantity.of(33_000, QuantityUnit.SQUARE_METRES))
          .addConditions(selection);
      if (previous != null) {
        builder.addDependsOn(previous.id());
      }
      previous = builder.build();
      withParts.add(previous);
    }
    return base.withCommitments(withParts);
  }

  /** Writes the document once per fork, before any measurement. */
  @Setup
  public void setUp() throws IOException {
    ours = AgreementJson.newMapper();
    plain = RecordJson.newMapper();
    agreement = agreement(commitments);
    json = ours.writeValueAsBytes(agreement);
    record = plain.readValue(json, VersionTwoRecord.class);
  }

  /** Our module reads the version 2 document. */
  @Benchmark
  public Agreement readOurs() throws IOException {
    return ours.readValue(json, Agreement.class);
  }

  /** Baseline (a): plain records of the same shape, plain Jackson. */
  @Benchmark
  public VersionTwoRecord readRecords() throws IOException {
    return plain.readValue(json, VersionTwoRecord.class);
  }

  /** Our module writes the version 2 document. */
  @Benchmark
  public byte[] writeOurs() throws IOException {
    return ours.writeValueAsBytes(agreement);
  }

  /** Baseline (a) writes the same document. */
  @Benchmark
  public byte[] writeRecords() throws IOException {
    return plain.writeValueAsBytes(record);
  }
}
