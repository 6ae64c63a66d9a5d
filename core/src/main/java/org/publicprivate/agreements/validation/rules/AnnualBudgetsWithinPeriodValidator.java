package org.publicprivate.agreements.validation.rules;

import java.util.List;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.validation.AnnualBudgetsWithinPeriod;

/** Checks rule {@code programme.annualBudgets.outsidePeriod}. Instantiated by the validation provider. */
public final class AnnualBudgetsWithinPeriodValidator extends AgreementRule<AnnualBudgetsWithinPeriod> {
  /** Creates the validator. */
  public AnnualBudgetsWithinPeriodValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    List<FundedProgramme> programmes = agreement.programmes();
    for (int i = 0; i < programmes.size(); i++) {
      FundedProgramme programme = programmes.get(i);
      List<AnnualBudget> budgets = programme.annualBudgets();
      for (int j = 0; j < budgets.size(); j++) {
        if (!programme.period().contains(budgets.get(j).year())) {
          findings.report(
              Findings.path("programmes", i, "annualBudgets", j, "year"),
              "year", budgets.get(j).year().toString(),
              "period", programme.period().toString());
        }
      }
    }
  }
}
