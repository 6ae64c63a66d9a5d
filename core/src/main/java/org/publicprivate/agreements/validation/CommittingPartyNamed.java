package org.publicprivate.agreements.validation;

import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;

/** Rule {@code commitment.parties.min}: every commitment names a committing party. */
final class CommittingPartyNamed extends WalkingRule {
  CommittingPartyNamed() {
    super("commitment.parties.min", Severity.ERROR,
        "약속하는 당사자가 없는 약속이 있습니다", "a commitment names no committing party");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        if (commitment.parties().isEmpty()) {
          findings.report(DocumentPath.of("commitments").index(i).property("parties"),
              Map.of("id", commitment.id().value()));
        }
      }
    };
  }
}
