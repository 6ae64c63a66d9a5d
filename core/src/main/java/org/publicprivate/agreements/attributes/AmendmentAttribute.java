package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.Amendment}. Constants are in canonical order. */
public enum AmendmentAttribute implements Attribute {
  DATE(Declaration.required("date", 2)),
  SUMMARY(Declaration.required("summary", 2)),
  CHANGED_PATHS(Declaration.optional("changedPaths", 2).list()),
  SOURCE(Declaration.optional("source", 2));

  private final Declaration declaration;

  AmendmentAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
