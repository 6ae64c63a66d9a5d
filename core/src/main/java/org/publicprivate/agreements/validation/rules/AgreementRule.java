package org.publicprivate.agreements.validation.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.publicprivate.agreements.Agreement;

/**
 * A rule over a whole agreement that reports each offence as its own violation, with a path that
 * points at the offending attribute, instead of one violation on the agreement.
 */
abstract class AgreementRule<A extends Annotation> implements ConstraintValidator<A, Agreement> {

  @Override
  public final boolean isValid(Agreement agreement, ConstraintValidatorContext context) {
    if (agreement == null) {
      return true;
    }
    Findings findings = new Findings(context);
    check(agreement, findings);
    return findings.isEmpty();
  }

  /** Reports every offence of the agreement against this rule to {@code findings}. */
  abstract void check(Agreement agreement, Findings findings);
}
