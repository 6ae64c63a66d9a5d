package org.publicprivate.agreements.validation;

import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.SourceDocument;

/** Rule {@code agreement.sources.duplicateId}: no two source documents share an id. */
final class UniqueSourceIds extends ModelRule {
  UniqueSourceIds() {
    super("agreement.sources.duplicateId", Severity.ERROR,
        "두 출처 문서의 id가 같습니다",
        "two source documents share an id");
  }

  /**
   * The ids are compared as their texts, in {@link DuplicateKeys}: in a {@code HashMap} keyed by
   * {@code SourceId}, ids built to share one hash code cost a search of the whole bin each (the
   * generated id class is not {@code Comparable} to itself, so the bin's tree cannot order them).
   */
  @Override
  public void check(Agreement agreement, Findings findings) {
    List<SourceDocument> sources = agreement.sources();
    DuplicateKeys ids = new DuplicateKeys(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).id().isPresent()) {
        ids.add(i, sources.get(i).id().get().value());
      }
    }
    ids.findDuplicates((i, first) -> findings.report(
        DocumentPath.of("sources").index(i).property("id"),
        Map.of("id", sources.get(i).id().get().value(), "first", first)));
  }
}
