package org.publicprivate.agreements.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.benchmarks.baseline.AgreementRecord;
import org.publicprivate.agreements.benchmarks.baseline.HandwrittenReader;
import org.publicprivate.agreements.benchmarks.baseline.HistoryRecord;
import org.publicprivate.agreements.benchmarks.baseline.RecordJson;
import org.publicprivate.agreements.benchmarks.baseline.VersionTwoRecord;
import org.publicprivate.agreements.jackson.AgreementJson;

/**
 * Keeps the baselines honest: each reads and writes the very document ours does, so the benchmarks
 * compare equal work. No timing is asserted anywhere.
 */
class BaselinesTest {
  private static final int COMMITMENTS = 25;
  private final ObjectMapper ours = AgreementJson.newMapper();
  private final ObjectMapper plain = RecordJson.newMapper();

  @Test
  void corpusScalesTheFoundingAgreementWithUniqueIds() {
    Agreement agreement = Corpus.agreement(COMMITMENTS);

    assertThat(agreement.commitments()).hasSize(COMMITMENTS);
    assertThat(agreement.commitments().stream().map(c -> c.id()).distinct()).hasSize(COMMITMENTS);
    assertThat(agreement.commitments().get(12).summary())
        .isEqualTo(agreement.commitments().get(2).summary());
    assertThat(Corpus.agreement(1).commitments()).hasSize(1);
  }

  @Test
  void recordsReaderReadsEveryCommitmentOfOurDocument() throws IOException {
    AgreementRecord records = plain.readValue(Corpus.json(COMMITMENTS), AgreementRecord.class);

    Agreement agreement = Corpus.agreement(COMMITMENTS);
    assertThat(records.commitments()).hasSize(COMMITMENTS);
    assertThat(records.commitments().get(COMMITMENTS - 1).id())
        .isEqualTo(agreement.commitments().get(COMMITMENTS - 1).id().value());
    assertThat(records.parties()).hasSize(agreement.parties().size());
    assertThat(records.programmes().get(0).totalBudget().amount()).isEqualTo(20_000_000_000L);
  }

  @Test
  void jackson3RecordsReadAndWriteTheDocumentTheJackson3ModuleReadsBackEqual() {
    tools.jackson.databind.json.JsonMapper plain3 = Jackson3Benchmark.newRecordsMapper();
    tools.jackson.databind.json.JsonMapper ours3 =
        org.publicprivate.agreements.jackson3.AgreementJson.newMapper();
    AgreementRecord records = plain3.readValue(Corpus.json(COMMITMENTS), AgreementRecord.class);
    byte[] written = plain3.writeValueAsBytes(records);

    assertThat(records.commitments()).hasSize(COMMITMENTS);
    assertThat(ours3.readValue(written, Agreement.class)).isEqualTo(Corpus.agreement(COMMITMENTS));
    assertThat(ours3.writeValueAsBytes(Corpus.agreement(COMMITMENTS)))
        .isEqualTo(Corpus.json(COMMITMENTS));
  }

  @Test
  void bothModulesReadAndWriteTheSameDocumentAlike() throws IOException {
    ModulesBenchmark modules = new ModulesBenchmark();
    modules.commitments = COMMITMENTS;
    modules.setUp();

    assertThat(modules.json).isEqualTo(Corpus.json(COMMITMENTS));
    assertThat(modules.readJackson2()).isEqualTo(Corpus.agreement(COMMITMENTS));
    assertThat(modules.readJackson3()).isEqualTo(modules.readJackson2());
    assertThat(modules.writeJackson2()).isEqualTo(modules.json);
    assertThat(modules.writeJackson3()).isEqualTo(modules.json);
  }

  @Test
  void versionTwoRecordsReadAndWriteTheVersionTwoDocumentOursReadsBackEqual() throws IOException {
    ObjectMapper ours = AgreementJson.newMapper();
    ObjectMapper plain = RecordJson.newMapper();
    Agreement agreement = VersionTwoBenchmark.agreement(COMMITMENTS);
    byte[] json = ours.writeValueAsBytes(agreement);

    VersionTwoRecord record = plain.readValue(json, VersionTwoRecord.class);
    byte[] written = plain.writeValueAsBytes(record);

    assertThat(record.formatVersion()).isEqualTo(2);
    assertThat(record.commitments()).hasSize(COMMITMENTS);
    assertThat(record.commitments().get(1).quantities()).hasSize(2);
    assertThat(record.commitments().get(1).conditions()).hasSize(1);
    assertThat(record.commitments().get(1).dependsOn())
        .containsExactly(agreement.commitments().get(0).id().value());
    assertThat(ours.readValue(written, Agreement.class)).isEqualTo(agreement);
    assertThat(plain.readTree(written)).isEqualTo(plain.readTree(json));
  }

