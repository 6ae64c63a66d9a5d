package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.attributes.AttributePaths;

/** The types of the life after signing: their defaults, normal forms and hard invariants. */
class LifeAfterSigningTest {
  private static final String HASH =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @Test
  void aSourceDocumentHoldsItsIdKindAuthorTimeLanguageRetrievalAndHash() {
    SourceDocument source = SourceDocument.builder()
        .id(SourceId.of("news-2025-01-15"))
        .kind(SourceKind.NEWS_ARTICLE)
        .title("다라산업 가나공장 1단계 준공")
        .author(" 김가나 기자 ")
        .publishedOn(LocalDate.of(2025, 1, 15))
        .publishedTime(LocalTime.of(9, 30))
        .language(Locale.forLanguageTag("KO"))
        .retrievedOn(LocalDate.of(2025, 1, 20))
        .sha256(HASH)
        .build();

    assertThat(source.id()).contains(SourceId.of("news-2025-01-15"));
    assertThat(source.kind()).contains(SourceKind.NEWS_ARTICLE);
    assertThat(source.author()).contains("김가나 기자");
    assertThat(source.language()).contains(Locale.forLanguageTag("ko"));
    assertThat(source.sha256()).contains(HASH);
    assertThat(SourceKind.AGREEMENT_TEXT.koreanName()).isEqualTo("협약서 원문");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a088",
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g",
      " 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0"})
  void aSha256IsSixtyFourLowerCaseHexadecimalDigits(String hash) {
    assertThatThrownBy(() -> SourceDocument.builder().title("기사").sha256(hash).build())
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("SourceDocument.sha256 must be 64 lower-case hexadecimal digits (0-9, a-f),"
            + " was \"" + hash + "\"");
  }

  @Test
  void aStatusChangeKeepsItsOwnersStatusAndANormalisedNote() {
    String decomposed = Normalizer.normalize("공장 착공", Normalizer.Form.NFD);
    CommitmentStatusChange started = CommitmentStatusChange.builder()
        .status(CommitmentStatus.IN_PROGRESS)
        .date(PartialDate.of(2024, 10))
        .note(" " + decomposed)
        .source(SourceId.of("news"))
        .build();

    assertThat(started.status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
    assertThat(started.note()).contains("공장 착공");
    assertThat(CommitmentStatusChange.of(CommitmentStatus.IN_PROGRESS, PartialDate.of(2024, 10))
        .note()).isEmpty();
    assertThat(CommitmentStatusChange.builder().status(CommitmentStatus.PLEDGED)
        .date(PartialDate.of(2024)).note("  ").build().note()).isEmpty();
    assertThatThrownBy(() -> AgreementStatusChange.builder()
        .status(AgreementStatus.SIGNED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("date");
  }

  @Test
  void aMilestoneIsPlannedUnlessAStatusIsGiven() {
    Milestone planned = Milestone.of(" 1단계 준공 ");

    assertThat(planned.description()).isEqualTo("1단계 준공");
    assertThat(planned.status()).isEqualTo(MilestoneStatus.PLANNED);
    assertThat(planned.metOn()).isEmpty();
    assertThat(planned.withStatus(MilestoneStatus.MET).withMetOn(PartialDate.of(2025, 4)).metOn())
        .contains(PartialDate.of(2025, 4));
    assertThat(MilestoneStatus.MISSED.koreanName()).isEqualTo("미달성");
  }

  @Test
  void aProgressReportGivesItsAchievedQuantityOfAUnit() {
    ProgressReport report = ProgressReport.builder()
        .asOf(PartialDate.of(2024, 12))
        .addAchieved(Quantity.of(120, QuantityUnit.JOBS))
        .spent(MoneyAmount.ofWon(20_000_000_000L))
        .build();

    assertThat(report.achieved(QuantityUnit.JOBS)).contains(Quantity.of(120, QuantityUnit.JOBS));
    assertThat(report.achieved(QuantityUnit.PYEONG)).isEmpty();
    assertThat(report.summary()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"title", "commitments[2].pledgedAmount", "commitments[0].due",
      "commitments[10].pledgedAmount.amount", "effectivePeriod.end", "parties[1].identifiers[0].id",
      "signing.signatories[0].englishName", "programmes[0].fundingShares[1].amount",
      "commitments[0].milestones[1].metOn", "amendments[0].changedPaths[1]", "sources[2].sha256",
      "commitments", "commitments[3]", "statusHistory[0].status", "keywords[0]",
      "commitments[9].due", "commitments[123456789].due"})
  void anAmendmentTakesPathsOfTheModel(String path) {
    Amendment amendment = Amendment.builder().date(LocalDate.of(2025, 6, 30)).summary("변경")
        .addChangedPath(path).build();

    assertThat(amendment.changedPaths()).containsExactly(path);
    assertThat(AttributePaths.problem(path)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "budget", "commitments[0].budget", "commitments.due", "title[0]",
      "commitments[01]", "commitments[-1]", "commitments[0].", ".title", "commitments[0].due.year",
      "commitments[0][1]", "commitments[0", "$.title", "/title", "Title", "title ",
      "effectivePeriod.until", "commitments[1234567890].due"})
  void anAmendmentRefusesAPathNamingNoAttribute(String path) {
    assertThatThrownBy(() -> Amendment.builder().date(LocalDate.of(2025, 6, 30)).summary("변경")
        .addChangedPath(path).build())
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageStartingWith("Amendment.changedPaths must be a JSON path of the model such as"
            + " commitments[2].pledgedAmount, but ")
        .hasMessageEndingWith(", was \"" + path + "\"");
  }

  @Test
  void aPathsProblemSaysWhereAndWhat() {
    assertThat(AttributePaths.problem("commitments[0].budget"))
        .contains("at offset 15: Commitment has no attribute \"budget\"");
    assertThat(AttributePaths.problem("title[0]")).contains("at offset 5: \"title\" is not a list");
    assertThat(AttributePaths.problem("x".repeat(1_001)))
        .contains("the path is longer than 1000 characters");
    assertThat(AttributePaths.problem("x".repeat(1_000)))
        .contains("at offset 0: Agreement has no attribute \"" + "x".repeat(1_000) + "\"");
  }

  @Test
  void latestProgressIsTheReportOfTheLatestEarliestDayTheLaterOfEqualOnes() {
    ProgressReport june = report(PartialDate.of(2024, 6), 30);
    ProgressReport december = report(PartialDate.of(2024, 12), 120);
    ProgressReport decemberFirst = report(PartialDate.of(2024, 12, 1), 125);
    Commitment commitment = Commitment.builder().id(CommitmentId.of("c")).summary("고용")
        .category(CommitmentCategory.EMPLOYMENT).obligation(ObligationLevel.BEST_EFFORTS)
        .addQuantity(Quantity.of(300, QuantityUnit.JOBS, Qualifier.AT_LEAST))
        .build();

    assertThat(commitment.latestProgress()).isEmpty();
    assertThat(commitment.withProgress(june, december).latestProgress()).contains(december);
    assertThat(commitment.withProgress(december, june).latestProgress()).contains(december);
    assertThat(commitment.withProgress(december, decemberFirst).latestProgress())
        .contains(decemberFirst);
    assertThat(commitment.withProgress(decemberFirst, december).latestProgress())
        .contains(december);
  }

  private static ProgressReport report(PartialDate asOf, long jobs) {
    return ProgressReport.builder().asOf(asOf).addAchieved(Quantity.of(jobs, QuantityUnit.JOBS))
        .build();
  }

  @Test
  void achievedSumsTheLatestReportOfEachCommitment() {
    Commitment jobs = Commitment.builder().id(CommitmentId.of("jobs")).summary("고용")
        .category(CommitmentCategory.EMPLOYMENT).obligation(ObligationLevel.BEST_EFFORTS)
        .addQuantity(Quantity.of(300, QuantityUnit.JOBS, Qualifier.AT_LEAST))
        .addProgress(report(PartialDate.of(2024, 6), 30), report(PartialDate.of(2024, 12), 120))
        .build();
    Commitment more = jobs.withId(CommitmentId.of("more"))
        .withProgress(report(PartialDate.of(2025), 50));
    Commitment none = jobs.withId(CommitmentId.of("none")).withProgress();
    Agreement agreement = Agreement.builder().id(AgreementId.of("a")).title("투자협약")
        .kind(AgreementKind.INVESTMENT_AGREEMENT).status(AgreementStatus.SIGNED)
        .addCommitments(jobs, more, none)
        .build();

    assertThat(agreement.achieved(QuantityUnit.JOBS)).isEqualTo(170);
    assertThat(agreement.achieved(QuantityUnit.PYEONG)).isZero();
    assertThat(agreement.pledged(QuantityUnit.JOBS)).isEqualTo(900);
  }

  @Test
  void zeroJobsPledgedAndAchievedSumToZero() {
    Commitment zero = Commitment.builder().id(CommitmentId.of("zero")).summary("고용")
        .category(CommitmentCategory.EMPLOYMENT).obligation(ObligationLevel.BEST_EFFORTS)
        .addQuantity(Quantity.of(0, QuantityUnit.JOBS))
        .addProgress(report(PartialDate.of(2024), 0))
        .build();
    Agreement agreement = Agreement.builder().id(AgreementId.of("a")).title("투자협약")
        .kind(AgreementKind.INVESTMENT_AGREEMENT).status(AgreementStatus.SIGNED)
        .addCommitments(zero)
        .build();

    assertThat(agreement.pledged(QuantityUnit.JOBS)).isZero();
    assertThat(agreement.achieved(QuantityUnit.JOBS)).isZero();
  }

  @Test
  void achievedRefusesASumBeyondALong() {
    Commitment huge = Commitment.builder().id(CommitmentId.of("c0")).summary("고용")
        .category(CommitmentCategory.EMPLOYMENT).obligation(ObligationLevel.BEST_EFFORTS)
        .addProgress(report(PartialDate.of(2024), Quantity.MAX_VALUE))
        .build();
    Agreement.Builder agreement = Agreement.builder().id(AgreementId.of("a")).title("투자협약")
        .kind(AgreementKind.INVESTMENT_AGREEMENT).status(AgreementStatus.SIGNED);
    for (int i = 0; i < 1_025; i++) {
      agreement.addCommitment(huge.withId(CommitmentId.of("c" + i)));
    }

    assertThatThrownBy(() -> agreement.build().achieved(QuantityUnit.JOBS))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("Agreement.achieved(JOBS) overflows: the sum exceeds 9,223,372,036,854,775,807"
            + " at commitments[1024]");
  }
}
