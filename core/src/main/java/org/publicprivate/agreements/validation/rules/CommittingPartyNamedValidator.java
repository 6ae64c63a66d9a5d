package org.publicprivate.agreements.validation.rules;

import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.validation.CommittingPartyNamed;

/** Checks rule {@code commitment.parties.min}. Instantiated by the validation provider. */
public final class CommittingPartyNamedValidator extends AgreementRule<CommittingPartyNamed> {
  /** Creates the validator. */
  public CommittingPartyNamedValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    if (!SharedWalk.replay(SharedWalk.Rule.COMMITTING_PARTY_NAMED, agreement, findings)) {
      CommitmentCheck.walk(agreement.commitments(), new Parties(), findings);
    }
  }

  /** Reports each commitment that names no committing party. */
  static final class Parties extends CommitmentCheck {
    @Override
    void commitment(int i, Commitment commitment, Findings findings) {
      if (commitment.parties().isEmpty()) {
        findings.report(Findings.path("commitments", i, "parties"), "id", commitment.id().value());
      }
    }
  }
}
