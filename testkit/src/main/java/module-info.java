/**
 * Generators with integrated shrinking and a property runner, for property-based tests of code
 * that uses the agreements model.
 */
module org.publicprivate.agreements.testkit {
  requires transitive org.publicprivate.agreements;
  requires transitive org.junit.jupiter.api;

  exports org.publicprivate.agreements.testkit;
}
