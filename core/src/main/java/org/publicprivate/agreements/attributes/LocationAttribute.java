package org.publicprivate.agreements.attributes;

/**
 * The attributes of a {@link org.publicprivate.agreements.Location} (format version 2). Constants are in
 * canonical order.
 */
public enum LocationAttribute implements Attribute {
  NAME(Declaration.required("name", 2)),
  REGION_CODE(Declaration.optional("regionCode", 2));

  private final Declaration declaration;

  LocationAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
