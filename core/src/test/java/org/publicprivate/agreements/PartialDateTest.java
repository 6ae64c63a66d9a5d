package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @ValueSource(strings = {"2021", "2021-09", "2021-09-15", "2024-02-29", "0001", "9999-12-31"})
  void parsesWhatItPrints(String text) {
    assertThat(PartialDate.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 9, 10, 99, 100, 999, 1000, 2024, 9999})
  void printsEveryMonthAndDayAsStringFormatWouldAndTheSameTextAgain(int year) {
    for (int month = 1; month <= 12; month++) {
      PartialDate ofMonth = PartialDate.of(year, month);
      String expected = String.format(Locale.ROOT, "%04d-%02d", year, month);
      assertThat(ofMonth).hasToString(expected);
      assertThat(ofMonth.toString()).isSameAs(ofMonth.toString());
      for (int day = 1; day <= YearMonth.of(year, month).lengthOfMonth(); day++) {
        assertThat(PartialDate.of(year, month, day))
            .hasToString(String.format(Locale.ROOT, "%s-%02d", expected, day));
      }
    }
    assertThat(PartialDate.of(year)).hasToString(String.format(Locale.ROOT, "%04d", year));
    ImmutablePartialDate may = (ImmutablePartialDate) PartialDate.of(year, 5);
    assertThat(may).hasToString(String.format(Locale.ROOT, "%04d-05", year));
    assertThat(may.withMonth(6)).hasToString(String.format(Locale.ROOT, "%04d-06", year));
  }

  @Test
  void knowsItsPrecision() {
    PartialDate september = PartialDate.of(2021, 9);
    assertThat(september.year()).isEqualTo(2021);
    assertThat(september.month()).hasValue(9);
    assertThat(september.day()).isEmpty();
    assertThat(september.isComplete()).isFalse();
    assertThat(september.earliest()).isEqualTo(LocalDate.of(2021, 9, 1));
    assertThat(PartialDate.of(LocalDate.of(2021, 9, 15)).isComplete()).isTrue();
    assertThat(PartialDate.of(YearMonth.of(2021, 9))).isEqualTo(september);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "21", "2021-9", "2021-13", "2021-00", "2021-02-29", "2021-09-31",
      "2021-09-00", "2021/09", "2021-09-15T00:00", " 2021", "２０２１", "0000", "2021-1a"})
  void rejectsTextThatIsNoPartialDateQuotingIt(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageContaining("PartialDate.");
  }

  @Test
  void rejectsTextOfTheWrongFormSayingWhatIsAllowed() {
    assertThatThrownBy(() -> PartialDate.parse("2021/09"))
        .hasMessage("PartialDate.text must be YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date,"
            + " was \"2021/09\"");
  }

  @Test
  void rejectsDaysThatDoNotExist() {
    assertThatThrownBy(() -> PartialDate.of(2023, 2, 29))
        .hasMessage("PartialDate.day must be a day of 2023-02, was 29");
    assertThatThrownBy(() -> PartialDate.of(2023, 13))
        .hasMessage("PartialDate.month must be from 1 to 12, was 13");
    assertThatThrownBy(() -> PartialDate.of(0))
        .hasMessage("PartialDate.year must be from 1 to 9999, was 0");
  }

  @Test
  void rejectsADayWithoutAMonth() {
    assertThatThrownBy(() -> ImmutablePartialDate.of(2021, java.util.OptionalInt.empty(),
            java.util.OptionalInt.of(3)))
        .hasMessage("PartialDate.day must be absent when the month is absent, was 3");
  }

  @Test
  void printsAsciiDigitsWhateverTheDefaultLocale() {
    java.util.Locale original = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("th-TH-u-nu-thai"));
      assertThat(PartialDate.of(2021, 9)).hasToString("2021-09");
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
      assertThat(PartialDate.of(987)).hasToString("0987");
    } finally {
      java.util.Locale.setDefault(original);
    }
  }

  @Test
  void ordersByEarliestDayThenPrecision() {
    assertThat(PartialDate.of(2021).compareTo(PartialDate.of(2021, 1))).isNegative();
    assertThat(PartialDate.of(2021, 9).compareTo(PartialDate.of(2021, 8, 31))).isPositive();
    assertThat(PartialDate.of(2021, 9, 1).compareTo(PartialDate.of(2021, 9))).isPositive();
  }
}
