package org.publicprivate.agreements.validation.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.UniqueProgrammeIds;

/** Checks rule {@code agreement.programmes.duplicateId}. Instantiated by the validation provider. */
public final class UniqueProgrammeIdsValidator extends AgreementRule<UniqueProgrammeIds> {
  /** Creates the validator. */
  public UniqueProgrammeIdsValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    List<FundedProgramme> programmes = agreement.programmes();
    Map<ProgrammeId, Integer> first = new HashMap<>(programmes.size() * 2);
    for (int i = 0; i < programmes.size(); i++) {
      ProgrammeId id = programmes.get(i).id();
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        findings.report(Findings.path("programmes", i, "id"), "id", id.value(), "first", earlier);
      }
    }
  }
}
