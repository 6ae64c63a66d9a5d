package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.EFFECTIVE_UNTIL;
import static org.publicprivate.agreements.validation.Documents.SIGNED_ON;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.DateRange;

/** Rule {@code agreement.effectivePeriod.beforeSigning} (a warning): in force from the signing. */
class EffectiveFromSigningTest {
  private static final String CODE = "agreement.effectivePeriod.beforeSigning";

  @Test
  void warnsOfAnEffectivePeriodThatStartsTheDayBeforeTheSigning() {
    Agreement agreement =
        Documents.agreement()
            .withEffectivePeriod(DateRange.of(LocalDate.of(2024, 3, 14), EFFECTIVE_UNTIL));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.WARNING,
                "effectivePeriod.start",
                "the effective period starts on 2024-03-14, before the signing on 2024-03-15"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.WARNING,
                "effectivePeriod.start",
                "유효 기간이 체결일 2024-03-15보다 이른 2024-03-14에 시작합니다"));
  }

  @Test
  void warnsOfAnOpenEndedEffectivePeriodThatStartsBeforeTheSigning() {
    Agreement agreement =
        Documents.agreement().withEffectivePeriod(DateRange.startingOn(LocalDate.of(2024, 1, 1)));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.WARNING,
                "effectivePeriod.start",
                "the effective period starts on 2024-01-01, before the signing on 2024-03-15"));
  }

  @Test
  void acceptsAnEffectivePeriodThatStartsOnTheSigningDate() {
    Agreement agreement = Documents.agreement();

    assertThat(agreement.effectivePeriod().orElseThrow().start()).isEqualTo(SIGNED_ON);
    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void acceptsAnEffectivePeriodThatStartsAfterTheSigning() {
    Agreement agreement =
        Documents.agreement()
            .withEffectivePeriod(DateRange.of(LocalDate.of(2024, 4, 1), EFFECTIVE_UNTIL));

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void hasNothingToCompareWithoutASigning() {
    Agreement agreement =
        Documents.agreement()
            .withStatus(AgreementStatus.DRAFT)
            .withSigning(Optional.empty())
            .withEffectivePeriod(DateRange.of(LocalDate.of(2020, 1, 1), EFFECTIVE_UNTIL));

    assertThat(english(agreement)).isEmpty();
  }
}
