package org.publicprivate.agreements.validation;

import jakarta.validation.Payload;

/**
 * How serious a {@link Violation} is: an {@link #ERROR} makes a document invalid, a {@link #WARNING}
 * only draws attention to it.
 *
 * <p>With a plain Jakarta {@code Validator}, the warnings are reported by the constraint in the
 * group {@link AgreementRules.Warnings}, which carries the payload {@link Warning}; every other
 * violation of this library is an error.
 */
public enum Severity {
  /** The document breaks a rule; {@link ValidationReport#isValid()} is false. */
  ERROR,
  /** The document is unusual in a way worth a look; it stays valid. */
  WARNING;

  /** The Jakarta Bean Validation payload that marks a constraint of this library as a warning. */
  public interface Warning extends Payload {}
}
