package org.publicprivate.agreements.validation;

import java.math.BigInteger;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.FundedProgramme;

/**
 * Rule {@code programme.annualBudgets.unbalanced}: a programme's annual budgets, when given, sum
 * to its total budget.
 */
final class BalancedAnnualBudgets extends WalkingRule {
  BalancedAnnualBudgets() {
    super("programme.annualBudgets.unbalanced", Severity.ERROR,
        "연도별 예산의 합계가 총사업비와 다릅니다",
        "annual budgets are given and do not sum to the total budget");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.PROGRAMMES) {
      @Override
      void programme(int i, FundedProgramme programme) {
        if (programme.annualBudgets().isEmpty()) {
          return;
        }
        BigInteger sum = Budgets.sum(programme.annualBudgets(), AnnualBudget::amount);
        if (!sum.equals(BigInteger.valueOf(programme.totalBudget().won()))) {
          findings.report(DocumentPath.of("programmes").index(i).property("annualBudgets"),
              Map.of("sum", Budgets.format(sum), "total", programme.totalBudget().toString()));
        }
      }
    };
  }
}
