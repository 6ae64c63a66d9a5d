package org.publicprivate.agreements.validation.rules;

import java.time.LocalDate;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.EffectiveFromSigning;

/** Checks rule {@code agreement.effectivePeriod.beforeSigning}. Instantiated by the validation provider. */
public final class EffectiveFromSigningValidator extends AgreementRule<EffectiveFromSigning> {
  /** Creates the validator. */
  public EffectiveFromSigningValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    if (agreement.signing().isPresent() && agreement.effectivePeriod().isPresent()) {
      LocalDate signed = agreement.signing().get().date();
      LocalDate start = agreement.effectivePeriod().get().start();
      if (start.isBefore(signed)) {
        findings.report(
            Findings.path("effectivePeriod", "start"), "start", start.toString(), "signed", signed.toString());
      }
    }
  }
}
