package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.CITY;
import static org.publicprivate.agreements.validation.Documents.COMPANY;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;

/** Rule {@code party.withoutCommitment} (a warning): every party commits to something. */
class CommitmentFromEveryPartyTest {
  private static final String CODE = "party.withoutCommitment";

  // The company is still the beneficiary of the city's commitment: receiving is not committing.
  @Test
  void warnsOfAPartyThatOnlyBenefits() {
    Agreement agreement = Documents.agreement().withCommitments(Documents.citySupport());

    assertThat(agreement.commitments().get(0).beneficiaries()).containsExactly(COMPANY);
    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE, Severity.WARNING, "parties[1]", "party \"hanbit-mobility\" commits to nothing"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE, Severity.WARNING, "parties[1]", "당사자 \"hanbit-mobility\"의 약속이 없습니다"));
  }

  @Test
  void warnsOfEveryPartyByItsOwnIdWhenNoOneCommits() {
    Agreement agreement = Documents.agreement().withCommitments();

    assertThat(english(agreement))
        .containsExactly(
            new Violation(CODE, Severity.WARNING, "parties[0]", "party \"busan\" commits to nothing"),
            new Violation(
                CODE, Severity.WARNING, "parties[1]", "party \"hanbit-mobility\" commits to nothing"));
  }

  @Test
  void countsAJointCommitmentForEachOfItsParties() {
    Agreement agreement =
        Documents.agreement().withCommitments(Documents.citySupport().withParties(CITY, COMPANY));

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void acceptsACommitmentFromEveryParty() {
    assertThat(english(Documents.agreement())).isEmpty();
  }
}
