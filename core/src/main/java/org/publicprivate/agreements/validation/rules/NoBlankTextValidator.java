package org.publicprivate.agreements.validation.rules;

import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.NoBlankText;

/** Checks rule {@code text.blank}. Instantiated by the validation provider. */
public final class NoBlankTextValidator extends AgreementRule<NoBlankText> {
  /** Creates the validator. */
  public NoBlankTextValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    TextFields.walk(agreement, new TextFields.Visitor() {
      @Override
      public boolean offends(String text, boolean required, int limit) {
        return required && text.isEmpty();
      }

      @Override
      public void report(Object[] path, String text, int limit) {
        findings.report(path);
      }
    });
  }
}
