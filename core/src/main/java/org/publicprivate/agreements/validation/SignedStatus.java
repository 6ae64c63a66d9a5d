package org.publicprivate.agreements.validation;

import org.publicprivate.agreements.AgreementStatus;

/** The statuses of an agreement that has been signed. */
final class SignedStatus {
  private SignedStatus() {}

  static boolean isSigned(AgreementStatus status) {
    return status == AgreementStatus.SIGNED
        || status == AgreementStatus.EXPIRED
        || status == AgreementStatus.TERMINATED;
  }
}
