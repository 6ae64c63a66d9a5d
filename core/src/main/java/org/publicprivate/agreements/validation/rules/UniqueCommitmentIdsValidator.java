package org.publicprivate.agreements.validation.rules;

import java.util.List;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.validation.UniqueCommitmentIds;

/** Checks rule {@code agreement.commitments.duplicateId}. Instantiated by the validation provider. */
public final class UniqueCommitmentIdsValidator extends AgreementRule<UniqueCommitmentIds> {
  /** Creates the validator. */
  public UniqueCommitmentIdsValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    if (!SharedWalk.replay(SharedWalk.Rule.UNIQUE_COMMITMENT_IDS, agreement, findings)) {
      CommitmentCheck.walk(agreement.commitments(), new Ids(agreement.commitments()), findings);
    }
  }

  /** Reports each commitment whose id an earlier commitment has. */
  static final class Ids extends CommitmentCheck {
    private final List<Commitment> commitments;
    private final DuplicateKeys<Commitment> ids;

    Ids(List<Commitment> commitments) {
      this.commitments = commitments;
      this.ids = new DuplicateKeys<>(commitments, Commitment::id);
    }

    @Override
    void commitment(int i, Commitment commitment, Findings findings) {
      ids.add(commitment);
    }

    @Override
    void end(Findings findings) {
      ids.findDuplicates((i, first) -> findings.report(Findings.path("commitments", i, "id"),
          "id", commitments.get(i).id().value(), "first", first));
    }
  }
}
