package org.publicprivate.agreements.validation.rules;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.validation.OneBudgetPerYear;

/** Checks rule {@code programme.annualBudgets.duplicateYear}. Instantiated by the validation provider. */
public final class OneBudgetPerYearValidator extends AgreementRule<OneBudgetPerYear> {
  /** Creates the validator. */
  public OneBudgetPerYearValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    List<FundedProgramme> programmes = agreement.programmes();
    for (int i = 0; i < programmes.size(); i++) {
      List<AnnualBudget> budgets = programmes.get(i).annualBudgets();
      Map<Year, Integer> first = new HashMap<>(budgets.size() * 2);
      for (int j = 0; j < budgets.size(); j++) {
        Year year = budgets.get(j).year();
        Integer earlier = first.putIfAbsent(year, j);
        if (earlier != null) {
          findings.report(
              Findings.path("programmes", i, "annualBudgets", j, "year"),
              "year", year.toString(),
              "first", earlier);
        }
      }
    }
  }
}
