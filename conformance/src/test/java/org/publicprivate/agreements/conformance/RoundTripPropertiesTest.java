package org.publicprivate.agreements.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.conformance.Generated.ARBITRARY_TRIES;
import static org.publicprivate.agreements.conformance.Generated.LARGE_SIZES;
import static org.publicprivate.agreements.conformance.Generated.LARGE_TRIES;
import static org.publicprivate.agreements.conformance.Generated.TRIES;
import static org.publicprivate.agreements.conformance.Generated.assertSameBytes;
import static org.publicprivate.agreements.conformance.Generated.call;
import static org.publicprivate.agreements.conformance.Generated.lowestVersion;
import static org.publicprivate.agreements.conformance.Generated.moneyCount;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.testkit.AgreementGens;
import org.publicprivate.agreements.testkit.Property;
import org.publicprivate.agreements.testkit.PropertyTest;

/**
 * Round trips of generated agreements through the canonical JSON of both modules, in every form
 * they write (compact and indented, amounts as numbers and as strings): reading what was written
 * gives an equal agreement, writing that again gives the same bytes, the two modules write the
 * same bytes and read each other's documents, and each document declares the lowest format version
 * that holds it (1 for an agreement with nothing of version 2).
 *
 * <p>Valid agreements are tried {@link Generated#TRIES} times (at least 10,000; more with {@code
 * -Dagreements.testkit.tries}), arbitrary ones {@link Generated#ARBITRARY_TRIES} times. A failure
 * reports the seed and the shrunk agreement; {@code -Dagreements.testkit.seed=<seed>} reruns it.
 */
class RoundTripPropertiesTest {
  /** An amount of won; a foreign amount is always a string and its currency is not KRW. */
  private static final Pattern AMOUNT =
      Pattern.compile("\"amount\": ?(\"?)[0-9]+\\1,\\s*\"currency\": ?\"KRW\"");

  @PropertyTest
  void validAgreementsReadBackEqualAndRewriteToTheSameBytesInEveryFormAndModule() {
    Property.forAll(AgreementGens.validAgreements())
        .tries(TRIES)
        .verify(RoundTripPropertiesTest::roundTripsInEveryForm);
  }

  @PropertyTest
  void arbitraryAgreementsReadBackEqualAndRewriteToTheSameBytesInEveryFormAndModule() {
    Property.forAll(AgreementGens.agreements())
        .tries(ARBITRARY_TRIES)
        .verify(RoundTripPropertiesTest::roundTripsInEveryForm);
  }

  @PropertyTest
  void largeAgreementsReadBackEqualAndRewriteToTheSameBytesInEveryFormAndModule() {
    Property.forAll(AgreementGens.validAgreements(LARGE_SIZES))
        .tries(LARGE_TRIES)
        .verify(RoundTripPropertiesTest::roundTripsInEveryForm);
  }

  private static void roundTripsInEveryForm(Agreement agreement) {
    int moneyCount = moneyCount(agreement);
    JsonLine first = null;
    byte[][] firstForms = null;
    for (JsonLine line : JsonLine.both()) {
      byte[][] forms = roundTripsInEveryForm(line, agreement, moneyCount);
      if (first != null) {
        for (int i = 0; i < forms.length; i++) {
          assertSameBytes(forms[i], firstForms[i], "form " + i + " of " + line + " and " + first);
          byte[] document = forms[i];
          JsonLine other = first;
          assertThat(call(() -> other.read(document))).as("%s reads what %s writes", first, line)
              .isEqualTo(agreement);
        }
      }
      first = line;
      firstForms = forms;
    }
  }

  /** The four forms, compact and indented, numbers and strings, each round-tripped. */
  private static byte[][] roundTripsInEveryForm(JsonLine line, Agreement agreement, int moneyCount) {
    byte[] numbers = roundTrip(line, agreement, false, false);
    assertThat(amounts(numbers, "")).as("amounts of %s", new String(numbers, UTF_8))
        .isEqualTo(moneyCount);

    byte[] strings = roundTrip(line, agreement, true, false);
    assertThat(amounts(strings, "\"")).as("amounts of %s", new String(strings, UTF_8))
        .isEqualTo(moneyCount);
    // The default module reads string amounts too, and writes them as numbers again.
    Agreement readByDefault = call(() -> line.read(strings));
    assertThat(readByDefault).as("the string-amount document read by the default module")
        .isEqualTo(agreement);
    assertSameBytes(line.write(readByDefault, false, false), numbers,
        "the string-amount document read and written by the default module");
    assertThat(Arrays.equals(strings, numbers))
        .as("the two amount modes write the same bytes exactly when there is no amount")
        .isEqualTo(moneyCount == 0);

    byte[][] forms = {numbers, strings, null, null};
    for (boolean asStrings : new boolean[] {false, true}) {
      byte[] compact = asStrings ? strings : numbers;
      byte[] pretty = roundTrip(line, agreement, asStrings, true);
      assertThat(new String(pretty, UTF_8)).as("the lowest version that holds the document")
          .startsWith("{\n  \"formatVersion\": " + lowestVersion(agreement) + ",\n  \"id\": ");
      // Indentation aside, the indented document is the compact one.
      Agreement read = call(() -> line.readValue(pretty, Agreement.class));
      assertSameBytes(line.write(read, asStrings, false), compact,
          "the compact writing of what was read from the indented form");
      forms[asStrings ? 3 : 2] = pretty;
    }
    return forms;
  }

  /** How many amounts the document writes, quoted with {@code quote}. */
  private static int amounts(byte[] document, String quote) {
    Matcher matcher = AMOUNT.matcher(new String(document, UTF_8));
    int count = 0;
    while (matcher.find()) {
      assertThat(matcher.group(1)).as("quote of %s", matcher.group()).isEqualTo(quote);
      count++;
    }
    return count;
  }

  /**
   * Writes {@code agreement}, reads it back with {@code AgreementJson.read} and writes what was
   * read again: the agreement read equals the original, and the second writing is the first byte
   * for byte.
   *
   * @return the document written
   */
  private static byte[] roundTrip(JsonLine line, Agreement agreement, boolean asStrings,
      boolean pretty) {
    String form = line + (pretty ? ", indented" : ", compact") + ", amounts as "
        + (asStrings ? "strings" : "numbers");
    byte[] written = line.write(agreement, asStrings, pretty);
    Agreement read = call(() -> line.read(written));
    assertThat(read).as("%s: the agreement read back", form).isEqualTo(agreement);
    assertThat(read.hashCode()).as("%s: the hash code of the agreement read back", form)
        .isEqualTo(agreement.hashCode());
    assertSameBytes(line.write(read, asStrings, pretty), written, form + ": written again");
    return written;
  }
}
