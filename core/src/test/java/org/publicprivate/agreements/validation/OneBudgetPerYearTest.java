package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.YEARLY_BUDGET;
import static org.publicprivate.agreements.validation.Documents.budget;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.ProgrammeId;

/** Rule {@code programme.annualBudgets.duplicateYear}: one annual budget per year. */
class OneBudgetPerYearTest {
  private static final String CODE = "programme.annualBudgets.duplicateYear";

  @Test
  void reportsASecondBudgetForTheSameYear() {
    Agreement agreement = withYears(2024, 2025, 2025, 2027);

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets[2].year",
                "year 2025 already has a budget at annualBudgets[1]"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets[2].year",
                "2025년 예산은 이미 annualBudgets[1]에 있습니다"));
  }

  @Test
  void reportsTheSecondAndTheThirdCopyAgainstTheFirst() {
    Agreement agreement = withYears(2024, 2025, 2025, 2025);

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets[2].year",
                "year 2025 already has a budget at annualBudgets[1]"),
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets[3].year",
                "year 2025 already has a budget at annualBudgets[1]"));
  }

  @Test
  void reportsEachRepeatedYearWithItsOwnYearAndFirstBudget() {
    Agreement agreement = withYears(2024, 2024, 2025, 2025);

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets[1].year",
                "year 2024 already has a budget at annualBudgets[0]"),
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets[3].year",
                "year 2025 already has a budget at annualBudgets[2]"));
  }

  @Test
  void acceptsOneBudgetForEachYear() {
    assertThat(english(withYears(2024, 2025, 2026, 2027))).isEmpty();
  }

  @Test
  void acceptsTheSameYearInTwoProgrammes() {
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                Documents.programme(),
                Documents.programme()
                    .withId(ProgrammeId.of("second-programme"))
                    .withName("두 번째 사업"));

    assertThat(english(agreement)).isEmpty();
  }

  private static Agreement withYears(int... years) {
    return Documents.agreement()
        .withProgrammes(
            Documents.programme()
                .withAnnualBudgets(
                    budget(years[0], YEARLY_BUDGET),
                    budget(years[1], YEARLY_BUDGET),
                    budget(years[2], YEARLY_BUDGET),
                    budget(years[3], YEARLY_BUDGET)));
  }
}
