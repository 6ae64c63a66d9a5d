package org.publicprivate.agreements.validation;

import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;

/** Rule {@code agreement.commitments.duplicateId}: no two commitments share an id. */
final class UniqueCommitmentIds extends WalkingRule {
  UniqueCommitmentIds() {
    super("agreement.commitments.duplicateId", Severity.ERROR,
        "두 약속의 ID가 같습니다", "two commitments share an id");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    FirstIndex<String> ids = new FirstIndex<>(agreement.commitments().size());
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        String id = commitment.id().value();
        int first = ids.put(id, i);
        if (first >= 0) {
          findings.report(DocumentPath.of("commitments").index(i).property("id"),
              Map.of("id", id, "first", first));
        }
      }
    };
  }
}
