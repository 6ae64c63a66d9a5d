package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.YEARLY_BUDGET;
import static org.publicprivate.agreements.validation.Documents.budget;
import static org.publicprivate.agreements.validation.Documents.won;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.FiscalYears;

/** Rule {@code programme.annualBudgets.outsidePeriod}: annual budgets fall in the fiscal years. */
class AnnualBudgetsWithinPeriodTest {
  private static final String CODE = "programme.annualBudgets.outsidePeriod";

  @Test
  void reportsABudgetForTheYearAfterTheLastFiscalYear() {
    Agreement agreement = withYears(2024, 2025, 2026, 2028);

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets[3].year",
                "year 2028 is outside the programme's fiscal years 2024–2027"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets[3].year",
                "2028년은 사업 기간 2024–2027 밖입니다"));
  }

  @ParameterizedTest(name = "{0} at annualBudgets[{1}]")
  @CsvSource({"2023, 0", "2028, 3", "1999, 1", "2100, 2"})
  void reportsEveryYearOutsideTheFiscalYears(int year, int index) {
    int[] years = {2024, 2025, 2026, 2027};
    years[index] = year;
    Agreement agreement = withYears(years);

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets[" + index + "].year",
                "year " + year + " is outside the programme's fiscal years 2024–2027"));
  }

  @Test
  void reportsEveryYearOutsideInOneReport() {
    Agreement agreement = withYears(2023, 2025, 2026, 2028);

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets[0].year",
                "year 2023 is outside the programme's fiscal years 2024–2027"),
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets[3].year",
                "year 2028 is outside the programme's fiscal years 2024–2027"));
  }

  @Test
  void acceptsBudgetsForTheFirstAndTheLastFiscalYear() {
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                Documents.programme()
                    .withAnnualBudgets(
                        budget(2024, won(10_000_000_000L)), budget(2027, won(10_000_000_000L))));

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void namesASingleFiscalYearByItself() {
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                Documents.programme()
                    .withPeriod(FiscalYears.of(2024, 2024))
                    .withAnnualBudgets(
                        budget(2024, won(15_000_000_000L)), budget(2025, YEARLY_BUDGET)));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].annualBudgets[1].year",
                "year 2025 is outside the programme's fiscal years 2024"));
    assertThat(korean(agreement))
        .extracting(Violation::message)
        .containsExactly("2025년은 사업 기간 2024 밖입니다");
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