  @Test
  void historyRecordsReadAndWriteTheDocumentWithHistoriesOursReadsBackEqual() throws IOException {
    ObjectMapper ours = AgreementJson.newMapper();
    ObjectMapper plain = RecordJson.newMapper();
    Agreement agreement = HistoryBenchmark.agreement(COMMITMENTS);
    byte[] json = ours.writeValueAsBytes(agreement);

    HistoryRecord record = plain.readValue(json, HistoryRecord.class);
    byte[] written = plain.writeValueAsBytes(record);

    assertThat(record.formatVersion()).isEqualTo(2);
    assertThat(record.commitments()).hasSize(COMMITMENTS);
    HistoryRecord.Commitment last = record.commitments().get(COMMITMENTS - 1);
    assertThat(last.statusHistory()).hasSize(3);
    assertThat(last.progress()).hasSize(2);
    assertThat(last.milestones()).hasSize(2);
    assertThat(last.progress().get(1).source()).isEqualTo("press-2024-12");
    assertThat(record.sources()).extracting(HistoryRecord.Source::id)
        .containsExactly("agreement-text", "press-2024-12");
    assertThat(ours.readValue(written, Agreement.class)).isEqualTo(agreement);
    assertThat(plain.readTree(written)).isEqualTo(plain.readTree(json));
  }

  @Test
  void recordsWriterWritesADocumentOurStrictReaderReadsBackEqual() throws IOException {
    AgreementRecord records = plain.readValue(Corpus.json(COMMITMENTS), AgreementRecord.class);

    byte[] written = plain.writeValueAsBytes(records);

    assertThat(ours.readValue(written, Agreement.class)).isEqualTo(Corpus.agreement(COMMITMENTS));
    assertThat(plain.readTree(written)).isEqualTo(plain.readTree(Corpus.json(COMMITMENTS)));
  }

  @Test
  void handwrittenReaderBuildsTheAgreementOursBuilds() throws IOException {
    byte[] json = Corpus.json(COMMITMENTS);
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      assertThat(HandwrittenReader.read(parser)).isEqualTo(ours.readValue(json, Agreement.class));
    }
  }

  @Test
  void everyWriterWritesTheSameBytes() throws IOException {
    WriteBenchmark write = new WriteBenchmark();
    write.commitments = COMMITMENTS;
    write.setUp();

    byte[] expected = Corpus.json(COMMITMENTS);
    assertThat(write.ours()).isEqualTo(expected);
    assertThat(write.handwritten()).isEqualTo(expected);
    assertThat(plain.readTree(write.records())).isEqualTo(plain.readTree(expected));

    ByteArrayOutputStream oursStreamed = new ByteArrayOutputStream();
    write.sink = oursStreamed;
    write.oursToStream();
    assertThat(oursStreamed.toByteArray()).isEqualTo(expected);
    ByteArrayOutputStream recordsStreamed = new ByteArrayOutputStream();
    write.sink = recordsStreamed;
    write.recordsToStream();
    assertThat(recordsStreamed.toByteArray()).isEqualTo(write.records());
  }

  @Test
  void everyReaderReadsTheSameDocument() throws IOException {
    ReadBenchmark read = new ReadBenchmark();
    read.commitments = COMMITMENTS;
    read.setUp();

    assertThat(read.ours()).isEqualTo(Corpus.agreement(COMMITMENTS));
    assertThat(read.handwritten()).isEqualTo(Corpus.agreement(COMMITMENTS));
    assertThat(read.records().commitments()).hasSize(COMMITMENTS);
  }

  @Test
  void buildersAndRecordsConstructorsBuildTheCorpusAgreement() throws IOException {
    BuilderBenchmark build = new BuilderBenchmark();
    build.commitments = COMMITMENTS;
    build.setUp();

    assertThat(build.ours()).isEqualTo(Corpus.agreement(COMMITMENTS));
    assertThat(plain.writeValueAsBytes(build.records()))
        .isEqualTo(plain.writeValueAsBytes(
            plain.readValue(Corpus.json(COMMITMENTS), AgreementRecord.class)));
  }

  @Test
  void plainJakartaValidatorFindsWhatOursFinds() {
    ValidateBenchmark validate = new ValidateBenchmark();
    validate.commitments = 1;
    validate.setUp();

    List<String> ourCodes = validate.ours().violations().stream().map(v -> v.code()).sorted().toList();
    List<String> plainCodes = validate.plainJakarta().stream()
        .map(v -> v.getMessageTemplate().replaceAll("[{}]", "")).sorted().toList();
    assertThat(ourCodes).isNotEmpty().isEqualTo(plainCodes);
  }

  @Test
  void moneyBaselinesReadAndWriteTheSameAmounts() throws Exception {
    MoneyBenchmark money = new MoneyBenchmark();
    money.setUp();

    for (int i = 0; i < MoneyBenchmark.AMOUNTS; i++) {
      long won = money.won[i];
      assertThat(money.numberFormat.parse(money.grouped[i]).longValue()).isEqualTo(won);
      assertThat(org.publicprivate.agreements.MoneyAmount.parse(money.korean[i]).won()).isEqualTo(won);
      assertThat(org.publicprivate.agreements.MoneyAmount.parse(money.grouped[i]).won()).isEqualTo(won);
      assertThat(Long.parseLong(money.digits[i])).isEqualTo(won);
    }
  }
}
