package org.publicprivate.agreements.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;

/**
 * Rule {@code commitment.dependsOn.unfulfilled}: a FULFILLED commitment depends only on FULFILLED
 * ones. A dependency the agreement does not hold is {@code reference.unknownCommitment}'s, not
 * this rule's.
 */
final class DependenciesFulfilled extends WalkingRule {
  DependenciesFulfilled() {
    super("commitment.dependsOn.unfulfilled", Severity.WARNING,
        "이행 완료된 약속이 아직 이행 완료되지 않은 약속에 의존합니다",
        "a FULFILLED commitment depends on one that is not FULFILLED");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        if (commitment.status() != CommitmentStatus.FULFILLED) {
          return;
        }
        List<CommitmentId> dependencies = commitment.dependsOn();
        for (int j = 0; j < dependencies.size(); j++) {
          Optional<Commitment> dependency = agreement.commitment(dependencies.get(j));
          if (dependency.isPresent() && dependency.get().status() != CommitmentStatus.FULFILLED) {
            findings.report(DocumentPath.of("commitments").index(i).property("dependsOn").index(j),
                Map.of("id", commitment.id().value(), "dependency", dependencies.get(j).value(),
                    "status", dependency.get().status()));
          }
        }
      }
    };
  }
}
