package org.publicprivate.agreements.validation.rules;

import java.math.BigInteger;
import java.util.List;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.validation.BalancedAnnualBudgets;

/** Checks rule {@code programme.annualBudgets.unbalanced}. Instantiated by the validation provider. */
public final class BalancedAnnualBudgetsValidator extends AgreementRule<BalancedAnnualBudgets> {
  /** Creates the validator. */
  public BalancedAnnualBudgetsValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    List<FundedProgramme> programmes = agreement.programmes();
    for (int i = 0; i < programmes.size(); i++) {
      FundedProgramme programme = programmes.get(i);
      if (programme.annualBudgets().isEmpty()) {
        continue;
      }
      BigInteger sum = Budgets.sum(programme.annualBudgets(), AnnualBudget::amount);
      if (!sum.equals(BigInteger.valueOf(programme.totalBudget().won()))) {
        findings.report(
            Findings.path("programmes", i, "annualBudgets"),
            "sum", Budgets.format(sum),
            "total", programme.totalBudget().toString());
      }
    }
  }
}
