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
    DuplicateKeys ids = new DuplicateKeys(agreement.commitments().size());
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        ids.add(i, commitment.id().value());
      }

      @Override
      void end() {
        ids.findDuplicates((i, first) -> {
          String id = agreement.commitments().get(i).id().value();
          findings.report(DocumentPath.of("commitments").index(i).property("id"),
              Map.of("id", id, "first", first));
        });
      }
    };
  }
}
