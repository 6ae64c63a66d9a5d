package org.publicprivate.agreements.validation.rules;

import java.util.List;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.validation.KnownPartyReferences;

/** Checks rule {@code reference.unknownParty}. Instantiated by the validation provider. */
public final class KnownPartyReferencesValidator extends AgreementRule<KnownPartyReferences> {
  /** Creates the validator. */
  public KnownPartyReferencesValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    if (!SharedWalk.replay(SharedWalk.Rule.KNOWN_PARTY_REFERENCES, agreement, findings)) {
      CommitmentCheck.walk(agreement.commitments(), new References(agreement), findings);
    }
    if (agreement.signing().isPresent()) {
      List<Signatory> signatories = agreement.signing().get().signatories();
      for (int i = 0; i < signatories.size(); i++) {
        one(agreement, findings, signatories.get(i).party(), "signing", "signatories", i, "party");
      }
    }
    List<FundedProgramme> programmes = agreement.programmes();
    for (int i = 0; i < programmes.size(); i++) {
      FundedProgramme programme = programmes.get(i);
      if (programme.leadParty().isPresent()) {
        one(agreement, findings, programme.leadParty().get(), "programmes", i, "leadParty");
      }
      List<FundingShare> shares = programme.fundingShares();
      for (int j = 0; j < shares.size(); j++) {
        if (shares.get(j).contributor().isPresent()) {
          PartyId contributor = shares.get(j).contributor().get();
          one(agreement, findings, contributor, "programmes", i, "fundingShares", j, "contributor");
        }
      }
    }
  }

  /** Reports each party a commitment names, as committing or as benefiting, that is not one. */
  static final class References extends CommitmentCheck {
    private final Agreement agreement;

    References(Agreement agreement) {
      this.agreement = agreement;
    }

    @Override
    void commitment(int i, Commitment commitment, Findings findings) {
      each(agreement, findings, commitment.parties(), "commitments", i, "parties");
      each(agreement, findings, commitment.beneficiaries(), "commitments", i, "beneficiaries");
    }
  }

  /** Checks the ids of one commitment; the path is built only for an unknown one. */
  private static void each(
      Agreement agreement, Findings findings, List<PartyId> ids, String list, int i, String field) {
    for (int j = 0; j < ids.size(); j++) {
      PartyId id = ids.get(j);
      if (agreement.party(id).isEmpty()) {
        findings.report(Findings.path(list, i, field, j), "party", id.value());
      }
    }
  }

  private static void one(Agreement agreement, Findings findings, PartyId id, Object... path) {
    if (agreement.party(id).isEmpty()) {
      findings.report(path, "party", id.value());
    }
  }
}
