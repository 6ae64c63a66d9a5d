package org.publicprivate.agreements.validation;

import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionStatus;

/**
 * Rule {@code condition.unmet.commitmentFulfilled}: a FULFILLED commitment has no condition that
 * is still PENDING or has FAILED (a MET or WAIVED one is fine).
 */
final class ConditionsMetWhenFulfilled extends WalkingRule {
  ConditionsMetWhenFulfilled() {
    super("condition.unmet.commitmentFulfilled", Severity.WARNING,
        "이행 완료된 약속의 조건이 대기 중이거나 충족되지 않았습니다",
        "a FULFILLED commitment has a condition that is PENDING or FAILED");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        if (commitment.status() != CommitmentStatus.FULFILLED) {
          return;
        }
        List<Condition> conditions = commitment.conditions();
        for (int j = 0; j < conditions.size(); j++) {
          ConditionStatus status = conditions.get(j).status();
          if (status == ConditionStatus.PENDING || status == ConditionStatus.FAILED) {
            findings.report(DocumentPath.of("commitments").index(i).property("conditions").index(j)
                    .property("status"),
                Map.of("id", commitment.id().value(), "status", status));
          }
        }
      }
    };
  }
}
