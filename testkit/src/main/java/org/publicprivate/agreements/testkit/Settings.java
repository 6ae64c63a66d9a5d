package org.publicprivate.agreements.testkit;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How a property runs; {@code null} components are not set at this level.
 *
 * <p>Levels, most specific first: the property's own settings ({@code .tries(200)}), then a
 * {@link PropertyTest @PropertyTest} annotation, then the system properties
 * {@value #TRIES_PROPERTY} and {@value #SEED_PROPERTY}, then the defaults.
 */
record Settings(String name, Integer tries, Long seed, Integer maxShrinkSteps) {

  static final String TRIES_PROPERTY = "agreements.testkit.tries";
  static final String SEED_PROPERTY = "agreements.testkit.seed";
  static final int DEFAULT_TRIES = 1_000;
  static final int DEFAULT_MAX_SHRINK_STEPS = 2_000;

  static final Settings NONE = new Settings(null, null, null, null);

  Settings {
    if (tries != null && tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1, was " + tries);
    }
    if (maxShrinkSteps != null && maxShrinkSteps < 0) {
      throw new IllegalArgumentException("maxShrinkSteps must not be negative, was "
          + maxShrinkSteps);
    }
  }

  Settings withName(String newName) {
    return new Settings(newName, tries, seed, maxShrinkSteps);
  }

  Settings withTries(int newTries) {
    return new Settings(name, newTries, seed, maxShrinkSteps);
  }

  Settings withSeed(long newSeed) {
    return new Settings(name, tries, newSeed, maxShrinkSteps);
  }

  Settings withMaxShrinkSteps(int newMaxShrinkSteps) {
    return new Settings(name, tries, seed, newMaxShrinkSteps);
  }

  /** These settings, with what is not set here taken from {@code fallback}. */
  Settings orElse(Settings fallback) {
    return new Settings(name != null ? name : fallback.name,
        tries != null ? tries : fallback.tries,
        seed != null ? seed : fallback.seed,
        maxShrinkSteps != null ? maxShrinkSteps : fallback.maxShrinkSteps);
  }

  /**
   * Every component but the name set: these settings, then the system properties, then the
   * defaults (1,000 tries, a fresh random seed, 2,000 shrink steps).
   */
  Settings resolve() {
    Settings fromSystem = new Settings(null, parse(TRIES_PROPERTY, "a whole number of at least 1"),
        parseSeed(System.getProperty(SEED_PROPERTY), SEED_PROPERTY), null);
    Settings defaults = new Settings(null, DEFAULT_TRIES,
        ThreadLocalRandom.current().nextLong(), DEFAULT_MAX_SHRINK_STEPS);
    return orElse(fromSystem).orElse(defaults);
  }

  /** A seed written as a decimal long, or null when {@code text} is null or blank. */
  static Long parseSeed(String text, String source) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + " must be a whole number such as"
          + " -4962768465676381896, was '" + text + "'", e);
    }
  }

  private static Integer parse(String property, String allowed) {
    String text = System.getProperty(property);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with the same message as a value out of range
    }
    throw new IllegalArgumentException("System property " + property + " must be " + allowed
        + ", was '" + text + "'");
  }
}
