package org.publicprivate.agreements.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.publicprivate.agreements.validation.rules.UniqueCommitmentIdsValidator;

/**
 * Rule {@code agreement.commitments.duplicateId} (ERROR): no two commitments share an id.
 *
 * <p>A class-level constraint on {@link org.publicprivate.agreements.Agreement}; each violation's
 * path points at the offending attribute. The message template is the rule's code.
 */
@Documented
@Constraint(validatedBy = UniqueCommitmentIdsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueCommitmentIds {
  /** The rule's stable code. */
  String CODE = "agreement.commitments.duplicateId";

  /** The message template: the rule's code, resolved in {@code ContributorValidationMessages}. */
  String message() default "{" + CODE + "}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
