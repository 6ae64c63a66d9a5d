package org.publicprivate.agreements.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import org.publicprivate.agreements.jackson3.AgreementJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing with the Jackson 3 module ({@code agreements-jackson3}) beside plain records
 * read and written by a plain Jackson 3 {@code JsonMapper}, the same documents as {@link
 * ReadBenchmark} and {@link WriteBenchmark}, whose Jackson 2 figures the report sets beside these.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class Jackson3Benchmark {
  @Param({"1", "10", "100", "1000", "10000", "100000"})
  public int commitments;

  private byte[] json;
  private Agreement agreement;
  private AgreementRecord records;
  private JsonMapper ours;
  private JsonMapper plain;

  /** Writes the document once per fork and reads its records twin. */
  @Setup
  public void setUp() {
    ours = AgreementJson.newMapper();
    plain = newRecordsMapper();
    agreement = Corpus.agreement(commitments);
    json = ours.writeValueAsBytes(agreement);
    records = plain.readValue(json, AgreementRecord.class);
  }

  /** A plain Jackson 3 mapper for the records: java.time is built in, empty values left out. */
  static JsonMapper newRecordsMapper() {
    return JsonMapper.builder()
        .changeDefaultPropertyInclusion(inclusion -> JsonInclude.Value.construct(
            JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .build();
  }

  /** Our Jackson 3 module's strict reader. */
  @Benchmark
  public Agreement readOurs() {
    return ours.readValue(json, Agreement.class);
  }

  /** Baseline: the records read by a plain Jackson 3 mapper. */
  @Benchmark
  public AgreementRecord readRecords() {
    return plain.readValue(json, AgreementRecord.class);
  }

  /** Our Jackson 3 module's canonical writer. */
  @Benchmark
  public byte[] writeOurs() {
    return ours.writeValueAsBytes(agreement);
  }

  /** Baseline: the records written by a plain Jackson 3 mapper. */
  @Benchmark
  public byte[] writeRecords() {
    return plain.writeValueAsBytes(records);
  }
}
