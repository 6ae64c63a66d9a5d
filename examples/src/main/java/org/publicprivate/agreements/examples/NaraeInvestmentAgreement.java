package org.publicprivate.agreements.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.ConditionStatus;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.ForeignAmount;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.RegionCode;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.validation.AgreementValidator;

/**
 * An investment agreement (투자협약) in numbers, with every part that version 2 of the format adds:
 * a Korean company pledges 약 2,000억 원 and 300명 이상 new jobs in an industrial complex, its
 * foreign partner pledges 1억 달러, and the city supplies 3만 3,000㎡ of land and opens an access
 * road if a state programme selects it; the road depends on the land, and the plant on both.
 *
 * <p><b>Illustrative only.</b> 나래시 (Narae City), 한결에너지(주) (Hangyeol Energy), Nordlicht Cells
 * GmbH, their people, the 나래일반산업단지, its region code {@code 99999} (no such 시·군·구), the
 * identifiers and the programme are invented; the agreement follows the pattern of Korean
 * investment agreements as regional news reports them ("A사는 2027년까지 ○○산업단지에 2,000억 원을
 * 투자하고 300명 이상을 신규 고용한다; 시는 부지 3만 3,000㎡를 공급하고 국비 공모에 선정되면 진입도로를
 * 개설한다") and records no real event. Its canonical JSON is
 * {@code examples/documents/narae-investment-agreement.json}.
 */
public final class NaraeInvestmentAgreement {
  static final PartyId NARAE = PartyId.of("narae");
  static final PartyId HANGYEOL = PartyId.of("hangyeol-energy");
  static final PartyId NORDLICHT = PartyId.of("nordlicht-cells");
  static final CommitmentId SITE = CommitmentId.of("narae-site-supply");
  static final CommitmentId ROAD = CommitmentId.of("narae-access-road");
  static final CommitmentId PLANT = CommitmentId.of("hangyeol-plant-investment");
  static final CommitmentId FOREIGN_INVESTMENT = CommitmentId.of("nordlicht-investment");
  static final ProgrammeId ROAD_PROGRAMME = ProgrammeId.of("narae-access-road-2026");
  static final Location COMPLEX = Location.of("나래일반산업단지", RegionCode.of("99999"));

  private NaraeInvestmentAgreement() {}

