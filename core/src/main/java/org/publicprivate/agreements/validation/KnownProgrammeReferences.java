package org.publicprivate.agreements.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ProgrammeId;

/**
 * Rule {@code reference.unknownProgramme}: every programme a commitment or one of its conditions
 * names is held.
 */
final class KnownProgrammeReferences extends WalkingRule {
  KnownProgrammeReferences() {
    super("reference.unknownProgramme", Severity.ERROR,
        "약속 또는 약속의 조건이 협약에 없는 사업을 가리킵니다",
        "a commitment or a commitment's condition names a programme the agreement does not hold");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        Optional<ProgrammeId> reference = commitment.programme(); // a new Optional per call
        if (reference.isPresent() && agreement.programme(reference.get()).isEmpty()) {
          findings.report(DocumentPath.of("commitments").index(i).property("programme"),
              Map.of("programme", reference.get().value()));
        }
        List<Condition> conditions = commitment.conditions();
        for (int j = 0; j < conditions.size(); j++) {
          Optional<ProgrammeId> programme = conditions.get(j).programme();
          if (programme.isPresent() && agreement.programme(programme.get()).isEmpty()) {
            findings.report(DocumentPath.of("commitments").index(i).property("conditions").index(j)
                .property("programme"), Map.of("programme", programme.get().value()));
          }
        }
      }
    };
  }
}
