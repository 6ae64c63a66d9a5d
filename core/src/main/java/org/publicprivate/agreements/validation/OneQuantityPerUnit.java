package org.publicprivate.agreements.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;

/**
 * Rule {@code commitment.quantities.duplicateUnit}: a commitment pledges at most one quantity of
 * each unit, {@link QuantityUnit#OTHER} excepted (its quantities differ by their labels). Each
 * later quantity of a unit is reported against the first.
 */
final class OneQuantityPerUnit extends WalkingRule {
  OneQuantityPerUnit() {
    super("commitment.quantities.duplicateUnit", Severity.ERROR,
        "한 약속이 같은 단위(기타 제외)의 수량을 두 번 약속합니다",
        "a commitment pledges two quantities of one unit other than OTHER");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.COMMITMENTS) {
      /** The index of each unit's first quantity in the current commitment, -1 for none. */
      private final int[] first = new int[QuantityUnit.values().length];

      @Override
      void commitment(int i, Commitment commitment) {
        List<Quantity> quantities = commitment.quantities();
        if (quantities.size() < 2) {
          return;
        }
        Arrays.fill(first, -1);
        for (int j = 0; j < quantities.size(); j++) {
          QuantityUnit unit = quantities.get(j).unit();
          if (unit == QuantityUnit.OTHER) {
            continue;
          }
          if (first[unit.ordinal()] < 0) {
            first[unit.ordinal()] = j;
          } else {
            findings.report(DocumentPath.of("commitments").index(i).property("quantities").index(j)
                    .property("unit"),
                Map.of("unit", unit, "first", first[unit.ordinal()]));
          }
        }
      }
    };
  }
}
