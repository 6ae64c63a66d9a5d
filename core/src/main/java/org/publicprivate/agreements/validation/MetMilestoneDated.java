package org.publicprivate.agreements.validation;

import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MilestoneStatus;

/** Rule {@code milestone.metWithoutDate} (a warning): a MET milestone says when, in {@code metOn}. */
final class MetMilestoneDated extends WalkingRule {
  MetMilestoneDated() {
    super("milestone.metWithoutDate", Severity.WARNING,
        "달성된 마일스톤에 달성일(metOn)이 없습니다",
        "a MET milestone has no metOn");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.COMMITMENTS) {
      @Override
      void commitment(int i, Commitment commitment) {
        List<Milestone> milestones = commitment.milestones();
        for (int j = 0; j < milestones.size(); j++) {
          Milestone milestone = milestones.get(j);
          if (milestone.status() == MilestoneStatus.MET && milestone.metOn().isEmpty()) {
            findings.report(DocumentPath.of("commitments").index(i).property("milestones")
                .index(j).property("status"), Map.of("description", milestone.description()));
          }
        }
      }
    };
  }
}
