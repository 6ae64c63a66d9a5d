package org.publicprivate.agreements.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;

/**
 * The summary's lines of the life after signing, on small records: shares rounded down, figures
 * without a pledge or against a pledge of zero, labels of OTHER, money to the largest amount, and
 * a record without such parts summarised as before.
 */
class FollowUpSummaryTest {
  private final Agreement investment = NaraeInvestmentAgreement.agreement();

  /** The investment agreement with the plant (commitments[2]) given {@code plant}. */
  private Agreement withPlant(Commitment plant) {
    java.util.List<Commitment> commitments = new java.util.ArrayList<>(investment.commitments());
    commitments.set(2, plant);
    return investment.withCommitments(commitments);
  }

  private Commitment plantReporting(ProgressReport report) {
    return investment.commitments().get(2).withProgress(report);
  }

  @Test
  void aShareIsRoundedDownSoThatAlmostAllIsNotAll() {
    Agreement agreement = withPlant(plantReporting(ProgressReport.builder()
        .asOf(PartialDate.of(2027, 12)).addAchieved(Quantity.of(299, QuantityUnit.JOBS)).build()));

    assertThat(AgreementSummary.of(agreement, Locale.KOREAN))
        .contains("    실적: 일자리 300명 이상 중 299명 (99%), 2027-12 기준\n");
    assertThat(AgreementSummary.of(agreement, Locale.ENGLISH))
        .contains("    Progress: JOBS 299명 of 300명 이상 (99%), as of 2027-12\n");
  }

  @Test
  void aUnitNeverPledgedIsTheFigureAloneAndAPledgeOfZeroHasNoShare() {
    Commitment plant = plantReporting(ProgressReport.builder()
        .asOf(PartialDate.of(2027))
        .addAchieved(Quantity.of(1_200, QuantityUnit.PEOPLE), Quantity.of(5, QuantityUnit.JOBS))
        .build()).withQuantities(Quantity.of(0, QuantityUnit.JOBS));

    assertThat(AgreementSummary.of(withPlant(plant), Locale.KOREAN))
        .contains("    실적: 인원 1,200명, 2027 기준\n    실적: 일자리 0명 중 5명, 2027 기준\n");
  }

  @Test
  void aQuantityOfOtherCountsAgainstThePledgeOfItsLabel() {
    Commitment road = investment.commitments().get(1).withProgress(ProgressReport.builder()
        .asOf(PartialDate.of(2027, 6))
        .addAchieved(Quantity.of(1, QuantityUnit.OTHER, Qualifier.EXACTLY, "km"),
            Quantity.of(3, QuantityUnit.OTHER, Qualifier.EXACTLY, "교량"))
        .build());
    java.util.List<Commitment> commitments = new java.util.ArrayList<>(investment.commitments());
    commitments.set(1, road);

    assertThat(AgreementSummary.of(investment.withCommitments(commitments), Locale.KOREAN))
        .contains("    실적: 2 km 중 1 km (50%), 2027-06 기준\n    실적: 3 교량, 2027-06 기준\n");
  }

  @Test
  void moneySpentIsSharedOfThePledgeUpToTheLargestAmount() {
    MoneyAmount largest = MoneyAmount.ofWon(Long.MAX_VALUE);
    Commitment plant = plantReporting(ProgressReport.builder().asOf(PartialDate.of(2028))
        .spent(MoneyAmount.ofWon(Long.MAX_VALUE - 1)).build())
        .withPledgedAmount(largest).withAmountQualifier(java.util.Optional.empty());

    assertThat(AgreementSummary.of(withPlant(plant), Locale.KOREAN))
        .contains("    실적: 집행 " + largest.toKoreanString() + " 중 "
            + MoneyAmount.ofWon(Long.MAX_VALUE - 1).toKoreanString() + " (99%), 2028 기준\n");
  }

  @Test
  void aRecordWithoutALifeAfterSigningIsSummarisedWithoutItsLines() {
    String summary = AgreementSummary.of(investment, Locale.KOREAN);

    assertThat(summary).doesNotContain("실적:", "이정표:", "상태 이력:", "변경:", "출처:");
    assertThat(summary).endsWith("사업: 산업단지 진입도로 개설 지원사업\n  120억 원, 회계연도 2026–2027, 상태: 신청");
  }
}
