package org.publicprivate.agreements.validation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.Signatory;

/**
 * Rule {@code agreement.signing.partyWithoutSignatory} (a warning): every party of a signed
 * agreement has a signatory.
 */
final class SignatoryForEveryParty extends WalkingRule {
  SignatoryForEveryParty() {
    super("agreement.signing.partyWithoutSignatory", Severity.WARNING,
        "체결된 협약에 서명자가 없는 당사자가 있습니다",
        "a signed agreement has a party with no signatory");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    if (!SignedStatus.isSigned(agreement.status()) || agreement.signing().isEmpty()) {
      return new Walker(0) {};
    }
    Set<String> signed = new HashSet<>();
    for (Signatory signatory : agreement.signing().get().signatories()) {
      signed.add(signatory.party().value());
    }
    return new Walker(Walker.PARTIES) {
      @Override
      void party(int i, Party party) {
        if (!signed.contains(party.id().value())) {
          findings.report(DocumentPath.of("parties").index(i), Map.of("id", party.id().value()));
        }
      }
    };
  }
}
