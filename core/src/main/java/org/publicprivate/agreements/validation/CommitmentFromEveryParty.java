package org.publicprivate.agreements.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;

/**
 * Rule {@code party.withoutCommitment} (a warning): every party commits to something. It collects
 * the committing parties in the walk and looks at the parties once more at its end, when it knows
 * them all.
 */
final class CommitmentFromEveryParty extends WalkingRule {
  CommitmentFromEveryParty() {
    super("party.withoutCommitment", Severity.WARNING,
        "약속이 없는 당사자가 있습니다", "a party commits to nothing");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    Set<String> committing = new HashSet<>();
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        List<PartyId> parties = commitment.parties();
        for (int j = 0; j < parties.size(); j++) { // addAll would make an iterator per commitment
          committing.add(parties.get(j).value());
        }
      }

      @Override
      void end() {
        List<Party> parties = agreement.parties();
        for (int i = 0; i < parties.size(); i++) {
          String id = parties.get(i).id().value();
          if (!committing.contains(id)) {
            findings.report(DocumentPath.of("parties").index(i), Map.of("id", id));
          }
        }
      }
    };
  }
}
