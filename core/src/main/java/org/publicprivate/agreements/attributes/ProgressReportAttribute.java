package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.ProgressReport}. Constants are in canonical order. */
public enum ProgressReportAttribute implements Attribute {
  AS_OF(Declaration.required("asOf", 2)),
  SUMMARY(Declaration.optional("summary", 2)),
  ACHIEVED(Declaration.optional("achieved", 2).listOf(QuantityAttribute.class)),
  SPENT(Declaration.optional("spent", 2).of(MoneyAmountAttribute.class)),
  SOURCE(Declaration.optional("source", 2));

  private final Declaration declaration;

  ProgressReportAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
