package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.publicprivate.agreements.validation.Documents.CITY;
import static org.publicprivate.agreements.validation.Documents.COMPANY;
import static org.publicprivate.agreements.validation.Documents.EFFECTIVE_UNTIL;
import static org.publicprivate.agreements.validation.Documents.ID;
import static org.publicprivate.agreements.validation.Documents.SIGNED_ON;
import static org.publicprivate.agreements.validation.Documents.YEARLY_BUDGET;
import static org.publicprivate.agreements.validation.Documents.budget;
import static org.publicprivate.agreements.validation.Documents.won;
import static org.publicprivate.agreements.validation.Validators.english;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.AgreementStatusChange;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MilestoneStatus;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.StatusChange;

/**
 * One document that breaks many rules gets every violation in one report: validation does not stop
 * at the first rule broken, nor at the first place a rule is broken.
 */
class ManyRulesAtOnceTest {

  /**
   * A document that breaks 38 of the 40 rules in 41 places. The other two cannot join it:
   * {@code agreement.parties.min} needs fewer than two parties, which leaves no room for duplicate
   * ids or names, and {@code agreement.signing.required} needs no signing, which leaves none for
   * {@code agreement.signing.partyWithoutSignatory} or {@code agreement.effectivePeriod.beforeSigning}.
   * See {@link #loneSignedPartyWithoutASigning()}.
   */
  static Agreement document() {
    FundedProgramme programme = Documents.programme();
    return Documents.agreement()
        .withTitle(" ")
        .withKeywords("미래 모빌리티", "가".repeat(301))
        .withEffectivePeriod(DateRange.of(SIGNED_ON.minusDays(1), EFFECTIVE_UNTIL))
        .withLanguages(List.of(Locale.KOREAN))
        .withPrevailingLanguage(Locale.ENGLISH)
        .withParties(
            Documents.company().withIdentifiers(
                Identifier.of("KR-BRN", "1208147521"), Identifier.of("KR-BRN", "1208147522")),
            Documents.company().withKind(PartyKind.COOPERATIVE),
            Documents.party("busan-parts", "부산자동차부품조합", PartyKind.COOPERATIVE))
        .withCommitments(
            Documents.citySupport().withProgramme(ProgrammeId.of("urban-air-2025")),
            Documents.companyCentre().withDue(LocalDate.of(2027, 1, 1)),
            Documents.companyCentre(),
            Documents.commitment("joint-local-hiring")
                .withProgress(
                    ProgressReport.builder().asOf(PartialDate.of(2024, 12))
                        .addAchieved(Quantity.of(1, QuantityUnit.PYEONG)).build(),
                    ProgressReport.builder().asOf(PartialDate.of(2024, 6)).build())
                .withMilestones(
                    Milestone.builder().description("착공").status(MilestoneStatus.MET).build(),
                    Milestone.builder().description("준공").status(MilestoneStatus.MISSED)
                        .metOn(PartialDate.of(2025)).build())
                .withSources(SourceId.of("rumour")),
            Documents.commitment("site", COMPANY)
                .withDependsOn(CommitmentId.of("road"), CommitmentId.of("power-line"))
                .withAmountQualifier(Qualifier.ABOUT)
                .withQuantities(Quantity.of(3, QuantityUnit.PYEONG), Quantity.of(4, QuantityUnit.PYEONG)),
            Documents.commitment("road", COMPANY)
                .withStatus(CommitmentStatus.FULFILLED)
                .withDependsOn(CommitmentId.of("site"))
                .withConditions(Condition.builder().kind(ConditionKind.PROGRAMME_SELECTION).build()))
        .withProgrammes(
            programme
                .withFundingShares(programme.fundingShares().get(0), programme.fundingShares().get(1))
                .withAnnualBudgets(
                    budget(2024, YEARLY_BUDGET),
                    budget(2024, YEARLY_BUDGET),
                    budget(2025, YEARLY_BUDGET),
                    budget(2028, won(4_000_000_000L))),
            programme.withName("도심항공교통 실증사업").withLeadParty(COMPANY).withFundingShares())
        .withRelatedAgreements(Documents.predecessor().withAgreementId(ID))
        .withAmendments(
            Amendment.builder().date(SIGNED_ON.plusDays(10)).summary("변경").build(),
            Amendment.builder().date(SIGNED_ON.minusDays(1)).summary("변경").build())
        .withStatusHistory(
            AgreementStatusChange.of(AgreementStatus.SIGNED, PartialDate.of(2024, 3)),
            AgreementStatusChange.of(AgreementStatus.SCHEDULED, PartialDate.of(2024, 2)))
        .withSources(
            SourceDocument.builder().id(SourceId.of("press")).title("기사").build(),
            SourceDocument.builder().id(SourceId.of("press")).title("다른 기사").build());
  }

  /** A signed agreement with a single party and no signing: the two rules {@link #document()} lacks. */
  static Agreement loneSignedPartyWithoutASigning() {
    FundedProgramme programme = Documents.programme();
    return Documents.agreement()
        .withParties(Documents.city())
        .withSigning(Optional.empty())
        .withCommitments(Documents.citySupport().withBeneficiaries())
        .withProgrammes(
            programme.withFundingShares(
                programme.fundingShares().get(0),
                programme.fundingShares().get(1),
                programme.fundingShares().get(2).withContributor(CITY)));
  }

