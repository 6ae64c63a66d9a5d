package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearsTest {
  private final FiscalYears period = FiscalYears.of(2024, 2027);

  @ParameterizedTest
  @CsvSource({"2023,false", "2024,true", "2025,true", "2027,true", "2028,false"})
  void containsTheYearsFromFirstToLast(int year, boolean contained) {
    assertThat(period.contains(Year.of(year))).isEqualTo(contained);
  }

  @Test
  void knowsItsLengthAndPrintsWithAnEnDash() {
    assertThat(period.length()).isEqualTo(4);
    assertThat(period).hasToString("2024–2027");
    assertThat(FiscalYears.of(2024, 2024)).hasToString("2024");
    assertThat(FiscalYears.of(2024, 2024).length()).isEqualTo(1);
  }

  @Test
  void rejectsALastYearBeforeTheFirst() {
    assertThatThrownBy(() -> FiscalYears.of(2027, 2024))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("FiscalYears.last must be the first year 2027 or later, was 2024");
  }

  @Test
  void acceptsOnlyTheYearsOneToNineThousandNineHundredNinetyNine() {
    assertThat(FiscalYears.of(1, 9999).length()).isEqualTo(9999);
    assertThatThrownBy(() -> FiscalYears.of(0, 2024))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("FiscalYears.first must be in the years 1 to 9999, was 0");
    assertThatThrownBy(() -> FiscalYears.of(2024, 10000))
        .hasMessage("FiscalYears.last must be in the years 1 to 9999, was 10000");
    assertThatThrownBy(() -> AnnualBudget.of(Year.of(-1), MoneyAmount.ZERO))
        .hasMessage("AnnualBudget.year must be in the years 1 to 9999, was -1");
  }

  @Test
  void yearsAndIntsBuildEqualValues() {
    assertThat(FiscalYears.of(Year.of(2024), Year.of(2027))).isEqualTo(period);
    assertThat(period.first()).isEqualTo(Year.of(2024));
    assertThat(period.last()).isEqualTo(Year.of(2027));
  }
}
