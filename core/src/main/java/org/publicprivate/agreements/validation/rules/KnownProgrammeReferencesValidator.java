package org.publicprivate.agreements.validation.rules;

import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.validation.KnownProgrammeReferences;

/** Checks rule {@code reference.unknownProgramme}. Instantiated by the validation provider. */
public final class KnownProgrammeReferencesValidator
    extends AgreementRule<KnownProgrammeReferences> {
  /** Creates the validator. */
  public KnownProgrammeReferencesValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    if (!SharedWalk.replay(SharedWalk.Rule.KNOWN_PROGRAMME_REFERENCES, agreement, findings)) {
      CommitmentCheck.walk(agreement.commitments(), new References(agreement), findings);
    }
  }

  /** Reports each commitment whose programme the agreement does not fund. */
  static final class References extends CommitmentCheck {
    private final Agreement agreement;

    References(Agreement agreement) {
      this.agreement = agreement;
    }

    @Override
    void commitment(int i, Commitment commitment, Findings findings) {
      Optional<ProgrammeId> reference = commitment.programme(); // a new Optional per call
      if (reference.isPresent()) {
        ProgrammeId programme = reference.get();
        if (agreement.programme(programme).isEmpty()) {
          findings.report(
              Findings.path("commitments", i, "programme"), "programme", programme.value());
        }
      }
    }
  }
}
