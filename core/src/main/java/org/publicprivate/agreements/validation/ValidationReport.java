package org.publicprivate.agreements.validation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every violation found in one document, errors and warnings alike, in a stable order: by path
 * (list indexes compared as numbers), then by code.
 *
 * <pre>{@code
 * ValidationReport report = AgreementValidator.create().validate(agreement);
 * if (!report.isValid()) {
 *   report.errors().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class ValidationReport implements Serializable {
  private static final long serialVersionUID = 1L;

  // Always an unmodifiable view of an ArrayList, both serializable; javac sees only List.
  @SuppressWarnings("serial")
  private final List<Violation> violations;

  private ValidationReport(List<Violation> violations) {
    this.violations = violations;
  }

  /** A report of the given violations, put in the report's stable order. */
  public static ValidationReport of(List<Violation> violations) {
    List<Violation> sorted = new ArrayList<>(Objects.requireNonNull(violations, "violations"));
    sorted.sort(ViolationOrder.INSTANCE);
    return new ValidationReport(Collections.unmodifiableList(sorted));
  }

  /** Whether the document has no {@link Severity#ERROR}; warnings do not count. */
  public boolean isValid() {
    for (Violation violation : violations) {
      if (violation.isError()) {
        return false;
      }
    }
    return true;
  }

  /** Every violation, errors and warnings. */
  public List<Violation> violations() {
    return violations;
  }

  /** The violations of severity {@link Severity#ERROR}. */
  public List<Violation> errors() {
    return filter(Severity.ERROR);
  }

  /** The violations of severity {@link Severity#WARNING}. */
  public List<Violation> warnings() {
    return filter(Severity.WARNING);
  }

  /** The distinct codes of the violations, sorted. */
  public Set<String> codes() {
    Set<String> codes = new TreeSet<>();
    for (Violation violation : violations) {
      codes.add(violation.code());
    }
    return Collections.unmodifiableSet(codes);
  }

  private List<Violation> filter(Severity severity) {
    List<Violation> selected = new ArrayList<>();
    for (Violation violation : violations) {
      if (violation.severity() == severity) {
        selected.add(violation);
      }
    }
    return Collections.unmodifiableList(selected);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport
        && violations.equals(((ValidationReport) other).violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /** The violations, one a line, or {@code no violations}. */
  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return "no violations";
    }
    StringBuilder text = new StringBuilder();
    for (Violation violation : violations) {
      text.append(violation).append('\n');
    }
    return text.substring(0, text.length() - 1);
  }
}
