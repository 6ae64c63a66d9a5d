package org.publicprivate.agreements.jackson;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementRelation;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.BusinessRegistrationNumber;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.CorporateRegistrationNumber;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.FundingSource;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.SourceDocument;

/** Documents the Jackson tests share: one with every attribute set, one with only the required. */
final class Documents {
  static final PartyId CITY = PartyId.of("ganasi");
  static final PartyId COMPANY = PartyId.of("dara-industry");

  private Documents() {}

  /** An illustrative investment agreement with every attribute of every type set. */
  static Agreement full() {
    return Agreement.builder()
        .id(AgreementId.of("ganasi-dara-investment-2024"))
        .title("가나시-다라산업(주) 투자협약")
        .englishTitle("Investment agreement between Ganasi and Dara Industry")
        .kind(AgreementKind.INVESTMENT_AGREEMENT)
        .status(AgreementStatus.SIGNED)
        .purpose("다라산업(주)의 가나시 공장 신설 투자와 지역 고용 창출")
        .signing(Signing.builder()
            .date(LocalDate.of(2024, 3, 4))
            .time(LocalTime.of(14, 30))
            .venue("가나시청 대회의실")
            .addSignatory(Signatory.builder().party(CITY).name("홍길동").title("가나시장").build())
            .addSignatory(Signatory.builder().party(COMPANY).name("김철수").title("대표이사").build())
            .build())
        .effectivePeriod(DateRange.of(LocalDate.of(2024, 3, 4), LocalDate.of(2027, 12, 31)))
        .addParty(Party.builder()
            .id(CITY)
            .name("가나시")
            .englishName("Ganasi City")
            .addAlias("가나")
            .kind(PartyKind.LOCAL_GOVERNMENT)
            .representative(Person.of("홍길동", "가나시장"))
            .website(URI.create("https://www.ganasi.example"))
            .build())
        .addParty(Party.builder()
            .id(COMPANY)
            .name("다라산업(주)")
            .englishName("Dara Industry Co., Ltd.")
            .addAliases("다라산업", "Dara")
            .kind(PartyKind.COMPANY)
            .businessRegistrationNumber(BusinessRegistrationNumber.parse("124-81-00998"))
            .corporateRegistrationNumber(CorporateRegistrationNumber.parse("130111-0006246"))
            .representative(Person.of("김철수", "대표이사"))
            .parentOrganisation("다라그룹")
            .website(URI.create("https://dara.example/ko"))
            .build())
        .addCommitment(Commitment.builder()
            .id(CommitmentId.of("dara-investment"))
            .addParty(COMPANY)
            .summary("2027년까지 가나시 공장에 500억 원을 투자하고 지역 주민 200명을 신규 채용한다")
            .englishSummary("Invest 50 billion won in a Ganasi plant by 2027 and hire 200 local people")
            .category(CommitmentCategory.INVESTMENT)
            .obligation(ObligationLevel.BINDING)
            .status(CommitmentStatus.IN_PROGRESS)
            .addBeneficiary(CITY)
            .pledgedAmount(MoneyAmount.parse("500억 원"))
            .due(LocalDate.of(2027, 12, 31))
            .programme(ProgrammeId.of("ganasi-plant-support"))
            .build())
        .addCommitment(Commitment.builder()
            .id(CommitmentId.of("ganasi-permits"))
            .addParty(CITY)
            .summary("인허가 등 행정 지원에 노력한다")
            .category(CommitmentCategory.ADMINISTRATIVE_SUPPORT)
            .obligation(ObligationLevel.BEST_EFFORTS)
            .build())
        .addProgramme(FundedProgramme.builder()
            .id(ProgrammeId.of("ganasi-plant-support"))
            .name("가나시 투자기업 지원사업")
            .englishName("Ganasi investor support programme")
            .description("신규 투자기업의 설비 투자 보조")
            .funder("산업통상자원부")
            .leadParty(CITY)
            .period(FiscalYears.of(2024, 2025))
            .totalBudget(MoneyAmount.parse("30억 원"))
            .addFundingShare(FundingShare.builder()
                .source(FundingSource.NATIONAL).amount(MoneyAmount.parse("20억 원")).note("국비").build())
            .addFundingShare(FundingShare.builder()
                .source(FundingSource.LOCAL).amount(MoneyAmount.parse("10억 원")).contributor(CITY).build())
            .addAnnualBudget(AnnualBudget.of(Year.of(2024), MoneyAmount.parse("12억 원")))
            .addAnnualBudget(AnnualBudget.of(Year.of(2025), MoneyAmount.parse("18억 원")))
            .status(ProgrammeStatus.SELECTED)
            .build())
        .addRelatedAgreement(RelatedAgreement.builder()
            .relation(AgreementRelation.CONTINUES)
            .title("가나시-다라산업 투자 양해각서")
            .date(PartialDate.of(2023, 9))
            .agreementId(AgreementId.of("ganasi-dara-mou-2023"))
            .addCounterparties("가나시", "다라산업(주)")
            .build())
        .addSource(SourceDocument.builder()
            .title("가나시, 다라산업과 500억 원 투자협약 체결")
            .publisher("가나시 보도자료")
            .url(URI.create("https://www.ganasi.example/news/1"))
            .publishedOn(LocalDate.of(2024, 3, 4))
            .build())
        .addKeywords("투자협약", "일자리")
        .build();
  }

  /** The smallest agreement the reader accepts: only the required attributes. */
  static Agreement minimal() {
    return Agreement.builder()
        .id(AgreementId.of("a"))
        .title("협약")
        .kind(AgreementKind.MOU)
        .status(AgreementStatus.DRAFT)
        .build();
  }
}
