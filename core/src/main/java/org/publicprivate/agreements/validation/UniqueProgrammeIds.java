package org.publicprivate.agreements.validation;

import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.FundedProgramme;

/** Rule {@code agreement.programmes.duplicateId}: no two programmes share an id. */
final class UniqueProgrammeIds extends WalkingRule {
  UniqueProgrammeIds() {
    super("agreement.programmes.duplicateId", Severity.ERROR,
        "두 사업의 ID가 같습니다", "two programmes share an id");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    DuplicateKeys ids = new DuplicateKeys(agreement.programmes().size());
    return new Walker(Walker.PROGRAMMES) {
      @Override
      void programme(int i, FundedProgramme programme) {
        ids.add(i, programme.id().value());
      }

      @Override
      void end() {
        ids.findDuplicates((i, first) -> {
          String id = agreement.programmes().get(i).id().value();
          findings.report(DocumentPath.of("programmes").index(i).property("id"),
              Map.of("id", id, "first", first));
        });
      }
    };
  }
}
