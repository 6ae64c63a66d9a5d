package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.COMPANY;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;

/** Rule {@code commitment.parties.min}: every commitment names a committing party. */
class CommittingPartyNamedTest {
  private static final String CODE = "commitment.parties.min";

  @Test
  void reportsACommitmentThatNamesNoCommittingParty() {
    Agreement agreement =
        Documents.agreement()
            .withCommitments(
                Documents.citySupport(),
                Documents.companyCentre(),
                Documents.commitment("joint-local-hiring"));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[2].parties",
                "commitment \"joint-local-hiring\" names no committing party"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[2].parties",
                "약속 \"joint-local-hiring\"에 약속하는 당사자가 없습니다"));
  }

  @Test
  void reportsEveryCommitmentWithoutAPartyByItsOwnId() {
    Agreement agreement =
        Documents.agreement()
            .withCommitments(
                Documents.commitment("joint-local-hiring"),
                Documents.citySupport(),
                Documents.companyCentre(),
                Documents.commitment("joint-supply-chain"));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[0].parties",
                "commitment \"joint-local-hiring\" names no committing party"),
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[3].parties",
                "commitment \"joint-supply-chain\" names no committing party"));
  }

  @Test
  void acceptsACommitmentWithOneCommittingParty() {
    Agreement agreement =
        Documents.agreement()
            .withCommitments(
                Documents.citySupport(),
                Documents.companyCentre(),
                Documents.commitment("joint-local-hiring", COMPANY));

    assertThat(english(agreement)).isEmpty();
  }
}
