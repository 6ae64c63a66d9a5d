package org.publicprivate.agreements.validation.rules;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Collects the violations one rule finds in one agreement and hands each to the validation provider
 * with its own path and message parameters.
 *
 * <p>A path is given as its steps in JSON's terms: a {@code String} is an attribute, an {@code
 * Integer} the index of a list element. {@code report(path("commitments", 2, "parties", 0))} is
 * the path {@code commitments[2].parties[0]}.
 *
 * <p>Findings made during another rule's run ({@link SharedWalk}) are {@linkplain #recording()
 * recorded} instead, and {@linkplain #replayInto handed over} when their own rule runs.
 */
final class Findings {
  private final HibernateConstraintValidatorContext context;
  private final String template;
  /** Path and parameters of each finding when recording; null when reporting to the provider. */
  private final List<Object[]> recorded;
  private int count;

  Findings(ConstraintValidatorContext context) {
    this.context = context.unwrap(HibernateConstraintValidatorContext.class);
    this.template = context.getDefaultConstraintMessageTemplate();
    this.recorded = null;
    context.disableDefaultConstraintViolation();
  }

  private Findings() {
    this.context = null;
    this.template = null;
    this.recorded = new ArrayList<>();
  }

  /** Findings that are kept until {@link #replayInto} reports them. */
  static Findings recording() {
    return new Findings();
  }

  /** The provider's context of the rule being run; null for recorded findings. */
  HibernateConstraintValidatorContext context() {
    return context;
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** Reports every recorded finding to {@code target}, in the order they were found. */
  void replayInto(Findings target) {
    for (Object[] finding : recorded) {
      target.report((Object[]) finding[0], (Object[]) finding[1]);
    }
  }

  /**
   * Reports one violation at {@code path}, with message parameters given as name–value pairs.
   */
  void report(Object[] path, Object... parameters) {
    if (recorded != null) {
      recorded.add(new Object[] {path, parameters});
      count++;
      return;
    }
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      context.addMessageParameter((String) parameters[i], parameters[i + 1]);
    }
    addNodes(context.buildConstraintViolationWithTemplate(template), path);
    count++;
  }

  /** A path from its steps: attribute names and list indexes. */
  static Object[] path(Object... steps) {
    return steps;
  }

  private static void addNodes(ConstraintViolationBuilder builder, Object[] path) {
    NodeBuilderCustomizableContext node = builder.addPropertyNode((String) path[0]);
    NodeBuilderDefinedContext placed = null;
    Integer pendingIndex = null;
    for (int i = 1; i < path.length; i++) {
      Object step = path[i];
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
