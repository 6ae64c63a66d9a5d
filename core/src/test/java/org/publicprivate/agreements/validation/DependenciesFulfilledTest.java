package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;

/**
 * Rule {@code commitment.dependsOn.unfulfilled} (a warning): a FULFILLED commitment depends only on
 * FULFILLED ones.
 */
class DependenciesFulfilledTest {
  private static final String CODE = "commitment.dependsOn.unfulfilled";
  private static final CommitmentId CENTRE = CommitmentId.of("company-research-centre");

  private static Agreement fulfilledSupportAfterCentre(CommitmentStatus centre) {
    return Documents.agreement().withCommitments(
        Documents.citySupport().withStatus(CommitmentStatus.FULFILLED).withDependsOn(CENTRE),
        Documents.companyCentre().withStatus(centre));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = CommitmentStatus.class, names = "FULFILLED", mode = EnumSource.Mode.EXCLUDE)
  void warnsOfAFulfilledCommitmentWhoseDependencyIsNotFulfilled(CommitmentStatus status) {
    Agreement agreement = fulfilledSupportAfterCentre(status);

    assertThat(english(agreement)).containsExactly(new Violation(CODE, Severity.WARNING,
        "commitments[0].dependsOn[0]", "\"city-administrative-support\" is FULFILLED but depends"
            + " on \"company-research-centre\", which is " + status));
    assertThat(korean(agreement)).containsExactly(new Violation(CODE, Severity.WARNING,
        "commitments[0].dependsOn[0]", "\"city-administrative-support\"는 이행 완료로 되어 있지만"
            + " 의존하는 \"company-research-centre\"는 " + status + "입니다"));
  }

  @Test
  void acceptsAFulfilledCommitmentWhoseDependenciesAreFulfilled() {
    assertThat(english(fulfilledSupportAfterCentre(CommitmentStatus.FULFILLED))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = CommitmentStatus.class, names = "FULFILLED", mode = EnumSource.Mode.EXCLUDE)
  void acceptsAnUnfulfilledCommitmentWhateverItsDependenciesAre(CommitmentStatus status) {
    Agreement agreement = Documents.agreement().withCommitments(
        Documents.citySupport().withStatus(status).withDependsOn(CENTRE),
        Documents.companyCentre());

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void leavesAnUnknownDependencyToTheReferenceRule() {
    Agreement agreement = Documents.agreement().withCommitments(
        Documents.citySupport().withStatus(CommitmentStatus.FULFILLED)
            .withDependsOn(CommitmentId.of("road")),
        Documents.companyCentre());

    assertThat(english(agreement)).extracting(Violation::code)
        .containsExactly("reference.unknownCommitment");
  }
}
