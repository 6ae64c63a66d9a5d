package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  private static final LocalDate SIGNED = LocalDate.of(2023, 5, 22);

  @Test
  void holdsStartAndEnd() {
    DateRange range = DateRange.of(SIGNED, LocalDate.of(2025, 5, 21));
    assertThat(range.start()).isEqualTo(SIGNED);
    assertThat(range.end()).contains(LocalDate.of(2025, 5, 21));
    assertThat(range).hasToString("2023-05-22..2025-05-21");
  }

  @Test
  void aOneDayRangeIsAllowed() {
    assertThat(DateRange.of(SIGNED, SIGNED).contains(SIGNED)).isTrue();
  }

  @Test
  void rejectsAnEndBeforeTheStartNamingBoth() {
    assertThatThrownBy(() -> DateRange.of(SIGNED, SIGNED.minusDays(1)))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("DateRange.end must be on or after the start 2023-05-22, was 2023-05-21");
  }

  @Test
  void anOpenEndedRangeContainsEveryLaterDay() {
    DateRange open = DateRange.startingOn(SIGNED);
    assertThat(open.end()).isEmpty();
    assertThat(open.contains(LocalDate.of(9999, 12, 31))).isTrue();
    assertThat(open.contains(SIGNED.minusDays(1))).isFalse();
    assertThat(open).hasToString("2023-05-22..");
  }

  @Test
  void containsBothEnds() {
    DateRange range = DateRange.of(SIGNED, LocalDate.of(2023, 12, 31));
    assertThat(range.contains(SIGNED)).isTrue();
    assertThat(range.contains(LocalDate.of(2023, 12, 31))).isTrue();
    assertThat(range.contains(LocalDate.of(2024, 1, 1))).isFalse();
  }

  @Test
  void datesOfTheModelLieInTheYearsOneToNineThousandNineHundredNinetyNine() {
    LocalDate tooLate = LocalDate.of(10000, 1, 1);
    assertThatThrownBy(() -> DateRange.of(SIGNED, tooLate))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("DateRange.end must be in the years 1 to 9999, was +10000-01-01");
    assertThatThrownBy(() -> DateRange.startingOn(LocalDate.of(0, 12, 31)))
        .hasMessage("DateRange.start must be in the years 1 to 9999, was 0000-12-31");
    assertThatThrownBy(() -> Signing.builder().date(tooLate).build())
        .hasMessage("Signing.date must be in the years 1 to 9999, was +10000-01-01");
    assertThatThrownBy(() -> Fixtures.commitment("c", Fixtures.CITY).withDue(tooLate))
        .hasMessage("Commitment.due must be in the years 1 to 9999, was +10000-01-01");
    assertThatThrownBy(() -> SourceDocument.builder().title("t").publishedOn(tooLate).build())
        .hasMessage("SourceDocument.publishedOn must be in the years 1 to 9999, was +10000-01-01");
    assertThatThrownBy(() -> SourceDocument.builder().title("t").retrievedOn(tooLate).build())
        .hasMessage("SourceDocument.retrievedOn must be in the years 1 to 9999, was +10000-01-01");
    assertThatThrownBy(() -> Amendment.builder().date(tooLate).summary("변경").build())
        .hasMessage("Amendment.date must be in the years 1 to 9999, was +10000-01-01");
    assertThatThrownBy(() -> FiscalYears.of(Year.of(2024), Year.of(10000)))
        .hasMessage("FiscalYears.last must be in the years 1 to 9999, was 10000");
    assertThatThrownBy(() -> FiscalYears.of(Year.of(0), Year.of(2024)))
        .hasMessage("FiscalYears.first must be in the years 1 to 9999, was 0");
  }

  @Test
  void theFirstAndTheLastDayOfTheYearsOneToNineThousandNineHundredNinetyNineAreDatesOfTheModel() {
    LocalDate first = LocalDate.of(1, 1, 1);
    LocalDate last = LocalDate.of(9999, 12, 31);

    assertThat(DateRange.of(first, last).start()).isEqualTo(first);
    assertThat(DateRange.of(first, last).end()).contains(last);
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    assertThatThrownBy(() -> DateRange.of(null, SIGNED)).hasMessageContaining("start");
    assertThatThrownBy(() -> DateRange.of(SIGNED, null)).hasMessageContaining("end");
    assertThatThrownBy(() -> DateRange.startingOn(SIGNED).contains(null)).hasMessageContaining("date");
  }

  @Test
  void equalRangesAreEqual() {
    assertThat(DateRange.startingOn(SIGNED)).isEqualTo(ImmutableDateRange.of(SIGNED, Optional.empty()));
  }
}
