package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.publicprivate.agreements.ForeignAmount;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.RegionCode;

/**
 * The laws of the version 2 value types: quantities and foreign amounts read back what they write,
 * and read the numbers as a second, independent writer of Korean numbers prints them.
 */
class QuantityAndForeignAmountPropertiesTest {

  /** Exact, unlabelled quantities of the units that have a word. */
  private static final Gen<Quantity> PLAIN_QUANTITIES = Gens.combine(
      Gens.withEdgeCases(Gens.longs(0, Quantity.MAX_VALUE), 0L, 10_000L, 100_000_000L),
      Gens.elements(QuantityUnit.JOBS, QuantityUnit.PEOPLE, QuantityUnit.COMPANIES,
          QuantityUnit.SQUARE_METRES, QuantityUnit.PYEONG, QuantityUnit.ITEMS, QuantityUnit.EVENTS),
      Quantity::of);

  /** The notations of {@link KoreanMoneyNotation} that write a number, with or without 원. */
  private static final Gen<Integer> NUMBER_NOTATIONS = Gens.elements(0, 1, 5, 6, 7, 8, 9);

  @PropertyTest
  void aQuantityReadsBackWhatItWrites() {
    Property.forAll(ValueGens.quantities()).verify(quantity ->
        assertThat(Quantity.parse(quantity.toKoreanString(), quantity.unit()))
            .as("parse(\"%s\")", quantity.toKoreanString())
            .isEqualTo(quantity));
  }

  @PropertyTest
  void aQuantityReadsItsNumberAsASecondWriterPrintsIt() {
    Property.forAll(PLAIN_QUANTITIES, NUMBER_NOTATIONS, Gens.booleans())
        .verify((quantity, notation, spaced) -> {
          String number = KoreanMoneyNotation.write(quantity.value(), notation);
          number = number.endsWith("원") ? number.substring(0, number.length() - 1).strip() : number;
          String word = quantity.unit().suffixesRead().get(
              (int) (quantity.value() % quantity.unit().suffixesRead().size()));
          String text = number + (spaced ? " " : "") + word;

          assertThat(Quantity.parse(text, quantity.unit())).as("parse(\"%s\")", text)
              .isEqualTo(quantity);
        });
  }

  @PropertyTest
  void theQualifierOfAQuantityIsTheOneQualifierSplitReads() {
    Property.forAll(ValueGens.quantities()).verify(quantity -> {
      Qualifier.Split split = Qualifier.split(quantity.toKoreanString());

      assertThat(split.qualifier()).isEqualTo(quantity.qualifier());
      assertThat(Quantity.parse(split.rest(), quantity.unit()))
          .isEqualTo(quantity.withQualifier(Qualifier.EXACTLY));
    });
  }

  @PropertyTest
  void aForeignAmountReadsBackWhatItWritesInKoreanAndCanonically() {
    Property.forAll(ValueGens.foreignAmounts()).verify(amount -> {
      assertThat(ForeignAmount.parse(amount.toKoreanString()))
          .as("parse(\"%s\")", amount.toKoreanString()).isEqualTo(amount);
      assertThat(ForeignAmount.parse(amount.toString()))
          .as("parse(\"%s\")", amount.toString()).isEqualTo(amount);
    });
  }

  @PropertyTest
  void aWholeForeignAmountReadsItsNumberAsASecondWriterPrintsIt() {
    Property.forAll(ValueGens.foreignAmounts(), NUMBER_NOTATIONS).verify((amount, notation) -> {
      BigDecimal whole = amount.amount().setScale(0, java.math.RoundingMode.DOWN);
      String number = KoreanMoneyNotation.write(whole.longValueExact(), notation);
      number = number.endsWith("원") ? number.substring(0, number.length() - 1).strip() : number;
      String text = number + " " + amount.currency().getCurrencyCode();

      assertThat(ForeignAmount.parse(text)).as("parse(\"%s\")", text)
          .isEqualTo(ForeignAmount.of(amount.currency(), whole));
    });
  }

  @PropertyTest
  void equalForeignAmountsHaveEqualHashCodesWhateverTheirTrailingZeros() {
    Property.forAll(ValueGens.foreignAmounts(), Gens.ints(0, 4)).verify((amount, zeros) -> {
      ForeignAmount padded = ForeignAmount.of(amount.currency(),
          amount.amount().setScale(amount.amount().scale() + zeros));

      assertThat(padded).isEqualTo(amount);
      assertThat(padded.hashCode()).isEqualTo(amount.hashCode());
    });
  }

  @PropertyTest
  void aRegionCodeLiesInTheProvinceOfItsFirstTwoDigits() {
    Property.forAll(ValueGens.regionCodes()).verify(code -> {
      assertThat(RegionCode.of(code.value())).isEqualTo(code);
      assertThat(code.sidoCode().value()).hasSize(2);
      assertThat(code.value()).startsWith(code.sidoCode().value());
      assertThat(code.sidoCode().sidoCode()).isEqualTo(code.sidoCode());
    });
  }

  @PropertyTest
  void anIdentifierIsRebuiltEqualFromItsParts() {
    Property.forAll(ValueGens.identifiers()).verify(identifier -> {
      Identifier copy = Identifier.of(identifier.scheme(), identifier.id());

      assertThat(copy).isEqualTo(identifier);
      assertThat(copy.hashCode()).isEqualTo(identifier.hashCode());
      assertThat(copy.toString()).isEqualTo(identifier.scheme() + ":" + identifier.id());
    });
  }
}
