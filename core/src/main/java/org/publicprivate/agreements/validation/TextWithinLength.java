package org.publicprivate.agreements.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.publicprivate.agreements.validation.rules.TextWithinLengthValidator;

/**
 * Rule {@code text.tooLong} (ERROR): texts are not too long: titles and names at most 300 characters, summaries, purposes, descriptions and notes at most 4,000.
 *
 * <p>A class-level constraint on {@link org.publicprivate.agreements.Agreement}; each violation's
 * path points at the offending attribute. The message template is the rule's code.
 */
@Documented
@Constraint(validatedBy = TextWithinLengthValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TextWithinLength {
  /** The rule's stable code. */
  String CODE = "text.tooLong";

  /** The message template: the rule's code, resolved in {@code ContributorValidationMessages}. */
  String message() default "{" + CODE + "}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
