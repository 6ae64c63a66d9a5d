package org.publicprivate.agreements.validation.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.UniqueCommitmentIds;

/** Checks rule {@code agreement.commitments.duplicateId}. Instantiated by the validation provider. */
public final class UniqueCommitmentIdsValidator extends AgreementRule<UniqueCommitmentIds> {
  /** Creates the validator. */
  public UniqueCommitmentIdsValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    List<Commitment> commitments = agreement.commitments();
    Map<CommitmentId, Integer> first = new HashMap<>(commitments.size() * 2);
    for (int i = 0; i < commitments.size(); i++) {
      CommitmentId id = commitments.get(i).id();
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        findings.report(Findings.path("commitments", i, "id"), "id", id.value(), "first", earlier);
      }
    }
  }
}
