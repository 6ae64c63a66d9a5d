package org.publicprivate.agreements.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.publicprivate.agreements.validation.rules.SignatoryForEveryPartyValidator;

/**
 * Rule {@code agreement.signing.partyWithoutSignatory} (WARNING): a signed agreement names a signatory for every party.
 *
 * <p>A class-level constraint on {@link org.publicprivate.agreements.Agreement}; each violation's
 * path points at the offending attribute. The message template is the rule's code.
 */
@Documented
@Constraint(validatedBy = SignatoryForEveryPartyValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SignatoryForEveryParty {
  /** The rule's stable code. */
  String CODE = "agreement.signing.partyWithoutSignatory";

  /** The message template: the rule's code, resolved in {@code ContributorValidationMessages}. */
  String message() default "{" + CODE + "}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload; {@link Severity.Warning} makes the rule a warning, as on {@code Agreement}. */
  Class<? extends Payload>[] payload() default {};
}
