package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;

/**
 * {@link Agreement#pledged(QuantityUnit)} equals the sum of the quantities of that unit computed
 * another way: a {@code BigInteger} over every quantity of every commitment, unit by unit, which
 * cannot overflow.
 */
class PledgedPropertiesTest {

  /**
   * Valid agreements whose commitments each pledge 0 to 4 quantities of any unit (the units may
   * repeat), with values up to 2^53−1: up to 40 commitments, so no sum exceeds a {@code long}.
   */
  private static final Gen<Agreement> WITH_QUANTITIES = Gens.combine(
      AgreementGens.validAgreements(),
      Gens.listOf(Gens.listOf(ValueGens.quantities(), 0, 4), 40, 40),
      (agreement, quantities) -> {
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < agreement.commitments().size(); i++) {
          commitments.add(agreement.commitments().get(i).withQuantities(quantities.get(i)));
        }
        return agreement.withCommitments(commitments);
      });

  @PropertyTest
  void pledgedEqualsTheSumOfTheCommitmentsQuantitiesOfTheUnit() {
    Property.forAll(WITH_QUANTITIES, Gens.elements(QuantityUnit.values()))
        .verify((agreement, unit) -> {
          BigInteger sum = BigInteger.ZERO;
          for (Commitment commitment : agreement.commitments()) {
            for (Quantity quantity : commitment.quantities()) {
              if (quantity.unit().equals(unit)) {
                sum = sum.add(BigInteger.valueOf(quantity.value()));
              }
            }
          }

          assertThat(BigInteger.valueOf(agreement.pledged(unit))).isEqualTo(sum);
        });
  }

  @PropertyTest
  void pledgedOverEveryUnitAddsUpToEveryQuantity() {
    Property.forAll(WITH_QUANTITIES).verify(agreement -> {
      BigInteger byUnit = BigInteger.ZERO;
      for (QuantityUnit unit : QuantityUnit.values()) {
        byUnit = byUnit.add(BigInteger.valueOf(agreement.pledged(unit)));
      }
      BigInteger all = agreement.commitments().stream()
          .flatMap(commitment -> commitment.quantities().stream())
          .map(quantity -> BigInteger.valueOf(quantity.value()))
          .reduce(BigInteger.ZERO, BigInteger::add);

      assertThat(byUnit).isEqualTo(all);
    });
  }
}
