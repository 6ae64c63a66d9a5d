package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.EFFECTIVE_UNTIL;
import static org.publicprivate.agreements.validation.Documents.SIGNED_ON;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.DateRange;

/** Rule {@code commitment.due.outsideEffectivePeriod} (a warning): due dates fall in the period. */
class DueWithinEffectivePeriodTest {
  private static final String CODE = "commitment.due.outsideEffectivePeriod";

  @Test
  void warnsOfADueDateTheDayAfterTheEffectivePeriodEnds() {
    Agreement agreement = withDue(LocalDate.of(2026, 3, 15));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.WARNING,
                "commitments[1].due",
                "due date 2026-03-15 is outside the effective period 2024-03-15..2026-03-14"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.WARNING,
                "commitments[1].due",
                "기한 2026-03-15이 유효 기간 2024-03-15..2026-03-14 밖입니다"));
  }

  @Test
  void warnsOfADueDateTheDayBeforeTheEffectivePeriodStarts() {
    Agreement agreement = withDue(LocalDate.of(2024, 3, 14));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.WARNING,
                "commitments[1].due",
                "due date 2024-03-14 is outside the effective period 2024-03-15..2026-03-14"));
  }

  @ParameterizedTest(name = "due {0}")
  @ValueSource(strings = {"2024-03-15", "2026-03-14"})
  void acceptsADueDateOnTheFirstOrTheLastDayOfTheEffectivePeriod(String due) {
    Agreement agreement = withDue(LocalDate.parse(due));

    assertThat(agreement.effectivePeriod().orElseThrow())
        .isEqualTo(DateRange.of(SIGNED_ON, EFFECTIVE_UNTIL));
    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void acceptsAnyLaterDueDateWhenTheEffectivePeriodIsOpenEnded() {
    Agreement agreement =
        withDue(LocalDate.of(2099, 12, 31)).withEffectivePeriod(DateRange.startingOn(SIGNED_ON));

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void warnsOfADueDateBeforeAnOpenEndedEffectivePeriod() {
    Agreement agreement =
        withDue(LocalDate.of(2024, 1, 31)).withEffectivePeriod(DateRange.startingOn(SIGNED_ON));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.WARNING,
                "commitments[1].due",
                "due date 2024-01-31 is outside the effective period 2024-03-15.."));
    assertThat(korean(agreement))
        .extracting(Violation::message)
        .containsExactly("기한 2024-01-31이 유효 기간 2024-03-15.. 밖입니다");
  }

  @Test
  void acceptsAnyDueDateWhenTheAgreementHasNoEffectivePeriod() {
    Agreement agreement =
        withDue(LocalDate.of(1999, 1, 1)).withEffectivePeriod(Optional.empty());

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void warnsOfEveryDueDateOutsideWithItsOwnDate() {
    Agreement agreement =
        Documents.agreement()
            .withCommitments(
                Documents.citySupport().withDue(LocalDate.of(2024, 1, 2)),
                Documents.companyCentre().withDue(LocalDate.of(2027, 5, 6)));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.WARNING,
                "commitments[0].due",
                "due date 2024-01-02 is outside the effective period 2024-03-15..2026-03-14"),
            new Violation(
                CODE,
                Severity.WARNING,
                "commitments[1].due",
                "due date 2027-05-06 is outside the effective period 2024-03-15..2026-03-14"));
  }

  private static Agreement withDue(LocalDate due) {
    return Documents.agreement()
        .withCommitments(Documents.citySupport(), Documents.companyCentre().withDue(due));
  }
}
