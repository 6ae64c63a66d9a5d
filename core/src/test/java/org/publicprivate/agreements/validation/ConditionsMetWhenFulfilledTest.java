package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.ConditionStatus;

/**
 * Rule {@code condition.unmet.commitmentFulfilled} (a warning): a FULFILLED commitment has no
 * condition still PENDING or FAILED.
 */
class ConditionsMetWhenFulfilledTest {
  private static final String CODE = "condition.unmet.commitmentFulfilled";

  private static Agreement centre(CommitmentStatus status, ConditionStatus... conditions) {
    Condition[] all = new Condition[conditions.length];
    for (int i = 0; i < conditions.length; i++) {
      all[i] = Condition.builder().kind(ConditionKind.PERMIT).status(conditions[i]).build();
    }
    return Documents.agreement().withCommitments(Documents.citySupport(),
        Documents.companyCentre().withStatus(status).withConditions(all));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = ConditionStatus.class, names = {"PENDING", "FAILED"})
  void warnsOfAFulfilledCommitmentWithAPendingOrFailedCondition(ConditionStatus status) {
    Agreement agreement = centre(CommitmentStatus.FULFILLED, ConditionStatus.MET, status);

    assertThat(english(agreement)).containsExactly(new Violation(CODE, Severity.WARNING,
        "commitments[1].conditions[1].status",
        "\"company-research-centre\" is FULFILLED, but this condition is " + status));
    assertThat(korean(agreement)).containsExactly(new Violation(CODE, Severity.WARNING,
        "commitments[1].conditions[1].status",
        "\"company-research-centre\"는 이행 완료로 되어 있지만 이 조건은 " + status + "입니다"));
  }

  @Test
  void acceptsAFulfilledCommitmentWhoseConditionsAreMetOrWaived() {
    assertThat(english(centre(CommitmentStatus.FULFILLED, ConditionStatus.MET,
        ConditionStatus.WAIVED))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = CommitmentStatus.class, names = "FULFILLED", mode = EnumSource.Mode.EXCLUDE)
  void acceptsPendingAndFailedConditionsOfACommitmentNotFulfilled(CommitmentStatus status) {
    assertThat(english(centre(status, ConditionStatus.PENDING, ConditionStatus.FAILED))).isEmpty();
  }
}
