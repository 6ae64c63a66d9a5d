package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.won;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.FundingSource;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.ProgrammeId;

/** Rule {@code programme.funding.unbalanced}: funding shares, when given, sum to the total budget. */
class BalancedFundingTest {
  private static final String CODE = "programme.funding.unbalanced";
  private static final MoneyAmount MAX = won(Long.MAX_VALUE);

  @Test
  void reportsSharesThatFallShortOfTheTotalBudget() {
    Agreement agreement = withShares(Documents.programme(), 10_000_000_000L, 6_000_000_000L, 3_000_000_000L);

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].fundingShares",
                "funding shares sum to ₩19,000,000,000, but the total budget is ₩20,000,000,000"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].fundingShares",
                "재원 분담액의 합계는 ₩19,000,000,000이지만 총사업비는 ₩20,000,000,000입니다"));
  }

  @Test
  void acceptsSharesThatSumExactlyToTheTotalBudget() {
    Agreement agreement = withShares(Documents.programme(), 10_000_000_000L, 5_000_000_000L, 5_000_000_000L);

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void acceptsAProgrammeThatGivesNoFundingShares() {
    Agreement agreement =
        Documents.agreement().withProgrammes(Documents.programme().withFundingShares());

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void reportsSharesWhoseSumOverflowsALongInsteadOfThrowing() {
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                Documents.programme()
                    .withTotalBudget(MAX)
                    .withAnnualBudgets()
                    .withFundingShares(
                        FundingShare.of(FundingSource.NATIONAL, MAX),
                        FundingShare.of(FundingSource.LOCAL, MAX)));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].fundingShares",
                "funding shares sum to ₩18,446,744,073,709,551,614,"
                    + " but the total budget is ₩9,223,372,036,854,775,807"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].fundingShares",
                "재원 분담액의 합계는 ₩18,446,744,073,709,551,614이지만"
                    + " 총사업비는 ₩9,223,372,036,854,775,807입니다"));
  }

  @Test
  void addsUpSharesThatOverflowALongMoreThanOnce() {
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                Documents.programme()
                    .withTotalBudget(MAX)
                    .withAnnualBudgets()
                    .withFundingShares(
                        FundingShare.of(FundingSource.NATIONAL, MAX),
                        FundingShare.of(FundingSource.LOCAL, MAX),
                        FundingShare.of(FundingSource.PRIVATE, MAX),
                        FundingShare.of(FundingSource.FUND, MAX)));

    assertThat(english(agreement))
        .extracting(Violation::message)
        .containsExactly(
            "funding shares sum to ₩36,893,488,147,419,103,228,"
                + " but the total budget is ₩9,223,372,036,854,775,807");
  }

  @Test
  void acceptsSharesThatSumExactlyToTheLargestAmount() {
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                Documents.programme()
                    .withTotalBudget(MAX)
                    .withAnnualBudgets()
                    .withFundingShares(
                        FundingShare.of(FundingSource.NATIONAL, won(Long.MAX_VALUE - 1)),
                        FundingShare.of(FundingSource.LOCAL, won(1))));

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void reportsEachUnbalancedProgrammeWithItsOwnSums() {
    FundedProgramme second =
        Documents.programme()
            .withId(ProgrammeId.of("second-programme"))
            .withName("두 번째 사업")
            .withTotalBudget(won(1_000))
            .withAnnualBudgets()
            .withFundingShares(FundingShare.of(FundingSource.LOCAL, won(999)));
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                programmeWithShares(Documents.programme(), 1_000L, 2_000L, 3_000L), second);

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].fundingShares",
                "funding shares sum to ₩6,000, but the total budget is ₩20,000,000,000"),
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[1].fundingShares",
                "funding shares sum to ₩999, but the total budget is ₩1,000"));
  }

  // The total stays below 1,000 won, so that only the sum the rule computes carries separators.
  @ParameterizedTest(name = "default locale {0}")
  @ValueSource(strings = {"de-DE", "fr-FR", "hi-IN"})
  void writesTheSumTheSameWayWhateverTheDefaultLocale(String tag) {
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                Documents.programme()
                    .withTotalBudget(won(500))
                    .withAnnualBudgets()
                    .withFundingShares(
                        FundingShare.of(FundingSource.NATIONAL, won(1_000_000)),
                        FundingShare.of(FundingSource.LOCAL, won(234))));
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag(tag));
    try {
      assertThat(english(agreement))
          .extracting(Violation::message)
          .containsExactly("funding shares sum to ₩1,000,234, but the total budget is ₩500");
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static Agreement withShares(FundedProgramme programme, long national, long local, long ours) {
    return Documents.agreement().withProgrammes(programmeWithShares(programme, national, local, ours));
  }

  private static FundedProgramme programmeWithShares(
      FundedProgramme programme, long national, long local, long ours) {
    return programme.withFundingShares(
        FundingShare.of(FundingSource.NATIONAL, won(national)),
        programme.fundingShares().get(1).withAmount(won(local)),
        programme.fundingShares().get(2).withAmount(won(ours)));
  }
}
