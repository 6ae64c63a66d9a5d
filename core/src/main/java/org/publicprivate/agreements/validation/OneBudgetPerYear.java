package org.publicprivate.agreements.validation;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.FundedProgramme;

/** Rule {@code programme.annualBudgets.duplicateYear}: one annual budget per year. */
final class OneBudgetPerYear extends WalkingRule {
  OneBudgetPerYear() {
    super("programme.annualBudgets.duplicateYear", Severity.ERROR,
        "한 해의 연도별 예산이 둘 이상입니다", "two annual budgets for one year");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.PROGRAMMES) {
      @Override
      void programme(int i, FundedProgramme programme) {
        List<AnnualBudget> budgets = programme.annualBudgets();
        Map<Year, Integer> first = new HashMap<>(budgets.size() * 2);
        for (int j = 0; j < budgets.size(); j++) {
          Year year = budgets.get(j).year();
          Integer earlier = first.putIfAbsent(year, j);
          if (earlier != null) {
            findings.report(
                DocumentPath.of("programmes").index(i).property("annualBudgets").index(j)
                    .property("year"),
                Map.of("year", year.toString(), "first", earlier));
          }
        }
      }
    };
  }
}
