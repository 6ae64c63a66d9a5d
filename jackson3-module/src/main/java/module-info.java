/**
 * The canonical JSON of agreements for Jackson 3: {@link org.publicprivate.agreements.jackson3.AgreementModule}.
 */
module org.publicprivate.agreements.jackson3 {
  requires transitive org.publicprivate.agreements;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires transitive org.publicprivate.agreements.format; // FormatOptions: the builder's setters

  exports org.publicprivate.agreements.jackson3;
  // Open for resources only: the JSON Schema at its documented path, for class-path-style lookups.
  opens org.publicprivate.agreements.jackson3;

  provides tools.jackson.databind.JacksonModule with
      org.publicprivate.agreements.jackson3.AgreementModule;
}
