package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;

/**
 * Validation costs the same per element of a document, whether the document has 1,000 or 64,000
 * offending elements: the bytes it allocates per element (collecting, ordering and reporting the
 * violations included) grow by at most 2× from the smallest to the largest. (Allocation, not time:
 * it is the same on every run and machine; no time is asserted.) Validated with no limit on the
 * findings listed, the cost per element stays linear too, so what the limit bounds is the report,
 * not a superlinear step. That the duplicate-id check does not scan colliding keys is counted in
 * {@link DuplicateKeysTest}; keying the party ids' map by the id objects, whose class a {@code
 * HashMap} cannot order, made the party-id kinds here fail on allocation (and take minutes) when
 * tried.
 */
class LinearValidationTest {
  private static final int[] SIZES = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000};

  /** Each kind of hostile document, built with {@code n} offending elements. */
  static Map<String, IntFunction<Agreement>> kinds() {
    Map<String, IntFunction<Agreement>> kinds = new LinkedHashMap<>();
    kinds.put("commitments sharing one id", n -> withCommitments(n, i -> commitment("same", "busan")));
    kinds.put("parties sharing one id", n -> withParties(n, i -> party("same")));
    kinds.put("references to unknown parties",
        n -> withCommitments(n, i -> commitment("c-" + i, "nobody-" + i)));
    kinds.put("blank summaries",
        n -> withCommitments(n, i -> commitment("c-" + i, "busan").withSummary(" ")));
    kinds.put("commitment ids of one hash code",
        n -> withCommitments(n, i -> commitment(collidingId(i), "busan")));
    kinds.put("party ids of one hash code", n -> withParties(n, i -> party(collidingId(i))));
    return kinds;
  }

  static List<String> kindNames() {
    return new ArrayList<>(kinds().keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kindNames")
  void allocatesAtMostTwiceAsMuchPerElementAt64000AsAt1000(String kind) {
    assertLinear(kind + ", at most 1,000 listed", AgreementValidator.create());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kindNames")
  void allocatesAtMostTwiceAsMuchPerElementWithEveryFindingListed(String kind) {
    assertLinear(kind + ", all listed",
        AgreementValidator.builder().maxFindingsPerRule(Integer.MAX_VALUE).build());
  }

  private static void assertLinear(String name, AgreementValidator validator) {
    String kind = name.substring(0, name.indexOf(','));
    IntFunction<Agreement> document = kinds().get(kind);
    validator.validate(document.apply(SIZES[0])); // loads and links every class on the way
    double[] bytes = new double[SIZES.length];
    for (int s = 0; s < SIZES.length; s++) {
      Agreement agreement = document.apply(SIZES[s]);
      long before = allocated();
      ValidationReport report = validator.validate(agreement);
      bytes[s] = (double) (allocated() - before) / SIZES[s];
      assertThat(report.violations()).isNotEmpty();
    }
    System.out.printf(Locale.ROOT, "%s: bytes per element %.0f at 1,000, %.0f at 64,000%n",
        name, bytes[0], bytes[SIZES.length - 1]);
    for (int s = 1; s < SIZES.length; s++) {
      assertThat(bytes[s] / bytes[0])
          .as("%s: bytes per element at %,d (%.0f) against %,d (%.0f)",
              name, SIZES[s], bytes[s], SIZES[0], bytes[0])
          .isLessThanOrEqualTo(2.0);
    }
  }

  /** Distinct valid ids that all have one {@code String.hashCode}: blocks of "Aa" and "BB". */
  static String collidingId(int i) {
    StringBuilder id = new StringBuilder(32);
    for (int bit = 15; bit >= 0; bit--) {
      id.append((i >>> bit & 1) == 0 ? "Aa" : "BB");
    }
    return id.toString();
  }

  private static Agreement withCommitments(int n, IntFunction<Commitment> commitment) {
    List<Commitment> commitments = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      commitments.add(commitment.apply(i));
    }
    return Documents.agreement().withCommitments(commitments);
  }

  private static Agreement withParties(int n, IntFunction<Party> party) {
    List<Party> parties = new ArrayList<>(n + 1);
    parties.add(Documents.city());
    for (int i = 0; i < n; i++) {
      parties.add(party.apply(i));
    }
    return Documents.agreement().withParties(parties);
  }

  private static Commitment commitment(String id, String party) {
    return Documents.citySupport().withId(CommitmentId.of(id)).withParties(PartyId.of(party))
        .withBeneficiaries();
  }

  private static Party party(String id) {
    return Documents.party(id, "한빛모빌리티", PartyKind.COMPANY);
  }

  static long allocated() {
    return management("com.sun.management.ThreadMXBean", "getCurrentThreadAllocatedBytes");
  }

  /**
   * What this thread has allocated: {@code com.sun.management.ThreadMXBean}, reached by
   * reflection because the tests run inside the core module, which reads no management module.
   */
  private static long management(String type, String method) {
    try {
      Object threads = Class.forName("java.lang.management.ManagementFactory")
          .getMethod("getThreadMXBean").invoke(null);
      Method counter = Class.forName(type).getMethod(method);
      return (Long) counter.invoke(threads);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("this JVM cannot count allocated bytes", e);
    }
  }
}
