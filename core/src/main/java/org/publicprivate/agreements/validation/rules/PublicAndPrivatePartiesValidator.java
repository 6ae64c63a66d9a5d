package org.publicprivate.agreements.validation.rules;

import java.util.Set;
import org.publicprivate.agreements.Sector;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.PublicAndPrivateParties;

/** Checks rule {@code agreement.parties.publicPrivate}. Instantiated by the validation provider. */
public final class PublicAndPrivatePartiesValidator extends AgreementRule<PublicAndPrivateParties> {
  /** Creates the validator. */
  public PublicAndPrivatePartiesValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    Set<Sector> sectors = agreement.sectors();
    boolean hasPublic = sectors.contains(Sector.PUBLIC);
    boolean hasOther = sectors.size() > (hasPublic ? 1 : 0);
    if (!hasPublic || !hasOther) {
      findings.report(Findings.path("parties"), "sectors", sectors.toString());
    }
  }
}