  /** The agreement as signed: valid, with no violation. */
  public static Agreement agreement() {
    LocalDate signed = LocalDate.of(2026, 3, 9);
    return Agreement.builder()
        .id(AgreementId.of("narae-hangyeol-investment-2026"))
        .title("나래시-한결에너지(주)-Nordlicht Cells GmbH 이차전지 소재공장 투자협약")
        .englishTitle("Investment agreement on a battery-materials plant in Narae (illustrative)")
        .addAlias("나래시 2,000억 원 이차전지 투자협약")
        .kind(AgreementKind.INVESTMENT_AGREEMENT)
        .status(AgreementStatus.SIGNED)
        .purpose("나래일반산업단지에 이차전지 소재공장을 신설하여 지역 일자리를 창출")
        .addLanguages(Locale.forLanguageTag("ko"), Locale.forLanguageTag("en"))
        .prevailingLanguage(Locale.forLanguageTag("ko"))
        .signing(Signing.builder()
            .date(signed)
            .time(LocalTime.of(15, 0))
            .venue("나래시청 대회의실")
            .addSignatories(
                Signatory.builder().party(NARAE).name("이나래").title("나래시장").build(),
                Signatory.builder().party(HANGYEOL).name("박한결").title("대표이사").build(),
                Signatory.builder().party(NORDLICHT).name("안나 베르크").englishName("Anna Berg")
                    .title("최고경영자").build())
            .build())
        .effectivePeriod(DateRange.of(signed, LocalDate.of(2029, 12, 31)))
        .addParties(
            Party.builder().id(NARAE).name("나래시").englishName("Narae City").addAlias("나래")
                .kind(PartyKind.LOCAL_GOVERNMENT)
                .representative(Person.builder().name("이나래").englishName("Lee Na-rae")
                    .title("나래시장").build())
                .build(),
            Party.builder().id(HANGYEOL).name("한결에너지(주)").englishName("Hangyeol Energy")
                .addAlias("한결에너지").kind(PartyKind.COMPANY)
                .addIdentifier(Identifier.of("XI-LEI", "9845000HANGYEOL0EX1"))
                .build(),
            Party.builder().id(NORDLICHT).name("노르틀리히트 셀스").englishName("Nordlicht Cells GmbH")
                .kind(PartyKind.COMPANY)
                .addIdentifiers(Identifier.of("XI-LEI", "5299000NORDLICHTEX2"),
                    Identifier.of("DE-CR", "HRB 000000"))
                .build())
        .addCommitments(
            Commitment.builder()
                .id(SITE)
                .addParty(NARAE)
                .summary("나래일반산업단지 내 공장 부지 3만 3,000㎡를 공급한다")
                .englishSummary("Supply 33,000 square metres of land in the Narae industrial complex")
                .category(CommitmentCategory.INFRASTRUCTURE)
                .obligation(ObligationLevel.BINDING)
                .status(CommitmentStatus.IN_PROGRESS)
                .addBeneficiary(HANGYEOL)
                .addQuantity(Quantity.parse("3만 3,000㎡", QuantityUnit.SQUARE_METRES))
                .location(COMPLEX)
                .due(LocalDate.of(2026, 12, 31))
                .build(),
            Commitment.builder()
                .id(ROAD)
                .addParty(NARAE)
                .summary("국비 공모에 선정되면 산업단지 진입도로 2km를 개설한다")
                .englishSummary("Open a 2 km access road to the complex if a state programme"
                    + " selects it")
                .category(CommitmentCategory.INFRASTRUCTURE)
                .obligation(ObligationLevel.BINDING)
                .addQuantity(Quantity.of(2, QuantityUnit.OTHER, Qualifier.EXACTLY, "km"))
                .location(COMPLEX)
                .programme(ROAD_PROGRAMME)
                .addCondition(Condition.builder()
                    .kind(ConditionKind.PROGRAMME_SELECTION)
                    .description("국비 공모 선정")
                    .programme(ROAD_PROGRAMME)
                    .status(ConditionStatus.PENDING)
                    .build())
                .addDependsOn(SITE)
                .build(),
            Commitment.builder()
                .id(PLANT)
                .addParty(HANGYEOL)
                .summary("2027년까지 나래일반산업단지에 약 2,000억 원을 투자하고 300명 이상을 신규 고용한다")
                .englishSummary("Invest about 200 billion won in the Narae industrial complex by"
                    + " 2027 and create at least 300 new jobs")
                .category(CommitmentCategory.INVESTMENT)
                .obligation(ObligationLevel.BINDING)
                .addBeneficiaryGroup("지역 청년")
                .pledgedAmount(MoneyAmount.parse("2,000억 원"))
                .amountQualifier(Qualifier.ABOUT)
                .addQuantity(Quantity.parse("300명 이상", QuantityUnit.JOBS))
                .location(COMPLEX)
                .due(LocalDate.of(2027, 12, 31))
                .addDependsOn(SITE, ROAD)
                .build(),
            Commitment.builder()
                .id(FOREIGN_INVESTMENT)
                .addParties(NORDLICHT)
                .summary("한결에너지(주)와 합작하여 1억 달러를 투자하고 연구개발 인력 약 50명을 고용한다")
                .englishSummary("Invest 100 million US dollars jointly with Hangyeol Energy and"
                    + " hire about 50 researchers")
                .category(CommitmentCategory.INVESTMENT)
                .obligation(ObligationLevel.BEST_EFFORTS)
                .foreignAmount(ForeignAmount.parse("1억 달러"))
                .addQuantity(Quantity.parse("약 50명", QuantityUnit.JOBS))
                .location(COMPLEX)
                .addDependsOn(PLANT)
                .build())
        .addProgramme(FundedProgramme.builder()
            .id(ROAD_PROGRAMME)
            .name("산업단지 진입도로 개설 지원사업")
            .funder("국토교통부")
            .leadParty(NARAE)
            .period(FiscalYears.of(2026, 2027))
            .totalBudget(MoneyAmount.parse("120억 원"))
            .status(ProgrammeStatus.APPLIED)
            .build())
        .addKeywords("이차전지", "투자협약")
        .build();
  }

  /** Prints the Korean summary, the validation report and the canonical JSON. */
  public static void main(String[] args) throws IOException {
    print(agreement());
  }

  /** Prints the Korean summary of {@code agreement}, its validation report and its canonical JSON. */
  static void print(Agreement agreement) throws IOException {
    PrintStream out = Console.utf8();
    out.println(AgreementSummary.of(agreement, Locale.KOREAN));
    out.println();
    out.println(ReportText.of(AgreementValidator.create(Locale.KOREAN).validate(agreement),
        Locale.KOREAN));
    out.println();
    out.println(AgreementJson.prettyWriter(AgreementJson.newMapper()).writeValueAsString(agreement));
    out.flush();
  }
}
