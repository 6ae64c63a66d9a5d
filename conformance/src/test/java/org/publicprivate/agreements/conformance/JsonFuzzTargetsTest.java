package org.publicprivate.agreements.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.testkit.Fuzz;
import org.publicprivate.agreements.testkit.FuzzInputs;
import org.publicprivate.agreements.testkit.FuzzReport;
import org.publicprivate.agreements.testkit.FuzzTarget;

/**
 * {@code AgreementJson.read} of both Jackson lines fuzzed with the testkit's structure-aware
 * mutations ({@link FuzzInputs#agreementDocuments}): each document reads as an agreement or throws
 * the line's {@code AgreementJsonException}, and an agreement read is written and reads back equal;
 * and the RFC 8785 canonicalizer over the same documents as text.
 * {@link FuzzTest} beside it mutates bytes and compares the two lines; this one mutates the
 * document's structure. {@value Fuzz#DEFAULT_INPUTS} documents per line in CI, the long run with
 * {@code -Dagreements.fuzz.inputs=10000000}.
 */
class JsonFuzzTargetsTest {

  @Test
  void jackson2() {
    fuzz(new Jackson2Line(), org.publicprivate.agreements.jackson.AgreementJsonException.class);
  }

  @Test
  void jackson3() {
    fuzz(new Jackson3Line(), org.publicprivate.agreements.jackson3.AgreementJsonException.class);
  }

  /**
   * {@code AgreementJson.canonicalize} (RFC 8785) over the same mutated documents, as text: each
   * gives canonical text, which canonicalizes to itself and which the Jackson 3 line gives too, or
   * the {@code IllegalArgumentException} it documents, from both lines.
   */
  @Test
  void canonicalize() {
    JsonLine jackson2 = new Jackson2Line();
    JsonLine jackson3 = new Jackson3Line();
    FuzzTarget<String, String> target = FuzzTarget.of("AgreementJson.canonicalize",
            (String text) -> canonicalizeByBoth(jackson2, jackson3, text), String::length,
            IllegalArgumentException.class)
        .roundTrip(canonical -> canonical);
    int inputs = Integer.getInteger("agreements.fuzz.inputs", Fuzz.DEFAULT_INPUTS);
    long seed = Long.getLong("agreements.fuzz.seed", System.nanoTime());
    FuzzReport report = Fuzz.run(target,
        FuzzInputs.agreementDocuments(agreement -> new String(
            jackson2.write(agreement, false, false), UTF_8)).map(bytes -> new String(bytes, UTF_8)),
        inputs, seed);
    System.out.print(report);
    assertThat(report.values()).as("texts canonicalized (seed %d)", seed).isBetween(1, inputs - 1);
  }

  private static String canonicalizeByBoth(JsonLine jackson2, JsonLine jackson3, String text) {
    String canonical;
    try {
      canonical = jackson2.canonicalize(text);
    } catch (IllegalArgumentException refused) {
      try {
        jackson3.canonicalize(text);
      } catch (IllegalArgumentException alsoRefused) {
        throw refused;
      }
      throw new AssertionError("Jackson 3's line canonicalizes what Jackson 2's refuses: "
          + refused.getMessage());
    }
    String byJackson3 = jackson3.canonicalize(text);
    if (!byJackson3.equals(canonical)) {
      throw new AssertionError("the two lines canonicalize differently: " + canonical + " and "
          + byJackson3);
    }
    return canonical;
  }

  private static void fuzz(JsonLine line, Class<? extends Exception> documented) {
    FuzzTarget<byte[], Agreement> target = FuzzTarget.of("AgreementJson.read " + line,
            line::read, (byte[] document) -> document.length, documented)
        .roundTrip(agreement -> line.write(agreement, false, false));
    int inputs = Integer.getInteger("agreements.fuzz.inputs", Fuzz.DEFAULT_INPUTS);
    long seed = Long.getLong("agreements.fuzz.seed", System.nanoTime());
    FuzzReport report = Fuzz.run(target,
        FuzzInputs.agreementDocuments(agreement -> new String(line.write(agreement, false, false),
            UTF_8)), inputs, seed);
    System.out.print(report);
    assertThat(report.values()).as("documents read as agreements (seed %d)", seed)
        .isBetween(1, inputs - 1);
  }
}
