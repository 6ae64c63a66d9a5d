package org.publicprivate.agreements.validation;

import jakarta.validation.Payload;
import java.util.Set;

/**
 * How serious a {@link Violation} is: an {@link #ERROR} makes a document invalid, a {@link #WARNING}
 * only draws attention to it.
 *
 * <p>With a plain Jakarta {@code Validator}, a rule that is a warning carries the payload
 * {@link Warning}; every other rule of this library is an error.
 */
public enum Severity {
  /** The document breaks a rule; {@link ValidationReport#isValid()} is false. */
  ERROR,
  /** The document is unusual in a way worth a look; it stays valid. */
  WARNING;

  /** The Jakarta Bean Validation payload that marks a constraint of this library as a warning. */
  public interface Warning extends Payload {}

  static Severity of(Set<Class<? extends Payload>> payload) {
    return payload.contains(Warning.class) ? WARNING : ERROR;
  }
}
