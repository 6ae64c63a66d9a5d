package org.publicprivate.agreements.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementRelation;
import org.publicprivate.agreements.AgreementStatusChange;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.CommitmentStatusChange;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.ForeignAmount;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.FundingSource;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.ExtensionValue;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.attributes.AttributePaths;

class AgreementDiffTest {
  private static final Commitment CENTRE = commitment("c-centre", "연구센터 설립");
  private static final Commitment JOBS = commitment("c-jobs", "신규 고용")
      .withQuantities(Quantity.of(300, QuantityUnit.JOBS));
  private static final Commitment LAND = commitment("c-land", "부지 제공")
      .withPledgedAmount(MoneyAmount.ofWon(100_000_000_000L));
  private static final Agreement SIGNED = agreement(CENTRE, JOBS, LAND);

  @Test
  void findsNoChangeBetweenAnAgreementAndItself() {
    assertThat(AgreementDiff.between(SIGNED, SIGNED).changes()).isEmpty();
    assertThat(AgreementDiff.between(SIGNED, agreement(CENTRE, JOBS, LAND)).isEmpty()).isTrue();
  }

  @Test
  void namesAChangedTextByItsPathWithBothValues() {
    Agreement later = agreement(CENTRE, JOBS.withSummary("신규 고용 확대"), LAND);

    assertThat(AgreementDiff.between(SIGNED, later).changes()).containsExactly(new Change(
        "commitments[1].summary", ChangeKind.CHANGED, Optional.of("신규 고용"),
        Optional.of("신규 고용 확대")));
  }

  @Test
  void namesAChangeInsideAnObjectByItsDeepestAttribute() {
    Agreement later = agreement(CENTRE, JOBS,
        LAND.withPledgedAmount(MoneyAmount.ofWon(120_000_000_000L)));

    assertThat(AgreementDiff.between(SIGNED, later).changes()).containsExactly(new Change(
        "commitments[2].pledgedAmount.amount", ChangeKind.CHANGED,
        Optional.of(100_000_000_000L), Optional.of(120_000_000_000L)));
  }

  @Test
  void reportsAValueThatAppearsAsAddedAndOneThatGoesAsRemoved() {
    Agreement later = agreement(CENTRE.withEnglishSummary("A research centre"), JOBS,
        LAND.withPledgedAmount(Optional.empty())).withEnglishTitle("Investment agreement");

    assertThat(AgreementDiff.between(SIGNED, later).changes()).containsExactly(
        new Change("englishTitle", ChangeKind.ADDED, Optional.empty(),
            Optional.of("Investment agreement")),
        new Change("commitments[0].englishSummary", ChangeKind.ADDED, Optional.empty(),
            Optional.of("A research centre")),
        new Change("commitments[2].pledgedAmount", ChangeKind.REMOVED,
            Optional.of(MoneyAmount.ofWon(100_000_000_000L)), Optional.empty()));
  }

  @Test
  void findsNoChangeWhenIdentifiedElementsAreOnlyReordered() {
    Agreement reordered = agreement(LAND, CENTRE, JOBS)
        .withParties(SIGNED.parties().get(1), SIGNED.parties().get(0));

    assertThat(AgreementDiff.between(SIGNED, reordered).changes()).isEmpty();
  }

  @Test
  void namesAChangeInAMovedElementByItsIndexInTheLaterVersion() {
    Agreement later = agreement(LAND, CENTRE, JOBS.withStatus(
        org.publicprivate.agreements.CommitmentStatus.IN_PROGRESS));

    assertThat(AgreementDiff.between(SIGNED, later).changes())
        .extracting(Change::path, Change::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("commitments[2].status",
            ChangeKind.CHANGED));
  }

  @Test
  void namesAnAddedElementByItsLaterIndexAndARemovedOneByItsEarlierIndex() {
    Commitment roads = commitment("c-roads", "진입도로 개설");
    Agreement later = agreement(roads, CENTRE, LAND);

    assertThat(AgreementDiff.between(SIGNED, later).changes()).containsExactly(
        new Change("commitments[0]", ChangeKind.ADDED, Optional.empty(), Optional.of(roads)),
        new Change("commitments[1]", ChangeKind.REMOVED, Optional.of(JOBS), Optional.empty()));
  }

