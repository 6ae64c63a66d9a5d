package org.publicprivate.agreements.attributes;

import java.util.Objects;

/**
 * What the format says of one attribute: its name, whether it is required, and the format version
 * that introduced it.
 *
 * @param jsonName the attribute's name in the model and in JSON
 * @param required whether a document must hold the attribute
 * @param since the format version that introduced the attribute, from 1
 */
public record Declaration(String jsonName, boolean required, int since) {
  /** Checks the parts: a name and a version of at least 1. */
  public Declaration {
    Objects.requireNonNull(jsonName, "jsonName");
    if (since < 1) {
      throw new IllegalArgumentException("Declaration.since must be at least 1, was " + since);
    }
  }

  /** An attribute every document holds. */
  public static Declaration required(String jsonName, int since) {
    return new Declaration(jsonName, true, since);
  }

  /** An attribute a document may leave out (an optional value or a list). */
  public static Declaration optional(String jsonName, int since) {
    return new Declaration(jsonName, false, since);
  }
}
