package org.publicprivate.agreements.validation;

import java.util.Map;

/**
 * Where a {@link Rule} reports what it finds: each finding is one violation, at a path in the
 * JSON's own terms, with the values its message names.
 *
 * <p>The validator gives each rule a sink of its own for each validation; it turns each finding
 * into a {@link Violation} with the rule's code and severity and the rule's message, whose {@code
 * {name}} parameters are replaced by {@code arguments}. Only the first {@link
 * AgreementValidator#MAX_FINDINGS_PER_RULE} findings a rule reports in one document become
 * violations; the rest are counted in one summary violation.
 *
 * <pre>{@code
 * findings.report(DocumentPath.of("parties").index(i).property("businessRegistrationNumber"),
 *     Map.of("name", party.name()));
 * }</pre>
 */
public interface Findings {

  /** Reports a violation at {@code path} whose message names no value. */
  default void report(DocumentPath path) {
    report(path, Map.of());
  }

  /**
   * Reports a violation at {@code path}; the message's parameter {@code {name}} is replaced by
   * {@code String.valueOf(arguments.get(name))} (an array's elements as {@code [a, b]}). The
   * arguments are written as text at once, within the rule's run.
   */
  void report(DocumentPath path, Map<String, ?> arguments);
}
