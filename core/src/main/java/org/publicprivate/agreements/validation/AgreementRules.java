package org.publicprivate.agreements.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The model's rules as one Jakarta Bean Validation constraint on {@link
 * org.publicprivate.agreements.Agreement}, which carries it twice: once in the default group for
 * the rules of severity {@link Severity#ERROR}, and once in the group {@link Warnings}, with the
 * payload {@link Severity.Warning}, for the rules of severity {@link Severity#WARNING}.
 *
 * <p>So {@code @Valid} in Spring or Quarkus, which validates the default group, rejects only
 * documents with errors; ask for both groups to see warnings too. Each violation's message
 * template is its rule's code in braces ({@code {reference.unknownParty}}), and its path points at
 * the offending attribute, as {@link AgreementValidator} reports it.
 *
 * <pre>{@code
 * Set<ConstraintViolation<Agreement>> all =
 *     validator.validate(agreement, Default.class, AgreementRules.Warnings.class);
 * }</pre>
 */
@Documented
@Constraint(validatedBy = AgreementRulesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(AgreementRules.List.class)
public @interface AgreementRules {
  /** Unused: each violation has its rule's code in braces as its template. */
  String message() default "breaks a rule of the agreements model";

  /** The validation groups: none for the errors, {@link Warnings} for the warnings. */
  Class<?>[] groups() default {};

  /** The payload: {@link Severity.Warning} for the constraint that runs the warnings. */
  Class<? extends Payload>[] payload() default {};

  /** The validation group of the rules of severity {@link Severity#WARNING}. */
  interface Warnings {}

  /** Holds the two constraints on {@code Agreement}. */
  @Documented
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @interface List {
    /** The constraints. */
    AgreementRules[] value();
  }
}
