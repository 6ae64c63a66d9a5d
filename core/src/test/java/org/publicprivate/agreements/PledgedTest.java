package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Agreement#pledged(QuantityUnit)} sums the commitments' quantities of one unit, and
 * {@link Agreement#commitment(CommitmentId)} finds a commitment by id. (That {@code pledged}
 * equals a sum computed independently for generated agreements is a property in the testkit's
 * tests.)
 */
class PledgedTest {
  private final Agreement agreement = Fixtures.agreement()
      .addCommitments(
          Fixtures.commitment("site", Fixtures.CITY)
              .withQuantities(Quantity.parse("3만 3,000㎡", QuantityUnit.SQUARE_METRES)),
          Fixtures.commitment("plant", Fixtures.COMPANY)
              .withQuantities(Quantity.parse("300명 이상", QuantityUnit.JOBS),
                  Quantity.of(5, QuantityUnit.OTHER, Qualifier.EXACTLY, "MW")),
          Fixtures.commitment("research", Fixtures.COMPANY)
              .withQuantities(Quantity.parse("약 50명", QuantityUnit.JOBS),
                  Quantity.of(2, QuantityUnit.OTHER, Qualifier.EXACTLY, "km")),
          Fixtures.commitment("joint", Fixtures.CITY, Fixtures.COMPANY)
              .withStatus(CommitmentStatus.WITHDRAWN)
              .withQuantities(Quantity.of(20, QuantityUnit.JOBS, Qualifier.UP_TO)))
      .build();

  @Test
  void sumsEveryCommitmentsQuantityOfTheUnitWhateverItsQualifierOrStatus() {
    assertThat(agreement.pledged(QuantityUnit.JOBS)).isEqualTo(370);
    assertThat(agreement.pledged(QuantityUnit.SQUARE_METRES)).isEqualTo(33_000);
  }

  @Test
  void sumsTheQuantitiesOfOtherWhateverTheirLabels() {
    assertThat(agreement.pledged(QuantityUnit.OTHER)).isEqualTo(7);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = QuantityUnit.class, names = {"PEOPLE", "COMPANIES", "PYEONG", "ITEMS",
      "EVENTS"})
  void isZeroForAUnitNoCommitmentPledges(QuantityUnit unit) {
    assertThat(agreement.pledged(unit)).isZero();
  }

  @Test
  void countsBothQuantitiesOfAUnitACommitmentPledgesTwice() {
    Agreement twice = agreement.withCommitments(Fixtures.commitment("plant", Fixtures.COMPANY)
        .withQuantities(Quantity.of(300, QuantityUnit.JOBS), Quantity.of(100, QuantityUnit.JOBS)));

    assertThat(twice.pledged(QuantityUnit.JOBS)).isEqualTo(400);
  }

  @Test
  void sumsUpToTheLargestLong() {
    long largest = Quantity.MAX_VALUE;
    List<Commitment> commitments = new ArrayList<>();
    for (int i = 0; i < 1_024; i++) {
      commitments.add(Fixtures.commitment("c-" + i, Fixtures.CITY)
          .withQuantities(Quantity.of(largest, QuantityUnit.PEOPLE)));
    }
    commitments.add(Fixtures.commitment("c-last", Fixtures.CITY)
        .withQuantities(Quantity.of(1_023, QuantityUnit.PEOPLE)));

    assertThat(agreement.withCommitments(commitments).pledged(QuantityUnit.PEOPLE))
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void refusesASumBeyondTheLargestLongNamingTheUnitAndWhereItOverflowed() {
    List<Commitment> commitments = new ArrayList<>();
    for (int i = 0; i < 1_025; i++) {
      commitments.add(Fixtures.commitment("c-" + i, Fixtures.CITY)
          .withQuantities(Quantity.of(1, QuantityUnit.JOBS),
              Quantity.of(Quantity.MAX_VALUE, QuantityUnit.PEOPLE)));
    }

    assertThatThrownBy(() -> agreement.withCommitments(commitments).pledged(QuantityUnit.PEOPLE))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("Agreement.pledged(PEOPLE) overflows: the sum exceeds"
            + " 9,223,372,036,854,775,807 at commitments[1024].quantities[1]");
    assertThat(agreement.withCommitments(commitments).pledged(QuantityUnit.JOBS)).isEqualTo(1_025);
  }

  @Test
  void findsACommitmentByIdTheFirstWhenIdsRepeat() {
    Agreement repeated = agreement.withCommitments(
        Fixtures.commitment("plant", Fixtures.COMPANY).withSummary("first"),
        Fixtures.commitment("plant", Fixtures.CITY).withSummary("second"));

    assertThat(agreement.commitment(CommitmentId.of("research")).map(Commitment::id))
        .contains(CommitmentId.of("research"));
    assertThat(agreement.commitment(CommitmentId.of("road"))).isEmpty();
    assertThat(repeated.commitment(CommitmentId.of("plant")).map(Commitment::summary))
        .contains("first");
  }
}
