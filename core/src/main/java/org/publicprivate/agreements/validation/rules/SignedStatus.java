package org.publicprivate.agreements.validation.rules;

import org.publicprivate.agreements.AgreementStatus;

/** Which statuses mean that an agreement has been signed. */
final class SignedStatus {
  private SignedStatus() {}

  static boolean isSigned(AgreementStatus status) {
    return status == AgreementStatus.SIGNED
        || status == AgreementStatus.EXPIRED
        || status == AgreementStatus.TERMINATED;
  }
}
