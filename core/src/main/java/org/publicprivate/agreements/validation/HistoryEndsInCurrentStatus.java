package org.publicprivate.agreements.validation;

import java.util.Map;
import org.publicprivate.agreements.Agreement;

/**
 * Rule {@code history.currentMismatch} (a warning): the last entry of a status history is the
 * current status of its owner.
 */
final class HistoryEndsInCurrentStatus extends WalkingRule {
  HistoryEndsInCurrentStatus() {
    super("history.currentMismatch", Severity.WARNING,
        "상태 이력의 마지막 상태가 현재 상태와 다릅니다",
        "the last entry of a status history differs from the current status");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return StatusHistories.walker(agreement, (owner, history, current) -> {
      int last = history.size() - 1;
      Enum<?> status = history.get(last).status();
      if (status != current) {
        findings.report(owner.property("statusHistory").index(last).property("status"),
            Map.of("status", status, "current", current));
      }
    });
  }
}
