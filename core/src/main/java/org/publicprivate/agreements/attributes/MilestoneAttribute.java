package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.Milestone}. Constants are in canonical order. */
public enum MilestoneAttribute implements Attribute {
  DESCRIPTION(Declaration.required("description", 2)),
  DUE(Declaration.optional("due", 2)),
  STATUS(Declaration.optional("status", 2)),
  MET_ON(Declaration.optional("metOn", 2)),
  QUANTITIES(Declaration.optional("quantities", 2).listOf(QuantityAttribute.class));

  private final Declaration declaration;

  MilestoneAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
