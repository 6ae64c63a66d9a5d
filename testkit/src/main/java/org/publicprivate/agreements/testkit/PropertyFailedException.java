package org.publicprivate.agreements.testkit;

import java.util.Arrays;

/**
 * Thrown when a property does not hold: it reports the seed, the try, the counterexample as found
 * and as shrunk, and the failure, with the exception the property threw (if any) as the cause.
 *
 * <p>It is an {@link AssertionError}, so test engines report a failed test, not an error.
 *
 * <pre>{@code
 * Property 'listsAreShort()' failed on try 25 of 1000 (seed -4962768465676381896).
 *   Original counterexample: [0, 25, 0, 0]
 *   Shrunk counterexample:   [0, 0, 0, 0]
 *   Shrinking:               59 steps
 *   Failure:                 predicate was false
 * Reproduce with -Dagreements.testkit.seed=-4962768465676381896
 * }</pre>
 */
public final class PropertyFailedException extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final long seed;
  private final int tryNumber;
  private final int shrinkSteps;
  // Generated values need not be serializable; a deserialized exception keeps the message only.
  private final transient Object originalCounterexample;
  private final transient Object shrunkCounterexample;

  PropertyFailedException(Settings settings, int tryNumber, Attempt original, Attempt shrunk,
      int shrinkSteps, boolean shrinkingStopped) {
    super(message(settings, tryNumber, original, shrunk, shrinkSteps, shrinkingStopped),
        shrunk.failure().thrown());
    this.seed = settings.seed();
    this.tryNumber = tryNumber;
    this.shrinkSteps = shrinkSteps;
    this.originalCounterexample = original.value();
    this.shrunkCounterexample = shrunk.value();
  }

  /** The seed of the failing run; {@code -Dagreements.testkit.seed=} it to run the same tries. */
  public long seed() {
    return seed;
  }

  /** The try that failed, counting from 1; it is also how many tries ran. */
  public int tryNumber() {
    return tryNumber;
  }

  /** The counterexample as generated. */
  public Object originalCounterexample() {
    return originalCounterexample;
  }

  /** The smallest counterexample shrinking found; multiple arguments come as one tuple. */
  public Object shrunkCounterexample() {
    return shrunkCounterexample;
  }

  /** How many times the property was evaluated while shrinking. */
  public int shrinkSteps() {
    return shrinkSteps;
  }

  /** A value as the report shows it: text in quotes, arrays with their elements. */
  static String describe(Object value) {
    if (value instanceof CharSequence text) {
      return "\"" + text + "\"";
    }
    if (value instanceof Object[] array) {
      return Arrays.deepToString(array);
    }
    return String.valueOf(value);
  }

  private static String message(Settings settings, int tryNumber, Attempt original,
      Attempt shrunk, int shrinkSteps, boolean shrinkingStopped) {
    String name = settings.name() == null ? "Property" : "Property '" + settings.name() + "'";
    StringBuilder message = new StringBuilder()
        .append(name).append(" failed on try ").append(tryNumber).append(" of ")
        .append(settings.tries()).append(" (seed ").append(settings.seed()).append(").")
        .append("\n  Original counterexample: ").append(describe(original.value()))
        .append("\n  Shrunk counterexample:   ").append(describe(shrunk.value()))
        .append("\n  Shrinking:               ").append(shrinkSteps).append(" steps");
    if (shrinkingStopped) {
      message.append(", stopped at the limit of ").append(settings.maxShrinkSteps())
          .append(" (maxShrinkSteps); a smaller counterexample may exist");
    }
    message.append("\n  Failure:                 ").append(shrunk.failure().describe());
    if (!original.failure().describe().equals(shrunk.failure().describe())) {
      message.append("\n  Original failure:        ").append(original.failure().describe());
    }
    return message.append("\nReproduce with -D").append(Settings.SEED_PROPERTY).append('=')
        .append(settings.seed()).toString();
  }
}
