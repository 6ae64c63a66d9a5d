package org.publicprivate.agreements.attributes;

/**
 * The attributes of a {@link org.publicprivate.agreements.Identifier} (format version 2). Constants are
 * in canonical order.
 */
public enum IdentifierAttribute implements Attribute {
  SCHEME(Declaration.required("scheme", 2)),
  ID(Declaration.required("id", 2));

  private final Declaration declaration;

  IdentifierAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
