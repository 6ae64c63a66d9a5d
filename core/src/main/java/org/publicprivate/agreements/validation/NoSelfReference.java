package org.publicprivate.agreements.validation;

import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.RelatedAgreement;

/** Rule {@code relatedAgreement.self}: no related agreement names the agreement itself. */
final class NoSelfReference extends ModelRule {
  NoSelfReference() {
    super("relatedAgreement.self", Severity.ERROR,
        "관련 협약이 이 협약 자신의 ID를 가리킵니다",
        "a related agreement names the agreement's own id");
  }

  @Override
  public void check(Agreement agreement, Findings findings) {
    List<RelatedAgreement> related = agreement.relatedAgreements();
    for (int i = 0; i < related.size(); i++) {
      if (related.get(i).agreementId().filter(agreement.id()::equals).isPresent()) {
        findings.report(DocumentPath.of("relatedAgreements").index(i).property("agreementId"),
            Map.of("id", agreement.id().value()));
      }
    }
  }
}
