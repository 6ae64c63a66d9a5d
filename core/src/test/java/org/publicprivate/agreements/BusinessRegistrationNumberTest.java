package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessRegistrationNumberTest {

  private static final String TYPE = "BusinessRegistrationNumber";

  // Numbers that companies print in the footer of their own websites, as the e-commerce law
  // requires. Each was checked against the National Tax Service checksum before it was used here.
  //   삼성전자  124-81-00998  samsung.com/sec footer; also DART company overview (기업개황)
  //   LG전자    107-86-14075  lge.co.kr footer
  //   네이버    220-81-62517  naver.com footer
  //   카카오    120-81-47521  kakaocorp.com footer
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "삼성전자, 124-81-00998, 1248100998",
    "LG전자,   107-86-14075, 1078614075",
    "네이버,   220-81-62517, 2208162517",
    "카카오,   120-81-47521, 1208147521",
  })
  void readsPublishedNumbersWithOrWithoutHyphens(String company, String printed, String digits) {
    BusinessRegistrationNumber hyphenated = BusinessRegistrationNumber.parse(printed);
    BusinessRegistrationNumber plain = BusinessRegistrationNumber.parse(digits);

    assertThat(hyphenated.value()).isEqualTo(digits);
    assertThat(plain).isEqualTo(hyphenated).hasSameHashCodeAs(hyphenated);
    assertThat(BusinessRegistrationNumber.of(digits)).isEqualTo(hyphenated);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "1248100998, 124-81-00998",
    "1078614075, 107-86-14075",
    "2208162517, 220-81-62517",
    "1208147521, 120-81-47521",
  })
  void writesTheHyphenatedFormAndReadsItBack(String digits, String printed) {
    BusinessRegistrationNumber number = BusinessRegistrationNumber.of(digits);

    assertThat(number.toString()).isEqualTo(printed);
    assertThat(BusinessRegistrationNumber.parse(number.toString())).isEqualTo(number);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {" 124-81-00998 ", "\t1248100998\n", "\u3000124-81-00998\u3000", "1248100998  "})
  void ignoresWhiteSpaceAroundTheNumber(String text) {
    assertThat(BusinessRegistrationNumber.parse(text).value()).isEqualTo("1248100998");
  }

  @Test
  void tellsDifferentNumbersApart() {
    assertThat(BusinessRegistrationNumber.parse("124-81-00998"))
        .isNotEqualTo(BusinessRegistrationNumber.parse("107-86-14075"));
  }

  @ParameterizedTest(name = "{0}: {1} should end in {2}")
  @CsvSource({
    "삼성전자, 124-81-00999, 8, 9",
    "삼성전자, 1248100990,   8, 0",
    "LG전자,   107-86-14076, 5, 6",
    "네이버,   220-81-62518, 7, 8",
    "카카오,   120-81-47522, 1, 2",
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
    "삼성전자, 214-81-00998, 1 and 2",
    "삼성전자, 124-80-10998, 5 and 6",
    "삼성전자, 124-81-00989, 9 and 10",
    "LG전자,   107-68-14075, 4 and 5",
    "LG전자,   107-86-14057, 9 and 10",
    "네이버,   220-18-62517, 4 and 5",
    "네이버,   220-81-26517, 6 and 7",
    "카카오,   120-84-17521, 5 and 6",
    "카카오,   120-81-47512, 9 and 10",
  })
  void rejectsAPublishedNumberWithTwoAdjacentDigitsSwapped(
      String company, String text, String swapped) {
    InvalidAttributeException failure = parseFailure(text);

    assertThat(failure.value()).isEqualTo(text);
    assertThat(failure.getMessage()).contains("\"" + text + "\"", "checksum");
  }

  @Test
  void explainsAChecksumFailureInFull() {
    assertThat(parseFailure("124-81-00999").getMessage())
        .isEqualTo(
            "BusinessRegistrationNumber.value must be 10 digits that pass the National Tax"
                + " Service checksum (the check digit should be 8, not 9), was \"124-81-00999\"");
  }

  // The checksum cannot see every slip: 107-86-14075 with its fifth and sixth digits swapped still
  // passes. The type promises a well-formed number; whether it is issued is the tax office's word.
  @Test
  void acceptsAnyNumberWhoseChecksumHolds() {
    assertThat(BusinessRegistrationNumber.parse("107-81-64075").value()).isEqualTo("1078164075");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {"1", "124810099", "12481009981", "124-81-0099", "124-81-009981", "24-81-00998"})
  void rejectsTheWrongNumberOfDigits(String text) {
    assertFormatRejected(text);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "124-81-0099O", // capital letter O for a zero
        "l248100998", // small letter L for a one
        "124-81-00998a",
        "+1248100998",
        "１２４８１００９９８", // full-width digits
        "١٢٤٨١٠٠٩٩٨", // Arabic-Indic digits
        "사업자 124-81-00998",
      })
  void rejectsLettersAndDigitsOutsideAscii(String text) {
    assertFormatRejected(text);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "12-481-00998",
        "1248-1-00998",
        "124-8100998",
        "12481-00998",
        "124--81-00998",
        "-124-81-00998",
        "124-81-00998-",
        "124 81 00998",
        "124.81.00998",
        "124–81–00998", // en dashes
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
  @ValueSource(strings = {"124-81-00998", " 1248100998", "124810099", "１２４８１００９９８", ""})
  void ofTakesExactlyTenAsciiDigits(String digits) {
    InvalidAttributeException failure =
        catchThrowableOfType(
            InvalidAttributeException.class, () -> BusinessRegistrationNumber.of(digits));

    assertThat(failure).isNotNull();
    assertThat(failure.type()).isEqualTo(TYPE);
    assertThat(failure.value()).isEqualTo(digits);
    assertThat(failure.getMessage())
        .isEqualTo(
            "BusinessRegistrationNumber.value must be exactly 10 ASCII digits without hyphens,"
                + " such as 1248100998, was \""
                + digits
                + "\"");
  }

  @Test
  void ofChecksTheCheckDigitToo() {
    assertThat(
            catchThrowableOfType(
                    InvalidAttributeException.class,
                    () -> BusinessRegistrationNumber.of("1248100999"))
                .getMessage())
        .contains("check digit should be 8, not 9", "\"1248100999\"");
  }

  @Test
  void rejectsNullNamingTheParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> BusinessRegistrationNumber.parse(null))
        .withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> BusinessRegistrationNumber.of(null))
        .withMessage("digits");
  }

  private static InvalidAttributeException parseFailure(String text) {
    InvalidAttributeException failure =
        catchThrowableOfType(
            InvalidAttributeException.class, () -> BusinessRegistrationNumber.parse(text));
    assertThat(failure).as("parse(\"%s\") should fail", text).isNotNull();
    assertThat(failure.type()).isEqualTo(TYPE);
    assertThat(failure.attribute()).isEqualTo("value");
    return failure;
  }

  private static void assertFormatRejected(String text) {
    assertThat(parseFailure(text).getMessage())
        .isEqualTo(
            "BusinessRegistrationNumber.value must be 10 ASCII digits, plain (1248100998) or"
                + " hyphenated as 124-81-00998, was \""
                + text
                + "\"");
  }
}
