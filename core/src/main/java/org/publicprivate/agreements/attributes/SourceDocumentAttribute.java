package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.SourceDocument}. Constants are in canonical order. */
public enum SourceDocumentAttribute implements Attribute {
  TITLE(Declaration.required("title", 1)),
  PUBLISHER(Declaration.optional("publisher", 1)),
  URL(Declaration.optional("url", 1)),
  PUBLISHED_ON(Declaration.optional("publishedOn", 1));

  private final Declaration declaration;

  SourceDocumentAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
