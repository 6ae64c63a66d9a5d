package org.publicprivate.agreements.validation;

import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.ProgressReport;

/**
 * Rule {@code progress.outOfOrder}: a commitment's progress reports do not go backwards in time (a
 * partial date as its earliest day; equal days are allowed).
 */
final class ProgressInOrder extends WalkingRule {
  ProgressInOrder() {
    super("progress.outOfOrder", Severity.ERROR,
        "진행 보고의 날짜가 거꾸로 갑니다",
        "progress reports' dates go backwards");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        List<ProgressReport> reports = commitment.progress();
        for (int j = 1; j < reports.size(); j++) {
          PartialDate previous = reports.get(j - 1).asOf();
          PartialDate date = reports.get(j).asOf();
          if (HistoryInOrder.isBefore(date, previous)) {
            findings.report(DocumentPath.of("commitments").index(i).property("progress").index(j)
                .property("asOf"), Map.of("date", date, "previous", previous));
          }
        }
      }
    };
  }
}
