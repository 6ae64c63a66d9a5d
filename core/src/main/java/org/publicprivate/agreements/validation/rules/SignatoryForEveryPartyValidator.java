package org.publicprivate.agreements.validation.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.SignatoryForEveryParty;

/** Checks rule {@code agreement.signing.partyWithoutSignatory}. Instantiated by the validation provider. */
public final class SignatoryForEveryPartyValidator extends AgreementRule<SignatoryForEveryParty> {
  /** Creates the validator. */
  public SignatoryForEveryPartyValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    if (!SignedStatus.isSigned(agreement.status()) || agreement.signing().isEmpty()) {
      return;
    }
    Set<PartyId> signed = new HashSet<>();
    for (Signatory signatory : agreement.signing().get().signatories()) {
      signed.add(signatory.party());
    }
    List<Party> parties = agreement.parties();
    for (int i = 0; i < parties.size(); i++) {
      if (!signed.contains(parties.get(i).id())) {
        findings.report(Findings.path("parties", i), "id", parties.get(i).id().value());
      }
    }
  }
}
