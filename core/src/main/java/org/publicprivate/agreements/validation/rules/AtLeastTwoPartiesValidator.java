package org.publicprivate.agreements.validation.rules;


import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.AtLeastTwoParties;

/** Checks rule {@code agreement.parties.min}. Instantiated by the validation provider. */
public final class AtLeastTwoPartiesValidator extends AgreementRule<AtLeastTwoParties> {
  /** Creates the validator. */
  public AtLeastTwoPartiesValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    int count = agreement.parties().size();
    if (count < 2) {
      findings.report(Findings.path("parties"), "count", count);
    }
  }
}
