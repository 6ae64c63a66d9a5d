package org.publicprivate.agreements.attributes;

/** The attributes of an {@link org.publicprivate.agreements.Agreement}, the root of a document. Constants are in canonical order. */
public enum AgreementAttribute implements Attribute {
  FORMAT_VERSION(Declaration.optional("formatVersion", 1)),
  ID(Declaration.required("id", 1)),
  TITLE(Declaration.required("title", 1)),
  ENGLISH_TITLE(Declaration.optional("englishTitle", 1)),
  ALIASES(Declaration.optional("aliases", 2).list()),
  KIND(Declaration.required("kind", 1)),
  STATUS(Declaration.required("status", 1)),
  PURPOSE(Declaration.optional("purpose", 1)),
  LANGUAGES(Declaration.optional("languages", 2).list()),
  PREVAILING_LANGUAGE(Declaration.optional("prevailingLanguage", 2)),
  SIGNING(Declaration.optional("signing", 1).of(SigningAttribute.class)),
  EFFECTIVE_PERIOD(Declaration.optional("effectivePeriod", 1).of(DateRangeAttribute.class)),
  PARTIES(Declaration.optional("parties", 1).listOf(PartyAttribute.class)),
  COMMITMENTS(Declaration.optional("commitments", 1).listOf(CommitmentAttribute.class)),
  PROGRAMMES(Declaration.optional("programmes", 1).listOf(FundedProgrammeAttribute.class)),
  RELATED_AGREEMENTS(Declaration.optional("relatedAgreements", 1).listOf(RelatedAgreementAttribute.class)),
  AMENDMENTS(Declaration.optional("amendments", 2).listOf(AmendmentAttribute.class)),
  STATUS_HISTORY(Declaration.optional("statusHistory", 2).listOf(StatusChangeAttribute.class)),
  SOURCES(Declaration.optional("sources", 1).listOf(SourceDocumentAttribute.class)),
  KEYWORDS(Declaration.optional("keywords", 1).list()),
  EXTENSIONS(Declaration.optional("extensions", 2));

  private final Declaration declaration;

  AgreementAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
