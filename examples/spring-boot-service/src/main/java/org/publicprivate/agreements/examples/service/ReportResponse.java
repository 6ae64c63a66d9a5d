package org.publicprivate.agreements.examples.service;

import java.util.List;
import org.publicprivate.agreements.validation.ValidationReport;
import org.publicprivate.agreements.validation.Violation;

/**
 * A validation report as the service answers it.
 *
 * @param agreement the agreement's id
 * @param valid whether the agreement has no error
 * @param errors how many errors
 * @param warnings how many warnings
 * @param violations every violation, errors and warnings, in the report's order
 */
public record ReportResponse(String agreement, boolean valid, int errors, int warnings,
    List<Entry> violations) {

  /** The report of the agreement of this id. */
  static ReportResponse of(String agreement, ValidationReport report) {
    return new ReportResponse(agreement, report.isValid(), report.errors().size(),
        report.warnings().size(), report.violations().stream().map(Entry::of).toList());
  }

  /**
   * One violation, with the same members as the problem details' {@code violations}.
   *
   * @param code the rule's code
   * @param severity {@code ERROR} or {@code WARNING}
   * @param path where in the document
   * @param message what is wrong, in the validator's language
   */
  public record Entry(String code, String severity, String path, String message) {
    static Entry of(Violation violation) {
      return new Entry(violation.code(), violation.severity().name(), violation.path(),
          violation.message());
    }
  }
}
