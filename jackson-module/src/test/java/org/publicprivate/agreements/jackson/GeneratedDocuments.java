package org.publicprivate.agreements.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.testkit.AgreementGens;
import org.publicprivate.agreements.testkit.Gen;
import org.publicprivate.agreements.testkit.Gens;

/**
 * What the property tests of the Jackson module share: how many agreements a property tries, the
 * generator of valid and arbitrary agreements, and reading and writing without checked exceptions.
 */
final class GeneratedDocuments {
  /**
   * Tries of the properties that must see at least 10,000 agreements per CI run; the system
   * property {@code agreements.testkit.tries} raises it for longer runs but never lowers it.
   */
  static final int TRIES = Math.max(10_000, Integer.getInteger("agreements.testkit.tries", 0));

  /**
   * Tries of the properties over arbitrary agreements, which are small and mostly break rules; they
   * add to the valid agreements' {@link #TRIES}.
   */
  static final int ARBITRARY_TRIES = Math.max(2_000, TRIES / 5);

  /**
   * Large documents, as large as the testkit generates today: {@link AgreementGens.Sizes#LARGE}'s
   * parties and programmes but at most 500 commitments instead of its 2,000, because the testkit's
   * generators stop at 100,000 random choices for one value, which about 700 commitments exceed
   * ({@code validAgreements(Sizes.LARGE)} fails with "A generator made more than 100000 choices").
   */
  static final AgreementGens.Sizes LARGE_SIZES = new AgreementGens.Sizes(
      AgreementGens.Sizes.LARGE.maxParties(), 500, AgreementGens.Sizes.LARGE.maxProgrammes());

  /** Tries of the properties over {@link #LARGE_SIZES}: 1 for every 250 valid ones, at least 40. */
  static final int LARGE_TRIES = Math.max(40, TRIES / 250);

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

  /** How many money amounts the agreement holds, so many {@code "amount"} members its JSON has. */
  static int moneyCount(Agreement agreement) {
    int count = 0;
    for (Commitment commitment : agreement.commitments()) {
      count += commitment.pledgedAmount().isPresent() ? 1 : 0;
    }
    for (FundedProgramme programme : agreement.programmes()) {
      count += 1 + programme.fundingShares().size() + programme.annualBudgets().size();
    }
    return count;
  }

  /** Every {@code "amount"} member of the document's money objects. */
  static List<JsonNode> amounts(JsonNode document) {
    return document.findParents("currency").stream().map(money -> money.get("amount")).toList();
  }
}
