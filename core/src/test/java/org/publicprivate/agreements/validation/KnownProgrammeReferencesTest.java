package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.PROGRAMME;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.ProgrammeId;

/**
 * Rule {@code reference.unknownProgramme}: a commitment's programme, and each of its conditions',
 * is one of the agreement's.
 */
class KnownProgrammeReferencesTest {
  private static final String CODE = "reference.unknownProgramme";

  @Test
  void reportsACommitmentUnderAProgrammeTheAgreementDoesNotHold() {
    Agreement agreement =
        Documents.agreement()
            .withCommitments(
                Documents.citySupport().withProgramme(ProgrammeId.of("urban-air-2025")),
                Documents.companyCentre());

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[0].programme",
                "\"urban-air-2025\" is not a programme of this agreement"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[0].programme",
                "\"urban-air-2025\"는 이 협약의 사업이 아닙니다"));
  }

  @Test
  void reportsEveryUnknownProgrammeByItsOwnId() {
    Agreement agreement =
        Documents.agreement()
            .withCommitments(
                Documents.citySupport().withProgramme(ProgrammeId.of("urban-air-2025")),
                Documents.companyCentre().withProgramme(ProgrammeId.of("hydrogen-bus-2026")));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[0].programme",
                "\"urban-air-2025\" is not a programme of this agreement"),
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[1].programme",
                "\"hydrogen-bus-2026\" is not a programme of this agreement"));
  }

  @Test
  void reportsAProgrammeReferenceWhenTheAgreementHoldsNoProgramme() {
    Agreement agreement = Documents.agreement().withProgrammes();

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[0].programme",
                "\"mobility-testbed-2024\" is not a programme of this agreement"));
  }

  @Test
  void reportsAConditionThatWaitsForAProgrammeTheAgreementDoesNotHold() {
    Agreement agreement =
        Documents.agreement()
            .withCommitments(
                Documents.citySupport(),
                Documents.companyCentre().withConditions(
                    Condition.builder().kind(ConditionKind.PERMIT).build(),
                    Condition.builder().kind(ConditionKind.PROGRAMME_SELECTION)
                        .programme(ProgrammeId.of("urban-air-2025")).build()));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[1].conditions[1].programme",
                "\"urban-air-2025\" is not a programme of this agreement"));
    assertThat(korean(agreement))
        .extracting(Violation::message)
        .containsExactly("\"urban-air-2025\"는 이 협약의 사업이 아닙니다");
  }

  @Test
  void acceptsAConditionThatWaitsForAProgrammeOfTheAgreement() {
    Agreement agreement =
        Documents.agreement()
            .withCommitments(
                Documents.citySupport(),
                Documents.companyCentre().withConditions(Condition.builder()
                    .kind(ConditionKind.PROGRAMME_SELECTION).programme(PROGRAMME).build()));

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void acceptsAReferenceToAProgrammeOfTheAgreement() {
    Agreement agreement = Documents.agreement();

    assertThat(agreement.commitments().get(0).programme()).contains(PROGRAMME);
    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void acceptsCommitmentsUnderNoProgramme() {
    Agreement agreement =
        Documents.agreement()
            .withCommitments(
                Documents.citySupport().withProgramme(Optional.empty()), Documents.companyCentre())
            .withProgrammes();

    assertThat(english(agreement)).isEmpty();
  }
}
