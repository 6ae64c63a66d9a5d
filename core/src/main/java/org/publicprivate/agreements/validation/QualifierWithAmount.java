package org.publicprivate.agreements.validation;

import java.util.Map;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Qualifier;

/**
 * Rule {@code commitment.amountQualifier.withoutAmount}: a commitment qualifies its pledged amount
 * only when it names one.
 */
final class QualifierWithAmount extends WalkingRule {
  QualifierWithAmount() {
    super("commitment.amountQualifier.withoutAmount", Severity.ERROR,
        "약정 금액 없이 금액의 한정어(약·이상·최대)가 있습니다",
        "an amountQualifier without a pledgedAmount");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        Optional<Qualifier> qualifier = commitment.amountQualifier();
        if (qualifier.isPresent() && commitment.pledgedAmount().isEmpty()) {
          findings.report(DocumentPath.of("commitments").index(i).property("amountQualifier"),
              Map.of("qualifier", qualifier.get()));
        }
      }
    };
  }
}
