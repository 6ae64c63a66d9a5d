package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.PartyKind;

class DocumentsTest {

  @Test
  void theBaselineAgreementBreaksNoRuleNotEvenAWarning() {
    Agreement agreement = Documents.agreement();

    assertThat(english(agreement)).isEmpty();
    assertThat(korean(agreement)).isEmpty();
    assertThat(Validators.ENGLISH.validate(agreement).isValid()).isTrue();
  }

  @Test
  void aPartyAddedWithItsCommitmentAndSignatoryBreaksNoRule() {
    Agreement three =
        Documents.withParty(
            Documents.agreement(),
            Documents.party("busan-technopark", "부산테크노파크", PartyKind.PUBLIC_INSTITUTION));

    assertThat(three.parties()).hasSize(3);
    assertThat(three.commitmentsOf(three.parties().get(2).id())).hasSize(1);
    assertThat(three.signing().orElseThrow().signatories()).hasSize(3);
    assertThat(english(three)).isEmpty();
  }
}
