package org.publicprivate.agreements.validation;

import java.util.List;
import java.util.Locale;
import org.publicprivate.agreements.Agreement;

/** The two validators of the tests, built once as a service would: one per language. */
final class Validators {
  static final AgreementValidator ENGLISH = AgreementValidator.create(Locale.ENGLISH);
  static final AgreementValidator KOREAN = AgreementValidator.create(Locale.KOREAN);

  private Validators() {}

  /** Every violation of {@code agreement}, with English messages, in the report's order. */
  static List<Violation> english(Agreement agreement) {
    return ENGLISH.validate(agreement).violations();
  }

  /** Every violation of {@code agreement}, with Korean messages, in the report's order. */
  static List<Violation> korean(Agreement agreement) {
    return KOREAN.validate(agreement).violations();
  }

  /** The violations of {@code agreement} with the given code, English messages. */
  static List<Violation> english(Agreement agreement, String code) {
    return english(agreement).stream().filter(v -> v.code().equals(code)).toList();
  }
}
