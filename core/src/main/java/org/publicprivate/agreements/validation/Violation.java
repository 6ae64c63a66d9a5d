package org.publicprivate.agreements.validation;

import java.util.Objects;

/**
 * One broken rule in one place of a document.
 *
 * <pre>{@code
 * for (Violation v : report.violations()) {
 *   System.out.println(v); // ERROR reference.unknownParty commitments[2].parties[0]: …
 * }
 * }</pre>
 *
 * @param code the rule's stable code, such as {@code reference.unknownParty}
 * @param severity whether the violation makes the document invalid
 * @param path where in the document, in the JSON's own terms, such as {@code
 *     commitments[2].parties[0]}
 * @param message what is wrong, in Korean or English
 */
public record Violation(String code, Severity severity, String path, String message) {
  /** Creates a violation; every component is required. */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** Whether the violation is an {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The violation as {@code SEVERITY code path: message}. */
  @Override
  public String toString() {
    return severity + " " + code + " " + path + ": " + message;
  }
}
