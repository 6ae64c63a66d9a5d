package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The project's property tests run on this module's runner only (docs/decisions/0003): no other
 * property-testing engine may reach the class path, directly or through another dependency.
 */
class OwnRunnerOnlyTest {
  @Test
  void noOtherPropertyTestingEngineIsOnTheClassPath() {
    ClassLoader loader = OwnRunnerOnlyTest.class.getClassLoader();
    assertThat(loader.getResource("net/jqwik/api/Property.class")).isNull();
    assertThat(loader.getResource("net/jqwik/engine/JqwikTestEngine.class")).isNull();
    assertThat(ModuleLayer.boot().findModule("net.jqwik.api")).isEmpty();
  }
}
