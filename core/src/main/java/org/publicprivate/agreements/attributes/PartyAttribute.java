package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.Party}. Constants are in canonical order. */
public enum PartyAttribute implements Attribute {
  ID(Declaration.required("id", 1)),
  NAME(Declaration.required("name", 1)),
  ENGLISH_NAME(Declaration.optional("englishName", 1)),
  ALIASES(Declaration.optional("aliases", 1).list()),
  KIND(Declaration.required("kind", 1)),
  BUSINESS_REGISTRATION_NUMBER(Declaration.optional("businessRegistrationNumber", 1)),
  CORPORATE_REGISTRATION_NUMBER(Declaration.optional("corporateRegistrationNumber", 1)),
  IDENTIFIERS(Declaration.optional("identifiers", 2).listOf(IdentifierAttribute.class)),
  REPRESENTATIVE(Declaration.optional("representative", 1).of(PersonAttribute.class)),
  PARENT_ORGANISATION(Declaration.optional("parentOrganisation", 1)),
  WEBSITE(Declaration.optional("website", 1)),
  EXTENSIONS(Declaration.optional("extensions", 2));

  private final Declaration declaration;

  PartyAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
