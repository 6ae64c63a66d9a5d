package org.publicprivate.agreements.attributes;

import java.util.Optional;

/**
 * JSON paths of the model, such as {@code commitments[2].pledgedAmount}, checked against the
 * declarations: each name must be an attribute of the type it is in (the agreement at the root),
 * an index {@code [n]} may follow only a list, and a name may follow only an attribute whose value
 * is an object of the model.
 *
 * <pre>{@code
 * AttributePaths.problem("commitments[2].pledgedAmount"); // Optional.empty()
 * AttributePaths.problem("commitments[2].budget");        // Optional["Commitment has no attribute \"budget\" …"]
 * }</pre>
 */
public final class AttributePaths {
  /** Longer paths are no path of the model and are not parsed. */
  public static final int MAX_LENGTH = 1_000;

  private AttributePaths() {}

  /**
   * Why {@code path} is not a JSON path of the model, or empty when it is one.
   *
   * @param path the path, such as {@code commitments[2].pledgedAmount}
   */
  public static Optional<String> problem(String path) {
    if (path.isEmpty()) {
      return Optional.of("the path is empty");
    }
    if (path.length() > MAX_LENGTH) {
      return Optional.of("the path is longer than " + MAX_LENGTH + " characters");
    }
    Class<? extends Attribute> type = AgreementAttribute.class;
    int at = 0;
    while (true) {
      if (type == null) {
        return Optional.of("at offset " + at + ": a value that is not an object has no attributes");
      }
      int end = at;
      while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
        end++;
      }
      if (end == at) {
        return Optional.of("at offset " + at + ": an attribute's name is missing");
      }
      String name = path.substring(at, end);
      Attribute attribute = find(type, name);
      if (attribute == null) {
        return Optional.of("at offset " + at + ": " + Attributes.of(type).get(0).ownerName()
            + " has no attribute \"" + name + "\"");
      }
      at = end;
      if (at < path.length() && path.charAt(at) == '[') {
        if (!attribute.declaration().isList()) {
          return Optional.of("at offset " + at + ": \"" + name + "\" is not a list");
        }
        int close = path.indexOf(']', at);
        String digits = close < 0 ? path.substring(at + 1) : path.substring(at + 1, close);
        if (close < 0 || !isIndex(digits)) {
          return Optional.of("at offset " + at
              + ": an index is digits in brackets, such as [0], without leading zeros");
        }
        at = close + 1;
      } else if (attribute.declaration().isList() && at < path.length()) {
        return Optional.of("at offset " + at + ": \"" + name
            + "\" is a list: an index such as [0] must come before the name of an attribute");
      }
      if (at == path.length()) {
        return Optional.empty();
      }
      if (path.charAt(at) != '.') {
        return Optional.of("at offset " + at + ": expected '.' or the end of the path");
      }
      at++;
      type = attribute.declaration().elementType().orElse(null);
    }
  }

  private static Attribute find(Class<? extends Attribute> type, String name) {
    for (Attribute attribute : Attributes.of(type)) {
      if (attribute.jsonName().equals(name)) {
        return attribute;
      }
    }
    return null;
  }

  private static boolean isIndex(String digits) {
    if (digits.isEmpty() || digits.length() > 9 || (digits.length() > 1 && digits.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