  @Test
  void reportsEveryBrokenRuleInEveryPlaceInOneReport() {
    assertThat(english(document()))
        .extracting(Violation::code, Violation::path)
        .containsExactlyInAnyOrder(
            tuple("text.blank", "title"),
            tuple("text.tooLong", "keywords[1]"),
            tuple("agreement.effectivePeriod.beforeSigning", "effectivePeriod.start"),
            tuple("agreement.parties.publicPrivate", "parties"),
            tuple("agreement.parties.duplicateId", "parties[1].id"),
            tuple("party.duplicateName", "parties[1].name"),
            tuple("party.withoutCommitment", "parties[2]"),
            tuple("agreement.signing.partyWithoutSignatory", "parties[2]"),
            tuple("reference.unknownParty", "commitments[0].parties[0]"),
            tuple("reference.unknownProgramme", "commitments[0].programme"),
            tuple("commitment.due.outsideEffectivePeriod", "commitments[1].due"),
            tuple("agreement.commitments.duplicateId", "commitments[2].id"),
            tuple("commitment.parties.min", "commitments[3].parties"),
            tuple("reference.unknownParty", "signing.signatories[0].party"),
            tuple("reference.unknownParty", "programmes[0].leadParty"),
            tuple("reference.unknownParty", "programmes[0].fundingShares[1].contributor"),
            tuple("programme.funding.unbalanced", "programmes[0].fundingShares"),
            tuple("programme.annualBudgets.unbalanced", "programmes[0].annualBudgets"),
            tuple("programme.annualBudgets.duplicateYear", "programmes[0].annualBudgets[1].year"),
            tuple("programme.annualBudgets.outsidePeriod", "programmes[0].annualBudgets[3].year"),
            tuple("agreement.programmes.duplicateId", "programmes[1].id"),
            tuple("relatedAgreement.self", "relatedAgreements[0].agreementId"),
            tuple("agreement.prevailingLanguage.notAmongLanguages", "prevailingLanguage"),
            tuple("party.identifiers.duplicateScheme", "parties[0].identifiers[1].scheme"),
            tuple("commitment.dependsOn.cycle", "commitments[4].dependsOn[0]"),
            tuple("reference.unknownCommitment", "commitments[4].dependsOn[1]"),
            tuple("commitment.amountQualifier.withoutAmount", "commitments[4].amountQualifier"),
            tuple("commitment.quantities.duplicateUnit", "commitments[4].quantities[1].unit"),
            tuple("commitment.dependsOn.unfulfilled", "commitments[5].dependsOn[0]"),
            tuple("condition.programme.missing", "commitments[5].conditions[0].programme"),
            tuple("condition.unmet.commitmentFulfilled", "commitments[5].conditions[0].status"),
            tuple("reference.unknownSource", "commitments[3].sources[0]"),
            tuple("agreement.sources.duplicateId", "sources[1].id"),
            tuple("history.outOfOrder", "statusHistory[1].date"),
            tuple("history.currentMismatch", "statusHistory[1].status"),
            tuple("progress.outOfOrder", "commitments[3].progress[1].asOf"),
            tuple("progress.unitNotPledged", "commitments[3].progress[0].achieved[0].unit"),
            tuple("milestone.metWithoutDate", "commitments[3].milestones[0].status"),
            tuple("milestone.dateWithoutMet", "commitments[3].milestones[1].metOn"),
            tuple("amendment.beforeSigning", "amendments[1].date"),
            tuple("amendment.outOfOrder", "amendments[1].date"));
  }

  @Test
  void reportsTheTwoRulesThatCannotJoinTheOthers() {
    assertThat(english(loneSignedPartyWithoutASigning()))
        .extracting(Violation::code, Violation::path)
        .containsExactlyInAnyOrder(
            tuple("agreement.parties.min", "parties"),
            tuple("agreement.parties.publicPrivate", "parties"),
            tuple("agreement.signing.required", "signing"));
  }

  @Test
  void theTwoDocumentsTogetherBreakEveryRule() {
    Set<String> codes = new HashSet<>(Validators.ENGLISH.validate(document()).codes());
    codes.addAll(Validators.ENGLISH.validate(loneSignedPartyWithoutASigning()).codes());

    assertThat(Validators.ENGLISH.validate(document()).codes()).hasSize(38);
    assertThat(codes).isEqualTo(ModelRules.SEVERITIES.keySet());
  }

  @Test
  void givesEveryViolationTheSeverityOfItsRule() {
    List<Violation> violations = english(document());

    assertThat(violations)
        .allSatisfy(v -> assertThat(v.severity()).isEqualTo(ModelRules.SEVERITIES.get(v.code())));
    assertThat(violations).filteredOn(Violation::isError).hasSize(30);
    assertThat(violations).filteredOn(v -> !v.isError()).hasSize(11);
  }

  @Test
  void reportsTheSameViolationsInKorean() {
    assertThat(Validators.korean(document()))
        .extracting(Violation::code, Violation::severity, Violation::path)
        .containsExactlyElementsOf(
            english(document()).stream()
                .map(v -> tuple(v.code(), v.severity(), v.path()))
                .toList());
  }
}
