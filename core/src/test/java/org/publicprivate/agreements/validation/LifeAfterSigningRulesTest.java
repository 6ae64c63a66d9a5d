package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.AgreementStatusChange;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.CommitmentStatusChange;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MilestoneStatus;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.ProgrammeStatusChange;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.StatusChange;

/**
 * The rules of the life after signing: {@code reference.unknownSource},
 * {@code agreement.sources.duplicateId}, {@code history.outOfOrder},
 * {@code history.currentMismatch}, {@code progress.outOfOrder}, {@code progress.unitNotPledged},
 * {@code milestone.metWithoutDate}, {@code milestone.dateWithoutMet},
 * {@code amendment.beforeSigning} and {@code amendment.outOfOrder}, each triggered and not, in
 * English and Korean.
 */
class LifeAfterSigningRulesTest {
  private static final SourceId PRESS = SourceId.of("press");

  /** The base agreement with one identified source document. */
  private static Agreement base() {
    Agreement agreement = Documents.agreement();
    return agreement.withSources(SourceDocument.builder().from(agreement.sources().get(0))
        .id(PRESS).build());
  }

  private static Agreement withCentre(Commitment centre) {
    return base().withCommitments(Documents.citySupport(), centre);
  }

  private static AgreementStatusChange change(AgreementStatus status, PartialDate date) {
    return AgreementStatusChange.of(status, date);
  }

  private static CommitmentStatusChange change(CommitmentStatus status, PartialDate date) {
    return CommitmentStatusChange.of(status, date);
  }

  private static ProgrammeStatusChange change(ProgrammeStatus status, PartialDate date) {
    return ProgrammeStatusChange.of(status, date);
  }

  private static ProgressReport report(PartialDate asOf, Quantity... achieved) {
    return ProgressReport.builder().asOf(asOf).addAchieved(achieved).build();
  }

  private static Amendment amendment(LocalDate date) {
    return Amendment.builder().date(date).summary("기한 연장").build();
  }

