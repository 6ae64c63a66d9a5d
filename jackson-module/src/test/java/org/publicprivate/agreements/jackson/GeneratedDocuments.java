package org.publicprivate.agreements.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.testkit.AgreementGens;
import org.publicprivate.agreements.testkit.Gen;
import org.publicprivate.agreements.testkit.Gens;

/**
 * What the property tests of the Jackson module share: how many agreements a property tries, the
 * generator of valid and arbitrary agreements, and reading and writing without checked exceptions.
 */
final class GeneratedDocuments {
  /**
   * Tries of the properties that see 10,000 agreements per CI run; the system property
   * {@code agreements.testkit.tries} sets it, higher for longer runs or lower for a quick one.
   */
  static final int TRIES = Integer.getInteger("agreements.testkit.tries", 10_000);

  private GeneratedDocuments() {}

  /** Valid agreements and arbitrary ones (most breaking several rules), half and half. */
  static Gen<Agreement> validOrArbitraryAgreements() {
    return Gens.oneOf(AgreementGens.validAgreements(), AgreementGens.agreements());
  }

  static byte[] write(ObjectMapper mapper, Object value) {
    return write(mapper.writer(), value);
  }

  static byte[] write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Agreement read(ObjectMapper mapper, byte[] document) {
    try {
      return mapper.readValue(document, Agreement.class);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + new String(document, UTF_8), e);
    }
  }

  static JsonNode tree(byte[] document) {
    try {
      return new ObjectMapper().readTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts byte for byte, showing the two documents as text when they differ. */
  static void assertSameBytes(byte[] actual, byte[] expected, String what) {
    assertThat(new String(actual, UTF_8)).as(what).isEqualTo(new String(expected, UTF_8));
    assertThat(Arrays.equals(actual, expected)).as("%s, byte for byte", what).isTrue();
  }
}
