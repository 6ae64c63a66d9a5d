package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.SourceDocument}. Constants are in canonical order. */
public enum SourceDocumentAttribute implements Attribute {
  ID(Declaration.optional("id", 2)),
  KIND(Declaration.optional("kind", 2)),
  TITLE(Declaration.required("title", 1)),
  AUTHOR(Declaration.optional("author", 2)),
  PUBLISHER(Declaration.optional("publisher", 1)),
  URL(Declaration.optional("url", 1)),
  PUBLISHED_ON(Declaration.optional("publishedOn", 1)),
  PUBLISHED_TIME(Declaration.optional("publishedTime", 2)),
  LANGUAGE(Declaration.optional("language", 2)),
  RETRIEVED_ON(Declaration.optional("retrievedOn", 2)),
  SHA256(Declaration.optional("sha256", 2));

  private final Declaration declaration;

  SourceDocumentAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
