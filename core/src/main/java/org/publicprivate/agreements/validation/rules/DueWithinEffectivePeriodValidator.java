package org.publicprivate.agreements.validation.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.validation.DueWithinEffectivePeriod;

/** Checks rule {@code commitment.due.outsideEffectivePeriod}. Instantiated by the provider. */
public final class DueWithinEffectivePeriodValidator
    extends AgreementRule<DueWithinEffectivePeriod> {
  /** Creates the validator. */
  public DueWithinEffectivePeriodValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    if (!SharedWalk.replay(SharedWalk.Rule.DUE_WITHIN_EFFECTIVE_PERIOD, agreement, findings)) {
      CommitmentCheck.walk(agreement.commitments(), new Due(agreement), findings);
    }
  }

  /** Reports each due date outside the agreement's effective period, if it has one. */
  static final class Due extends CommitmentCheck {
    private final DateRange period;

    Due(Agreement agreement) {
      this.period = agreement.effectivePeriod().orElse(null);
    }

    @Override
    void commitment(int i, Commitment commitment, Findings findings) {
      if (period == null) {
        return;
      }
      Optional<LocalDate> dueDate = commitment.due(); // a new Optional per call
      if (dueDate.isPresent()) {
        LocalDate due = dueDate.get();
        if (!period.contains(due)) {
          findings.report(Findings.path("commitments", i, "due"),
              "due", due.toString(), "period", period.toString());
        }
      }
    }
  }
}
