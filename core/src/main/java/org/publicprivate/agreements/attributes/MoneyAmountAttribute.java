package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.MoneyAmount} in JSON: the amount in won and the currency, always KRW. Constants are in canonical order. */
public enum MoneyAmountAttribute implements Attribute {
  AMOUNT(Declaration.required("amount", 1)),
  CURRENCY(Declaration.required("currency", 1));

  private final Declaration declaration;

  MoneyAmountAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
