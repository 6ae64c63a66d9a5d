package org.publicprivate.agreements.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Fuzzing as a test: many inputs from a generator (such as {@link FuzzInputs#texts(Gen)} or
 * {@link FuzzInputs#agreementDocuments(Function)}) read by one {@link FuzzTarget}. Each input's
 * outcome must be a value or one of the target's documented exceptions, never another throwable
 * (a {@code NullPointerException}, a {@code StackOverflowError}, a dependency's exception); a value
 * must survive the target's round trip, if it has one.
 *
 * <pre>{@code
 * FuzzReport report = Fuzz.run(FuzzTarget.of("MoneyAmount.parse", MoneyAmount::parse,
 *     String::length, IllegalArgumentException.class), FuzzInputs.texts(moneyTexts));
 * }</pre>
 *
 * <p>The first failing input stops the run: its bytes are written to
 * {@code target/fuzz-findings/<target>-<seed>-<n>} (another folder with
 * {@code -Dagreements.fuzz.findings}), and the {@link AssertionError} names the run's seed, the
 * input's number and seed, and the file. {@code -Dagreements.fuzz.seed} repeats a run;
 * {@code -Dagreements.fuzz.inputs} sets how many inputs (default {@value #DEFAULT_INPUTS}; the long
 * run takes 10,000,000).
 *
 * <p>Timings are reported, never asserted: the {@link FuzzReport} gives, per size class, the median
 * and the slowest input, and counts the inputs slower than {@value #SLOW_FACTOR} times their class's
 * median. A loaded machine makes such counts noisy, so they do not fail a run; a growth in cost is
 * caught by the growth tests, which count operations instead.
 */
public final class Fuzz {
  /** Inputs per target and run unless {@code -Dagreements.fuzz.inputs} says otherwise. */
  public static final int DEFAULT_INPUTS = 100_000;
  /** An input slower than this many times its size class's median is counted as slow. */
  public static final int SLOW_FACTOR = 100;
  private static final int WARM_UP = 1_000;

  private Fuzz() {
  }

  /**
   * Runs {@code -Dagreements.fuzz.inputs} inputs (default {@value #DEFAULT_INPUTS}) with the seed
   * {@code -Dagreements.fuzz.seed}, or a random one, and prints the report.
   *
   * @param target the reader under fuzzing
   * @param inputs the inputs
   * @param <I> the input's type
   * @param <T> the value's type
   * @return the report
   * @throws AssertionError at the first input whose outcome is neither a value nor a documented
   *     exception, or whose value does not survive the round trip
   */
  public static <I, T> FuzzReport run(FuzzTarget<I, T> target, Gen<I> inputs) {
    long seed = Long.getLong("agreements.fuzz.seed", ThreadLocalRandom.current().nextLong());
    FuzzReport report = run(target, inputs, Integer.getInteger("agreements.fuzz.inputs",
        DEFAULT_INPUTS), seed);
    System.out.println(report);
    return report;
  }

  /**
   * Runs {@code count} inputs with the given seed.
   *
   * @param target the reader under fuzzing
   * @param inputs the inputs
   * @param count how many inputs
   * @param seed the run's seed: the same seed gives the same inputs
   * @param <I> the input's type
   * @param <T> the value's type
   * @return the report
   * @throws AssertionError at the first failing input, as {@link #run(FuzzTarget, Gen)} does
   */
  public static <I, T> FuzzReport run(FuzzTarget<I, T> target, Gen<I> inputs, int count,
      long seed) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(inputs, "inputs");
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive, was " + count);
    }
    FuzzReport.Builder report = new FuzzReport.Builder(target.name(), seed, count);
    for (int n = 0; n < count; n++) {
      long inputSeed = inputSeed(seed, n);
      I input = inputs.sample(inputSeed);
      long start = System.nanoTime();
      Outcome<T> outcome = read(target, input);
      long nanos = System.nanoTime() - start;
      String failure = outcome.thrown != null
          ? (target.isDocumented(outcome.thrown) ? null
              : "threw " + outcome.thrown + ", not one of the documented " + names(target))
          : roundTripFailure(target, outcome.value);
      if (failure != null) {
        Path file = writeFinding(target.name(), seed, n, input);
        AssertionError error = new AssertionError(target.name() + ": input " + n + " of the run"
            + " with seed " + seed + " (rerun with -Dagreements.fuzz.seed=" + seed
            + "; Gen.sample(" + inputSeed + ") gives the input) " + failure + "; input written to "
            + file + ": " + FuzzReport.excerpt(input));
        if (outcome.thrown != null) {
          error.initCause(outcome.thrown);
        }
        System.out.println(error.getMessage());
        throw error;
      }
      report.add(target.size(input), outcome.thrown == null, n < WARM_UP ? -1 : nanos, input);
    }
    return report.build();
  }

  /** The seed {@link Gen#sample(long)} is given for input {@code n} of a run with {@code seed}. */
  public static long inputSeed(long seed, int n) {
    long z = seed + (n + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static <I, T> String roundTripFailure(FuzzTarget<I, T> target, T value) {
    Optional<Function<? super T, ? extends I>> writer = target.writer();
    if (writer.isEmpty()) {
      return null;
    }
    I written;
    try {
      written = writer.get().apply(value);
    } catch (RuntimeException | Error e) {
      return "read " + value + ", whose writing threw " + e;
    }
    Outcome<T> again = read(target, written);
    if (again.thrown != null) {
      return "read " + value + ", written as " + FuzzReport.excerpt(written)
          + ", which does not read back: " + again.thrown;
    }
    if (!value.equals(again.value)) {
      return "read " + value + ", written as " + FuzzReport.excerpt(written)
          + ", which reads back as " + again.value;
    }
    return null;
  }

  private static <I, T> Outcome<T> read(FuzzTarget<I, T> target, I input) {
    try {
      return new Outcome<>(target.read(input), null);
    } catch (Throwable thrown) { // every throwable is an outcome to judge, StackOverflowError too
      return new Outcome<>(null, thrown);
    }
  }

  private static String names(FuzzTarget<?, ?> target) {
    return target.documented().stream().map(Class::getSimpleName).toList().toString();
  }

  private static Path writeFinding(String target, long seed, int n, Object input) {
    Path folder = Path.of(System.getProperty("agreements.fuzz.findings", "target/fuzz-findings"));
    String safe = target.replaceAll("[^A-Za-z0-9._-]", "_");
    try {
      Files.createDirectories(folder);
      if (input instanceof byte[] bytes) {
        return Files.write(folder.resolve(safe + "-" + seed + "-" + n + ".bin"), bytes);
      }
      String text = String.valueOf(input);
      Files.write(folder.resolve(safe + "-" + seed + "-" + n + ".escaped.txt"),
          FuzzReport.escape(text).getBytes(UTF_8));
      return Files.write(folder.resolve(safe + "-" + seed + "-" + n + ".txt"), text.getBytes(UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the fuzz finding to " + folder, e);
    }
  }

  private record Outcome<T>(T value, Throwable thrown) {
  }
}
