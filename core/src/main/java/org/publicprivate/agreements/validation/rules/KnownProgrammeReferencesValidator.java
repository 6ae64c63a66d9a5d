package org.publicprivate.agreements.validation.rules;

import java.util.List;
import java.util.Optional;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.KnownProgrammeReferences;

/** Checks rule {@code reference.unknownProgramme}. Instantiated by the validation provider. */
public final class KnownProgrammeReferencesValidator extends AgreementRule<KnownProgrammeReferences> {
  /** Creates the validator. */
  public KnownProgrammeReferencesValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    List<Commitment> commitments = agreement.commitments();
    for (int i = 0; i < commitments.size(); i++) {
      Optional<ProgrammeId> reference = commitments.get(i).programme(); // a new Optional per call
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
