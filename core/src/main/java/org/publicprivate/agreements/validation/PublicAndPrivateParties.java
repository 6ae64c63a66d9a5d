package org.publicprivate.agreements.validation;

import java.util.Map;
import java.util.Set;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Sector;

/**
 * Rule {@code agreement.parties.publicPrivate}: an agreement has a public party and a party
 * outside the public sector.
 */
final class PublicAndPrivateParties extends ModelRule {
  PublicAndPrivateParties() {
    super("agreement.parties.publicPrivate", Severity.ERROR,
        "공공 부문 당사자가 없거나 공공 부문 밖의 당사자가 없습니다",
        "no public-sector party, or no party outside the public sector");
  }

  @Override
  public void check(Agreement agreement, Findings findings) {
    Set<Sector> sectors = agreement.sectors();
    boolean hasPublic = sectors.contains(Sector.PUBLIC);
    boolean hasOther = sectors.size() > (hasPublic ? 1 : 0);
    if (!hasPublic || !hasOther) {
      findings.report(DocumentPath.of("parties"), Map.of("sectors", sectors.toString()));
    }
  }
}
