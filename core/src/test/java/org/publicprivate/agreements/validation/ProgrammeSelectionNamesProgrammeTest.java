package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.PROGRAMME;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;

/**
 * Rule {@code condition.programme.missing} (a warning): a condition that waits for a programme's
 * selection names the programme.
 */
class ProgrammeSelectionNamesProgrammeTest {
  private static final String CODE = "condition.programme.missing";

  private static Agreement withConditions(Condition... conditions) {
    return Documents.agreement().withCommitments(
        Documents.citySupport(), Documents.companyCentre().withConditions(conditions));
  }

  @Test
  void warnsOfAProgrammeSelectionThatNamesNoProgramme() {
    Agreement agreement = withConditions(
        Condition.builder().kind(ConditionKind.PERMIT).build(),
        Condition.builder().kind(ConditionKind.PROGRAMME_SELECTION).description("국비 공모 선정")
            .build());

    assertThat(english(agreement)).containsExactly(new Violation(CODE, Severity.WARNING,
        "commitments[1].conditions[1].programme",
        "a PROGRAMME_SELECTION condition should name its programme"));
    assertThat(korean(agreement)).containsExactly(new Violation(CODE, Severity.WARNING,
        "commitments[1].conditions[1].programme",
        "공모 선정(PROGRAMME_SELECTION) 조건에는 사업을 적어야 합니다"));
  }

  @Test
  void acceptsAProgrammeSelectionThatNamesTheProgramme() {
    Agreement agreement = withConditions(Condition.builder()
        .kind(ConditionKind.PROGRAMME_SELECTION).programme(PROGRAMME).build());

    assertThat(english(agreement)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = ConditionKind.class, names = "PROGRAMME_SELECTION",
      mode = EnumSource.Mode.EXCLUDE)
  void acceptsAnyOtherConditionWithoutAProgramme(ConditionKind kind) {
    assertThat(english(withConditions(Condition.builder().kind(kind).build()))).isEmpty();
  }
}
