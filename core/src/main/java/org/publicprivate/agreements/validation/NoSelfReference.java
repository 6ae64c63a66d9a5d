package org.publicprivate.agreements.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.publicprivate.agreements.validation.rules.NoSelfReferenceValidator;

/**
 * Rule {@code relatedAgreement.self} (ERROR): a related agreement is not the agreement itself.
 *
 * <p>A class-level constraint on {@link org.publicprivate.agreements.Agreement}; each violation's
 * path points at the offending attribute. The message template is the rule's code.
 */
@Documented
@Constraint(validatedBy = NoSelfReferenceValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoSelfReference {
  /** The rule's stable code. */
  String CODE = "relatedAgreement.self";

  /** The message template: the rule's code, resolved in {@code ContributorValidationMessages}. */
  String message() default "{" + CODE + "}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
