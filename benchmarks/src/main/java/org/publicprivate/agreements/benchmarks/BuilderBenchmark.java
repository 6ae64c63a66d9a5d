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
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.benchmarks.baseline.AgreementRecord;
import org.publicprivate.agreements.benchmarks.baseline.RecordJson;
import org.publicprivate.agreements.examples.BusanFutureCarMou;

/**
 * Building an agreement of {@code commitments} commitments in code: the model's builders (which
 * check every identifier, normalise text and copy lists into unmodifiable ones) against the records
 * baseline's constructors. Both take the same strings; parties, signing and programme are the
 * founding agreement's, already built.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class BuilderBenchmark {
  @Param({"1", "10", "100", "1000", "10000", "100000"})
  public int commitments;

  private Agreement founding;
  private AgreementRecord foundingRecord;
  private String[] ids;

  /** Prepares the founding agreement, its records twin and the new ids once per fork. */
  @Setup
  public void setUp() throws IOException {
    founding = BusanFutureCarMou.versionOne();
    foundingRecord = RecordJson.newMapper().readValue(Corpus.json(founding.commitments().size()),
        AgreementRecord.class);
    ids = new String[commitments];
    for (int i = 0; i < commitments; i++) {
      ids[i] = Corpus.commitmentId(founding.commitments().get(i % 10), i).value();
    }
  }

  /** Ours: {@code Commitment.builder()} for each commitment, then {@code Agreement.builder()}. */
  @Benchmark
  public Agreement ours() {
    Agreement.Builder agreement = Agreement.builder()
        .id(founding.id())
        .title(founding.title())
        .englishTitle(founding.englishTitle())
        .kind(founding.kind())
        .status(founding.status())
        .purpose(founding.purpose())
        .signing(founding.signing())
        .addAllParties(founding.parties())
        .addAllProgrammes(founding.programmes())
        .addAllRelatedAgreements(founding.relatedAgreements())
        .addAllSources(founding.sources())
        .addAllKeywords(founding.keywords());
    List<Commitment> originals = founding.commitments();
    for (int i = 0; i < ids.length; i++) {
      Commitment original = originals.get(i % originals.size());
      Commitment.Builder commitment = Commitment.builder()
          .id(CommitmentId.of(ids[i]))
          .summary(original.summary())
          .englishSummary(original.englishSummary())
          .category(original.category())
          .obligation(original.obligation());
      for (PartyId party : original.parties()) {
        commitment.addParty(PartyId.of(party.value()));
      }
      agreement.addCommitment(commitment.build());
    }
    return agreement.build();
  }

  /** Baseline: the records' canonical constructors, with plain lists. */
  @Benchmark
  public AgreementRecord records() {
    AgreementRecord r = foundingRecord;
    List<AgreementRecord.Commitment> originals = r.commitments();
    List<AgreementRecord.Commitment> built = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      AgreementRecord.Commitment original = originals.get(i % originals.size());
      List<String> parties = new ArrayList<>(original.parties().size());
      for (String party : original.parties()) {
        parties.add(party);
      }
      built.add(new AgreementRecord.Commitment(ids[i], parties, original.summary(),
          original.englishSummary(), original.category(), original.obligation(), original.status(),
          null, null, null, null));
    }
    return new AgreementRecord(r.formatVersion(), r.id(), r.title(), r.englishTitle(), r.kind(),
        r.status(), r.purpose(), r.signing(), r.effectivePeriod(), r.parties(), built,
        r.programmes(), r.relatedAgreements(), r.sources(), r.keywords());
  }
}
