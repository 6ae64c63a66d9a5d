package org.publicprivate.agreements.validation.rules;

import java.util.List;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.UniqueCommitmentIds;

/** Checks rule {@code agreement.commitments.duplicateId}. Instantiated by the validation provider. */
public final class UniqueCommitmentIdsValidator extends AgreementRule<UniqueCommitmentIds> {
  /** Creates the validator. */
  public UniqueCommitmentIdsValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    List<Commitment> commitments = agreement.commitments();
    DuplicateKeys.find(commitments, Commitment::id, (i, first) -> findings.report(
        Findings.path("commitments", i, "id"), "id", commitments.get(i).id().value(), "first", first));
  }
}
