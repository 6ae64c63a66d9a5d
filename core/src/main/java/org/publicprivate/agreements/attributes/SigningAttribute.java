package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.Signing}. Constants are in canonical order. */
public enum SigningAttribute implements Attribute {
  DATE(Declaration.required("date", 1)),
  TIME(Declaration.optional("time", 1)),
  VENUE(Declaration.optional("venue", 1)),
  SIGNATORIES(Declaration.optional("signatories", 1).listOf(SignatoryAttribute.class));

  private final Declaration declaration;

  SigningAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
