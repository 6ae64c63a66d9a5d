package org.publicprivate.agreements.validation;

import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MilestoneStatus;

/** Rule {@code milestone.dateWithoutMet}: a milestone has {@code metOn} only when it is MET. */
final class MetOnOnlyWhenMet extends WalkingRule {
  MetOnOnlyWhenMet() {
    super("milestone.dateWithoutMet", Severity.ERROR,
        "마일스톤에 달성일(metOn)이 있는데 상태가 달성(MET)이 아닙니다",
        "metOn is given and the status is not MET");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        List<Milestone> milestones = commitment.milestones();
        for (int j = 0; j < milestones.size(); j++) {
          Milestone milestone = milestones.get(j);
          if (milestone.status() != MilestoneStatus.MET && milestone.metOn().isPresent()) {
            findings.report(DocumentPath.of("commitments").index(i).property("milestones")
                .index(j).property("metOn"),
                Map.of("metOn", milestone.metOn().get(), "status", milestone.status()));
          }
        }
      }
    };
  }
}
