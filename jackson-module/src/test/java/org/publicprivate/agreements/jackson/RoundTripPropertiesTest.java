package org.publicprivate.agreements.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.ARBITRARY_TRIES;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.LARGE_SIZES;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.LARGE_TRIES;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.TRIES;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.amounts;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.assertSameBytes;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.moneyCount;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.read;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.tree;
import static org.publicprivate.agreements.jackson.GeneratedDocuments.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.Arrays;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.testkit.AgreementGens;
import org.publicprivate.agreements.testkit.Property;
import org.publicprivate.agreements.testkit.PropertyTest;

/**
 * Round trips of generated agreements through the canonical JSON, in every form the module writes
 * (compact and indented, amounts as numbers and as strings): reading what was written gives an
 * equal agreement, and writing that again gives the same bytes. A document with string amounts
 * reads with the default module too, and the two forms differ only in their amounts.
 *
 * <p>Valid agreements are tried {@link GeneratedDocuments#TRIES} times (at least 10,000; more with
 * {@code -Dagreements.testkit.tries}), arbitrary ones {@link GeneratedDocuments#ARBITRARY_TRIES}
 * times. A failure reports the seed and the shrunk agreement; {@code -Dagreements.testkit.seed=<seed>}
 * reruns it.
 */
class RoundTripPropertiesTest {
  private static final ObjectMapper NUMBERS = AgreementJson.newMapper();
  private static final ObjectMapper STRINGS =
      AgreementJson.newMapper(AgreementModule.builder().amountsAsStrings(true).build());
  private static final ObjectWriter PRETTY_NUMBERS = AgreementJson.prettyWriter(NUMBERS);
  private static final ObjectWriter PRETTY_STRINGS = AgreementJson.prettyWriter(STRINGS);

  @PropertyTest
  void validAgreementsReadBackEqualAndRewriteToTheSameBytesInEveryForm() {
    Property.forAll(AgreementGens.validAgreements())
        .tries(TRIES)
        .verify(RoundTripPropertiesTest::roundTripsInEveryForm);
  }

  @PropertyTest
  void arbitraryAgreementsReadBackEqualAndRewriteToTheSameBytesInEveryForm() {
    Property.forAll(AgreementGens.agreements())
        .tries(ARBITRARY_TRIES)
        .verify(RoundTripPropertiesTest::roundTripsInEveryForm);
  }

  @PropertyTest
  void largeAgreementsReadBackEqualAndRewriteToTheSameBytesInEveryForm() {
    Property.forAll(AgreementGens.validAgreements(LARGE_SIZES))
        .tries(LARGE_TRIES)
        .verify(RoundTripPropertiesTest::roundTripsInEveryForm);
  }

  private static void roundTripsInEveryForm(Agreement agreement) {
    int moneyCount = moneyCount(agreement);

    byte[] numbers = roundTrip(NUMBERS, NUMBERS.writer(), agreement, "compact, amounts as numbers");
    assertThat(amounts(tree(numbers))).as("amounts of %s", new String(numbers, UTF_8))
        .hasSize(moneyCount)
        .allMatch(JsonNode::isIntegralNumber, "an integer");

    byte[] strings = roundTrip(STRINGS, STRINGS.writer(), agreement, "compact, amounts as strings");
    assertThat(amounts(tree(strings))).as("amounts of %s", new String(strings, UTF_8))
        .hasSize(moneyCount)
        .allMatch(amount -> amount.isTextual() && amount.asText().matches("0|[1-9][0-9]*"),
            "a string of digits");
    // The default module reads string amounts too, and writes them as numbers again.
    Agreement readByDefault = read(NUMBERS, strings);
    assertThat(readByDefault).as("the string-amount document read by the default module")
        .isEqualTo(agreement);
    assertSameBytes(write(NUMBERS, readByDefault), numbers,
        "the string-amount document read and written by the default module");
    assertThat(Arrays.equals(strings, numbers))
        .as("the two amount modes write the same bytes exactly when there is no amount")
        .isEqualTo(moneyCount == 0);

    for (boolean asStrings : new boolean[] {false, true}) {
      ObjectMapper mapper = asStrings ? STRINGS : NUMBERS;
      byte[] compact = asStrings ? strings : numbers;
      String form = "indented, amounts as " + (asStrings ? "strings" : "numbers");
      byte[] pretty = roundTrip(mapper, asStrings ? PRETTY_STRINGS : PRETTY_NUMBERS, agreement, form);
      assertThat(new String(pretty, UTF_8)).as(form)
          .startsWith("{\n  \"formatVersion\": 1,\n  \"id\": ");
      // Indentation aside, the indented document is the compact one.
      assertSameBytes(write(mapper, read(mapper, pretty)), compact,
          form + ": the compact writing of what was read");
    }
  }

  /**
   * Writes {@code agreement}, reads it back with {@code mapper} and writes what was read again:
   * the agreement read equals the original, and the second writing is the first byte for byte.
   *
   * @return the document written
   */
  private static byte[] roundTrip(ObjectMapper mapper, ObjectWriter writer, Agreement agreement,
      String form) {
    byte[] written = write(writer, agreement);
    Agreement read = read(mapper, written);
    assertThat(read).as("%s: the agreement read back", form).isEqualTo(agreement);
    assertThat(read.hashCode()).as("%s: the hash code of the agreement read back", form)
        .isEqualTo(agreement.hashCode());
    assertSameBytes(write(writer, read), written, form + ": the document written again");
    return written;
  }
}
