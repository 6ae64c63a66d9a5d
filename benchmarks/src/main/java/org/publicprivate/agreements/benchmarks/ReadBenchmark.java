package org.publicprivate.agreements.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
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
import org.publicprivate.agreements.benchmarks.baseline.AgreementRecord;
import org.publicprivate.agreements.benchmarks.baseline.HandwrittenReader;
import org.publicprivate.agreements.benchmarks.baseline.RecordJson;
import org.publicprivate.agreements.jackson.AgreementJson;

/**
 * Reading one document from bytes: our strict module against (a) plain records with a plain
 * {@code ObjectMapper} and (b) a hand-written streaming reader into the same model.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReadBenchmark {
  @Param({"1", "10", "100", "1000", "10000", "100000"})
  public int commitments;

  private byte[] json;
  private ObjectMapper ours;
  private ObjectMapper plain;
  private JsonFactory factory;

  /** Writes the document once per fork, before any measurement. */
  @Setup
  public void setUp() {
    json = Corpus.json(commitments);
    ours = AgreementJson.newMapper();
    plain = RecordJson.newMapper();
    factory = new JsonFactory();
  }

  /** Our module: every check, JSON paths in errors, the model's invariants. */
  @Benchmark
  public Agreement ours() throws IOException {
    return ours.readValue(json, Agreement.class);
  }

  /** Baseline (a): plain records, plain Jackson. */
  @Benchmark
  public AgreementRecord records() throws IOException {
    return plain.readValue(json, AgreementRecord.class);
  }

  /** Baseline (b): a hand-written parser loop into our model. */
  @Benchmark
  public Agreement handwritten() throws IOException {
    try (JsonParser parser = factory.createParser(json)) {
      return HandwrittenReader.read(parser);
    }
  }
}
