package org.publicprivate.agreements.validation.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.UniquePartyIds;

/** Checks rule {@code agreement.parties.duplicateId}. Instantiated by the validation provider. */
public final class UniquePartyIdsValidator extends AgreementRule<UniquePartyIds> {
  /** Creates the validator. */
  public UniquePartyIdsValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    List<Party> parties = agreement.parties();
    Map<PartyId, Integer> first = new HashMap<>(parties.size() * 2);
    for (int i = 0; i < parties.size(); i++) {
      Integer earlier = first.putIfAbsent(parties.get(i).id(), i);
      if (earlier != null) {
        findings.report(
            Findings.path("parties", i, "id"), "id", parties.get(i).id().value(), "first", earlier);
      }
    }
  }
}
