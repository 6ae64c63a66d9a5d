package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;

/**
 * Rule {@code commitment.quantities.duplicateUnit}: one quantity of each unit per commitment,
 * OTHER excepted.
 */
class OneQuantityPerUnitTest {
  private static final String CODE = "commitment.quantities.duplicateUnit";

  private static Agreement withCentre(Commitment centre) {
    return Documents.agreement().withCommitments(Documents.citySupport(), centre);
  }

  @Test
  void reportsASecondQuantityOfOneUnitAgainstTheFirst() {
    Agreement agreement = withCentre(Documents.companyCentre().withQuantities(
        Quantity.of(300, QuantityUnit.JOBS, Qualifier.AT_LEAST),
        Quantity.of(33_000, QuantityUnit.SQUARE_METRES),
        Quantity.of(120, QuantityUnit.JOBS)));

    assertThat(english(agreement)).containsExactly(new Violation(CODE, Severity.ERROR,
        "commitments[1].quantities[2].unit", "unit JOBS is already pledged by quantities[0]"));
    assertThat(korean(agreement)).containsExactly(new Violation(CODE, Severity.ERROR,
        "commitments[1].quantities[2].unit", "단위 JOBS은 이미 quantities[0]에서 약속되었습니다"));
  }

  @Test
  void reportsEachRepeatOfEachUnitOnce() {
    Agreement agreement = withCentre(Documents.companyCentre().withQuantities(
        Quantity.of(1, QuantityUnit.EVENTS), Quantity.of(2, QuantityUnit.EVENTS),
        Quantity.of(3, QuantityUnit.PYEONG), Quantity.of(4, QuantityUnit.EVENTS),
        Quantity.of(5, QuantityUnit.PYEONG)));

    assertThat(english(agreement)).extracting(Violation::path, Violation::message)
        .containsExactly(
            tuple("commitments[1].quantities[1].unit",
                "unit EVENTS is already pledged by quantities[0]"),
            tuple("commitments[1].quantities[3].unit",
                "unit EVENTS is already pledged by quantities[0]"),
            tuple("commitments[1].quantities[4].unit",
                "unit PYEONG is already pledged by quantities[2]"));
  }

  @Test
  void acceptsManyQuantitiesOfOtherAndOneOfEachOtherUnit() {
    Agreement agreement = withCentre(Documents.companyCentre().withQuantities(
        Quantity.of(5, QuantityUnit.OTHER, Qualifier.EXACTLY, "MW"),
        Quantity.of(2, QuantityUnit.OTHER, Qualifier.EXACTLY, "MW"),
        Quantity.of(300, QuantityUnit.JOBS), Quantity.of(1_000, QuantityUnit.PEOPLE),
        Quantity.of(50, QuantityUnit.COMPANIES)));

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void acceptsOneUnitInTwoCommitments() {
    Agreement agreement = Documents.agreement().withCommitments(
        Documents.citySupport().withQuantities(Quantity.of(10, QuantityUnit.JOBS)),
        Documents.companyCentre().withQuantities(Quantity.of(300, QuantityUnit.JOBS)));

    assertThat(english(agreement)).isEmpty();
  }
}
