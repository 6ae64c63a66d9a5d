package org.publicprivate.agreements.attributes;

/** The attributes of {@link org.publicprivate.agreements.FiscalYears}. Constants are in canonical order. */
public enum FiscalYearsAttribute implements Attribute {
  FIRST(Declaration.required("first", 1)),
  LAST(Declaration.required("last", 1));

  private final Declaration declaration;

  FiscalYearsAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
