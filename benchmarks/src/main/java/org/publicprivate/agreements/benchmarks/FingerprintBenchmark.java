package org.publicprivate.agreements.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.jackson.AgreementModule;

/**
 * The fingerprint of an agreement against writing it (the target: at most twice the write
 * time at 1,000 commitments), and canonicalizing its document's text against writing the same
 * tree with a plain {@code ObjectMapper}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FingerprintBenchmark {
  @Param({"1", "10", "100", "1000", "10000", "100000"})
  public int commitments;

  private Agreement agreement;
  private ObjectMapper ours;
  private ObjectMapper plain;
  private String document;
  private JsonNode tree;

  /** Builds the agreement, its document with amounts as strings and that document's tree. */
  @Setup
  public void setUp() throws IOException {
    agreement = Corpus.agreement(commitments);
    ours = AgreementJson.newMapper();
    document = AgreementJson.newMapper(AgreementModule.builder().amountsAsStrings(true).build())
        .writeValueAsString(agreement);
    plain = new ObjectMapper();
    tree = plain.readTree(document);
  }

  /** {@code AgreementJson.fingerprint}: the agreement to its fingerprint. */
  @Benchmark
  public String fingerprint() {
    return AgreementJson.fingerprint(agreement);
  }

  /** The baseline of the target: our module writing the agreement to bytes. */
  @Benchmark
  public byte[] write() throws IOException {
    return ours.writeValueAsBytes(agreement);
  }

  /** {@code AgreementJson.canonicalize} of the document's text (amounts as strings). */
  @Benchmark
  public String canonicalize() {
    return AgreementJson.canonicalize(document);
  }

  /** The baseline of the canonicalizer: a plain mapper writing the document's tree as text. */
  @Benchmark
  public String plainTreeWrite() throws IOException {
    return plain.writeValueAsString(tree);
  }
}
