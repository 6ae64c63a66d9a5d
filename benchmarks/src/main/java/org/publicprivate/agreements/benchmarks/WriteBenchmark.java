package org.publicprivate.agreements.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
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
import org.publicprivate.agreements.benchmarks.baseline.HandwrittenWriter;
import org.publicprivate.agreements.benchmarks.baseline.RecordJson;
import org.publicprivate.agreements.jackson.AgreementJson;

/**
 * Writing one document, to bytes ({@code writeValueAsBytes}) and to a stream: our canonical writer
 * against (a) plain records with a plain {@code ObjectMapper} and (b) a hand-written generator walk
 * of the same model.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class WriteBenchmark {
  @Param({"1", "10", "100", "1000", "10000", "100000"})
  public int commitments;

  private Agreement agreement;
  private AgreementRecord records;
  private ObjectMapper ours;
  private ObjectMapper plain;
  private JsonFactory factory;

  /**
   * Where the stream benchmarks write: a stream that discards what it is given (writeValue flushes
   * to it in chunks of 8,000 bytes) and may be closed any number of times, as writeValue does.
   * {@code BaselinesTest} puts a byte array stream here to check the bytes.
   */
  OutputStream sink = new OutputStream() {
    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] bytes, int offset, int length) {}
  };

  /** Builds the agreement and its records twin once per fork. */
  @Setup
  public void setUp() throws IOException {
    ours = AgreementJson.newMapper();
    plain = RecordJson.newMapper();
    factory = new JsonFactory();
    agreement = Corpus.agreement(commitments);
    records = plain.readValue(ours.writeValueAsBytes(agreement), AgreementRecord.class);
  }

  /** Our module's canonical writer. */
  @Benchmark
  public byte[] ours() throws IOException {
    return ours.writeValueAsBytes(agreement);
  }

  /** Baseline (a): plain records, plain Jackson. */
  @Benchmark
  public byte[] records() throws IOException {
    return plain.writeValueAsBytes(records);
  }

  /**
   * Ours, written to a stream that discards the bytes, as a service writes to its response: the
   * writer's own cost, without assembling one array of the whole document.
   */
  @Benchmark
  public void oursToStream() throws IOException {
    ours.writeValue(sink, agreement);
  }

  /** Baseline (a) written to the same discarding stream. */
  @Benchmark
  public void recordsToStream() throws IOException {
    plain.writeValue(sink, records);
  }

  /** Baseline (b): a hand-written generator walk. */
  @Benchmark
  public byte[] handwritten() throws IOException {
    ByteArrayBuilder bytes = new ByteArrayBuilder();
    try (JsonGenerator generator = factory.createGenerator(bytes)) {
      HandwrittenWriter.write(generator, agreement);
    }
    return bytes.toByteArray();
  }
}
