package org.publicprivate.agreements.validation.rules;

import java.util.List;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.CommittingPartyNamed;

/** Checks rule {@code commitment.parties.min}. Instantiated by the validation provider. */
public final class CommittingPartyNamedValidator extends AgreementRule<CommittingPartyNamed> {
  /** Creates the validator. */
  public CommittingPartyNamedValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    List<Commitment> commitments = agreement.commitments();
    for (int i = 0; i < commitments.size(); i++) {
      if (commitments.get(i).parties().isEmpty()) {
        findings.report(Findings.path("commitments", i, "parties"), "id", commitments.get(i).id().value());
      }
    }
  }
}
