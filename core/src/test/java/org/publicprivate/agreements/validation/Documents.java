package org.publicprivate.agreements.validation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementRelation;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
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

/**
 * The documents of the validation tests: one realistic agreement that breaks no rule, not even a
 * warning, and its parts, so that a test changes exactly the attribute its rule is about.
 *
 * <p>The agreement: the city of Busan and a mobility company sign an MOU on 15 March 2024, in force
 * for two years from that day. Each commits to something; the city leads a state-funded programme
 * of ₩20,000,000,000 over fiscal years 2024–2027, split by source (10 + 6 + 4 billion) and by year
 * (5 billion a year). The agreement continues an earlier one that has an id of its own.
 */
final class Documents {
  static final AgreementId ID = AgreementId.of("busan-mobility-mou-2024");
  static final AgreementId PREDECESSOR_ID = AgreementId.of("busan-mobility-accord-2021");
  static final PartyId CITY = PartyId.of("busan");
  static final PartyId COMPANY = PartyId.of("hanbit-mobility");
  static final ProgrammeId PROGRAMME = ProgrammeId.of("mobility-testbed-2024");
  static final LocalDate SIGNED_ON = LocalDate.of(2024, 3, 15);
  static final LocalDate EFFECTIVE_UNTIL = LocalDate.of(2026, 3, 14);
  static final LocalDate CENTRE_DUE = LocalDate.of(2025, 6, 30);
  static final FiscalYears PROGRAMME_YEARS = FiscalYears.of(2024, 2027);
  static final MoneyAmount TOTAL_BUDGET = won(20_000_000_000L);
  static final MoneyAmount YEARLY_BUDGET = won(5_000_000_000L);

  private Documents() {}

  /** The clean agreement. */
  static Agreement agreement() {
    return Agreement.builder()
        .id(ID)
        .title("부산 미래 모빌리티 실증 거점 조성에 관한 업무협약")
        .englishTitle("Memorandum of understanding on a future-mobility testbed in Busan")
        .kind(AgreementKind.MOU)
        .status(AgreementStatus.SIGNED)
        .purpose("미래 모빌리티 실증 거점을 부산에 조성하고 지역 기업의 연구개발을 함께 지원")
        .signing(signing())
        .effectivePeriod(DateRange.of(SIGNED_ON, EFFECTIVE_UNTIL))
        .addParties(city(), company())
        .addCommitments(citySupport(), companyCentre())
        .addProgramme(programme())
        .addRelatedAgreement(predecessor())
        .addSource(
            SourceDocument.builder()
                .title("부산시, 한빛모빌리티와 미래 모빌리티 실증 거점 조성 협약")
                .publisher("부산일보")
                .publishedOn(SIGNED_ON)
                .build())
        .addKeywords("미래 모빌리티", "실증 거점")
        .build();
  }

  /** The public party: the city, with a short name and its mayor. */
  static Party city() {
    return Party.builder()
        .id(CITY)
        .name("부산광역시")
        .englishName("Busan Metropolitan City")
        .addAlias("부산시")
        .kind(PartyKind.LOCAL_GOVERNMENT)
        .representative(Person.of("박형준", "부산광역시장"))
        .build();
  }

  /** The private party: a company with its chief executive. */
  static Party company() {
    return Party.builder()
        .id(COMPANY)
        .name("한빛모빌리티")
        .englishName("Hanbit Mobility")
        .kind(PartyKind.COMPANY)
        .representative(Person.of("김하늘", "대표이사"))
        .parentOrganisation("한빛그룹")
        .build();
  }

  /** The city's commitment: commitments[0], for the company, under the programme. */
  static Commitment citySupport() {
    return Commitment.builder()
        .id(CommitmentId.of("city-administrative-support"))
        .addParty(CITY)
        .summary("실증 거점 조성을 위한 인허가 등 행정 지원")
        .englishSummary("Administrative support, permits included, for building the testbed")
        .category(CommitmentCategory.ADMINISTRATIVE_SUPPORT)
        .obligation(ObligationLevel.BEST_EFFORTS)
        .addBeneficiary(COMPANY)
        .programme(PROGRAMME)
        .build();
  }

