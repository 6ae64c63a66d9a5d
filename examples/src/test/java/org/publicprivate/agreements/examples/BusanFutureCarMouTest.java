package org.publicprivate.agreements.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementRelation;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.Sector;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.Severity;
import org.publicprivate.agreements.validation.ValidationReport;

class BusanFutureCarMouTest {
  private final Agreement mou = BusanFutureCarMou.agreement();

  @Test
  void isTheMouOfTheTwentySecondOfMay2023() {
    assertThat(mou.title()).isEqualTo("부산 미래차산업 생태계 구축에 관한 업무협약");
    assertThat(mou.kind()).isEqualTo(AgreementKind.MOU);
    assertThat(mou.signing().get().date()).isEqualTo(LocalDate.of(2023, 5, 22));
    assertThat(mou.signing().get().time()).contains(LocalTime.of(11, 0));
    assertThat(mou.signing().get().venue()).contains("부산유라시아플랫폼");
    assertThat(mou.effectivePeriod()).isEmpty();
  }

  @Test
  void hasTheFivePartiesOfTheArticleWithTheirKinds() {
    assertThat(mou.parties())
        .extracting(p -> p.name(), p -> p.kind())
        .containsExactly(
            tuple("부산광역시", PartyKind.LOCAL_GOVERNMENT),
            tuple("르노코리아자동차", PartyKind.COMPANY),
            tuple("부산자동차부품공업협동조합", PartyKind.COOPERATIVE),
            tuple("부울경지역대학산학협력단장협의회", PartyKind.ACADEMIC_ASSOCIATION),
            tuple("부산테크노파크", PartyKind.PUBLIC_INSTITUTION));
    assertThat(mou.sectors()).containsExactly(Sector.PUBLIC, Sector.PRIVATE, Sector.ACADEMIC);
    assertThat(mou.party(BusanFutureCarMou.RENAULT_KOREA).get().parentOrganisation())
        .contains("르노그룹");
  }

  @Test
  void everyCommitmentIsBestEffortsAndEveryPartyCommits() {
    assertThat(mou.commitments()).extracting(Commitment::obligation)
        .containsOnly(ObligationLevel.BEST_EFFORTS);
    mou.parties().forEach(party -> assertThat(mou.commitmentsOf(party.id())).isNotEmpty());
    assertThat(mou.commitmentsOf(BusanFutureCarMou.RENAULT_KOREA)).hasSize(3);
    assertThat(mou.totalPledged()).isEqualTo(MoneyAmount.ZERO);
  }

  @Test
  void takesFromVersionTwoOnlyTheAliasThePlaceAndTheGroupTheArticleGives() {
    assertThat(mou.aliases()).containsExactly("부산 미래차산업 생태계 구축을 위한 업무협약");
    assertThat(mou.commitments()).filteredOn(c -> c.location().isPresent())
        .singleElement().satisfies(centre -> {
          assertThat(centre.id().value()).isEqualTo("renault-eco-cluster-center");
          assertThat(centre.location().get().name()).isEqualTo("부산공장");
          assertThat(centre.location().get().regionCode()).isEmpty();
        });
    assertThat(mou.commitments()).filteredOn(c -> !c.beneficiaryGroups().isEmpty())
        .extracting(c -> c.id().value(), Commitment::beneficiaryGroups)
        .containsExactly(tuple("renault-local-hiring", java.util.List.of("지역인재")));
    assertThat(mou.commitments()).allSatisfy(c -> {
      assertThat(c.quantities()).isEmpty();
      assertThat(c.foreignAmount()).isEmpty();
      assertThat(c.amountQualifier()).isEmpty();
      assertThat(c.conditions()).isEmpty();
      assertThat(c.dependsOn()).isEmpty();
    });
    assertThat(mou.languages()).isEmpty();
    assertThat(mou.prevailingLanguage()).isEmpty();
    assertThat(mou.parties()).allSatisfy(p -> assertThat(p.identifiers()).isEmpty());
  }

