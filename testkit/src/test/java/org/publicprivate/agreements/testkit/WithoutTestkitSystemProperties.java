package org.publicprivate.agreements.testkit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test without the testkit's system properties and restores them afterwards, so that
 * tests of the defaults also pass in a build run with {@code -Dagreements.testkit.tries=...}.
 */
final class WithoutTestkitSystemProperties implements BeforeEachCallback, AfterEachCallback {

  private static final List<String> PROPERTIES =
      List.of(Settings.TRIES_PROPERTY, Settings.SEED_PROPERTY);

  private final Map<String, String> saved = new HashMap<>();

  @Override
  public void beforeEach(ExtensionContext context) {
    for (String property : PROPERTIES) {
      saved.put(property, System.clearProperty(property));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    saved.forEach((property, value) -> {
      if (value == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, value);
      }
    });
  }
}
