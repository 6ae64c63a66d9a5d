package org.publicprivate.agreements.attributes;

import java.util.Objects;
import java.util.Optional;

/**
 * What the format says of one attribute: its name, whether it is required, the format version
 * that introduced it, and its shape: whether it is a list, and which declared attributes its value
 * (or each element) has when it is an object of the model (decision 0016).
 *
 * <pre>{@code
 * Declaration.optional("commitments", 1).listOf(CommitmentAttribute.class);
 * Declaration.optional("keywords", 1).list();
 * }</pre>
 *
 * @param jsonName the attribute's name in the model and in JSON
 * @param required whether a document must hold the attribute
 * @param since the format version that introduced the attribute, from 1
 * @param isList whether the attribute is a list (a JSON array)
 * @param elements the attributes of its value or of each element when that is an object of the
 *     model, or {@code null} when it is a scalar (text, number, date, constant)
 */
public record Declaration(String jsonName, boolean required, int since, boolean isList,
    Class<? extends Attribute> elements) {
  /** Checks the parts: a name and a version of at least 1. */
  public Declaration {
    Objects.requireNonNull(jsonName, "jsonName");
    if (since < 1) {
      throw new IllegalArgumentException("Declaration.since must be at least 1, was " + since);
    }
  }

  /** A scalar attribute that is not a list. */
  public Declaration(String jsonName, boolean required, int since) {
    this(jsonName, required, since, false, null);
  }

  /** An attribute every document holds. */
  public static Declaration required(String jsonName, int since) {
    return new Declaration(jsonName, true, since);
  }

  /** An attribute a document may leave out (an optional value or a list). */
  public static Declaration optional(String jsonName, int since) {
    return new Declaration(jsonName, false, since);
  }

  /** This attribute as a list of scalars. */
  public Declaration list() {
    return new Declaration(jsonName, required, since, true, elements);
  }

  /** This attribute as one object of the model whose attributes {@code type} declares. */
  public Declaration of(Class<? extends Attribute> type) {
    return new Declaration(jsonName, required, since, isList, Objects.requireNonNull(type, "type"));
  }

  /** This attribute as a list of objects of the model whose attributes {@code type} declares. */
  public Declaration listOf(Class<? extends Attribute> type) {
    return new Declaration(jsonName, required, since, true, Objects.requireNonNull(type, "type"));
  }

  /** The attributes of the attribute's object value, or of each element; empty for scalars. */
  public Optional<Class<? extends Attribute>> elementType() {
    return Optional.ofNullable(elements);
  }
}
