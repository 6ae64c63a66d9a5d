package org.publicprivate.agreements.validation;

import java.util.Objects;
import org.publicprivate.agreements.AgreementId;

/**
 * Thrown by {@link AgreementValidator#requireValid} when an agreement breaks a rule of severity
 * {@link Severity#ERROR}. The message lists every error, one a line; {@link #report()} holds them
 * all, warnings included.
 */
public final class InvalidAgreementException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ValidationReport report;

  /** Creates the exception for the agreement with the given id and its report. */
  public InvalidAgreementException(AgreementId agreement, ValidationReport report) {
    super(message(agreement, report));
    this.report = report;
  }

  /** The whole report: every error and every warning. */
  public ValidationReport report() {
    return report;
  }

  private static String message(AgreementId agreement, ValidationReport report) {
    Objects.requireNonNull(report, "report");
    StringBuilder text = new StringBuilder("Agreement ")
        .append(agreement)
        .append(" has ")
        .append(report.errors().size())
        .append(report.errors().size() == 1 ? " error:" : " errors:");
    for (Violation error : report.errors()) {
      text.append("\n  ").append(error);
    }
    return text.toString();
  }
}
