package org.publicprivate.agreements.validation.rules;

import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.TextWithinLength;

/** Checks rule {@code text.tooLong}. Instantiated by the validation provider. */
public final class TextWithinLengthValidator extends AgreementRule<TextWithinLength> {
  private static final TextFields.Visitor TOO_LONG = new TextFields.Visitor() {
    @Override
    public boolean offends(String text, boolean required, int limit) {
      // A text of at most limit chars has at most limit code points: count only longer ones.
      return text.length() > limit && text.codePointCount(0, text.length()) > limit;
    }

    @Override
    public void report(Findings findings, Object[] path, String text, int limit) {
      findings.report(path, "length", text.codePointCount(0, text.length()), "max", limit);
    }
  };

  /** Creates the validator. */
  public TextWithinLengthValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    TextFields.walkOthers(agreement, TOO_LONG, findings);
    if (!SharedWalk.replay(SharedWalk.Rule.TEXT_LENGTH, agreement, findings)) {
      CommitmentCheck.walk(agreement.commitments(), check(), findings);
    }
  }

  /** The check of the commitments' texts. */
  static TextFields.Commitments check() {
    return new TextFields.Commitments(TOO_LONG);
  }
}
