package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.BusinessRegistrationNumber;
import org.publicprivate.agreements.CorporateRegistrationNumber;
import org.publicprivate.agreements.ForeignAmount;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;

/**
 * The Korean parsers of core fuzzed with {@link FuzzInputs#texts(Gen)}: each input reads as a value
 * or throws the documented {@code IllegalArgumentException}; a value read is written back
 * ({@code toKoreanString} or {@code toString}) and reads back equal. {@value Fuzz#DEFAULT_INPUTS}
 * inputs per target in CI; the long run is {@code -Dagreements.fuzz.inputs=10000000}.
 */
class ParserFuzzTest {

  @Test
  void moneyAmountParse() {
    check(FuzzTarget.of("MoneyAmount.parse", MoneyAmount::parse, String::length,
            IllegalArgumentException.class).roundTrip(MoneyAmount::toKoreanString),
        ValueGens.moneyTexts().map(MoneyText::text));
  }

  @Test
  void moneyAmountParseOfPlainWon() {
    check(FuzzTarget.of("MoneyAmount.parse (plain)", MoneyAmount::parse, String::length,
            IllegalArgumentException.class).roundTrip(MoneyAmount::toString),
        ValueGens.money().map(MoneyAmount::toString));
  }

  @Test
  void quantityParse() {
    for (QuantityUnit unit : new QuantityUnit[] {QuantityUnit.JOBS, QuantityUnit.SQUARE_METRES,
        QuantityUnit.OTHER}) {
      check(FuzzTarget.of("Quantity.parse " + unit, (String text) -> Quantity.parse(text, unit),
              String::length, IllegalArgumentException.class)
              .roundTrip(Quantity::toKoreanString),
          // Each quantity made one of this unit, not filtered to it: a filter that keeps one unit
          // in eight rejected a hundred in a row about once in twenty runs.
          ValueGens.quantities().map(q -> Quantity.builder().from(q).unit(unit)
                  .label(unit == QuantityUnit.OTHER
                      ? q.label().or(() -> java.util.Optional.of("기타 성과")) : q.label())
                  .build())
              .map(Quantity::toKoreanString), Fuzz.DEFAULT_INPUTS / 3);
    }
  }

  @Test
  void foreignAmountParse() {
    check(FuzzTarget.of("ForeignAmount.parse", ForeignAmount::parse, String::length,
            IllegalArgumentException.class).roundTrip(ForeignAmount::toKoreanString),
        ValueGens.foreignAmounts().map(ForeignAmount::toKoreanString));
  }

  @Test
  void partialDateParse() {
    check(FuzzTarget.of("PartialDate.parse", PartialDate::parse, String::length,
            IllegalArgumentException.class).roundTrip(PartialDate::toString),
        ValueGens.partialDates().map(PartialDate::toString));
  }

  @Test
  void registrationNumbersParse() {
    check(FuzzTarget.of("BusinessRegistrationNumber.parse", BusinessRegistrationNumber::parse,
            String::length, IllegalArgumentException.class)
            .roundTrip(BusinessRegistrationNumber::toString),
        ValueGens.businessRegistrationNumbers().map(BusinessRegistrationNumber::toString));
    check(FuzzTarget.of("CorporateRegistrationNumber.parse", CorporateRegistrationNumber::parse,
            String::length, IllegalArgumentException.class)
            .roundTrip(CorporateRegistrationNumber::toString),
        ValueGens.corporateRegistrationNumbers().map(CorporateRegistrationNumber::toString));
  }

  private static void check(FuzzTarget<String, ?> target, Gen<String> valid) {
    check(target, valid, Fuzz.DEFAULT_INPUTS);
  }

  /** Runs the target; both outcomes must occur, or the inputs are too tame or too wild. */
  private static void check(FuzzTarget<String, ?> target, Gen<String> valid, int defaultInputs) {
    int inputs = Integer.getInteger("agreements.fuzz.inputs", defaultInputs);
    long seed = Long.getLong("agreements.fuzz.seed", System.nanoTime());
    FuzzReport report = Fuzz.run(target, FuzzInputs.texts(valid), inputs, seed);
    System.out.print(report);
    assertThat(report.values()).as("inputs read as values (seed %d)", seed)
        .isBetween(1, inputs - 1);
  }
}
