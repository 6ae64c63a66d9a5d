package org.publicprivate.agreements.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.testkit.AgreementGens;
import org.publicprivate.agreements.testkit.Gen;
import org.publicprivate.agreements.testkit.Gens;

/**
 * What the suite's property tests share: how many agreements a property tries, the generators, and
 * calls without checked exceptions.
 */
final class Generated {
  /**
   * Tries of the properties that see 10,000 agreements per CI run; the system property
   * {@code agreements.testkit.tries} sets it, higher for longer runs or lower for a quick one.
   */
  static final int TRIES = Integer.getInteger("agreements.testkit.tries", 10_000);

  /** Tries over arbitrary agreements, which are small and mostly break rules. */
  static final int ARBITRARY_TRIES = Math.max(1, TRIES / 5);

  /**
   * Large documents: {@link AgreementGens.Sizes#LARGE}'s parties and programmes but at most 500
   * commitments, as the testkit's generators stop at 100,000 random choices for one value.
   */
  static final AgreementGens.Sizes LARGE_SIZES = new AgreementGens.Sizes(
      AgreementGens.Sizes.LARGE.maxParties(), 500, AgreementGens.Sizes.LARGE.maxProgrammes());

  /** Tries over {@link #LARGE_SIZES}: 1 for every 250 valid ones, at least 40. */
  static final int LARGE_TRIES = Math.max(40, TRIES / 250);

  private Generated() {}

  /** Valid agreements and arbitrary ones (most breaking several rules), half and half. */
  static Gen<Agreement> validOrArbitraryAgreements() {
    return Gens.oneOf(AgreementGens.validAgreements(), AgreementGens.agreements());
  }

  /** The result of {@code call}; what it throws fails the test. */
  static <T> T call(Callable<T> call) {
    try {
      return call.call();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Asserts byte for byte, showing the two documents as text when they differ. */
  static void assertSameBytes(byte[] actual, byte[] expected, String what) {
    assertThat(new String(actual, UTF_8)).as(what).isEqualTo(new String(expected, UTF_8));
    assertThat(Arrays.equals(actual, expected)).as("%s, byte for byte", what).isTrue();
  }

  /**
   * How many amounts of won the agreement holds, so many {@code "currency": "KRW"} members its JSON
   * has.
   */
  static int moneyCount(Agreement agreement) {
    int count = 0;
    for (Commitment commitment : agreement.commitments()) {
      count += commitment.pledgedAmount().isPresent() ? 1 : 0;
      for (ProgressReport report : commitment.progress()) {
        count += report.spent().isPresent() ? 1 : 0;
      }
    }
    for (FundedProgramme programme : agreement.programmes()) {
      count += 1 + programme.fundingShares().size() + programme.annualBudgets().size();
    }
    return count;
  }

  /**
   * The lowest format version that holds the agreement, found from the model by a list of the
   * version 2 attributes written here by hand, as an oracle independent of the declarations the
   * writers use.
   */
  static int lowestVersion(Agreement agreement) {
    boolean version2 = !agreement.aliases().isEmpty() || !agreement.languages().isEmpty()
        || agreement.prevailingLanguage().isPresent() || !agreement.extensions().isEmpty()
        || agreement.programmes().stream().anyMatch(programme -> !programme.extensions().isEmpty())
        || agreement.signing().stream().flatMap(signing -> signing.signatories().stream())
            .anyMatch(signatory -> signatory.englishName().isPresent())
        || agreement.parties().stream().anyMatch(party -> !party.identifiers().isEmpty()
            || !party.extensions().isEmpty()
            || party.representative().flatMap(Person::englishName).isPresent())
        || agreement.commitments().stream().anyMatch(commitment ->
            !commitment.beneficiaryGroups().isEmpty() || commitment.amountQualifier().isPresent()
            || commitment.foreignAmount().isPresent() || !commitment.quantities().isEmpty()
            || commitment.location().isPresent() || !commitment.conditions().isEmpty()
            || !commitment.dependsOn().isEmpty() || !commitment.milestones().isEmpty()
            || !commitment.progress().isEmpty() || !commitment.statusHistory().isEmpty()
            || !commitment.sources().isEmpty() || !commitment.extensions().isEmpty())
        || agreement.programmes().stream().anyMatch(programme ->
            !programme.statusHistory().isEmpty() || !programme.sources().isEmpty())
        || !agreement.amendments().isEmpty() || !agreement.statusHistory().isEmpty()
        || agreement.sources().stream().anyMatch(source -> source.id().isPresent()
            || source.kind().isPresent() || source.author().isPresent()
            || source.publishedTime().isPresent() || source.language().isPresent()
            || source.retrievedOn().isPresent() || source.sha256().isPresent());
    return version2 ? 2 : 1;
  }
}
