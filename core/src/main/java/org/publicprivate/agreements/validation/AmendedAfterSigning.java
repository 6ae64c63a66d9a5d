package org.publicprivate.agreements.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Amendment;

/** Rule {@code amendment.beforeSigning}: no amendment is dated before the signing day. */
final class AmendedAfterSigning extends ModelRule {
  AmendedAfterSigning() {
    super("amendment.beforeSigning", Severity.ERROR,
        "변경 협약의 날짜가 서명일보다 앞섭니다",
        "an amendment is dated before the signing date");
  }

  @Override
  public void check(Agreement agreement, Findings findings) {
    if (agreement.signing().isEmpty()) {
      return;
    }
    LocalDate signed = agreement.signing().get().date();
    List<Amendment> amendments = agreement.amendments();
    for (int j = 0; j < amendments.size(); j++) {
      LocalDate date = amendments.get(j).date();
      if (date.isBefore(signed)) {
        findings.report(DocumentPath.of("amendments").index(j).property("date"),
            Map.of("date", date, "signed", signed));
      }
    }
  }
}
