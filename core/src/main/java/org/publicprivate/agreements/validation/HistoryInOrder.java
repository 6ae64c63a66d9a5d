package org.publicprivate.agreements.validation;

import java.time.LocalDate;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.PartialDate;

/**
 * Rule {@code history.outOfOrder}: the dates of a status history do not go backwards. A partial
 * date compares as its earliest day ({@code 2024-10} as 2024-10-01), and equal days are allowed.
 */
final class HistoryInOrder extends WalkingRule {
  HistoryInOrder() {
    super("history.outOfOrder", Severity.ERROR,
        "상태 이력의 날짜가 거꾸로 갑니다",
        "a status history's dates go backwards");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return StatusHistories.walker(agreement, (owner, history, current) -> {
      for (int j = 1; j < history.size(); j++) {
        PartialDate previous = history.get(j - 1).date();
        PartialDate date = history.get(j).date();
        if (isBefore(date, previous)) {
          findings.report(owner.property("statusHistory").index(j).property("date"),
              Map.of("date", date, "previous", previous));
        }
      }
    });
  }

  /** Whether {@code date}'s earliest day is before {@code previous}'s. */
  static boolean isBefore(PartialDate date, PartialDate previous) {
    LocalDate earliest = date.earliest();
    return earliest.isBefore(previous.earliest());
  }
}
