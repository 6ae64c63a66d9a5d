package org.publicprivate.agreements.attributes;

/**
 * One attribute of a model type as the format declares it: its name (in the model and in JSON),
 * whether a document must hold it, and the format version that introduced it. Each type's
 * attributes are the constants of one enum, in canonical order, so that a reader or writer that
 * switches over them without a {@code default} branch fails to compile when one is missing.
 *
 * <pre>{@code
 * PartyAttribute.KIND.jsonName();   // "kind"
 * PartyAttribute.KIND.isRequired(); // true
 * }</pre>
 */
public interface Attribute {
  /** The declaration: name, presence and version. */
  Declaration declaration();

  /**
   * The simple name of the model type that has this attribute, such as {@code Party}: the name of
   * the declaring enum without its suffix {@code Attribute}. (A name, not the class: the model's
   * types name their attributes, and this package names none of them back.)
   */
  default String ownerName() {
    String declaring = ((Enum<?>) this).getDeclaringClass().getSimpleName();
    return declaring.substring(0, declaring.length() - "Attribute".length());
  }

  /** The place of the attribute in its type's canonical order, from 0. */
  int ordinal();

  /** The attribute's name, in the model and in JSON, such as {@code englishName}. */
  default String jsonName() {
    return declaration().jsonName();
  }

  /** Whether a document must hold the attribute. */
  default boolean isRequired() {
    return declaration().required();
  }

  /** The format version that introduced the attribute. */
  default int since() {
    return declaration().since();
  }
}
