/**
 * The canonical JSON format of agreements, shared by the Jackson 2 and Jackson 3 modules: not an
 * API for users, so its package is exported to those two modules only. The modules' settings
 * ({@code FormatOptions}) are part of their API, so that package is exported to all.
 */
module org.publicprivate.agreements.format {
  requires transitive org.publicprivate.agreements;

  exports org.publicprivate.agreements.format to
      org.publicprivate.agreements.jackson,
      org.publicprivate.agreements.jackson3;
  exports org.publicprivate.agreements.format.options;
}
