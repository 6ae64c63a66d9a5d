package org.publicprivate.agreements.attributes;

/** The attributes of an {@link org.publicprivate.agreements.AnnualBudget}. Constants are in canonical order. */
public enum AnnualBudgetAttribute implements Attribute {
  YEAR(Declaration.required("year", 1)),
  AMOUNT(Declaration.required("amount", 1).of(MoneyAmountAttribute.class));

  private final Declaration declaration;

  AnnualBudgetAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
