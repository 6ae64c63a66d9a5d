/**
 * The canonical JSON of agreements for Jackson: {@link org.publicprivate.agreements.jackson.AgreementModule}.
 */
module org.publicprivate.agreements.jackson {
  requires transitive org.publicprivate.agreements;
  requires transitive org.publicprivate.agreements.format; // FormatOptions: the builder's setters
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports org.publicprivate.agreements.jackson;
  // Open for resources only: the JSON Schema at its documented path, for class-path-style lookups.
  opens org.publicprivate.agreements.jackson;

  provides com.fasterxml.jackson.databind.Module with
      org.publicprivate.agreements.jackson.AgreementModule;
}
