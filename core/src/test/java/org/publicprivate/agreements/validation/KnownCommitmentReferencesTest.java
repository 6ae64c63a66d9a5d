package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.COMPANY;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.CommitmentId;

/** Rule {@code reference.unknownCommitment}: a commitment depends only on the agreement's own. */
class KnownCommitmentReferencesTest {
  private static final String CODE = "reference.unknownCommitment";

  @Test
  void reportsADependencyOnACommitmentTheAgreementDoesNotHold() {
    Agreement agreement = Documents.agreement().withCommitments(
        Documents.citySupport(),
        Documents.companyCentre().withDependsOn(CommitmentId.of("city-site-supply")));

    assertThat(english(agreement)).containsExactly(new Violation(CODE, Severity.ERROR,
        "commitments[1].dependsOn[0]", "\"city-site-supply\" is not a commitment of this agreement"));
    assertThat(korean(agreement)).containsExactly(new Violation(CODE, Severity.ERROR,
        "commitments[1].dependsOn[0]", "\"city-site-supply\"는 이 협약의 약속이 아닙니다"));
  }

  @Test
  void reportsEveryDanglingDependencyAtItsOwnPosition() {
    Agreement agreement = Documents.agreement().withCommitments(
        Documents.citySupport().withDependsOn(CommitmentId.of("road"),
            CommitmentId.of("company-research-centre"), CommitmentId.of("power")),
        Documents.companyCentre());

    assertThat(english(agreement)).extracting(Violation::path)
        .containsExactly("commitments[0].dependsOn[0]", "commitments[0].dependsOn[2]");
  }

  @Test
  void acceptsDependenciesOnTheAgreementsCommitmentsInAnyOrder() {
    Agreement agreement = Documents.agreement().withCommitments(
        Documents.citySupport().withDependsOn(CommitmentId.of("company-research-centre")),
        Documents.companyCentre(),
        Documents.commitment("company-hiring", COMPANY)
            .withDependsOn(CommitmentId.of("city-administrative-support")));

    assertThat(english(agreement)).isEmpty();
  }
}
