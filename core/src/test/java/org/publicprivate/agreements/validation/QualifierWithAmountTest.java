package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Qualifier;

/** Rule {@code commitment.amountQualifier.withoutAmount}: a qualifier qualifies a pledged amount. */
class QualifierWithAmountTest {
  private static final String CODE = "commitment.amountQualifier.withoutAmount";

  @Test
  void reportsAQualifierOnACommitmentWithoutAnAmount() {
    Agreement agreement = Documents.agreement().withCommitments(
        Documents.citySupport().withAmountQualifier(Qualifier.ABOUT), Documents.companyCentre());

    assertThat(english(agreement)).containsExactly(new Violation(CODE, Severity.ERROR,
        "commitments[0].amountQualifier", "qualifier ABOUT is given, but no pledgedAmount"));
    assertThat(korean(agreement)).containsExactly(new Violation(CODE, Severity.ERROR,
        "commitments[0].amountQualifier", "한정어 ABOUT가 있지만 약정 금액(pledgedAmount)이 없습니다"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Qualifier.class)
  void acceptsEveryQualifierOfAPledgedAmount(Qualifier qualifier) {
    Agreement agreement = Documents.agreement().withCommitments(
        Documents.citySupport(), Documents.companyCentre().withAmountQualifier(qualifier));

    assertThat(agreement.commitments().get(1).pledgedAmount()).isPresent();
    assertThat(english(agreement)).isEmpty();
  }
}
