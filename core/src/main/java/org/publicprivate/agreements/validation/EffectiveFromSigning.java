package org.publicprivate.agreements.validation;

import java.time.LocalDate;
import java.util.Map;
import org.publicprivate.agreements.Agreement;

/**
 * Rule {@code agreement.effectivePeriod.beforeSigning} (a warning): the effective period does not
 * start before the signing.
 */
final class EffectiveFromSigning extends ModelRule {
  EffectiveFromSigning() {
    super("agreement.effectivePeriod.beforeSigning", Severity.WARNING,
        "유효 기간이 체결일보다 먼저 시작합니다",
        "the effective period starts before the signing date");
  }

  @Override
  public void check(Agreement agreement, Findings findings) {
    if (agreement.signing().isPresent() && agreement.effectivePeriod().isPresent()) {
      LocalDate signed = agreement.signing().get().date();
      LocalDate start = agreement.effectivePeriod().get().start();
      if (start.isBefore(signed)) {
        findings.report(DocumentPath.of("effectivePeriod").property("start"),
            Map.of("start", start.toString(), "signed", signed.toString()));
      }
    }
  }
}
