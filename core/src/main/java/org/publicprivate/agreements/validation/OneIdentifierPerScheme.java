package org.publicprivate.agreements.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Party;

/**
 * Rule {@code party.identifiers.duplicateScheme}: a party has at most one identifier in each
 * register. Each later identifier of a scheme is reported against the first.
 */
final class OneIdentifierPerScheme extends WalkingRule {
  OneIdentifierPerScheme() {
    super("party.identifiers.duplicateScheme", Severity.ERROR,
        "한 당사자에 같은 체계의 식별자가 둘 있습니다",
        "a party has two identifiers of one scheme");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.PARTIES) {
      @Override
      void party(int i, Party party) {
        List<Identifier> identifiers = party.identifiers();
        if (identifiers.size() < 2) {
          return;
        }
        Map<String, Integer> first = new HashMap<>(identifiers.size() * 2);
        for (int j = 0; j < identifiers.size(); j++) {
          String scheme = identifiers.get(j).scheme();
          Integer earlier = first.putIfAbsent(scheme, j);
          if (earlier != null) {
            findings.report(DocumentPath.of("parties").index(i).property("identifiers").index(j)
                    .property("scheme"),
                Map.of("scheme", scheme, "first", earlier));
          }
        }
      }
    };
  }
}
