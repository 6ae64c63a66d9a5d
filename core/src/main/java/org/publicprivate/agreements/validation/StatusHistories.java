package org.publicprivate.agreements.validation;

import java.util.List;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.StatusChange;

/**
 * The status histories of an agreement, each with its owner's path and current status, for the
 * rules of histories: the agreement's own when the walk starts, each commitment's and programme's
 * during the walk.
 */
final class StatusHistories {
  /** Receives one history. */
  interface Visitor {
    void history(DocumentPath owner, List<? extends StatusChange<?>> history, Enum<?> current);
  }

  private StatusHistories() {}

  /** A walker that gives {@code visitor} every history, the agreement's first. */
  static Walker walker(Agreement agreement, Visitor visitor) {
    if (!agreement.statusHistory().isEmpty()) {
      visitor.history(DocumentPath.root(), agreement.statusHistory(), agreement.status());
    }
    return new Walker(Walker.COMMITMENTS | Walker.PROGRAMMES) {
      @Override
      void commitment(int i, Commitment commitment) {
        if (!commitment.statusHistory().isEmpty()) {
          visitor.history(DocumentPath.of("commitments").index(i), commitment.statusHistory(),
              commitment.status());
        }
      }

      @Override
      void programme(int i, FundedProgramme programme) {
        if (!programme.statusHistory().isEmpty()) {
          visitor.history(DocumentPath.of("programmes").index(i), programme.statusHistory(),
              programme.status());
        }
      }
    };
  }
}
