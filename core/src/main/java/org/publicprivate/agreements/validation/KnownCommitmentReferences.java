package org.publicprivate.agreements.validation;

import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;

/**
 * Rule {@code reference.unknownCommitment}: every commitment a commitment depends on is one of the
 * agreement's.
 */
final class KnownCommitmentReferences extends WalkingRule {
  KnownCommitmentReferences() {
    super("reference.unknownCommitment", Severity.ERROR,
        "약속이 협약에 없는 약속에 의존합니다",
        "a commitment depends on a commitment the agreement does not hold");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        List<CommitmentId> dependencies = commitment.dependsOn();
        for (int j = 0; j < dependencies.size(); j++) {
          CommitmentId dependency = dependencies.get(j);
          if (agreement.commitment(dependency).isEmpty()) {
            findings.report(DocumentPath.of("commitments").index(i).property("dependsOn").index(j),
                Map.of("commitment", dependency.value()));
          }
        }
      }
    };
  }
}
