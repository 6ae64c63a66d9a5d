package org.publicprivate.agreements.validation;

import java.util.Map;
import org.publicprivate.agreements.Agreement;

/** Rule {@code agreement.parties.min}: an agreement has at least two parties. */
final class AtLeastTwoParties extends ModelRule {
  AtLeastTwoParties() {
    super("agreement.parties.min", Severity.ERROR,
        "당사자가 둘 미만입니다", "fewer than two parties");
  }

  @Override
  public void check(Agreement agreement, Findings findings) {
    int count = agreement.parties().size();
    if (count < 2) {
      findings.report(DocumentPath.of("parties"), Map.of("count", count));
    }
  }
}
