package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.StatusChange}. Constants are in canonical order. */
public enum StatusChangeAttribute implements Attribute {
  STATUS(Declaration.required("status", 2)),
  DATE(Declaration.required("date", 2)),
  NOTE(Declaration.optional("note", 2)),
  SOURCE(Declaration.optional("source", 2));

  private final Declaration declaration;

  StatusChangeAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
