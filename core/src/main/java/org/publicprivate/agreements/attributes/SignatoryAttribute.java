package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.Signatory}. Constants are in canonical order. */
public enum SignatoryAttribute implements Attribute {
  PARTY(Declaration.required("party", 1)),
  NAME(Declaration.required("name", 1)),
  ENGLISH_NAME(Declaration.optional("englishName", 2)),
  TITLE(Declaration.optional("title", 1));

  private final Declaration declaration;

  SignatoryAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
