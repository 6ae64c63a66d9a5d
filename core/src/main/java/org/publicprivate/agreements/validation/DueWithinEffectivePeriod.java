package org.publicprivate.agreements.validation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.DateRange;

/**
 * Rule {@code commitment.due.outsideEffectivePeriod} (a warning): a due date lies within the
 * agreement's effective period, if it has one.
 */
final class DueWithinEffectivePeriod extends WalkingRule {
  DueWithinEffectivePeriod() {
    super("commitment.due.outsideEffectivePeriod", Severity.WARNING,
        "약속의 기한이 협약의 유효 기간 밖입니다",
        "a due date outside the agreement's effective period");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    if (agreement.effectivePeriod().isEmpty()) {
      return new Walker(0) {};
    }
    DateRange period = agreement.effectivePeriod().get();
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        Optional<LocalDate> due = commitment.due(); // a new Optional per call
        if (due.isPresent() && !period.contains(due.get())) {
          findings.report(DocumentPath.of("commitments").index(i).property("due"),
              Map.of("due", due.get().toString(), "period", period.toString()));
        }
      }
    };
  }
}
