package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.PartyKind;

/**
 * Rule {@code agreement.parties.publicPrivate}: at least one PUBLIC party and one party outside
 * PUBLIC (private, academic or civil).
 */
class PublicAndPrivatePartiesTest {
  private static final String CODE = "agreement.parties.publicPrivate";

  @Test
  void reportsAnAgreementBetweenPublicPartiesOnly() {
    Agreement agreement = withKinds(PartyKind.LOCAL_GOVERNMENT, PartyKind.PUBLIC_INSTITUTION);

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "parties",
                "an agreement needs a public-sector party and a party outside the public sector;"
                    + " its parties' sectors are [PUBLIC]"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "parties",
                "협약에는 공공 부문 당사자와 공공 부문 밖의 당사자가 모두 있어야 합니다. 당사자의 부문: [PUBLIC]"));
  }

  @ParameterizedTest(name = "{0} and {1}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "CENTRAL_GOVERNMENT; LOCAL_GOVERNMENT; [PUBLIC]",
        "COMPANY; COOPERATIVE; [PRIVATE]",
        "BUSINESS_ASSOCIATION; UNIVERSITY; [PRIVATE, ACADEMIC]",
        "NON_PROFIT; RESEARCH_INSTITUTE; [ACADEMIC, CIVIL]",
        "ACADEMIC_ASSOCIATION; UNIVERSITY; [ACADEMIC]",
      })
  void reportsTheSectorsOfAnAgreementWithoutBothSides(
      PartyKind first, PartyKind second, String sectors) {
    assertThat(english(withKinds(first, second)))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "parties",
                "an agreement needs a public-sector party and a party outside the public sector;"
                    + " its parties' sectors are "
                    + sectors));
  }

  @ParameterizedTest(name = "{0} and {1}")
  @CsvSource({
    "LOCAL_GOVERNMENT, COMPANY",
    "CENTRAL_GOVERNMENT, UNIVERSITY",
    "PUBLIC_INSTITUTION, NON_PROFIT",
    "LOCAL_GOVERNMENT, ACADEMIC_ASSOCIATION",
    "RESEARCH_INSTITUTE, PUBLIC_INSTITUTION",
  })
  void acceptsAPublicPartyWithAPartyOfAnyOtherSector(PartyKind first, PartyKind second) {
    assertThat(english(withKinds(first, second))).isEmpty();
  }

  private static Agreement withKinds(PartyKind city, PartyKind company) {
    return Documents.agreement()
        .withParties(Documents.city().withKind(city), Documents.company().withKind(company));
  }
}
