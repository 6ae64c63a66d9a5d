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
    DuplicateKeys ids = new DuplicateKeys(agreement.parties().size());
    return new Walker(Walker.PARTIES) {
      @Override
      void party(int i, Party party) {
        ids.add(i, party.id().value());
      }

      @Override
      void end() {
        ids.findDuplicates((i, first) -> {
          String id = agreement.parties().get(i).id().value();
          findings.report(DocumentPath.of("parties").index(i).property("id"),
              Map.of("id", id, "first", first));
        });
      }
    };
  }
}
