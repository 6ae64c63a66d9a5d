package org.publicprivate.agreements.validation;

import java.util.Map;
import org.publicprivate.agreements.Agreement;

/** Rule {@code agreement.signing.required}: a signed agreement records its signing. */
final class SigningWhenSigned extends ModelRule {
  SigningWhenSigned() {
    super("agreement.signing.required", Severity.ERROR,
        "상태가 SIGNED, EXPIRED 또는 TERMINATED인데 체결 정보가 없습니다",
        "status SIGNED, EXPIRED or TERMINATED without a signing");
  }

  @Override
  public void check(Agreement agreement, Findings findings) {
    if (SignedStatus.isSigned(agreement.status()) && agreement.signing().isEmpty()) {
      findings.report(DocumentPath.of("signing"), Map.of("status", agreement.status().name()));
    }
  }
}