  @Test
  void treatsAChangedIdAsARemovalAndAnAddition() {
    Commitment renamed = JOBS.withId(CommitmentId.of("c-employment"));
    Agreement later = agreement(CENTRE, renamed, LAND);

    assertThat(AgreementDiff.between(SIGNED, later).changes()).containsExactly(
        new Change("commitments[1]", ChangeKind.ADDED, Optional.empty(), Optional.of(renamed)),
        new Change("commitments[1]", ChangeKind.REMOVED, Optional.of(JOBS), Optional.empty()));
  }

  @Test
  void matchesElementsWithoutIdsByPosition() {
    Commitment more = JOBS.withQuantities(Quantity.of(300, QuantityUnit.JOBS),
        Quantity.of(50, QuantityUnit.COMPANIES));
    Commitment swapped = JOBS.withQuantities(Quantity.of(50, QuantityUnit.COMPANIES),
        Quantity.of(300, QuantityUnit.JOBS));

    assertThat(AgreementDiff.between(SIGNED, agreement(CENTRE, more, LAND)).changes())
        .containsExactly(new Change("commitments[1].quantities[1]", ChangeKind.ADDED,
            Optional.empty(), Optional.of(Quantity.of(50, QuantityUnit.COMPANIES))));
    assertThat(AgreementDiff.between(agreement(CENTRE, more, LAND),
        agreement(CENTRE, swapped, LAND)).changes())
        .extracting(Change::path)
        .containsExactly("commitments[1].quantities[0].value", "commitments[1].quantities[0].unit",
            "commitments[1].quantities[1].value", "commitments[1].quantities[1].unit");
  }

  @Test
  void comparesAListOfTextsAsOneValue() {
    Agreement before = SIGNED.withKeywords("투자", "고용");
    Agreement after = SIGNED.withKeywords("고용", "투자");

    assertThat(AgreementDiff.between(before, after).changes()).containsExactly(new Change(
        "keywords", ChangeKind.CHANGED, Optional.of(List.of("투자", "고용")),
        Optional.of(List.of("고용", "투자"))));
  }

  @Test
  void comparesExtensionsNameByName() {
    Agreement before = SIGNED.withExtensions(Map.of(
        "busan:deskId", ExtensionValue.of("INV-1"), "busan:priority", ExtensionValue.of(2)));
    Agreement after = SIGNED.withExtensions(Map.of(
        "busan:deskId", ExtensionValue.of("INV-2"), "busan:owner", ExtensionValue.of("투자유치과")));

    assertThat(AgreementDiff.between(before, after).changes()).containsExactly(
        new Change("extensions.busan:deskId", ChangeKind.CHANGED,
            Optional.of(ExtensionValue.of("INV-1")), Optional.of(ExtensionValue.of("INV-2"))),
        new Change("extensions.busan:owner", ChangeKind.ADDED, Optional.empty(),
            Optional.of(ExtensionValue.of("투자유치과"))),
        new Change("extensions.busan:priority", ChangeKind.REMOVED,
            Optional.of(ExtensionValue.of(2)), Optional.empty()));
  }

  @Test
  void matchesSourcesByIdAndThoseWithoutAnIdInTheirOrder() {
    SourceDocument article = source("s-article", "협약서 제3조");
    SourceDocument press = source(null, "보도자료");
    SourceDocument minutes = source(null, "회의록");
    Agreement before = SIGNED.withSources(article, press, minutes);
    Agreement after = SIGNED.withSources(press.withTitle("보도자료 (수정)"), minutes, article);

    assertThat(AgreementDiff.between(before, after).changes()).containsExactly(new Change(
        "sources[0].title", ChangeKind.CHANGED, Optional.of("보도자료"),
        Optional.of("보도자료 (수정)")));
  }

  @Test
  void matchesElementsSharingAnIdInTheirOrder() {
    Commitment twin = CENTRE.withSummary("연구센터 확장");
    Agreement before = agreement(CENTRE, twin);
    Agreement after = agreement(twin, CENTRE);

    assertThat(AgreementDiff.between(before, before).changes()).isEmpty();
    assertThat(AgreementDiff.between(before, after).changes()).extracting(Change::path)
        .containsExactly("commitments[0].summary", "commitments[1].summary");
  }

