package org.publicprivate.agreements.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.ForeignAmount;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.Quantity;

class StrictReadingTest {
  private final ObjectMapper strict = new ObjectMapper().registerModule(new AgreementModule());
  private final ObjectMapper lenient = new ObjectMapper()
      .registerModule(AgreementModule.builder().ignoreUnknownProperties(true).build());

  private String withUnknownProperties() throws Exception {
    return strict.writeValueAsString(Documents.full())
        .replace("\"venue\":", "\"livestream\":{\"url\":\"https://x\",\"tags\":[1,[2]]},\"venue\":")
        .replace("\"formatVersion\":1,", "\"formatVersion\":1,\"signedBy\":\"nobody\",");
  }

  @Test
  void lenientModeReadsADocumentWithUnknownPropertiesAndDropsThem() throws Exception {
    Agreement read = lenient.readValue(withUnknownProperties(), Agreement.class);
    assertThat(read).isEqualTo(Documents.full());
    assertThat(strict.writeValueAsString(read)).doesNotContain("livestream", "signedBy");
  }

  @Test
  void strictModeNamesTheUnknownProperty() {
    assertThatThrownBy(() -> strict.readValue(withUnknownProperties(), Agreement.class))
        .isInstanceOfSatisfying(AgreementJsonException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("signedBy");
          assertThat(e.reason()).startsWith("unknown property \"signedBy\"; Agreement has formatVersion, id,");
        });
  }

  @Test
  void lenientModeStillRejectsDuplicatesAndBrokenValues() throws Exception {
    String json = strict.writeValueAsString(Documents.minimal()).replace("\"kind\":\"MOU\"",
        "\"kind\":\"MOU\",\"kind\":\"AGREEMENT\"");
    assertThatThrownBy(() -> lenient.readValue(json, Agreement.class))
        .isInstanceOfSatisfying(AgreementJsonException.class,
            e -> assertThat(e.getMessage()).startsWith("kind: property \"kind\" appears twice"));
  }

  @Test
  void readsAbsentAndEmptyListsAndNullOptionalsAlike() throws Exception {
    String bare = "{\"id\":\"a\",\"title\":\"협약\",\"kind\":\"MOU\",\"status\":\"DRAFT\"}";
    String empty = "{\"id\":\"a\",\"title\":\"협약\",\"kind\":\"MOU\",\"status\":\"DRAFT\","
        + "\"parties\":[],\"keywords\":[],\"purpose\":null,\"signing\":null,\"sources\":null}";
    assertThat(strict.readValue(bare, Agreement.class)).isEqualTo(Documents.minimal());
    assertThat(strict.readValue(empty, Agreement.class)).isEqualTo(Documents.minimal());
  }

  @Test
  void readsAMissingFormatVersionAsTheCurrentOne() throws Exception {
    assertThat(strict.readValue("{\"id\":\"a\",\"title\":\"협약\",\"kind\":\"MOU\",\"status\":\"DRAFT\"}",
        Agreement.class)).isEqualTo(Documents.minimal());
  }

  @Test
  void rejectsAnUnknownFormatVersionSayingWhichAreSupported() {
    assertThatThrownBy(() -> strict.readValue("{\"formatVersion\":3,\"id\":\"a\"}", Agreement.class))
        .hasMessage("formatVersion: formatVersion 3 is not supported; this reader supports 1 and 2"
            + " (line 1, column 18)");
  }

  @Test
  void aNestedDocumentReportsTheFullPath() {
    record Envelope(String sender, List<Agreement> agreements) {}
    String json = "{\"sender\":\"x\",\"agreements\":[{\"id\":\"a\",\"title\":\"t\",\"kind\":\"MOU\","
        + "\"status\":\"DRAFT\"},{\"id\":\"b\",\"title\":\"t\",\"kind\":\"PACT\",\"status\":\"DRAFT\"}]}";
    assertThatThrownBy(() -> strict.readValue(json, Envelope.class))
        .isInstanceOfSatisfying(AgreementJsonException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("agreements[1].kind");
          assertThat(e.getMessage()).startsWith("agreements[1].kind: unknown AgreementKind \"PACT\"");
        });
  }

  @Test
  void allowTrailingContentReadsAStreamOfDocuments() throws Exception {
    ObjectMapper streaming = new ObjectMapper()
        .registerModule(AgreementModule.builder().allowTrailingContent(true).build());
    String one = strict.writeValueAsString(Documents.minimal());
    List<Agreement> all = streaming.readerFor(Agreement.class).<Agreement>readValues(one + "\n" + one)
        .readAll();
    assertThat(all).containsExactly(Documents.minimal(), Documents.minimal());
    assertThatThrownBy(() -> strict.readValue(one + "\n" + one, Agreement.class))
        .isInstanceOfSatisfying(AgreementJsonException.class,
            e -> assertThat(e.reason()).isEqualTo("found an object after the end of the document"));
  }

  private static String signedOn(String date, String time) {
    return "{\"id\":\"a\",\"title\":\"협약\",\"kind\":\"MOU\",\"status\":\"DRAFT\","
        + "\"signing\":{\"date\":\"" + date + "\",\"time\":\"" + time + "\"}}";
  }

  @Test
  void readsDatesAndTimesOnTheCalendarAndTheClock() throws Exception {
    Agreement read = strict.readValue(signedOn("2024-02-29", "23:59:30"), Agreement.class);
    assertThat(read.signing().get().date()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(read.signing().get().time()).contains(LocalTime.of(23, 59, 30));
    assertThat(strict.writeValueAsString(read)).contains("\"date\":\"2024-02-29\",\"time\":\"23:59:30\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "2023-5-22",
      "20230522", "２０２３-05-22", "+2023-05-22", "2023-05-22T11:00"})
  void rejectsADateThatIsNotOnTheCalendarOrNotWrittenYyyyMmDd(String date) {
    assertThatThrownBy(() -> strict.readValue(signedOn(date, "11:00"), Agreement.class))
        .isInstanceOfSatisfying(AgreementJsonException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("signing.date");
          assertThat(e.reason()).isEqualTo("\"" + date + "\" is not a calendar date written YYYY-MM-DD");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"24:00", "11:60", "11:00:60", "1100", "9:30", "11:00:00.5", "１１:００"})
  void rejectsATimeThatIsNotOnTheClockOrNotWrittenHhMm(String time) {
    assertThatThrownBy(() -> strict.readValue(signedOn("2023-05-22", time), Agreement.class))
        .isInstanceOfSatisfying(AgreementJsonException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("signing.time");
          assertThat(e.reason()).isEqualTo("\"" + time + "\" is not a time written HH:mm or HH:mm:ss");
        });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      1E3     | amount 1E3 must be a whole number of won written without an exponent
      2e10    | amount 2e10 must be a whole number of won written without an exponent
      1.5     | amount 1.5 must be a whole number of won; fractions of a won are not allowed
      -5      | amount -5 must not be negative
      "-5"    | amount -5 must not be negative
      "1,000" | amount "1,000" must be a string of digits 0-9 only, without signs, separators or spaces
      """)
  void rejectsAnAmountOfWonThatIsNotAWholeNumberOfDigits(String amount, String reason) {
    String json = "{\"amount\":" + amount + ",\"currency\":\"KRW\"}";
    assertThatThrownBy(() -> strict.readValue(json, MoneyAmount.class))
        .isInstanceOfSatisfying(AgreementJsonException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("amount");
          assertThat(e.reason()).isEqualTo(reason);
        });
  }

  @Test
  void readsAnAmountOfWonWrittenAsDigitsOrAsANumberAlike() throws Exception {
    assertThat(strict.readValue("{\"amount\":\"20000000000\",\"currency\":\"KRW\"}",
        MoneyAmount.class)).isEqualTo(MoneyAmount.ofWon(20_000_000_000L));
    assertThat(strict.readValue("{\"amount\":20000000000,\"currency\":\"KRW\"}",
        MoneyAmount.class)).isEqualTo(MoneyAmount.ofWon(20_000_000_000L));
  }

  @Test
  void rejectsAnAmountInAnotherCurrencyThanWon() {
    assertThatThrownBy(() -> strict.readValue("{\"amount\":5,\"currency\":\"USD\"}",
        MoneyAmount.class))
        .isInstanceOfSatisfying(AgreementJsonException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("currency");
          assertThat(e.reason()).isEqualTo("currency must be \"KRW\", was \"USD\"");
        });
  }

  private static final String PLAIN_DECIMAL = " must be a plain decimal number such as 100000000"
      + " or 1234.5: digits and at most one decimal point, without signs, exponent, separators or"
      + " spaces, at most 100 characters";

  // A foreign amount is a decimal, as a string or a JSON number; the message quotes it as written.
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "-1.5"  | amount "-1.5" must not be negative
      -1.5    | amount -1.5 must not be negative
      "01"    | amount "01"PLAIN
      "00.5"  | amount "00.5"PLAIN
      "1."    | amount "1."PLAIN
      ".5"    | amount ".5"PLAIN
      "1.2.3" | amount "1.2.3"PLAIN
      "1 000" | amount "1 000"PLAIN
      1E3     | amount 1E3PLAIN
      """)
  void rejectsAForeignAmountThatIsNotAPlainDecimal(String amount, String reason) {
    String json = "{\"amount\":" + amount + ",\"currency\":\"USD\"}";
    assertThatThrownBy(() -> strict.readValue(json, ForeignAmount.class))
        .isInstanceOfSatisfying(AgreementJsonException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("amount");
          assertThat(e.reason()).isEqualTo(reason.replace("PLAIN", PLAIN_DECIMAL));
        });
  }

  // A decimal of up to 100 characters is read (trailing zeros of the fraction drop); a longer one
  // is refused unread.
  @Test
  void refusesAForeignAmountOfMoreThanAHundredCharactersUnread() throws Exception {
    String hundred = "1." + "0".repeat(98);
    String json = "{\"amount\":\"" + hundred + "\",\"currency\":\"USD\"}";
    assertThat(strict.readValue(json, ForeignAmount.class).amount()).isEqualByComparingTo("1");
    assertThatThrownBy(() -> strict.readValue(json.replace(hundred, hundred + "0"),
        ForeignAmount.class))
        .isInstanceOfSatisfying(AgreementJsonException.class,
            e -> assertThat(e.reason()).endsWith(PLAIN_DECIMAL));
    assertThat(strict.readValue("{\"amount\":0.5,\"currency\":\"USD\"}", ForeignAmount.class)
        .amount()).isEqualByComparingTo("0.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"usd", "US", "USDX", "U$D", "uSD", "USd", "@SD", "US[", "`SD", "US{"})
  void rejectsACurrencyThatIsNotThreeCapitalLetters(String currency) {
    String json = "{\"amount\":\"1\",\"currency\":\"" + currency + "\"}";
    assertThatThrownBy(() -> strict.readValue(json, ForeignAmount.class))
        .isInstanceOfSatisfying(AgreementJsonException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("currency");
          assertThat(e.reason()).isEqualTo("currency \"" + currency
              + "\" must be an ISO 4217 code of three capital letters, such as USD");
        });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      {"amount":true,"currency":"KRW"}   | amount | expected an integer number of won or a string of digits, found
      {"amount":null,"currency":"KRW"}   | amount | must not be null
      {"amount":{},"currency":"KRW"}     | amount | expected an integer number of won or a string of digits, found
      {"amount":[1],"currency":"USD"}    | amount | expected a string of a decimal number
      {"value":1.5,"unit":"JOBS"}        | value  | number 1.5 must be a whole number
      {"value":3E2,"unit":"JOBS"}        | value  | number 3E2 must be a whole number written without an exponent
      {"value":"300","unit":"JOBS"}      | value  | expected a whole number, found
      """)
  void namesWhatAnAmountOrAQuantityTakesWhenItIsSomethingElse(String json, String path,
      String reason) {
    Class<?> type = json.contains("KRW") ? MoneyAmount.class
        : json.contains("USD") ? ForeignAmount.class : Quantity.class;
    assertThatThrownBy(() -> strict.readValue(json, type))
        .isInstanceOfSatisfying(AgreementJsonException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo(path);
          assertThat(e.reason()).startsWith(reason);
        });
  }

  @Test
  void readsCurrenciesAtBothEndsOfTheAlphabet() throws Exception {
    assertThat(strict.readValue("{\"amount\":\"1\",\"currency\":\"AUD\"}", ForeignAmount.class)
        .currency()).isEqualTo(java.util.Currency.getInstance("AUD"));
    assertThat(strict.readValue("{\"amount\":\"1\",\"currency\":\"ZAR\"}", ForeignAmount.class)
        .currency()).isEqualTo(java.util.Currency.getInstance("ZAR"));
  }

  @Test
  void aBrokenInvariantOfAWholeValueNamesItsAttribute() {
    String json = "{\"id\":\"a\",\"title\":\"t\",\"kind\":\"MOU\",\"status\":\"DRAFT\","
        + "\"effectivePeriod\":{\"start\":\"2024-01-02\",\"end\":\"2024-01-01\"}}";
    assertThatThrownBy(() -> strict.readValue(json, Agreement.class))
        .isInstanceOfSatisfying(AgreementJsonException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("effectivePeriod.end");
          assertThat(e.reason())
              .isEqualTo("DateRange.end must be on or after the start 2024-01-02, was 2024-01-01");
        });
  }

  @Test
  void aDateBeyondTheYear9999IsNotADate() {
    String json = "{\"id\":\"a\",\"title\":\"t\",\"kind\":\"MOU\",\"status\":\"DRAFT\","
        + "\"signing\":{\"date\":\"+10000-01-01\"}}";
    assertThatThrownBy(() -> strict.readValue(json, Agreement.class))
        .isInstanceOfSatisfying(AgreementJsonException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("signing.date");
          assertThat(e.reason()).isEqualTo("\"+10000-01-01\" is not a calendar date written YYYY-MM-DD");
        });
  }

  @Test
  void theModuleIsImmutableAndCopiesItsSettings() {
    AgreementModule module = AgreementModule.builder().amountsAsStrings(true).build();
    AgreementModule copy = module.toBuilder().ignoreUnknownProperties(true).build();
    assertThat(module.amountsAsStrings()).isTrue();
    assertThat(module.ignoreUnknownProperties()).isFalse();
    assertThat(copy.amountsAsStrings()).isTrue();
    assertThat(copy.ignoreUnknownProperties()).isTrue();
    assertThat(copy.getTypeId()).isNotEqualTo(module.getTypeId());
  }
}
