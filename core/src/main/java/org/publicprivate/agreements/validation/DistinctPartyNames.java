package org.publicprivate.agreements.validation;

import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Party;

/** Rule {@code party.duplicateName} (a warning): no two parties share a name. */
final class DistinctPartyNames extends WalkingRule {
  DistinctPartyNames() {
    super("party.duplicateName", Severity.WARNING,
        "두 당사자의 이름이 같습니다", "two parties share a name");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    DuplicateKeys names = new DuplicateKeys(agreement.parties().size());
    return new Walker(Walker.PARTIES) {
      @Override
      void party(int i, Party party) {
        if (!party.name().isEmpty()) {
          names.add(i, party.name());
        }
      }

      @Override
      void end() {
        names.findDuplicates((i, first) -> findings.report(
            DocumentPath.of("parties").index(i).property("name"), Map.of("first", first)));
      }
    };
  }
}
