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
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.AgreementStatusChange;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.CommitmentStatusChange;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MilestoneStatus;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.SourceKind;
import org.publicprivate.agreements.benchmarks.baseline.HistoryRecord;
import org.publicprivate.agreements.benchmarks.baseline.RecordJson;
import org.publicprivate.agreements.jackson.AgreementJson;

/**
 * Reading and writing a record with histories: {@link Corpus}'s agreement with every commitment
 * pledging jobs and carrying three status changes, two progress reports and two milestones, each
 * change and report citing one of the agreement's two identified sources; ours against plain
 * records of the same shape ({@link HistoryRecord}) with a plain mapper. The target of issue 15 is
 * ours within 1.2× of the records.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class HistoryBenchmark {
  @Param({"1", "100", "1000", "10000"})
  public int commitments;

  private byte[] json;
  private Agreement agreement;
  private HistoryRecord record;
  private ObjectMapper ours;
  private ObjectMapper plain;

  /** The document with histories of {@code commitments} commitments. */
  public static Agreement agreement(int commitments) {
    Agreement base = Corpus.agreement(commitments);
    SourceId text = SourceId.of("agreement-text");
    SourceId press = SourceId.of("press-2024-12");
    List<Commitment> withHistories = new ArrayList<>(commitments);
    for (Commitment commitment : base.commitments()) {
      withHistories.add(Commitment.builder().from(commitment)
          .status(CommitmentStatus.FULFILLED)
          .addQuantity(Quantity.of(300, QuantityUnit.JOBS, Qualifier.AT_LEAST))
          .addMilestones(
              Milestone.builder().description("공장 착공").due(PartialDate.of(2024, 3))
                  .status(MilestoneStatus.MET).metOn(PartialDate.of(2024, 3, 15)).build(),
              Milestone.builder().description("1단계 양산").due(PartialDate.of(2025))
                  .status(MilestoneStatus.MISSED)
                  .addQuantity(Quantity.of(150, QuantityUnit.JOBS)).build())
          .addProgress(
              ProgressReport.builder().asOf(PartialDate.of(2024, 6))
                  .addAchieved(Quantity.of(80, QuantityUnit.JOBS))
                  .spent(MoneyAmount.parse("60억 원")).source(text).build(),
              ProgressReport.builder().asOf(PartialDate.of(2024, 12)).summary("1단계 시운전")
                  .addAchieved(Quantity.of(300, QuantityUnit.JOBS))
                  .spent(MoneyAmount.parse("145억 원")).source(press).build())
          .addStatusHistory(
              CommitmentStatusChange.builder().status(CommitmentStatus.PLEDGED)
                  .date(PartialDate.of(2023, 5, 22)).source(text).build(),
              CommitmentStatusChange.builder().status(CommitmentStatus.IN_PROGRESS)
                  .date(PartialDate.of(2024, 3)).note("착공").source(press).build(),
              CommitmentStatusChange.builder().status(CommitmentStatus.FULFILLED)
                  .date(PartialDate.of(2024, 12, 30)).source(press).build())
          .addSources(text, press)
          .build());
    }
    return base.withCommitments(withHistories)
        .withStatusHistory(AgreementStatusChange.builder().status(AgreementStatus.SIGNED)
            .date(PartialDate.of(2023, 5, 22)).source(text).build())
        .withSources(
            SourceDocument.builder().from(base.sources().get(0)).id(text)
                .kind(SourceKind.AGREEMENT_TEXT).build(),
            SourceDocument.builder().id(press).kind(SourceKind.PRESS_RELEASE)
                .title("미래차 생태계 조성 1년 성과").publisher("부산광역시").build());
  }

  /** Writes the document once per fork, before any measurement. */
  @Setup
  public void setUp() throws IOException {
    ours = AgreementJson.newMapper();
    plain = RecordJson.newMapper();
    agreement = agreement(commitments);
    json = ours.writeValueAsBytes(agreement);
    record = plain.readValue(json, HistoryRecord.class);
  }

  /** Our module reads the document with histories. */
  @Benchmark
  public Agreement readOurs() throws IOException {
    return ours.readValue(json, Agreement.class);
  }

  /** Baseline (a): plain records of the same shape, plain Jackson. */
  @Benchmark
  public HistoryRecord readRecords() throws IOException {
    return plain.readValue(json, HistoryRecord.class);
  }

  /** Our module writes the document with histories. */
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
