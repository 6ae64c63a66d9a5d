package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.ID;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementRelation;

/** Rule {@code relatedAgreement.self}: a related agreement is another agreement. */
class NoSelfReferenceTest {
  private static final String CODE = "relatedAgreement.self";

  @Test
  void reportsARelatedAgreementWithTheAgreementsOwnId() {
    Agreement agreement =
        Documents.agreement().withRelatedAgreements(Documents.predecessor().withAgreementId(ID));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "relatedAgreements[0].agreementId",
                "names this agreement's own id \"busan-mobility-mou-2024\""));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "relatedAgreements[0].agreementId",
                "이 협약 자신의 ID \"busan-mobility-mou-2024\"를 가리킵니다"));
  }

  @Test
  void reportsEverySelfReference() {
    Agreement agreement =
        Documents.agreement()
            .withRelatedAgreements(
                Documents.predecessor(),
                Documents.predecessor()
                    .withRelation(AgreementRelation.AMENDS)
                    .withTitle("부산 미래 모빌리티 실증 거점 조성에 관한 업무협약 변경")
                    .withAgreementId(ID),
                Documents.predecessor().withRelation(AgreementRelation.REFERENCES).withAgreementId(ID));

    assertThat(english(agreement))
        .extracting(Violation::path)
        .containsExactly("relatedAgreements[1].agreementId", "relatedAgreements[2].agreementId");
  }

  @Test
  void acceptsAnotherAgreementsId() {
    Agreement agreement = Documents.agreement();

    assertThat(agreement.relatedAgreements().get(0).agreementId())
        .contains(AgreementId.of("busan-mobility-accord-2021"));
    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void acceptsARelatedAgreementWithoutAnId() {
    Agreement agreement =
        Documents.agreement()
            .withRelatedAgreements(Documents.predecessor().withAgreementId(Optional.empty()));

    assertThat(english(agreement)).isEmpty();
  }
}
