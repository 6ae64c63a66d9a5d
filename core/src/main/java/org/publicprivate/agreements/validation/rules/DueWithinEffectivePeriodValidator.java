package org.publicprivate.agreements.validation.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.DueWithinEffectivePeriod;

/** Checks rule {@code commitment.due.outsideEffectivePeriod}. Instantiated by the validation provider. */
public final class DueWithinEffectivePeriodValidator extends AgreementRule<DueWithinEffectivePeriod> {
  /** Creates the validator. */
  public DueWithinEffectivePeriodValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    if (agreement.effectivePeriod().isEmpty()) {
      return;
    }
    DateRange period = agreement.effectivePeriod().get();
    List<Commitment> commitments = agreement.commitments();
    for (int i = 0; i < commitments.size(); i++) {
      Optional<LocalDate> dueDate = commitments.get(i).due(); // a new Optional per call
      if (dueDate.isPresent()) {
        LocalDate due = dueDate.get();
        if (!period.contains(due)) {
          findings.report(
              Findings.path("commitments", i, "due"), "due", due.toString(), "period", period.toString());
        }
      }
    }
  }
}
