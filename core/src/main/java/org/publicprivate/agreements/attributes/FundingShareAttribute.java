package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.FundingShare}. Constants are in canonical order. */
public enum FundingShareAttribute implements Attribute {
  SOURCE(Declaration.required("source", 1)),
  AMOUNT(Declaration.required("amount", 1).of(MoneyAmountAttribute.class)),
  CONTRIBUTOR(Declaration.optional("contributor", 1)),
  NOTE(Declaration.optional("note", 1));

  private final Declaration declaration;

  FundingShareAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
