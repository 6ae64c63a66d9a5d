package org.publicprivate.agreements.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;

/** Rule {@code agreement.sources.duplicateId}: no two source documents share an id. */
final class UniqueSourceIds extends ModelRule {
  UniqueSourceIds() {
    super("agreement.sources.duplicateId", Severity.ERROR,
        "두 출처 문서의 id가 같습니다",
        "two source documents share an id");
  }

  @Override
  public void check(Agreement agreement, Findings findings) {
    List<SourceDocument> sources = agreement.sources();
    Map<SourceId, Integer> first = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).id().isEmpty()) {
        continue;
      }
      SourceId id = sources.get(i).id().get();
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        findings.report(DocumentPath.of("sources").index(i).property("id"),
            Map.of("id", id.value(), "first", earlier));
      }
    }
  }
}
