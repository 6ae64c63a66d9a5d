package org.publicprivate.agreements.validation;

import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Party;

/** Rule {@code agreement.parties.duplicateId}: no two parties share an id. */
final class UniquePartyIds extends WalkingRule {
  UniquePartyIds() {
    super("agreement.parties.duplicateId", Severity.ERROR,
        "두 당사자의 ID가 같습니다", "two parties share an id");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    FirstIndex<String> ids = new FirstIndex<>(agreement.parties().size());
    return new Walker(Walker.PARTIES) {
      @Override
      void party(int i, Party party) {
        String id = party.id().value();
        int first = ids.put(id, i);
        if (first >= 0) {
          findings.report(DocumentPath.of("parties").index(i).property("id"),
              Map.of("id", id, "first", first));
        }
      }
    };
  }
}
