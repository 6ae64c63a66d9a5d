package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CorporateRegistrationNumberTest {

  private static final String TYPE = "CorporateRegistrationNumber";

  // Numbers published by the companies in their filings on DART (dart.fss.or.kr), the Financial
  // Supervisory Service's disclosure system, which prints the filer's 법인등록번호 in the header of
  // every report. Each was checked against the registry checksum before it was used here.
  //   삼성전자  130111-0006246  DART company overview (기업개황), next to 사업자등록번호 124-81-00998
  //   카카오    110111-1129497  quarterly report 2021.09, filed 2021-11-15
  //   기아      110111-0037998  half-year report 2025.06, filed 2025-08-14
  //   ㈜LG      110111-0003543  half-year report 2024.06, filed 2024-08-14
  //   LG이노텍  110111-0192180  quarterly report 2025.03, filed 2025-05-15
  private static Stream<Arguments> publishedNumbers() {
    return Stream.of(
        Arguments.of("삼성전자", "130111-0006246"),
        Arguments.of("카카오", "110111-1129497"),
        Arguments.of("기아", "110111-0037998"),
        Arguments.of("㈜LG", "110111-0003543"),
        Arguments.of("LG이노텍", "110111-0192180"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("publishedNumbers")
  void readsPublishedNumbersWithOrWithoutTheHyphen(String company, String printed) {
    String digits = printed.replace("-", "");
    CorporateRegistrationNumber hyphenated = CorporateRegistrationNumber.parse(printed);
    CorporateRegistrationNumber plain = CorporateRegistrationNumber.parse(digits);

    assertThat(hyphenated.value()).isEqualTo(digits);
    assertThat(plain).isEqualTo(hyphenated).hasSameHashCodeAs(hyphenated);
    assertThat(CorporateRegistrationNumber.of(digits)).isEqualTo(hyphenated);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("publishedNumbers")
  void writesTheHyphenatedFormAndReadsItBack(String company, String printed) {
    CorporateRegistrationNumber number = CorporateRegistrationNumber.of(printed.replace("-", ""));

    assertThat(number.toString()).isEqualTo(printed);
    assertThat(CorporateRegistrationNumber.parse(number.toString())).isEqualTo(number);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {" 130111-0006246 ", "\t1301110006246\n", "\u3000130111-0006246"})
  void ignoresWhiteSpaceAroundTheNumber(String text) {
    assertThat(CorporateRegistrationNumber.parse(text).value()).isEqualTo("1301110006246");
  }

  @Test
  void tellsDifferentNumbersApart() {
    assertThat(CorporateRegistrationNumber.parse("110111-0037998"))
        .isNotEqualTo(CorporateRegistrationNumber.parse("110111-0003543"));
  }

  @ParameterizedTest(name = "{0}: {1} should end in {2}")
  @CsvSource({
    "삼성전자, 130111-0006247, 6, 7",
    "삼성전자, 1301110006240,  6, 0",
    "카카오,   110111-1129498, 7, 8",
    "기아,     110111-0037999, 8, 9",
    "㈜LG,     110111-0003544, 3, 4",
    "LG이노텍, 110111-0192181, 0, 1",
  })
  void rejectsAPublishedNumberWithItsCheckDigitChanged(
      String company, String text, int checkDigit, int lastDigit) {
    InvalidAttributeException failure = parseFailure(text);

    assertThat(failure.value()).isEqualTo(text);
    assertThat(failure.getMessage())
        .contains("\"" + text + "\"", "checksum")
        .contains("check digit should be " + checkDigit + ", not " + lastDigit);
  }

  @ParameterizedTest(name = "{0}: {1} (digits {2} swapped)")
  @CsvSource({
    "삼성전자, 310111-0006246, 1 and 2",
    "삼성전자, 130110-1006246, 6 and 7",
    "삼성전자, 130111-0006264, 12 and 13",
    "카카오,   110111-1219497, 8 and 9",
    "카카오,   110111-1129479, 12 and 13",
    "기아,     110111-0073998, 9 and 10",
    "㈜LG,     101111-0003543, 2 and 3",
    "LG이노텍, 110111-0192810, 11 and 12",
  })
  void rejectsAPublishedNumberWithTwoAdjacentDigitsSwapped(
      String company, String text, String swapped) {
    InvalidAttributeException failure = parseFailure(text);

    assertThat(failure.value()).isEqualTo(text);
    assertThat(failure.getMessage()).contains("\"" + text + "\"", "checksum");
  }

  // With weights alternating 1 and 2, swapping two different adjacent digits among the first twelve
  // moves the sum by their difference, 1 to 9, so the check digit never survives it.
  private static Stream<Arguments> everySwapAmongTheFirstTwelveDigits() {
    return publishedNumbers()
        .map(arguments -> ((String) arguments.get()[1]).replace("-", ""))
        .flatMap(
            digits ->
                IntStream.range(0, 11)
                    .filter(i -> digits.charAt(i) != digits.charAt(i + 1))
                    .mapToObj(i -> Arguments.of(swap(digits, i), i + 1)));
  }

  @ParameterizedTest(name = "{0} (digits {1} and the next swapped)")
  @MethodSource("everySwapAmongTheFirstTwelveDigits")
  void catchesEverySwapOfDifferentAdjacentDigitsBeforeTheCheckDigit(String digits, int position) {
    assertThat(parseFailure(digits).getMessage()).contains("checksum");
  }

  @Test
  void explainsAChecksumFailureInFull() {
    assertThat(parseFailure("130111-0006247").getMessage())
        .isEqualTo(
            "CorporateRegistrationNumber.value must be 13 digits that pass the corporate"
                + " registration checksum (the check digit should be 6, not 7),"
                + " was \"130111-0006247\"");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "1", "130111000624", "13011100062460", "130111-000624", "130111-00062466", "30111-0006246"
      })
  void rejectsTheWrongNumberOfDigits(String text) {
    assertFormatRejected(text);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "130111-OOO6246", // capital letters O for zeros
        "130111-0006246번",
        "CRN 130111-0006246",
        "１３０１１１-０００６２４６", // full-width digits
      })
  void rejectsLettersAndDigitsOutsideAscii(String text) {
    assertFormatRejected(text);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "1301-110006246",
        "1301110-006246",
        "1301-11-0006246",
        "130111-000-6246",
        "130111--0006246",
        "-1301110006246",
        "1301110006246-",
        "130111 0006246",
        "130111–0006246", // en dash
      })
  void rejectsHyphensOrSeparatorsOutOfPlace(String text) {
    assertFormatRejected(text);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", " ", "\t\n", "\u3000"})
  void rejectsBlankText(String text) {
    assertFormatRejected(text);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"130111-0006246", "1301110006246 ", "130111000624", ""})
  void ofTakesExactlyThirteenAsciiDigits(String digits) {
    InvalidAttributeException failure =
        catchThrowableOfType(
            InvalidAttributeException.class, () -> CorporateRegistrationNumber.of(digits));

    assertThat(failure).isNotNull();
    assertThat(failure.type()).isEqualTo(TYPE);
    assertThat(failure.value()).isEqualTo(digits);
    assertThat(failure.getMessage())
        .isEqualTo(
            "CorporateRegistrationNumber.value must be exactly 13 ASCII digits without hyphen,"
                + " such as 1301110006246, was \""
                + digits
                + "\"");
  }

  @Test
  void ofChecksTheCheckDigitToo() {
    assertThat(
            catchThrowableOfType(
                    InvalidAttributeException.class,
                    () -> CorporateRegistrationNumber.of("1301110006247"))
                .getMessage())
        .contains("check digit should be 6, not 7", "\"1301110006247\"");
  }

  @Test
  void rejectsNullNamingTheParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> CorporateRegistrationNumber.parse(null))
        .withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> CorporateRegistrationNumber.of(null))
        .withMessage("digits");
  }

  private static String swap(String digits, int i) {
    char[] chars = digits.toCharArray();
    chars[i] = digits.charAt(i + 1);
    chars[i + 1] = digits.charAt(i);
    return new String(chars);
  }

  private static InvalidAttributeException parseFailure(String text) {
    InvalidAttributeException failure =
        catchThrowableOfType(
            InvalidAttributeException.class, () -> CorporateRegistrationNumber.parse(text));
    assertThat(failure).as("parse(\"%s\") should fail", text).isNotNull();
    assertThat(failure.type()).isEqualTo(TYPE);
    assertThat(failure.attribute()).isEqualTo("value");
    return failure;
  }

  private static void assertFormatRejected(String text) {
    assertThat(parseFailure(text).getMessage())
        .isEqualTo(
            "CorporateRegistrationNumber.value must be 13 ASCII digits, plain (1301110006246) or"
                + " hyphenated as 130111-0006246, was \""
                + text
                + "\"");
  }
}