  @Test
  void namesOnlyTheTwoSignatoriesTheArticleNames() {
    assertThat(mou.signing().get().signatories())
        .extracting(s -> s.name(), s -> s.title().orElse(""), s -> s.party())
        .containsExactly(
            tuple("박형준", "부산광역시장", BusanFutureCarMou.BUSAN),
            tuple("스테판 드블레즈", "대표이사", BusanFutureCarMou.RENAULT_KOREA));
  }

  @Test
  void hangsOnTheStateFundedProgrammeOf20BillionWonApplied() {
    FundedProgramme programme = mou.programmes().get(0);
    assertThat(programme.name()).isEqualTo("수출주도 미래차산업 혁신성장 기술지원 기반 구축사업");
    assertThat(programme.totalBudget().won()).isEqualTo(20_000_000_000L);
    assertThat(programme.totalBudget().toKoreanString()).isEqualTo("200억 원");
    assertThat(programme.period().contains(Year.of(2024))).isTrue();
    assertThat(programme.period().contains(Year.of(2027))).isTrue();
    assertThat(programme.period().length()).isEqualTo(4);
    assertThat(programme.status()).isEqualTo(ProgrammeStatus.APPLIED);
    assertThat(programme.fundingShares()).isEmpty();
    assertThat(programme.annualBudgets()).isEmpty();
  }

  @Test
  void continuesTheSeptember2021Agreement() {
    assertThat(mou.relatedAgreements()).singleElement().satisfies(related -> {
      assertThat(related.relation()).isEqualTo(AgreementRelation.CONTINUES);
      assertThat(related.title()).isEqualTo("미래차 전략산업 생태계 구축 및 일자리 창출 공동노력 합의");
      assertThat(related.date()).contains(PartialDate.of(2021, 9));
    });
    assertThat(mou.sources()).singleElement().satisfies(source -> {
      assertThat(source.publisher()).contains("일간환경연합");
      assertThat(source.publishedOn()).contains(LocalDate.of(2023, 5, 22));
    });
  }

  @Test
  void isValidWithAWarningForEachPartyWithoutANamedSignatory() {
    ValidationReport report = AgreementValidator.create(Locale.KOREAN).validate(mou);
    assertThat(report.isValid()).isTrue();
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings())
        .extracting(v -> v.code(), v -> v.severity(), v -> v.path())
        .containsExactly(
            tuple("agreement.signing.partyWithoutSignatory", Severity.WARNING, "parties[2]"),
            tuple("agreement.signing.partyWithoutSignatory", Severity.WARNING, "parties[3]"),
            tuple("agreement.signing.partyWithoutSignatory", Severity.WARNING, "parties[4]"));
    assertThat(report.warnings().get(0).message())
        .isEqualTo("당사자 \"busan-auto-parts-cooperative\"의 서명자가 없습니다");
  }

  @Test
  void theKoreanSummaryShowsTheBudgetInKoreanUnits() {
    String summary = AgreementSummary.of(mou, Locale.KOREAN);
    assertThat(summary)
        .startsWith("부산 미래차산업 생태계 구축에 관한 업무협약\n")
        .contains("체결: 2023-05-22 11:00, 부산유라시아플랫폼")
        .contains("  - 부산테크노파크 (공공기관, 공공)")
        .contains("  - 부산광역시: 미래차 산업 육성을 위한 인재 양성과 연구개발 확대를 위해 행정적으로 지원 [노력]")
        .contains("  200억 원, 회계연도 2024–2027, 상태: 신청");
  }

  @Test
  void theEnglishSummaryUsesTheEnglishNames() {
    String summary = AgreementSummary.of(mou, Locale.ENGLISH);
    assertThat(summary)
        .startsWith("Memorandum of understanding on building Busan's future-car industry ecosystem\n")
        .contains("  - Busan Technopark (PUBLIC_INSTITUTION, PUBLIC)")
        .contains("  200억 원, fiscal years 2024–2027, status: APPLIED");
  }
}
