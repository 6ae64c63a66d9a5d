package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.CITY;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.FundedProgramme;

/** Rule {@code agreement.parties.min}: an agreement has at least two parties. */
class AtLeastTwoPartiesTest {
  private static final String CODE = "agreement.parties.min";

  // A lone party is also a lone sector, so agreement.parties.publicPrivate comes with it.
  @Test
  void reportsAnAgreementWithOneParty() {
    Agreement agreement = cityAlone();

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "parties",
                "an agreement needs at least two parties; it has 1"),
            new Violation(
                "agreement.parties.publicPrivate",
                Severity.ERROR,
                "parties",
                "an agreement needs a public-sector party and a party outside the public sector;"
                    + " its parties' sectors are [PUBLIC]"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE, Severity.ERROR, "parties", "협약에는 당사자가 둘 이상 있어야 합니다. 현재 1곳입니다"),
            new Violation(
                "agreement.parties.publicPrivate",
                Severity.ERROR,
                "parties",
                "협약에는 공공 부문 당사자와 공공 부문 밖의 당사자가 모두 있어야 합니다. 당사자의 부문: [PUBLIC]"));
  }

  @Test
  void reportsAnAgreementWithNoParty() {
    Agreement agreement = cityAlone().withParties();

    assertThat(Validators.english(agreement, CODE))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "parties",
                "an agreement needs at least two parties; it has 0"));
  }

  @Test
  void acceptsExactlyTwoParties() {
    Agreement agreement = Documents.agreement();

    assertThat(agreement.parties()).hasSize(2);
    assertThat(english(agreement)).isEmpty();
  }

  /** The baseline without the company and without every reference to it. */
  private static Agreement cityAlone() {
    FundedProgramme programme = Documents.programme();
    return Documents.agreement()
        .withParties(Documents.city())
        .withCommitments(Documents.citySupport().withBeneficiaries())
        .withSigning(Documents.signing().withSignatories(Documents.signatory(CITY, "박형준")))
        .withProgrammes(
            programme.withFundingShares(
                programme.fundingShares().get(0),
                programme.fundingShares().get(1),
                programme.fundingShares().get(2).withContributor(CITY)));
  }
}
