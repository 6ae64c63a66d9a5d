package org.publicprivate.agreements.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Objects;

/**
 * One broken rule in one place of a document.
 *
 * <pre>{@code
 * for (Violation v : report.violations()) {
 *   System.out.println(v); // ERROR reference.unknownParty commitments[2].parties[0]: …
 * }
 * }</pre>
 *
 * @param code the rule's stable code, such as {@code reference.unknownParty}
 * @param severity whether the violation makes the document invalid
 * @param path where in the document, in the JSON's own terms, such as {@code
 *     commitments[2].parties[0]}
 * @param message what is wrong, in Korean or English
 */
public record Violation(String code, Severity severity, String path, String message) {
  /** Creates a violation; every component is required. */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The violation that a plain Jakarta {@code Validator} reported for one of this library's rules,
   * in this library's terms: the code is the message template without its braces, the severity
   * the payload ({@link Severity.Warning} or none), the path in the JSON's terms, the message as
   * the provider interpolated it. For a Spring {@code FieldError} or {@code ObjectError}, pass
   * {@code error.unwrap(ConstraintViolation.class)}. The path is relative to the object validated:
   * for an agreement held by a bean of your own and validated through it, it starts with the
   * bean's property ({@code agreement.parties[1]}).
   */
  public static Violation from(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    String code = template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1)
        : template;
    Severity severity =
        violation.getConstraintDescriptor().getPayload().contains(Severity.Warning.class)
            ? Severity.WARNING
            : Severity.ERROR;
    return new Violation(code, severity, jsonPath(violation.getPropertyPath()),
        violation.getMessage());
  }

  /** Whether the violation is an {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The violation as {@code SEVERITY code path: message}. */
  @Override
  public String toString() {
    return severity + " " + code + " " + path + ": " + message;
  }

  private static String jsonPath(Path path) {
    StringBuilder text = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null) {
        text.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(node.getName());
      }
    }
    return text.toString();
  }
}
