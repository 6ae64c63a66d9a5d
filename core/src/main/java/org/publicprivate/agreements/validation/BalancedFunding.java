package org.publicprivate.agreements.validation;

import java.math.BigInteger;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;

/**
 * Rule {@code programme.funding.unbalanced}: a programme's funding shares, when given, sum to its
 * total budget.
 */
final class BalancedFunding extends WalkingRule {
  BalancedFunding() {
    super("programme.funding.unbalanced", Severity.ERROR,
        "재원 분담액의 합계가 총사업비와 다릅니다",
        "funding shares are given and do not sum to the total budget");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.PROGRAMMES) {
      @Override
      void programme(int i, FundedProgramme programme) {
        if (programme.fundingShares().isEmpty()) {
          return;
        }
        BigInteger sum = Budgets.sum(programme.fundingShares(), FundingShare::amount);
        if (!sum.equals(BigInteger.valueOf(programme.totalBudget().won()))) {
          findings.report(DocumentPath.of("programmes").index(i).property("fundingShares"),
              Map.of("sum", Budgets.format(sum), "total", programme.totalBudget().toString()));
        }
      }
    };
  }
}
