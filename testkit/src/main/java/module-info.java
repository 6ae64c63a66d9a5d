/**
 * Generators with integrated shrinking and a property runner, for property-based tests of code
 * that uses the agreements model.
 */
module org.publicprivate.agreements.testkit {
  requires transitive org.publicprivate.agreements;
  requires transitive org.junit.jupiter.api;
  // Growth counts the bytes a thread allocates: com.sun.management.ThreadMXBean.
  requires jdk.management;

  exports org.publicprivate.agreements.testkit;

  // JUnit instantiates the extension behind @PropertyTest, a class of this package, reflectively.
  opens org.publicprivate.agreements.testkit to org.junit.platform.commons;
}
