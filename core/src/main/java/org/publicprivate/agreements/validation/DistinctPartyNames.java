package org.publicprivate.agreements.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.publicprivate.agreements.validation.rules.DistinctPartyNamesValidator;

/**
 * Rule {@code party.duplicateName} (WARNING): no two parties share a name.
 *
 * <p>A class-level constraint on {@link org.publicprivate.agreements.Agreement}; each violation's
 * path points at the offending attribute. The message template is the rule's code.
 */
@Documented
@Constraint(validatedBy = DistinctPartyNamesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DistinctPartyNames {
  /** The rule's stable code. */
  String CODE = "party.duplicateName";

  /** The message template: the rule's code, resolved in {@code ContributorValidationMessages}. */
  String message() default "{" + CODE + "}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload; {@link Severity.Warning} makes the rule a warning, as on {@code Agreement}. */
  Class<? extends Payload>[] payload() default {};
}
