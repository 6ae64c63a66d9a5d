package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanAmountFormatTest {

  @ParameterizedTest(name = "{0} is {1} won")
  @CsvSource(delimiter = '|', textBlock = """
      20000000000                      | 20000000000
      20,000,000,000                   | 20000000000
      ₩20,000,000,000                  | 20000000000
      KRW 20,000,000,000               | 20000000000
      20,000,000,000원                 | 20000000000
      200억 원                         | 20000000000
      200억원                          | 20000000000
      1조 2,345억 6,789만 원           | 1234567890000
      1억 5천만 원                     | 150000000
      3천만 원                         | 30000000
      2.5억 원                         | 250000000
      1억5000만원                      | 150000000
      1,500만 원                       | 15000000
      5천 원                           | 5000
      2억 원                           | 200000000
      ₩ 1,000                          | 1000
      KRW1000                          | 1000
      1조원                            | 1000000000000
      12억3400만원                     | 1234000000
      3,000억 원                       | 300000000000
      0.5억 원                         | 50000000
      1.25조 원                        | 1250000000000
      10만원                           | 100000
      1억 2천 3백만 원                 | 123000000
      1억 2천만 원                     | 120000000
      3백만 원                         | 3000000
      5십만 원                         | 500000
      2천3백만 원                      | 23000000
      2천500만 원                      | 25000000
      5천 3백 원                       | 5300
      1천2백3십4만 5천6백7십8 원       | 12345678
      9천9백9십9만 9천9백9십9 원       | 99999999
      4조5천억 원                      | 4500000000000
      7천억 원                         | 700000000000
      1천억원                          | 100000000000
      2조 1,000억 원                   | 2100000000000
      6조 원                           | 6000000000000
      50억원                           | 5000000000
      30억 원                          | 3000000000
      4,400억 원                       | 440000000000
      1,234억 5,678만 9,012 원         | 123456789012
      1억 5000                         | 100005000
      1만 5,000 원                     | 15000
      100만 원                         | 1000000
      1,000,000원                      | 1000000
      10,000,000 원                    | 10000000
      1.5조 원                         | 1500000000000
      3.2억 원                         | 320000000
      2.35억원                         | 235000000
      2.50억 원                        | 250000000
      0.1만 원                         | 1000
      0.00001억                        | 1000
      ₩200억                           | 20000000000
      KRW 200억                        | 20000000000
      200억 KRW                        | 20000000000
      1,000 KRW                        | 1000
      ￦5,000                           | 5000
      200 억 원                        | 20000000000
      '  200억 원  '                   | 20000000000
      '\u00A0200억\u3000원\u00A0'      | 20000000000
      '\t1,000원\t'                    | 1000
      0원                              | 0
      0                                | 0
      ₩0                               | 0
      1                                | 1
      9,999원                          | 9999
      1만 원                           | 10000
      1억 원                           | 100000000
      1경 원                           | 10000000000000000
      922경 3,372조 368억 5,477만 5,807 원 | 9223372036854775807
      ₩9,223,372,036,854,775,807       | 9223372036854775807
      9223372036854775807              | 9223372036854775807
      """)
  void readsPressAndGovernmentForms(String text, long won) {
    assertThat(KoreanAmountFormat.parse(text)).isEqualTo(won);
  }

  @Test
  void readsASpaceInsideAGroupAsPartOfThatGroup() {
    // Korean reads 5천3억 as 5,003억; a space between the terms of one group changes nothing.
    assertThat(KoreanAmountFormat.parse("5천 3억")).isEqualTo(500_300_000_000L);
    // So does a space between a digit and its 천, 백 or 십.
    assertThat(KoreanAmountFormat.parse("5 천만 원")).isEqualTo(50_000_000L);
    assertThat(KoreanAmountFormat.parse("2천3 백만 원")).isEqualTo(23_000_000L);
  }

  @Test
  void rejectsAnUnfinishedKrwAtTheEnd() {
    assertRejected("1억 KR");
  }

  @Test
  void rejectsNullNamingTheParameter() {
    assertThatThrownBy(() -> KoreanAmountFormat.parse(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      ''
      '   '
      '\u3000'
      '\t\t'
      """)
  void rejectsBlankText(String text) {
    assertRejected(text).hasMessageContaining("it is blank");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      원
      ₩
      KRW
      ' ₩ '
      """)
  void rejectsACurrencyWithoutDigits(String text) {
    assertRejected(text).hasMessageContaining("it has no digits");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      -1000
      -5억 원
      −
      −1,000원
      - 1000
      ₩-1000
      KRW -1,000
      △1,000
      ▲3억 원
      －500
      """)
  void rejectsNegativeAmounts(String text) {
    assertRejected(text).hasMessageContaining("negative amounts are not allowed");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1000.5
      1,000.50원
      0.5
      1000.0
      1.000
      ₩99.99
      0.000000001억
      1.000000001억 원
      922경 3,372조 368억 5,477만 5,807.5 원
      1.23456789012345678조
      """)
  void rejectsFractionOfAWon(String text) {
    assertRejected(text).hasMessageContaining("a fraction of a won is not allowed");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      $1000           | $
      US$ 1,000       | US$
      HK$500          | HK$
      USD 1000        | USD
      1000 USD        | USD
      1,000 usd       | usd
      1000 ZAR        | ZAR
      1,000 zar       | zar
      €500            | €
      EUR 500         | EUR
      500 EUR         | EUR
      ¥1000           | ¥
      1000엔          | 엔
      100만 엔        | 엔
      100달러         | 달러
      100만 달러      | 달러
      50위안          | 위안
      30억 위안       | 위안
      100불           | 불
      ₩200억 달러     | 달러
      KRW 100 JPY     | JPY
      £20             | £
      """)
  void rejectsOtherCurrencies(String text, String currency) {
    assertRejected(text)
        .hasMessageContaining("it names another currency, \"" + currency + "\"")
        .hasMessageContaining("only Korean won (₩, KRW, 원) is allowed");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ₩1,000원
      KRW 1000원
      ₩1000 KRW
      ₩₩1000
      1000원원
      KRW KRW 1000
      1억원 ₩
      """)
  void rejectsACurrencyWrittenTwiceOrMisplaced(String text) {
    assertRejected(text).hasMessageContaining("written twice");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      5만 3억         | 억 follows 만
      1억 2억         | 억 follows 억
      3만 2조         | 조 follows 만
      1만 1만         | 만 follows 만
      1억 2조 3만     | 조 follows 억
      1경 2경 원      | 경 follows 경
      """)
  void rejectsUnitsOutOfOrderOrRepeated(String text, String detail) {
    assertRejected(text)
        .hasMessageContaining("units must descend 경, 조, 억, 만, each at most once")
        .hasMessageContaining(detail);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      억 원           | 억
      만              | 만
      억              | 억
      조원            | 조
      경 원           | 경
      1억 만 원       | 만
      천만 원         | 천
      백만 원         | 백
      십만 원         | 십
      1억 천만        | 천
      5천 백          | 백
      ₩억             | 억
      """)
  void rejectsDanglingUnits(String text, String unit) {
    assertRejected(text).hasMessageContaining(unit + " has no number before it");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      5천 3천만
      1백 2천
      1십 5백만 원
      """)
  void rejectsSubUnitsOutOfOrder(String text) {
    assertRejected(text).hasMessageContaining("천, 백 and 십 must descend within a unit");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      12천만 원
      2.5천만 원
      1,000천 원
      """)
  void rejectsMoreThanOneDigitBeforeASubUnit(String text) {
    assertRejected(text).hasMessageContaining("take a single digit 1 to 9 before them");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      5천 1000 원     | 천
      3백 250 원      | 백
      2십 10          | 십
      5천 3.5만       | 천
      """)
  void rejectsARestTooLargeForItsSubUnit(String text, String subUnit) {
    assertRejected(text).hasMessageContaining("the number after " + subUnit + " must be");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1억 12,000만    | 억
      1만 10000 원    | 만
      1조 10,000억    | 조
      1경 10,000 원   | 경
      """)
  void rejectsAGroupOfTenThousandOrMoreAfterALargerUnit(String text, String unit) {
    assertRejected(text).hasMessageContaining("the number after " + unit + " must be below 10,000");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      '1,00,000'
      '1000,000'
      '1,0000'
      '1,000,'
      '1,000,00원'
      '0,500'
      '1,,000'
      '1, 000'
      """)
  void rejectsMisplacedCommas(String text) {
    assertRejected(text).hasMessageContaining("commas may only separate groups of three digits");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      007
      00원
      1억 0500만
      """)
  void rejectsLeadingZeros(String text) {
    assertRejected(text).hasMessageContaining("numbers must not start with 0");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      abc             | 'a' (U+0061) cannot stand at index 0
      1a              | 'a' (U+0061) cannot stand at index 1
      ",100"          | ',' (U+002C) cannot stand at index 0
      1~2억 원        | '~' (U+007E) cannot stand at index 1
      1억원정         | '정' (U+C815) cannot stand at index 3
      １０００        | '１' (U+FF11) cannot stand at index 0
      "1，000"        | '，' (U+FF0C) cannot stand at index 1
      +1000           | '+' (U+002B) cannot stand at index 0
      1.              | '.' (U+002E) cannot stand at index 1
      1 000           | a number follows another without a unit between them
      1억원 5000만원  | a number follows another without a unit between them
      """)
  void rejectsGarbage(String text, String reason) {
    assertRejected(text).hasMessageContaining(reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      922경 3,372조 368억 5,477만 5,808 원
      9223372036854775808
      9,223,372,036,854,775,808원
      99999999999999999999
      1000경 원
      923경
      922.4경 원
      """)
  void rejectsValuesAboveTheLargestAmount(String text) {
    assertRejected(text)
        .hasMessageContaining("it is above the largest amount, ₩9,223,372,036,854,775,807");
  }

  @Test
  void quotesOnlyTheStartOfAVeryLongInput() {
    String digits = "1".repeat(100_000);

    assertThatThrownBy(() -> KoreanAmountFormat.parse(digits))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot read a MoneyAmount from \"" + "1".repeat(100) + "…\"")
        .hasMessageContaining("above the largest amount");
  }

  @Test
  void quotesAnInputOfExactlyTheQuotedLengthWhole() {
    String digits = "9".repeat(100);

    assertThatThrownBy(() -> KoreanAmountFormat.parse(digits))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot read a MoneyAmount from \"" + digits + "\":");
  }

  @Test
  void readsAnyCharSequence() {
    assertThat(KoreanAmountFormat.parse(new StringBuilder("1억 5천만 원"))).isEqualTo(150_000_000L);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0                   | ₩0
      1                   | ₩1
      999                 | ₩999
      1000                | ₩1,000
      100000              | ₩100,000
      1000000             | ₩1,000,000
      20000000000         | ₩20,000,000,000
      9223372036854775807 | ₩9,223,372,036,854,775,807
      """)
  void formatsTheCanonicalForm(long won, String text) {
    assertThat(KoreanAmountFormat.format(won)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0                   | 0 원
      1                   | 1 원
      999                 | 999 원
      5000                | 5,000 원
      9999                | 9,999 원
      10000               | 1만 원
      10001               | 1만 1 원
      15000               | 1만 5,000 원
      99999999            | 9,999만 9,999 원
      100000000           | 1억 원
      100000001           | 1억 1 원
      20000000000         | 200억 원
      100000010000        | 1,000억 1만 원
      123456789012        | 1,234억 5,678만 9,012 원
      1000000000000       | 1조 원
      1234567890000       | 1조 2,345억 6,789만 원
      1000000000010000    | 1,000조 1만 원
      10000000000000000   | 1경 원
      10000000000000001   | 1경 1 원
      12345678901234567   | 1경 2,345조 6,789억 123만 4,567 원
      9223372036854775807 | 922경 3,372조 368억 5,477만 5,807 원
      """)
  void formatsKoreanUnitsLeavingOutZeroGroups(long won, String text) {
    assertThat(KoreanAmountFormat.formatKorean(won)).isEqualTo(text);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(String text) {
    return assertThatThrownBy(() -> KoreanAmountFormat.parse(text))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot read a MoneyAmount from \"" + text + "\": ")
        .hasMessageEndingWith("1억 5천만 원 or 2.5억 원");
  }
}
