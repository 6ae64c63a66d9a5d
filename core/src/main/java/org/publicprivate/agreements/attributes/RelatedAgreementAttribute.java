package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.RelatedAgreement}. Constants are in canonical order. */
public enum RelatedAgreementAttribute implements Attribute {
  RELATION(Declaration.required("relation", 1)),
  TITLE(Declaration.required("title", 1)),
  DATE(Declaration.optional("date", 1)),
  AGREEMENT_ID(Declaration.optional("agreementId", 1)),
  COUNTERPARTIES(Declaration.optional("counterparties", 1).list());

  private final Declaration declaration;

  RelatedAgreementAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
