package org.publicprivate.agreements.validation.rules;

import java.util.List;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.NoSelfReference;

/** Checks rule {@code relatedAgreement.self}. Instantiated by the validation provider. */
public final class NoSelfReferenceValidator extends AgreementRule<NoSelfReference> {
  /** Creates the validator. */
  public NoSelfReferenceValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    List<RelatedAgreement> related = agreement.relatedAgreements();
    for (int i = 0; i < related.size(); i++) {
      if (related.get(i).agreementId().filter(agreement.id()::equals).isPresent()) {
        findings.report(
            Findings.path("relatedAgreements", i, "agreementId"), "id", agreement.id().value());
      }
    }
  }
}
