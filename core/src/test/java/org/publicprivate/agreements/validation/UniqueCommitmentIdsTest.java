package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.CITY;
import static org.publicprivate.agreements.validation.Documents.COMPANY;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;

/** Rule {@code agreement.commitments.duplicateId}: no two commitments share an id. */
class UniqueCommitmentIdsTest {
  private static final String CODE = "agreement.commitments.duplicateId";

  @Test
  void reportsACommitmentThatReusesAnotherCommitmentsId() {
    Agreement agreement =
        Documents.agreement()
            .withCommitments(
                Documents.citySupport(),
                Documents.companyCentre(),
                Documents.commitment("company-research-centre", COMPANY));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[2].id",
                "commitment id \"company-research-centre\" is already used by commitments[1]"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[2].id",
                "약속 ID \"company-research-centre\"는 이미 commitments[1]에서 쓰였습니다"));
  }

  @Test
  void reportsTheSecondAndTheThirdCopyAgainstTheFirst() {
    Agreement agreement =
        Documents.agreement()
            .withCommitments(
                Documents.citySupport(),
                Documents.companyCentre(),
                Documents.commitment("city-administrative-support", CITY),
                Documents.commitment("city-administrative-support", CITY, COMPANY));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[2].id",
                "commitment id \"city-administrative-support\" is already used by commitments[0]"),
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[3].id",
                "commitment id \"city-administrative-support\" is already used by commitments[0]"));
  }

  @Test
  void reportsEachReusedIdWithItsOwnIdAndFirstCommitment() {
    Agreement agreement =
        Documents.agreement()
            .withCommitments(
                Documents.citySupport(),
                Documents.companyCentre(),
                Documents.commitment("company-research-centre", COMPANY),
                Documents.commitment("city-administrative-support", CITY));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[2].id",
                "commitment id \"company-research-centre\" is already used by commitments[1]"),
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[3].id",
                "commitment id \"city-administrative-support\" is already used by commitments[0]"));
  }

  @Test
  void acceptsCommitmentsWithDistinctIds() {
    Agreement agreement =
        Documents.agreement()
            .withCommitments(
                Documents.citySupport(),
                Documents.companyCentre(),
                Documents.commitment("company-local-hiring", COMPANY));

    assertThat(english(agreement)).isEmpty();
  }
}
