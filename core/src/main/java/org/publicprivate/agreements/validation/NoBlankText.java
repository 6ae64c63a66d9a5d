package org.publicprivate.agreements.validation;

import org.publicprivate.agreements.Agreement;

/** Rule {@code text.blank}: no required text is blank. */
final class NoBlankText extends WalkingRule {
  private static final TextFields.Visitor BLANK = new TextFields.Visitor() {
    @Override
    public boolean offends(String text, boolean required, int limit) {
      return required && text.isEmpty();
    }

    @Override
    public void report(Findings findings, DocumentPath path, String text, int limit) {
      findings.report(path);
    }
  };

  NoBlankText() {
    super("text.blank", Severity.ERROR,
        "필수 텍스트(제목, 이름, 요약 등)가 비어 있습니다",
        "a required text (a title, a name, a summary…) is blank");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return TextFields.walker(agreement, BLANK, findings);
  }
}