  @Test
  void reportsAListThatAppearsAsOneAddition() {
    Agreement empty = agreement();

    assertThat(AgreementDiff.between(empty, SIGNED).changes()).containsExactly(new Change(
        "commitments", ChangeKind.ADDED, Optional.empty(), Optional.of(SIGNED.commitments())));
  }

  @Test
  void namesOnlyPathsOfTheModel() {
    Agreement later = agreement(LAND.withSummary("부지 무상 제공"), JOBS.withQuantities(
        Quantity.of(320, QuantityUnit.JOBS))).withTitle("투자협약 (변경)");

    assertThat(AgreementDiff.between(SIGNED, later).changes()).extracting(Change::path)
        .isNotEmpty()
        .allSatisfy(path -> assertThat(AttributePaths.problem(path)).isEmpty());
  }

  @Test
  void refusesAChangeWhoseValuesDoNotFitItsKind() {
    assertThatThrownBy(() -> new Change("title", ChangeKind.ADDED, Optional.of("a"),
        Optional.of("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ADDED change has only a value after");
    assertThatThrownBy(() -> new Change("title", ChangeKind.CHANGED, Optional.of("a"),
        Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CHANGED at title");
  }

  // One change deep inside each kind of nested object; the rest of the two versions is equal.
  @Test
  void namesAChangeAtTheDeepestAttributeOfEveryKindOfNestedObject() {
    Agreement before = everyNestedObject("가");
    Agreement after = everyNestedObject("나");

    assertThat(AgreementDiff.between(before, before).changes()).isEmpty();
    assertThat(AgreementDiff.between(before, after).changes()).extracting(Change::path)
        .containsExactly(
            "signing.venue",
            "signing.signatories[0].title",
            "effectivePeriod.end",
            "parties[0].identifiers[0].id",
            "parties[0].representative.title",
            "commitments[0].foreignAmount.amount",
            "commitments[0].location.name",
            "commitments[0].conditions[0].description",
            "commitments[0].milestones[0].description",
            "commitments[0].progress[0].summary",
            "commitments[0].statusHistory[0].note",
            "programmes[0].period.last",
            "programmes[0].fundingShares[0].note",
            "programmes[0].annualBudgets[0].amount.amount",
            "relatedAgreements[0].title",
            "amendments[0].summary",
            "statusHistory[0].note",
            "sources[0].title");
  }

  /** An agreement with one of each nested object, {@code mark} in one attribute of each. */
  private static Agreement everyNestedObject(String mark) {
    boolean later = mark.equals("나");
    Commitment commitment = CENTRE
        .withForeignAmount(ForeignAmount.of(Currency.getInstance("USD"),
            new BigDecimal(later ? "2000000" : "1000000")))
        .withLocation(Location.of("부지 " + mark))
        .withConditions(Condition.of(ConditionKind.PERMIT, "인허가 " + mark))
        .withMilestones(Milestone.of("착공 " + mark))
        .withProgress(ProgressReport.builder().asOf(PartialDate.of(2024, 12))
            .summary("진행 " + mark).build())
        .withStatusHistory(CommitmentStatusChange.builder().status(CENTRE.status())
            .date(PartialDate.of(2024, 3)).note("약속 " + mark).build());
    FundedProgramme programme = FundedProgramme.builder()
        .id(ProgrammeId.of("p-1"))
        .name("지원사업")
        .period(FiscalYears.of(2024, later ? 2026 : 2025))
        .totalBudget(MoneyAmount.ofWon(1_000_000_000L))
        .addFundingShares(FundingShare.builder().source(FundingSource.NATIONAL)
            .amount(MoneyAmount.ofWon(1_000_000_000L)).note("국비 " + mark).build())
        .addAnnualBudgets(AnnualBudget.of(Year.of(2024),
            MoneyAmount.ofWon(later ? 600_000_000L : 500_000_000L)))
        .status(ProgrammeStatus.SELECTED)
        .build();
    Agreement agreement = agreement(commitment);
    Party city = agreement.parties().get(0)
        .withIdentifiers(Identifier.of("XI-LEI", "org-" + mark))
        .withRepresentative(Person.of("홍길동", "시장 " + mark));
    return agreement
        .withSigning(Signing.builder()
            .date(LocalDate.of(2024, 3, 15))
            .venue("시청 " + mark)
            .addSignatories(Signatory.builder().party(city.id()).name("홍길동")
                .title("시장 " + mark).build())
            .build())
        .withEffectivePeriod(DateRange.of(LocalDate.of(2024, 3, 15),
            LocalDate.of(later ? 2027 : 2026, 3, 14)))
        .withParties(city, agreement.parties().get(1))
        .withProgrammes(programme)
        .withRelatedAgreements(RelatedAgreement.builder().relation(AgreementRelation.CONTINUES)
            .title("이전 협약 " + mark).build())
        .withAmendments(Amendment.builder().date(LocalDate.of(2025, 6, 30))
            .summary("변경 " + mark).build())
        .withStatusHistory(AgreementStatusChange.builder().status(AgreementStatus.SIGNED)
            .date(PartialDate.of(2024, 3, 15)).note("서명 " + mark).build())
        .withSources(source("s-1", "보도자료 " + mark));
  }

  @Test
  void matchesProgrammesByIdWhateverTheirOrder() {
    FundedProgramme first = programme("p-1", "지원사업");
    FundedProgramme second = programme("p-2", "육성사업");

    assertThat(AgreementDiff.between(SIGNED.withProgrammes(first, second),
        SIGNED.withProgrammes(second, first)).changes()).isEmpty();
    assertThat(AgreementDiff.between(SIGNED.withProgrammes(first, second),
        SIGNED.withProgrammes(second, first.withName("지원사업 (변경)"))).changes())
        .extracting(Change::path).containsExactly("programmes[1].name");
  }

  private static FundedProgramme programme(String id, String name) {
    return FundedProgramme.builder()
        .id(ProgrammeId.of(id))
        .name(name)
        .period(FiscalYears.of(2024, 2025))
        .totalBudget(MoneyAmount.ofWon(1_000_000_000L))
        .status(ProgrammeStatus.SELECTED)
        .build();
  }

  @Test
  void isEmptyOnlyWithoutChanges() {
    AgreementDiff diff = AgreementDiff.between(SIGNED, agreement(CENTRE, JOBS));

    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.changes()).hasSize(1);
  }

  @Test
  void printsADiffOneChangeALineAndEqualsADiffOfTheSameChanges() {
    Agreement later = agreement(CENTRE, JOBS.withSummary("신규 고용 확대"), LAND)
        .withEnglishTitle("Investment agreement");
    AgreementDiff diff = AgreementDiff.between(SIGNED, later);

    assertThat(diff).hasToString(
        "englishTitle: (none) → Investment agreement\n"
            + "commitments[1].summary: 신규 고용 → 신규 고용 확대\n");
    assertThat(diff).isEqualTo(AgreementDiff.between(SIGNED, later))
        .hasSameHashCodeAs(AgreementDiff.between(SIGNED, later))
        .isNotEqualTo(AgreementDiff.between(SIGNED, SIGNED))
        .isNotEqualTo(later);
    assertThat(AgreementDiff.between(SIGNED, SIGNED)).hasToString("");
  }

  @Test
  void printsAChangeAsOneLine() {
    assertThat(new Change("commitments[0].summary", ChangeKind.CHANGED, Optional.of("가"),
        Optional.of("나"))).hasToString("commitments[0].summary: 가 → 나");
    assertThat(new Change("englishTitle", ChangeKind.ADDED, Optional.empty(), Optional.of("A")))
        .hasToString("englishTitle: (none) → A");
  }

  private static Commitment commitment(String id, String summary) {
    return Commitment.builder()
        .id(CommitmentId.of(id))
        .summary(summary)
        .category(CommitmentCategory.OTHER)
        .obligation(ObligationLevel.BEST_EFFORTS)
        .build();
  }

  private static SourceDocument source(String id, String title) {
    SourceDocument.Builder source = SourceDocument.builder().title(title);
    if (id != null) {
      source.id(SourceId.of(id));
    }
    return source.build();
  }

  private static Agreement agreement(Commitment... commitments) {
    return Agreement.builder()
        .id(AgreementId.of("a-1"))
        .title("투자협약")
        .kind(AgreementKind.MOU)
        .status(AgreementStatus.SIGNED)
        .addParties(
            Party.builder().id(PartyId.of("city")).name("가나시").kind(PartyKind.LOCAL_GOVERNMENT)
                .build(),
            Party.builder().id(PartyId.of("company")).name("다라산업").kind(PartyKind.COMPANY)
                .build())
        .addCommitments(commitments)
        .build();
  }
}
