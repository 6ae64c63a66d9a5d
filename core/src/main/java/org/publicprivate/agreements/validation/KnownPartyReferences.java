package org.publicprivate.agreements.validation;

import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Signatory;

/**
 * Rule {@code reference.unknownParty}: every party a commitment, a signatory, a programme's lead
 * or a funding share names is a party of the agreement.
 */
final class KnownPartyReferences extends WalkingRule {
  KnownPartyReferences() {
    super("reference.unknownParty", Severity.ERROR,
        "약속의 당사자·수혜자, 서명자의 당사자, 사업의 주관 당사자 또는 재원 분담자가 협약의 당사자가 아닙니다",
        "a commitment's party or beneficiary, a signatory's party, a programme's lead party or a"
            + " funding contributor is not a party of the agreement");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    if (agreement.signing().isPresent()) {
      List<Signatory> signatories = agreement.signing().get().signatories();
      DocumentPath list = DocumentPath.of("signing").property("signatories");
      for (int i = 0; i < signatories.size(); i++) {
        PartyId party = signatories.get(i).party();
        if (unknown(agreement, party)) {
          findings.report(list.index(i).property("party"), Map.of("party", party.value()));
        }
      }
    }
    return new Walker(Walker.COMMITMENTS | Walker.PROGRAMMES) {
      @Override
      void commitment(int i, Commitment commitment) {
        each(commitment.parties(), i, "parties");
        each(commitment.beneficiaries(), i, "beneficiaries");
      }

      /** The path is built only for an unknown party. */
      private void each(List<PartyId> ids, int i, String field) {
        for (int j = 0; j < ids.size(); j++) {
          PartyId id = ids.get(j);
          if (unknown(agreement, id)) {
            findings.report(DocumentPath.of("commitments").index(i).property(field).index(j),
                Map.of("party", id.value()));
          }
        }
      }

      @Override
      void programme(int i, FundedProgramme programme) {
        DocumentPath at = DocumentPath.of("programmes").index(i);
        if (programme.leadParty().isPresent() && unknown(agreement, programme.leadParty().get())) {
          findings.report(at.property("leadParty"),
              Map.of("party", programme.leadParty().get().value()));
        }
        List<FundingShare> shares = programme.fundingShares();
        for (int j = 0; j < shares.size(); j++) {
          if (shares.get(j).contributor().isPresent()) {
            PartyId contributor = shares.get(j).contributor().get();
            if (unknown(agreement, contributor)) {
              findings.report(at.property("fundingShares").index(j).property("contributor"),
                  Map.of("party", contributor.value()));
            }
          }
        }
      }
    };
  }

  private static boolean unknown(Agreement agreement, PartyId id) {
    return agreement.party(id).isEmpty();
  }
}
