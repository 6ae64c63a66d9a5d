package org.publicprivate.agreements.validation;

import java.util.List;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;

/**
 * Rule {@code condition.programme.missing}: a condition that waits for a programme's selection
 * names the programme.
 */
final class ProgrammeSelectionNamesProgramme extends WalkingRule {
  ProgrammeSelectionNamesProgramme() {
    super("condition.programme.missing", Severity.WARNING,
        "공모 선정 조건이 사업을 가리키지 않습니다",
        "a PROGRAMME_SELECTION condition names no programme");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        List<Condition> conditions = commitment.conditions();
        for (int j = 0; j < conditions.size(); j++) {
          Condition condition = conditions.get(j);
          if (condition.kind() == ConditionKind.PROGRAMME_SELECTION
              && condition.programme().isEmpty()) {
            findings.report(DocumentPath.of("commitments").index(i).property("conditions").index(j)
                .property("programme"));
          }
        }
      }
    };
  }
}
