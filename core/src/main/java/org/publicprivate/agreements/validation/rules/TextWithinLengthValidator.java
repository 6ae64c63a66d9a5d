package org.publicprivate.agreements.validation.rules;

import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.TextWithinLength;

/** Checks rule {@code text.tooLong}. Instantiated by the validation provider. */
public final class TextWithinLengthValidator extends AgreementRule<TextWithinLength> {
  /** Creates the validator. */
  public TextWithinLengthValidator() {}

  @Override
  void check(Agreement agreement, Findings findings) {
    TextFields.walk(
        agreement,
        (path, text, required, limit) -> {
          if (text.length() > limit) {
            int length = text.codePointCount(0, text.length());
            if (length > limit) {
              findings.report(path, "length", length, "max", limit);
            }
          }
        });
  }
}
