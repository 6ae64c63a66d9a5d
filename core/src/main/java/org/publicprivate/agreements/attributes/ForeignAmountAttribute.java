package org.publicprivate.agreements.attributes;

/**
 * The attributes of a {@link org.publicprivate.agreements.ForeignAmount} (format version 2). Constants are
 * in canonical order.
 */
public enum ForeignAmountAttribute implements Attribute {
  AMOUNT(Declaration.required("amount", 2)),
  CURRENCY(Declaration.required("currency", 2));

  private final Declaration declaration;

  ForeignAmountAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
