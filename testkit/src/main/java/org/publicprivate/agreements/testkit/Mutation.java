package org.publicprivate.agreements.testkit;

import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.publicprivate.agreements.Agreement;

/**
 * A change to a valid agreement that breaks exactly one named ERROR rule of the model, so that a
 * test can say "for every valid agreement and every mutation, the report's errors are exactly the
 * mutation's code".
 *
 * <p>One rule cannot break alone: an agreement with fewer than two parties cannot have both a
 * public party and one outside the public sector, so the mutation for {@code agreement.parties.min}
 * also breaks {@code agreement.parties.publicPrivate}; {@link #alsoBreaks()} says so.
 *
 * <pre>{@code
 * for (Mutation mutation : Mutations.all()) {
 *   Property.forAll(AgreementGens.validAgreements()).check(valid ->
 *       validator.validate(mutation.apply(valid)).errors().stream()
 *           .map(Violation::code).collect(toSet()).equals(mutation.expectedErrors()));
 * }
 * }</pre>
 */
public final class Mutation {
  private final String code;
  private final Set<String> alsoBreaks;
  private final String description;
  private final UnaryOperator<Agreement> change;

  Mutation(String code, Set<String> alsoBreaks, String description, UnaryOperator<Agreement> change) {
    this.code = code;
    this.alsoBreaks = Set.copyOf(alsoBreaks);
    this.description = description;
    this.change = change;
  }

  /** The code of the rule the mutation breaks, such as {@code reference.unknownParty}. */
  public String code() {
    return code;
  }

  /** Codes of the rules the mutation cannot help breaking too; usually none. */
  public Set<String> alsoBreaks() {
    return alsoBreaks;
  }

  /** Every ERROR code a validator reports for a mutated valid agreement. */
  public Set<String> expectedErrors() {
    java.util.Set<String> codes = new java.util.TreeSet<>(alsoBreaks);
    codes.add(code);
    return java.util.Collections.unmodifiableSet(codes);
  }

  /**
   * The agreement with the rule broken.
   *
   * @param valid an agreement with no ERROR, such as one of {@link AgreementGens#validAgreements()}
   */
  public Agreement apply(Agreement valid) {
    return change.apply(Objects.requireNonNull(valid, "valid"));
  }

  /** The code and what the mutation does. */
  @Override
  public String toString() {
    return code + ": " + description;
  }
}
