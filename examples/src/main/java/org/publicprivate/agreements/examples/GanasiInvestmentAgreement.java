package org.publicprivate.agreements.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.validation.AgreementValidator;

/**
 * A second kind of agreement: a 투자협약 (investment agreement) between a local government and a
 * company, with a pledged investment, a pledged number of hires in the commitment's summary, and
 * a due date.
 *
 * <p><b>Illustrative only.</b> 가나시 (Ganasi) and 다라산업(주) (Dara Industry) are invented names;
 * the agreement follows the usual pattern of Korean investment agreements and records no real event.
 * {@link #withMistakes()} is the same agreement as a careless first draft, to show a report with
 * errors.
 */
public final class GanasiInvestmentAgreement {
  static final PartyId GANASI = PartyId.of("ganasi");
  static final PartyId DARA = PartyId.of("dara-industry");

  private GanasiInvestmentAgreement() {}

  /** The agreement as signed: valid, with no violation. */
  public static Agreement agreement() {
    LocalDate signed = LocalDate.of(2024, 3, 4);
    return Agreement.builder()
        .id(AgreementId.of("ganasi-dara-investment-2024"))
        .title("가나시-다라산업(주) 투자협약")
        .englishTitle("Investment agreement between Ganasi and Dara Industry (illustrative)")
        .kind(AgreementKind.INVESTMENT_AGREEMENT)
        .status(AgreementStatus.SIGNED)
        .purpose("다라산업(주)의 가나시 일반산업단지 내 공장 신설과 지역 일자리 창출")
        .signing(Signing.builder()
            .date(signed)
            .time(LocalTime.of(14, 0))
            .venue("가나시청 대회의실")
            .addSignatories(
                Signatory.builder().party(GANASI).name("홍길동").title("가나시장").build(),
                Signatory.builder().party(DARA).name("김철수").title("대표이사").build())
            .build())
        .effectivePeriod(DateRange.of(signed, LocalDate.of(2027, 12, 31)))
        .addParties(
            Party.builder().id(GANASI).name("가나시").kind(PartyKind.LOCAL_GOVERNMENT).build(),
            Party.builder().id(DARA).name("다라산업(주)").addAlias("다라산업")
                .kind(PartyKind.COMPANY).build())
        .addCommitments(
            Commitment.builder()
                .id(CommitmentId.of("dara-plant-investment"))
                .addParty(DARA)
                .summary("2026년 말까지 가나시 일반산업단지에 공장을 신설하고 500억 원을 투자하며,"
                    + " 지역 주민 200명을 신규 채용한다")
                .englishSummary("Build a plant in the Ganasi industrial complex and invest 50 billion"
                    + " won by the end of 2026, hiring 200 local residents")
                .category(CommitmentCategory.INVESTMENT)
                .obligation(ObligationLevel.BINDING)
                .addBeneficiary(GANASI)
                .pledgedAmount(MoneyAmount.parse("500억 원"))
                .due(LocalDate.of(2026, 12, 31))
                .build(),
            Commitment.builder()
                .id(CommitmentId.of("ganasi-administrative-support"))
                .addParty(GANASI)
                .summary("공장 설립에 필요한 인허가 등 행정 지원에 적극 노력한다")
                .category(CommitmentCategory.ADMINISTRATIVE_SUPPORT)
                .obligation(ObligationLevel.BEST_EFFORTS)
                .addBeneficiary(DARA)
                .build())
        .build();
  }

  /**
   * The same agreement as a careless draft: the company's commitment names a party and a programme
   * the agreement does not hold, the city's commitment repeats the company's id, and the signing is
   * missing although the status says signed.
   */
  public static Agreement withMistakes() {
    Agreement signed = agreement();
    Commitment investment = signed.commitments().get(0)
        .withBeneficiaries(PartyId.of("ganasi-city"))
        .withProgramme(ProgrammeId.of("plant-subsidy"));
    Commitment support = signed.commitments().get(1).withId(investment.id());
    return signed.withSigning(Optional.empty()).withCommitments(investment, support);
  }

  /** Prints both reports in English. */
  public static void main(String[] args) throws IOException {
    PrintStream out = Console.utf8();
    AgreementValidator validator = AgreementValidator.create(Locale.ENGLISH);
    out.println(AgreementSummary.of(agreement(), Locale.ENGLISH));
    out.println(ReportText.of(validator.validate(agreement()), Locale.ENGLISH));
    out.println();
    out.println("The careless draft:");
    out.println(ReportText.of(validator.validate(withMistakes()), Locale.ENGLISH));
  }
}
