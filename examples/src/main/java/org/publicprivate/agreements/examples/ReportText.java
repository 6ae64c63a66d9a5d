package org.publicprivate.agreements.examples;

import java.util.Locale;
import org.publicprivate.agreements.validation.ValidationReport;
import org.publicprivate.agreements.validation.Violation;

/** A validation report as text, one violation a line, with a closing count. */
public final class ReportText {
  private ReportText() {}

  /** The report in Korean for a Korean {@code locale}, English otherwise. */
  public static String of(ValidationReport report, Locale locale) {
    boolean korean = "ko".equals(locale.getLanguage());
    StringBuilder text = new StringBuilder(korean ? "검증 결과:" : "Validation report:").append('\n');
    for (Violation violation : report.violations()) {
      text.append("  ").append(violation).append('\n');
    }
    text.append(
        korean
            ? String.format(Locale.ROOT, "  오류 %d건, 경고 %d건", report.errors().size(), report.warnings().size())
            : String.format(Locale.ROOT, "  %d errors, %d warnings", report.errors().size(), report.warnings().size()));
    return text.toString();
  }
}
