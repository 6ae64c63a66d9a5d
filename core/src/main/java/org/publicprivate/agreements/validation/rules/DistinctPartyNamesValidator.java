package org.publicprivate.agreements.validation.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.DistinctPartyNames;

/** Checks rule {@code party.duplicateName}. Instantiated by the validation provider. */
public final class DistinctPartyNamesValidator extends AgreementRule<DistinctPartyNames> {
  /** Creates the validator. */
  public DistinctPartyNamesValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    List<Party> parties = agreement.parties();
    Map<String, Integer> first = new HashMap<>(parties.size() * 2);
    for (int i = 0; i < parties.size(); i++) {
      String name = parties.get(i).name();
      if (name.isEmpty()) {
        continue;
      }
      Integer earlier = first.putIfAbsent(name, i);
      if (earlier != null) {
        findings.report(Findings.path("parties", i, "name"), "first", earlier);
      }
    }
  }
}
