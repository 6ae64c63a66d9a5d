package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.DateRange}. Constants are in canonical order. */
public enum DateRangeAttribute implements Attribute {
  START(Declaration.required("start", 1)),
  END(Declaration.optional("end", 1));

  private final Declaration declaration;

  DateRangeAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
