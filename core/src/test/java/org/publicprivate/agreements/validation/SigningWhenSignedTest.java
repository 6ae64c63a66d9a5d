package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementStatus;

/** Rule {@code agreement.signing.required}: a signed, expired or terminated agreement has a signing. */
class SigningWhenSignedTest {
  private static final String CODE = "agreement.signing.required";

  @Test
  void reportsASignedAgreementWithoutItsSigning() {
    Agreement agreement = Documents.agreement().withSigning(Optional.empty());

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "signing",
                "an agreement with status SIGNED must record its signing"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE, Severity.ERROR, "signing", "상태가 SIGNED인 협약에는 체결 정보가 있어야 합니다"));
  }

  @ParameterizedTest
  @EnumSource(names = {"SIGNED", "EXPIRED", "TERMINATED"})
  void reportsEveryStatusThatMeansSignedWithoutASigning(AgreementStatus status) {
    Agreement agreement = Documents.agreement().withStatus(status).withSigning(Optional.empty());

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "signing",
                "an agreement with status " + status + " must record its signing"));
  }

  @ParameterizedTest
  @EnumSource(names = {"DRAFT", "SCHEDULED"})
  void acceptsAnAgreementNotYetSignedWithoutASigning(AgreementStatus status) {
    Agreement agreement = Documents.agreement().withStatus(status).withSigning(Optional.empty());

    assertThat(english(agreement)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(AgreementStatus.class)
  void acceptsEveryStatusWithASigning(AgreementStatus status) {
    Agreement agreement = Documents.agreement().withStatus(status);

    assertThat(english(agreement)).isEmpty();
  }
}
