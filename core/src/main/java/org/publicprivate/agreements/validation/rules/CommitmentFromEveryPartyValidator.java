package org.publicprivate.agreements.validation.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.validation.CommitmentFromEveryParty;

/** Checks rule {@code party.withoutCommitment}. Instantiated by the validation provider. */
public final class CommitmentFromEveryPartyValidator
    extends AgreementRule<CommitmentFromEveryParty> {
  /** Creates the validator. */
  public CommitmentFromEveryPartyValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    if (!SharedWalk.replay(SharedWalk.Rule.COMMITMENT_FROM_EVERY_PARTY, agreement, findings)) {
      CommitmentCheck.walk(agreement.commitments(), new Committing(agreement), findings);
    }
  }

  /** Collects the committing parties, then reports each party that is not one of them. */
  static final class Committing extends CommitmentCheck {
    private final Agreement agreement;
    private final Set<PartyId> committing = new HashSet<>();

    Committing(Agreement agreement) {
      this.agreement = agreement;
    }

    @Override
    void commitment(int i, Commitment commitment, Findings findings) {
      List<PartyId> parties = commitment.parties();
      for (int j = 0; j < parties.size(); j++) { // addAll would make an iterator per commitment
        committing.add(parties.get(j));
      }
    }

    @Override
    void end(Findings findings) {
      List<Party> parties = agreement.parties();
      for (int i = 0; i < parties.size(); i++) {
        if (!committing.contains(parties.get(i).id())) {
          findings.report(Findings.path("parties", i), "id", parties.get(i).id().value());
        }
      }
    }
  }
}
