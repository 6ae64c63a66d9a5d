package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.budget;
import static org.publicprivate.agreements.validation.Documents.won;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.ProgrammeId;

/** Rule {@code programme.annualBudgets.unbalanced}: annual budgets, when given, sum to the total. */
class BalancedAnnualBudgetsTest {
  private static final String CODE = "programme.annualBudgets.unbalanced";
  private static final MoneyAmount MAX = won(Long.MAX_VALUE);

  @Test
  void reportsAnnualBudgetsThatFallShortOfTheTotalBudget() {
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                Documents.programme()
                    .withAnnualBudgets(
                        budget(2024, won(5_000_000_000L)),
                        budget(2025, won(5_000_000_000L)),
                        budget(2026, won(5_000_000_000L)),
                        budget(2027, won(4_000_000_000L))));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets",
                "annual budgets sum to ₩19,000,000,000, but the total budget is ₩20,000,000,000"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets",
                "연도별 예산의 합계는 ₩19,000,000,000이지만 총사업비는 ₩20,000,000,000입니다"));
  }

  @Test
  void reportsAnnualBudgetsThatExceedTheTotalBudget() {
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                Documents.programme().withTotalBudget(won(19_999_999_999L)).withFundingShares());

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets",
                "annual budgets sum to ₩20,000,000,000, but the total budget is ₩19,999,999,999"));
  }

  @Test
  void acceptsAnnualBudgetsThatSumExactlyToTheTotalBudget() {
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                Documents.programme()
                    .withAnnualBudgets(
                        budget(2024, won(2_000_000_000L)),
                        budget(2025, won(6_000_000_000L)),
                        budget(2026, won(6_000_000_000L)),
                        budget(2027, won(6_000_000_000L))));

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void acceptsAProgrammeThatGivesNoAnnualBudgets() {
    Agreement agreement =
        Documents.agreement().withProgrammes(Documents.programme().withAnnualBudgets());

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void reportsAnnualBudgetsWhoseSumOverflowsALongInsteadOfThrowing() {
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                Documents.programme()
                    .withTotalBudget(MAX)
                    .withFundingShares()
                    .withAnnualBudgets(budget(2024, MAX), budget(2025, MAX)));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets",
                "annual budgets sum to ₩18,446,744,073,709,551,614,"
                    + " but the total budget is ₩9,223,372,036,854,775,807"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets",
                "연도별 예산의 합계는 ₩18,446,744,073,709,551,614이지만"
                    + " 총사업비는 ₩9,223,372,036,854,775,807입니다"));
  }

  @Test
  void reportsEachUnbalancedProgrammeWithItsOwnSums() {
    FundedProgramme second =
        Documents.programme()
            .withId(ProgrammeId.of("second-programme"))
            .withName("두 번째 사업")
            .withTotalBudget(won(1_000))
            .withFundingShares()
            .withAnnualBudgets(budget(2024, won(400)), budget(2025, won(700)));
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                Documents.programme()
                    .withAnnualBudgets(budget(2024, won(5_000_000_000L)), budget(2025, won(1))),
                second);

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets",
                "annual budgets sum to ₩5,000,000,001, but the total budget is ₩20,000,000,000"),
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[1].annualBudgets",
                "annual budgets sum to ₩1,100, but the total budget is ₩1,000"));
  }
}
