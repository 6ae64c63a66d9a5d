package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.publicprivate.agreements.validation.Documents.CITY;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.Signing;

/** Rule {@code agreement.signing.partyWithoutSignatory} (a warning): every party signs. */
class SignatoryForEveryPartyTest {
  private static final String CODE = "agreement.signing.partyWithoutSignatory";

  @Test
  void warnsOfAPartyWithNoSignatory() {
    Agreement agreement = signedByTheCityOnly();

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE, Severity.WARNING, "parties[1]", "party \"hanbit-mobility\" has no signatory"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE, Severity.WARNING, "parties[1]", "당사자 \"hanbit-mobility\"의 서명자가 없습니다"));
  }

  @ParameterizedTest
  @EnumSource(names = {"SIGNED", "EXPIRED", "TERMINATED"})
  void warnsForEveryStatusThatMeansSigned(AgreementStatus status) {
    Agreement agreement = signedByTheCityOnly().withStatus(status);

    assertThat(english(agreement))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(CODE, "parties[1]"));
  }

  @ParameterizedTest
  @EnumSource(names = {"DRAFT", "SCHEDULED"})
  void doesNotWarnBeforeTheAgreementIsSigned(AgreementStatus status) {
    Agreement agreement = signedByTheCityOnly().withStatus(status);

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void warnsOfEveryPartyWithoutASignatoryByItsOwnId() {
    Agreement agreement =
        Documents.agreement().withSigning(Documents.signing().withSignatories());

    assertThat(english(agreement))
        .containsExactly(
            new Violation(CODE, Severity.WARNING, "parties[0]", "party \"busan\" has no signatory"),
            new Violation(
                CODE, Severity.WARNING, "parties[1]", "party \"hanbit-mobility\" has no signatory"));
  }

  @Test
  void acceptsASignatoryForEveryParty() {
    Agreement agreement = Documents.agreement();

    assertThat(agreement.signing().orElseThrow().signatories()).hasSize(2);
    assertThat(english(agreement)).isEmpty();
  }

  private static Agreement signedByTheCityOnly() {
    Signing signing = Documents.signing().withSignatories(Documents.signatory(CITY, "박형준"));
    return Documents.agreement().withSigning(signing);
  }
}
