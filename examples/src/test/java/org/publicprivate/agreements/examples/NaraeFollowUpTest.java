package org.publicprivate.agreements.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.MilestoneStatus;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.StatusChange;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.validation.AgreementValidator;

/**
 * The investment agreement followed over three years: both records valid, every fact of its life
 * after signing tied to an illustrative source, the signing-day record the agreement of part 1
 * and nothing more, and the JSON files what the writer writes.
 */
class NaraeFollowUpTest {
  private final Agreement signingDay = NaraeFollowUp.signingDay();
  private final Agreement latest = NaraeFollowUp.latest();

  @Test
  void bothRecordsHaveNoViolation() {
    AgreementValidator validator = AgreementValidator.create(Locale.ENGLISH);

    assertThat(validator.validate(signingDay).violations()).isEmpty();
    assertThat(validator.validate(latest).violations()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"narae-investment-signing-day.json, true", "narae-investment-2029.json, false"})
  void eachFileIsItsRecordAsTheWriterWritesIt(String file, boolean signing) throws IOException {
    Agreement record = signing ? signingDay : latest;
    Path path = Path.of("documents", file);
    byte[] written = (AgreementJson.prettyWriter(AgreementJson.newMapper())
        .writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);

    assertThat(written).isEqualTo(Files.readAllBytes(path));
    assertThat(AgreementJson.read(Files.readAllBytes(path))).isEqualTo(record);
  }

  @Test
  void theSigningDayRecordIsTheAgreementOfPartOneWithItsSourcesHistoriesAndMilestonesBegun() {
    List<Commitment> bare = signingDay.commitments().stream()
        .map(c -> c.withStatusHistory(List.of()).withSources(List.of()).withMilestones(List.of()))
        .toList();
    Agreement withoutFollowUp = signingDay.withCommitments(bare)
        .withStatusHistory(List.of())
        .withSources(List.of())
        .withProgrammes(signingDay.programmes().get(0).withStatusHistory(List.of())
            .withSources(List.of()));

    assertThat(withoutFollowUp).isEqualTo(NaraeInvestmentAgreement.agreement());
    assertThat(signingDay.commitments()).allSatisfy(commitment -> {
      assertThat(commitment.statusHistory()).singleElement()
          .satisfies(change -> assertThat(change.date()).isEqualTo(PartialDate.of(2026, 3, 9)));
      assertThat(commitment.progress()).isEmpty();
      assertThat(commitment.milestones())
          .allSatisfy(m -> assertThat(m.status()).isEqualTo(MilestoneStatus.PLANNED));
    });
    assertThat(signingDay.amendments()).isEmpty();
  }

  @Test
  void threeYearsOnTheRecordCountsJobsAMissedMilestoneAndOneAmendment() {
    Commitment plant = latest.commitments().get(2);

    assertThat(latest.pledged(QuantityUnit.JOBS)).isEqualTo(350);
    assertThat(latest.achieved(QuantityUnit.JOBS)).isEqualTo(120);
    assertThat(plant.progress()).hasSize(2);
    assertThat(plant.latestProgress().orElseThrow().asOf()).isEqualTo(PartialDate.of(2028, 12));
    assertThat(latest.commitments().stream().flatMap(c -> c.milestones().stream())
        .filter(m -> m.status() == MilestoneStatus.MISSED))
        .singleElement()
        .satisfies(missed -> assertThat(missed.description()).isEqualTo("1단계 생산라인 가동"));
    assertThat(latest.amendments()).singleElement().satisfies(amendment ->
        assertThat(amendment.changedPaths()).containsExactly("commitments[2].due"));
    assertThat(signingDay.commitments().get(2).due()).contains(LocalDate.of(2027, 12, 31));
    assertThat(plant.due()).contains(LocalDate.of(2029, 6, 30));
  }

  @Test
  void everyFactAfterSigningCitesASourceOfTheRecord() {
    List<Optional<SourceId>> citations = new ArrayList<>();
    Stream.concat(Stream.of(latest.statusHistory()),
            Stream.concat(latest.commitments().stream().map(Commitment::statusHistory),
                latest.programmes().stream().map(p -> p.statusHistory())))
        .flatMap(List::stream)
        .map(StatusChange::source)
        .forEach(citations::add);
    latest.commitments().forEach(c -> c.progress().forEach(r -> citations.add(r.source())));
    latest.amendments().forEach(a -> citations.add(a.source()));
    List<SourceId> ids = latest.sources().stream().map(s -> s.id().orElseThrow()).toList();

    assertThat(citations).hasSize(16).allSatisfy(citation ->
        assertThat(citation).hasValueSatisfying(id -> assertThat(ids).contains(id)));
  }

  @Test
  void everySourceIsIllustrativeWithAnAddressUnderTheReservedExampleDomain() {
    assertThat(latest.sources()).hasSize(10).allSatisfy((SourceDocument source) -> {
      assertThat(source.kind()).isPresent();
      assertThat(source.publisher()).isPresent();
      assertThat(source.publishedOn()).isPresent();
      assertThat(source.url().orElseThrow().getHost()).endsWith(".example");
    });
  }

  @Test
  void theKoreanSummaryPutsWhatWasAchievedBesideWhatWasPledged() {
    assertThat(AgreementSummary.of(latest, Locale.KOREAN))
        .contains("    실적: 일자리 300명 이상 중 120명 (40%), 2028-12 기준 [출처: narae-data-2029-01-31]\n")
        .contains("    이정표: 1단계 생산라인 가동 — 미달성 (기한 2027-12) · 150명\n")
        .contains("변경:\n  2027-09-01 한결에너지(주)의 투자 기한을 2027년 12월 31일에서 2029년 6월 30일로 연장"
            + " (commitments[2].due) [출처: narae-press-2027-09-01]\n");
  }
}
