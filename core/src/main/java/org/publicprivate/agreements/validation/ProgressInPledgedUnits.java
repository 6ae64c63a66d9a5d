package org.publicprivate.agreements.validation;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;

/**
 * Rule {@code progress.unitNotPledged} (a warning): a progress report achieves only units that one
 * of the commitment's quantities pledges.
 */
final class ProgressInPledgedUnits extends WalkingRule {
  ProgressInPledgedUnits() {
    super("progress.unitNotPledged", Severity.WARNING,
        "진행 보고의 실적 단위를 약속의 수량 어느 것도 약속하지 않았습니다",
        "a progress report achieves a unit that none of the commitment's quantities pledges");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        if (commitment.progress().isEmpty()) {
          return;
        }
        Set<QuantityUnit> pledged = EnumSet.noneOf(QuantityUnit.class);
        commitment.quantities().forEach(quantity -> pledged.add(quantity.unit()));
        for (int j = 0; j < commitment.progress().size(); j++) {
          List<Quantity> achieved = commitment.progress().get(j).achieved();
          for (int k = 0; k < achieved.size(); k++) {
            QuantityUnit unit = achieved.get(k).unit();
            if (!pledged.contains(unit)) {
              findings.report(DocumentPath.of("commitments").index(i).property("progress")
                  .index(j).property("achieved").index(k).property("unit"),
                  Map.of("unit", unit, "id", commitment.id().value()));
            }
          }
        }
      }
    };
  }
}