  @Test
  void theBaseWithALifeThatKeepsEveryRuleIsValid() {
    Agreement agreement = withCentre(Documents.companyCentre()
        .withStatus(CommitmentStatus.IN_PROGRESS)
        .withQuantities(Quantity.of(30, QuantityUnit.JOBS))
        .withProgress(report(PartialDate.of(2024, 6), Quantity.of(10, QuantityUnit.JOBS)),
            ProgressReport.builder().asOf(PartialDate.of(2024, 6, 1)).source(PRESS).build())
        .withMilestones(Milestone.builder().description("착공").status(MilestoneStatus.MET)
            .metOn(PartialDate.of(2024, 5)).build(), Milestone.of("준공"))
        .withStatusHistory(change(CommitmentStatus.PLEDGED, PartialDate.of(2024, 3)),
            change(CommitmentStatus.IN_PROGRESS, PartialDate.of(2024, 3, 1)))
        .withSources(PRESS))
        .withAmendments(amendment(Documents.SIGNED_ON), amendment(Documents.SIGNED_ON))
        .withStatusHistory(AgreementStatusChange.builder().status(AgreementStatus.SIGNED)
            .date(PartialDate.of(Documents.SIGNED_ON)).source(PRESS).build());

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void reportsASourceReferenceThatNamesNoSourceDocument() {
    SourceId unknown = SourceId.of("rumour");
    Agreement agreement = withCentre(Documents.companyCentre()
        .withProgress(ProgressReport.builder().asOf(PartialDate.of(2024)).source(unknown).build())
        .withSources(PRESS, unknown))
        .withAmendments(Amendment.builder().date(Documents.SIGNED_ON).summary("변경")
            .source(unknown).build());
    Agreement programmes = base().withProgrammes(base().programmes().get(0)
        .withStatusHistory(ProgrammeStatusChange.builder()
            .status(base().programmes().get(0).status()).date(PartialDate.of(2024))
            .source(unknown).build()));

    assertThat(english(agreement, "reference.unknownSource")).extracting(Violation::path)
        .containsExactly("amendments[0].source", "commitments[1].progress[0].source",
            "commitments[1].sources[1]");
    assertThat(english(programmes)).containsExactly(new Violation("reference.unknownSource",
        Severity.ERROR, "programmes[0].statusHistory[0].source",
        "\"rumour\" is not the id of a source document of this agreement"));
    assertThat(korean(programmes)).extracting(Violation::message)
        .containsExactly("\"rumour\"는 이 협약의 출처 문서 id가 아닙니다");
  }

  @Test
  void reportsAnUnknownSourceInEveryStatusHistoryAndInAProgrammesSources() {
    SourceId unknown = SourceId.of("rumour");
    Agreement agreement = withCentre(Documents.companyCentre()
        .withStatusHistory(CommitmentStatusChange.builder().status(CommitmentStatus.PLEDGED)
            .date(PartialDate.of(2024, 3)).source(unknown).build()))
        .withStatusHistory(AgreementStatusChange.builder().status(AgreementStatus.SIGNED)
            .date(PartialDate.of(Documents.SIGNED_ON)).source(unknown).build())
        .withProgrammes(base().programmes().get(0).withSources(PRESS, unknown));

    assertThat(english(agreement, "reference.unknownSource")).extracting(Violation::path)
        .containsExactly("commitments[1].statusHistory[0].source", "programmes[0].sources[1]",
            "statusHistory[0].source");
  }

  @Test
  void reportsTwoSourceDocumentsWithOneId() {
    SourceDocument first = base().sources().get(0);
    Agreement agreement = base().withSources(first,
        SourceDocument.builder().title("다른 기사").build(), first.withTitle("같은 id"));

    assertThat(english(agreement)).containsExactly(new Violation("agreement.sources.duplicateId",
        Severity.ERROR, "sources[2].id", "id \"press\" is already used by sources[0]"));
    assertThat(korean(agreement)).extracting(Violation::message)
        .containsExactly("id \"press\"는 이미 sources[0]가 쓰고 있습니다");
  }

  @Test
  void reportsAHistoryGoingBackwardsComparingPartialDatesByTheirEarliestDay() {
    Agreement agreement = base().withStatusHistory(
        change(AgreementStatus.SCHEDULED, PartialDate.of(2024, 3, 1)),
        change(AgreementStatus.SIGNED, PartialDate.of(2024, 2)));
    Agreement tie = base().withStatusHistory(
        change(AgreementStatus.SCHEDULED, PartialDate.of(2024, 3, 1)),
        change(AgreementStatus.SIGNED, PartialDate.of(2024, 3)));

    assertThat(english(agreement)).containsExactly(new Violation("history.outOfOrder",
        Severity.ERROR, "statusHistory[1].date",
        "date 2024-02 comes before the previous entry's date 2024-03-01"));
    assertThat(korean(agreement)).extracting(Violation::message)
        .containsExactly("날짜 2024-02가 앞 항목의 날짜 2024-03-01보다 앞섭니다");
    assertThat(english(tie)).isEmpty();
  }

  @Test
  void checksTheHistoryOfAProgrammeAsThatOfACommitment() {
    Agreement agreement = base().withProgrammes(base().programmes().get(0).withStatusHistory(
        change(ProgrammeStatus.SELECTED, PartialDate.of(2024, 3)),
        change(ProgrammeStatus.APPLIED, PartialDate.of(2024, 2))));

    assertThat(english(agreement)).extracting(Violation::code, Violation::path).containsExactly(
        tuple("history.outOfOrder", "programmes[0].statusHistory[1].date"),
        tuple("history.currentMismatch", "programmes[0].statusHistory[1].status"));
  }

  @Test
  void warnsOfAHistoryThatEndsInAnotherStatusThanTheCurrentOne() {
    Agreement agreement = withCentre(Documents.companyCentre()
        .withStatusHistory(change(CommitmentStatus.PLEDGED, PartialDate.of(2024))));

    assertThat(english(agreement)).isEmpty();
    assertThat(english(withCentre(Documents.companyCentre()
        .withStatus(CommitmentStatus.FULFILLED)
        .withStatusHistory(change(CommitmentStatus.PLEDGED, PartialDate.of(2024))))))
        .containsExactly(new Violation("history.currentMismatch", Severity.WARNING,
            "commitments[1].statusHistory[0].status",
            "the history ends in PLEDGED, but the current status is FULFILLED"));
    assertThat(korean(withCentre(Documents.companyCentre()
        .withStatus(CommitmentStatus.FULFILLED)
        .withStatusHistory(change(CommitmentStatus.PLEDGED, PartialDate.of(2024))))))
        .extracting(Violation::message)
        .containsExactly("이력은 PLEDGED로 끝나는데 현재 상태는 FULFILLED입니다");
  }

  @Test
  void reportsProgressGoingBackwardsAndWarnsOfAUnitNotPledged() {
    Agreement backwards = withCentre(Documents.companyCentre()
        .withProgress(report(PartialDate.of(2024, 12)), report(PartialDate.of(2024, 6, 30))));
    Agreement unpledged = withCentre(Documents.companyCentre()
        .withQuantities(Quantity.of(30, QuantityUnit.JOBS))
        .withProgress(report(PartialDate.of(2024), Quantity.of(10, QuantityUnit.JOBS),
            Quantity.of(100, QuantityUnit.PYEONG))));

    assertThat(english(backwards)).containsExactly(new Violation("progress.outOfOrder",
        Severity.ERROR, "commitments[1].progress[1].asOf",
        "date 2024-06-30 comes before the previous report's date 2024-12"));
    assertThat(korean(backwards)).extracting(Violation::message)
        .containsExactly("날짜 2024-06-30가 앞 보고의 날짜 2024-12보다 앞섭니다");
    assertThat(english(unpledged)).containsExactly(new Violation("progress.unitNotPledged",
        Severity.WARNING, "commitments[1].progress[0].achieved[1].unit",
        "unit PYEONG is achieved, but \"company-research-centre\" pledges no quantity of it"));
    assertThat(korean(unpledged)).extracting(Violation::message).containsExactly(
        "단위 PYEONG의 실적이 있지만 \"company-research-centre\"는 그 단위의 수량을 약속하지 않았습니다");
  }

  @Test
  void checksThatMetOnGoesWithMetAndOnlyWithIt() {
    Agreement undated = withCentre(Documents.companyCentre().withMilestones(
        Milestone.builder().description("착공").status(MilestoneStatus.MET).build()));
    Agreement dated = withCentre(Documents.companyCentre().withMilestones(
        Milestone.builder().description("착공").status(MilestoneStatus.MISSED)
            .metOn(PartialDate.of(2025)).build()));

    assertThat(english(undated)).containsExactly(new Violation("milestone.metWithoutDate",
        Severity.WARNING, "commitments[1].milestones[0].status",
        "milestone \"착공\" is MET, but metOn is not given"));
    assertThat(korean(undated)).extracting(Violation::message)
        .containsExactly("마일스톤 \"착공\"은 달성(MET)인데 metOn이 없습니다");
    assertThat(english(dated)).containsExactly(new Violation("milestone.dateWithoutMet",
        Severity.ERROR, "commitments[1].milestones[0].metOn",
        "metOn 2025 is given, but the status is MISSED"));
    assertThat(korean(dated)).extracting(Violation::message)
        .containsExactly("metOn 2025이 있지만 상태가 MISSED입니다");
  }

  @Test
  void reportsAmendmentsBeforeTheSigningAndGoingBackwards() {
    LocalDate signed = Documents.SIGNED_ON;
    Agreement early = base().withAmendments(amendment(signed.minusDays(1)));
    Agreement backwards = base().withAmendments(amendment(signed.plusDays(10)),
        amendment(signed.plusDays(3)));

    assertThat(english(early)).containsExactly(new Violation("amendment.beforeSigning",
        Severity.ERROR, "amendments[0].date",
        "amendment date 2024-03-14 is before the signing date 2024-03-15"));
    assertThat(korean(early)).extracting(Violation::message)
        .containsExactly("변경일 2024-03-14가 서명일 2024-03-15보다 앞섭니다");
    assertThat(english(backwards)).containsExactly(new Violation("amendment.outOfOrder",
        Severity.ERROR, "amendments[1].date",
        "date 2024-03-18 comes before the previous amendment's date 2024-03-25"));
    assertThat(korean(backwards)).extracting(Violation::message)
        .containsExactly("날짜 2024-03-18가 앞 변경의 날짜 2024-03-25보다 앞섭니다");
    assertThat(english(base().withSigning(java.util.Optional.empty())
        .withStatus(AgreementStatus.DRAFT).withEffectivePeriod(java.util.Optional.empty())
        .withAmendments(amendment(signed.minusYears(1))), "amendment.beforeSigning")).isEmpty();
  }

  @Test
  void holdsTheNewTextsToTheTextRules() {
    Agreement agreement = withCentre(Documents.companyCentre()
        .withMilestones(Milestone.of("가".repeat(4_001)))
        .withStatusHistory(CommitmentStatusChange.builder()
            .status(CommitmentStatus.PLEDGED).date(PartialDate.of(2024))
            .note("나".repeat(4_001)).build()))
        .withAmendments(Amendment.builder().date(Documents.SIGNED_ON).summary(" ").build());

    assertThat(english(agreement)).extracting(Violation::code, Violation::path)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("text.blank", "amendments[0].summary"),
            org.assertj.core.groups.Tuple.tuple("text.tooLong",
                "commitments[1].milestones[0].description"),
            org.assertj.core.groups.Tuple.tuple("text.tooLong",
                "commitments[1].statusHistory[0].note"));
  }
}
