package org.publicprivate.agreements.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.publicprivate.agreements.Agreement;

/**
 * Checks the constraint {@link AgreementRules} with the same engine and rules as {@link
 * AgreementValidator}: the rules of the constraint's severity. Instantiated by the validation
 * provider; not for direct use.
 */
public final class AgreementRulesValidator
    implements ConstraintValidator<AgreementRules, Agreement> {
  private static final RuleEngine ERRORS = new RuleEngine(BuiltInRules.of(Severity.ERROR));
  private static final RuleEngine WARNINGS = new RuleEngine(BuiltInRules.of(Severity.WARNING));

  private RuleEngine engine = ERRORS;

  /** Creates the validator; the provider calls {@link #initialize} next. */
  public AgreementRulesValidator() {}

  @Override
  public void initialize(AgreementRules constraint) {
    engine = Arrays.asList(constraint.payload()).contains(Severity.Warning.class)
        ? WARNINGS
        : ERRORS;
  }

  @Override
  public boolean isValid(Agreement agreement, ConstraintValidatorContext context) {
    if (agreement == null) {
      return true;
    }
    List<Finding> found = engine.run(agreement);
    if (found.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    for (Finding finding : found) {
      // The two-argument form: Hibernate Validator 8, which Spring Boot 3.5 brings, lacks the other.
      for (Map.Entry<String, String> argument : finding.arguments().entrySet()) {
        hibernate.addMessageParameter(argument.getKey(), argument.getValue());
      }
      addNodes(hibernate.buildConstraintViolationWithTemplate("{" + finding.code() + "}"),
          finding.path().steps());
    }
    return false;
  }

  /** Adds the path's steps as property nodes, list indexes on the node that follows them. */
  private static void addNodes(ConstraintViolationBuilder builder, List<Object> path) {
    if (path.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    NodeBuilderCustomizableContext node = builder.addPropertyNode((String) path.get(0));
    NodeBuilderDefinedContext placed = null;
    Integer pendingIndex = null;
    for (int i = 1; i < path.size(); i++) {
      Object step = path.get(i);
      if (step instanceof Integer) {
        pendingIndex = (Integer) step;
        continue;
      }
      NodeBuilderCustomizableContext next =
          placed != null ? placed.addPropertyNode((String) step) : node.addPropertyNode((String) step);
      placed = pendingIndex != null ? next.inIterable().atIndex(pendingIndex) : null;
      node = next;
      pendingIndex = null;
    }
    if (pendingIndex != null) {
      (placed != null ? placed.addBeanNode() : node.addBeanNode())
          .inIterable()
          .atIndex(pendingIndex)
          .addConstraintViolation();
    } else if (placed != null) {
      placed.addConstraintViolation();
    } else {
      node.addConstraintViolation();
    }
  }
}
