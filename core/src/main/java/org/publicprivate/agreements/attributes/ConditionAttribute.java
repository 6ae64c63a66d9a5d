package org.publicprivate.agreements.attributes;

/**
 * The attributes of a {@link org.publicprivate.agreements.Condition} (format version 2). Constants are
 * in canonical order.
 */
public enum ConditionAttribute implements Attribute {
  KIND(Declaration.required("kind", 2)),
  DESCRIPTION(Declaration.optional("description", 2)),
  PROGRAMME(Declaration.optional("programme", 2)),
  STATUS(Declaration.optional("status", 2));

  private final Declaration declaration;

  ConditionAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
