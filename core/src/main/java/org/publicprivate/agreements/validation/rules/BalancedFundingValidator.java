package org.publicprivate.agreements.validation.rules;

import java.math.BigInteger;
import java.util.List;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.validation.BalancedFunding;

/** Checks rule {@code programme.funding.unbalanced}. Instantiated by the validation provider. */
public final class BalancedFundingValidator extends AgreementRule<BalancedFunding> {
  /** Creates the validator. */
  public BalancedFundingValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    List<FundedProgramme> programmes = agreement.programmes();
    for (int i = 0; i < programmes.size(); i++) {
      FundedProgramme programme = programmes.get(i);
      if (programme.fundingShares().isEmpty()) {
        continue;
      }
      BigInteger sum = Budgets.sum(programme.fundingShares(), FundingShare::amount);
      if (!sum.equals(BigInteger.valueOf(programme.totalBudget().won()))) {
        findings.report(
            Findings.path("programmes", i, "fundingShares"),
            "sum", Budgets.format(sum),
            "total", programme.totalBudget().toString());
      }
    }
  }
}
