package org.publicprivate.agreements.attributes;

/**
 * The attributes of a {@link org.publicprivate.agreements.Quantity} (format version 2). Constants are in
 * canonical order.
 */
public enum QuantityAttribute implements Attribute {
  VALUE(Declaration.required("value", 2)),
  UNIT(Declaration.required("unit", 2)),
  QUALIFIER(Declaration.optional("qualifier", 2)),
  LABEL(Declaration.optional("label", 2));

  private final Declaration declaration;

  QuantityAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
