package org.publicprivate.agreements.validation.rules;

import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.SigningWhenSigned;

/** Checks rule {@code agreement.signing.required}. Instantiated by the validation provider. */
public final class SigningWhenSignedValidator extends AgreementRule<SigningWhenSigned> {
  /** Creates the validator. */
  public SigningWhenSignedValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    if (SignedStatus.isSigned(agreement.status()) && agreement.signing().isEmpty()) {
      findings.report(Findings.path("signing"), "status", agreement.status().name());
    }
  }
}
