package org.publicprivate.agreements.validation.rules;

import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.NoBlankText;

/** Checks rule {@code text.blank}. Instantiated by the validation provider. */
public final class NoBlankTextValidator extends AgreementRule<NoBlankText> {
  private static final TextFields.Visitor BLANK = new TextFields.Visitor() {
    @Override
    public boolean offends(String text, boolean required, int limit) {
      return required && text.isEmpty();
    }

    @Override
    public void report(Findings findings, Object[] path, String text, int limit) {
      findings.report(path);
    }
  };

  /** Creates the validator. */
  public NoBlankTextValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    TextFields.walkOthers(agreement, BLANK, findings);
    if (!SharedWalk.replay(SharedWalk.Rule.BLANK_TEXT, agreement, findings)) {
      CommitmentCheck.walk(agreement.commitments(), check(), findings);
    }
  }

  /** The check of the commitments' texts. */
  static TextFields.Commitments check() {
    return new TextFields.Commitments(BLANK);
  }
}
