package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;

/**
 * Validating commitments that depend on each other costs the same per commitment from 1,000 to
 * 100,000 commitments: the bytes validation allocates per commitment (the dependency graph, the
 * lookups of ids, the search for cycles and the report included) grow by at most 1.5× from the
 * smallest document to any larger one. Allocation, not time, as in {@link LinearValidationTest}:
 * it is the same on every run and machine. A chain of 100,000 dependencies is searched without
 * recursion, so the cycle rule cannot overflow the stack either.
 */
class LinearDependencyValidationTest {
  private static final int[] SIZES = {1_000, 4_000, 16_000, 64_000, 100_000};

  /** Each shape of dependencies, built with {@code n} commitments. */
  static Map<String, IntFunction<Agreement>> kinds() {
    Map<String, IntFunction<Agreement>> kinds = new LinkedHashMap<>();
    kinds.put("a chain: each depends on the one before",
        n -> withCommitments(n, i -> commitment(i, i == 0 ? new int[0] : new int[] {i - 1})));
    kinds.put("one cycle through every commitment",
        n -> withCommitments(n, i -> commitment(i, new int[] {(i + 1) % n})));
    kinds.put("pairs that depend on each other",
        n -> withCommitments(n, i -> commitment(i, new int[] {i ^ 1})));
    kinds.put("each on two earlier ones and on a missing one",
        n -> withCommitments(n, i -> commitment(i, new int[] {i / 2, i / 3})
            .withDependsOn(List.of(id(i / 2), id(i / 3), CommitmentId.of("missing-" + i)))));
    kinds.put("fulfilled ones on pledged ones, with a pending condition and two quantities",
        n -> withCommitments(n, i -> commitment(i, i == 0 ? new int[0] : new int[] {i - 1})
            .withStatus(i % 2 == 0 ? CommitmentStatus.FULFILLED : CommitmentStatus.PLEDGED)
            .withConditions(Condition.builder().kind(ConditionKind.PERMIT).build())
            .withQuantities(Quantity.of(300, QuantityUnit.JOBS, Qualifier.AT_LEAST),
                Quantity.of(33_000, QuantityUnit.SQUARE_METRES))));
    return kinds;
  }

  static List<String> kindNames() {
    return new ArrayList<>(kinds().keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kindNames")
  void allocatesAtMostOneAndAHalfTimesAsMuchPerCommitmentAt100000AsAt1000(String kind) {
    AgreementValidator validator = AgreementValidator.create();
    IntFunction<Agreement> document = kinds().get(kind);
    validator.validate(document.apply(SIZES[0])); // loads and links every class on the way
    double[] bytes = new double[SIZES.length];
    for (int s = 0; s < SIZES.length; s++) {
      Agreement agreement = document.apply(SIZES[s]);
      long before = LinearValidationTest.allocated();
      validator.validate(agreement);
      bytes[s] = (double) (LinearValidationTest.allocated() - before) / SIZES[s];
    }
    System.out.printf(Locale.ROOT, "%s: bytes per commitment %.0f at 1,000, %.0f at 100,000%n",
        kind, bytes[0], bytes[SIZES.length - 1]);
    for (int s = 1; s < SIZES.length; s++) {
      assertThat(bytes[s] / bytes[0])
          .as("%s: bytes per commitment at %,d (%.0f) against %,d (%.0f)",
              kind, SIZES[s], bytes[s], SIZES[0], bytes[0])
          .isLessThanOrEqualTo(1.5);
    }
  }

  private static CommitmentId id(int i) {
    return CommitmentId.of("c-" + i);
  }

  private static Commitment commitment(int i, int[] dependsOn) {
    List<CommitmentId> ids = new ArrayList<>(dependsOn.length);
    for (int d : dependsOn) {
      ids.add(id(d));
    }
    return Documents.citySupport().withId(id(i)).withDependsOn(ids);
  }

  private static Agreement withCommitments(int n, IntFunction<Commitment> commitment) {
    List<Commitment> commitments = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      commitments.add(commitment.apply(i));
    }
    return Documents.agreement().withCommitments(commitments);
  }
}
