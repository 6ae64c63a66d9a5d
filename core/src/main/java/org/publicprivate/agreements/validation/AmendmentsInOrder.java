package org.publicprivate.agreements.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Amendment;

/** Rule {@code amendment.outOfOrder}: amendments' dates do not go backwards (equal days allowed). */
final class AmendmentsInOrder extends ModelRule {
  AmendmentsInOrder() {
    super("amendment.outOfOrder", Severity.ERROR,
        "변경 협약의 날짜가 거꾸로 갑니다",
        "amendments' dates go backwards");
  }

  @Override
  public void check(Agreement agreement, Findings findings) {
    List<Amendment> amendments = agreement.amendments();
    for (int j = 1; j < amendments.size(); j++) {
      LocalDate previous = amendments.get(j - 1).date();
      LocalDate date = amendments.get(j).date();
      if (date.isBefore(previous)) {
        findings.report(DocumentPath.of("amendments").index(j).property("date"),
            Map.of("date", date, "previous", previous));
      }
    }
  }
}
