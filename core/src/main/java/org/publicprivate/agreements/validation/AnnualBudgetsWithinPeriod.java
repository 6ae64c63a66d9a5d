package org.publicprivate.agreements.validation;

import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.FundedProgramme;

/**
 * Rule {@code programme.annualBudgets.outsidePeriod}: every annual budget's year is one of the
 * programme's fiscal years.
 */
final class AnnualBudgetsWithinPeriod extends WalkingRule {
  AnnualBudgetsWithinPeriod() {
    super("programme.annualBudgets.outsidePeriod", Severity.ERROR,
        "연도별 예산의 연도가 사업 기간 밖입니다",
        "an annual budget's year is outside the programme's fiscal years");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.PROGRAMMES) {
      @Override
      void programme(int i, FundedProgramme programme) {
        List<AnnualBudget> budgets = programme.annualBudgets();
        for (int j = 0; j < budgets.size(); j++) {
          if (!programme.period().contains(budgets.get(j).year())) {
            findings.report(
                DocumentPath.of("programmes").index(i).property("annualBudgets").index(j)
                    .property("year"),
                Map.of("year", budgets.get(j).year().toString(),
                    "period", programme.period().toString()));
          }
        }
      }
    };
  }
}