  /** The company's commitment: commitments[1], with an amount and a due date. */
  static Commitment companyCentre() {
    return Commitment.builder()
        .id(CommitmentId.of("company-research-centre"))
        .addParty(COMPANY)
        .summary("부산 연구개발센터 설립")
        .englishSummary("Found a research and development centre in Busan")
        .category(CommitmentCategory.FACILITY)
        .obligation(ObligationLevel.BINDING)
        .pledgedAmount(won(4_000_000_000L))
        .due(CENTRE_DUE)
        .build();
  }

  /** A commitment of the given parties, with nothing else that a rule looks at. */
  static Commitment commitment(String id, PartyId... parties) {
    return Commitment.builder()
        .id(CommitmentId.of(id))
        .addParties(parties)
        .summary("지역 인재 채용")
        .category(CommitmentCategory.EMPLOYMENT)
        .obligation(ObligationLevel.INTENT)
        .build();
  }

  /** The signing: on {@link #SIGNED_ON}, the mayor for the city and the chief executive. */
  static Signing signing() {
    return Signing.builder()
        .date(SIGNED_ON)
        .time(LocalTime.of(11, 0))
        .venue("부산시청 국제회의장")
        .addSignatories(signatory(CITY, "박형준"), signatory(COMPANY, "김하늘"))
        .build();
  }

  /** A signatory for the party. */
  static Signatory signatory(PartyId party, String name) {
    return Signatory.builder().party(party).name(name).build();
  }

  /** The programme: balanced by source and by year, every year inside its fiscal years. */
  static FundedProgramme programme() {
    return FundedProgramme.builder()
        .id(PROGRAMME)
        .name("미래 모빌리티 실증 거점 구축사업")
        .englishName("Future-mobility testbed programme")
        .description("자율주행 셔틀과 도심항공교통 실증을 위한 거점을 구축")
        .funder("산업통상자원부")
        .leadParty(CITY)
        .period(PROGRAMME_YEARS)
        .totalBudget(TOTAL_BUDGET)
        .addFundingShares(
            FundingShare.of(FundingSource.NATIONAL, won(10_000_000_000L)),
            FundingShare.builder()
                .source(FundingSource.LOCAL)
                .amount(won(6_000_000_000L))
                .contributor(CITY)
                .note("시비")
                .build(),
            FundingShare.builder()
                .source(FundingSource.PRIVATE)
                .amount(won(4_000_000_000L))
                .contributor(COMPANY)
                .build())
        .addAnnualBudgets(
            budget(2024, YEARLY_BUDGET),
            budget(2025, YEARLY_BUDGET),
            budget(2026, YEARLY_BUDGET),
            budget(2027, YEARLY_BUDGET))
        .status(ProgrammeStatus.SELECTED)
        .build();
  }

  /** The earlier agreement this one continues; it has an id of its own. */
  static RelatedAgreement predecessor() {
    return RelatedAgreement.builder()
        .relation(AgreementRelation.CONTINUES)
        .title("부산 미래 모빌리티 산업 협력 합의")
        .date(PartialDate.of(2021, 9))
        .agreementId(PREDECESSOR_ID)
        .addCounterparty("부산광역시")
        .build();
  }

  /** A party with nothing but what every party has. */
  static Party party(String id, String name, PartyKind kind) {
    return Party.builder().id(PartyId.of(id)).name(name).kind(kind).build();
  }

  /**
   * {@code agreement} with {@code party} added, together with a commitment of its own and a
   * signatory, so that the new party breaks no rule merely by being there.
   */
  static Agreement withParty(Agreement agreement, Party party) {
    Agreement.Builder builder = Agreement.builder().from(agreement).addParty(party);
    builder.addCommitment(commitment(party.id().value() + "-hiring-" + agreement.parties().size(), party.id()));
    agreement
        .signing()
        .ifPresent(
            signing ->
                builder.signing(
                    Signing.builder()
                        .from(signing)
                        .addSignatory(signatory(party.id(), "이서연"))
                        .build()));
    return builder.build();
  }

  static AnnualBudget budget(int year, MoneyAmount amount) {
    return AnnualBudget.of(Year.of(year), amount);
  }

  static MoneyAmount won(long won) {
    return MoneyAmount.ofWon(won);
  }
}
