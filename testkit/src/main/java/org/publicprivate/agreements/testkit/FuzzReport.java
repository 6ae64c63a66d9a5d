package org.publicprivate.agreements.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What a {@link Fuzz} run did: how many inputs, how many read as values, and per size class the
 * median time, the slowest input and how many inputs took more than {@value Fuzz#SLOW_FACTOR}
 * times the median. The first 1,000 inputs warm the JIT up and are not timed.
 *
 * @param target the target's name
 * @param seed the run's seed
 * @param inputs how many inputs were read
 * @param values how many read as values (the others threw a documented exception)
 * @param sizes the timings, one per size class (sizes up to 1, 2, 4, 8, …), smallest first
 */
public record FuzzReport(String target, long seed, int inputs, int values, List<SizeClass> sizes) {

  /** Validates and copies. */
  public FuzzReport {
    sizes = List.copyOf(sizes);
  }

  /**
   * The timings of the inputs of one size class.
   *
   * @param maxSize the largest size of the class (a power of two); the class holds the sizes above
   *     half of it
   * @param inputs how many inputs of the class were timed
   * @param medianNanos the median time of one input, in nanoseconds (of a sample of up to 10,000)
   * @param slowestNanos the slowest input's time
   * @param slowestInput the slowest input, cut to 120 characters and escaped
   * @param slow how many inputs took more than {@value Fuzz#SLOW_FACTOR} times the median
   */
  public record SizeClass(int maxSize, int inputs, long medianNanos, long slowestNanos,
      String slowestInput, int slow) {
  }

  /** The inputs slower than {@value Fuzz#SLOW_FACTOR} times their class's median, in all classes. */
  public int slowInputs() {
    return sizes.stream().mapToInt(SizeClass::slow).sum();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "Fuzzed %s: %,d inputs (seed %d), %,d read as values, %,d rejected as documented;"
            + " %,d slower than %d× their size's median%n", target, inputs, seed, values,
        inputs - values, slowInputs(), Fuzz.SLOW_FACTOR));
    for (SizeClass size : sizes) {
      text.append(String.format(Locale.ROOT, "  size ≤ %,9d: %,9d inputs, median %,10d ns,"
              + " slowest %,12d ns (%,d slow): %s%n", size.maxSize(), size.inputs(),
          size.medianNanos(), size.slowestNanos(), size.slow(), size.slowestInput()));
    }
    return text.toString();
  }

  static String excerpt(Object input) {
    String text = input instanceof byte[] bytes ? new String(bytes, UTF_8) : String.valueOf(input);
    String cut = text.length() > 120 ? text.substring(0, 120) : text;
    return "\"" + escape(cut) + "\"" + (text.length() > 120 ? "… (" + text.length()
        + " characters)" : "");
  }

  /**
   * The text with every character outside printable ASCII and Hangul written as a {@code \\u}
   * escape of four hexadecimal digits.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain = (c >= 0x20 && c < 0x7F && c != '\\') || (c >= 0xAC00 && c <= 0xD7A3);
      if (plain) {
        escaped.append(c);
      } else {
        escaped.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return escaped.toString();
  }

  /** Collects a run's timings; keeps a uniform sample of up to 10,000 times per size class. */
  static final class Builder {
    private static final int SAMPLE = 10_000;
    private final String target;
    private final long seed;
    private final int inputs;
    private final SplittableRandom random;
    private final List<Timings> classes = new ArrayList<>();
    private int values;

    Builder(String target, long seed, int inputs) {
      this.target = target;
      this.seed = seed;
      this.inputs = inputs;
      this.random = new SplittableRandom(seed);
    }

    /** Adds one input's outcome; {@code nanos} is negative for an input not timed. */
    void add(int size, boolean value, long nanos, Object input) {
      values += value ? 1 : 0;
      if (nanos < 0) {
        return;
      }
      int index = 32 - Integer.numberOfLeadingZeros(Math.max(0, size - 1));
      while (classes.size() <= index) {
        classes.add(new Timings());
      }
      Timings timings = classes.get(index);
      timings.count++;
      if (timings.sampled < SAMPLE) {
        timings.sample[timings.sampled++] = nanos;
      } else {
        long slot = random.nextLong(timings.count);
        if (slot < SAMPLE) {
          timings.sample[(int) slot] = nanos;
        }
      }
      timings.all.add(nanos);
      if (nanos > timings.slowest) {
        timings.slowest = nanos;
        timings.slowestInput = excerpt(input);
      }
    }

    FuzzReport build() {
      List<SizeClass> sizes = new ArrayList<>();
      for (int i = 0; i < classes.size(); i++) {
        Timings timings = classes.get(i);
        if (timings.count == 0) {
          continue;
        }
        long[] sorted = Arrays.copyOf(timings.sample, timings.sampled);
        Arrays.sort(sorted);
        long median = sorted[sorted.length / 2];
        int slow = timings.all.countAbove(median * Fuzz.SLOW_FACTOR);
        sizes.add(new SizeClass(1 << i, timings.count, median, timings.slowest,
            timings.slowestInput, slow));
      }
      return new FuzzReport(target, seed, inputs, values, sizes);
    }
  }

  private static final class Timings {
    final long[] sample = new long[Builder.SAMPLE];
    final LongList all = new LongList();
    int sampled;
    int count;
    long slowest = -1;
    String slowestInput = "";
  }

  /** The times above a bound are counted at the end; kept as a growable array of longs. */
  private static final class LongList {
    private long[] values = new long[64];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int countAbove(long bound) {
      int count = 0;
      for (int i = 0; i < size; i++) {
        count += values[i] > bound ? 1 : 0;
      }
      return count;
    }
  }
}
