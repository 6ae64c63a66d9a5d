package org.publicprivate.agreements.testkit;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;

/**
 * A growth test: the cost of one operation counted at sizes that double, never timed. The cost is
 * the bytes the operation allocates on its thread ({@code com.sun.management.ThreadMXBean}) and,
 * when an input can count them, the operations done on it (such as the reads of a counting {@link
 * CharSequence}); both are the same on every run and machine. A check fails when the cost per
 * element grows more than {@link #DEFAULT_MAX_RATIO} times from the smallest size to a larger one
 * ({@link GrowthReport#ratio()}): a linear operation stays near 1×, a quadratic one reaches 2× at
 * the first doubling and 32× at the fifth.
 *
 * <pre>{@code
 * Growth.of("MoneyAmount.parse, digits", n -> "1".repeat(n), text -> parseOrFail(text)).check();
 * }</pre>
 *
 * <p>Allocation counts what a parser or a rule keeps, copies or builds; a loop that allocates
 * nothing is seen only through an operation count, so give an input that counts
 * ({@link #countingOperations}) where the work is reading the input. The operation runs once at
 * the smallest size before counting (classes load, caches fill), then twice per size, each time on
 * a new input (what an input makes lazily is counted every time), of which the smaller cost
 * counts. Its result is kept, so that the compiler cannot drop what it allocates.
 *
 * @param <T> the input's type
 */
public final class Growth<T> {
  /** The largest cost per element allowed, as a multiple of the cost per element at the smallest. */
  public static final double DEFAULT_MAX_RATIO = 1.5;
  /** How many times the smallest size is doubled, unless {@link #sizes} says otherwise. */
  public static final int DEFAULT_DOUBLINGS = 5;
  /** The smallest size, unless {@link #sizes} says otherwise. */
  public static final int DEFAULT_SMALLEST = 1_000;

  private static volatile Object sink;

  private final String name;
  private final IntFunction<? extends T> input;
  private final Function<? super T, ?> operation;
  private final int smallest;
  private final int doublings;
  private final double maxRatio;
  private final ToLongFunction<? super T> operations;

  private Growth(String name, IntFunction<? extends T> input, Function<? super T, ?> operation,
      int smallest, int doublings, double maxRatio, ToLongFunction<? super T> operations) {
    this.name = name;
    this.input = input;
    this.operation = operation;
    this.smallest = smallest;
    this.doublings = doublings;
    this.maxRatio = maxRatio;
    this.operations = operations;
  }

  /**
   * A growth test of {@code operation} over inputs of {@link #DEFAULT_SMALLEST} elements doubled
   * {@link #DEFAULT_DOUBLINGS} times.
   *
   * @param name what is measured, for the report
   * @param input a new input of {@code n} elements (characters, commitments, parties…), called for
   *     each run; what it costs to make is not counted
   * @param operation the operation measured; its result is kept until the next run
   * @param <T> the input's type
   * @return the growth test
   */
  public static <T> Growth<T> of(String name, IntFunction<? extends T> input,
      Function<? super T, ?> operation) {
    return new Growth<>(Objects.requireNonNull(name, "name"), Objects.requireNonNull(input, "input"),
        Objects.requireNonNull(operation, "operation"), DEFAULT_SMALLEST, DEFAULT_DOUBLINGS,
        DEFAULT_MAX_RATIO, null);
  }

  /**
   * The same test over {@code smallest} elements doubled {@code doublings} times.
   *
   * @param smallest the smallest size, at least 1
   * @param doublings how many times it is doubled, from 1 to 20
   * @return the changed test
   */
  public Growth<T> sizes(int smallest, int doublings) {
    if (smallest < 1 || doublings < 1 || doublings > 20
        || (long) smallest << doublings > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Growth sizes: smallest " + smallest + " doubled "
          + doublings + " times; allowed a smallest of at least 1, doubled 1 to 20 times, within"
          + " Integer.MAX_VALUE");
    }
    return new Growth<>(name, input, operation, smallest, doublings, maxRatio, operations);
  }

  /**
   * The same test with another bound: the largest cost per element allowed, as a multiple of the
   * cost per element at the smallest size.
   *
   * @param maxRatio the bound, at least 1
   * @return the changed test
   */
  public Growth<T> maxRatio(double maxRatio) {
    if (!(maxRatio >= 1)) {
      throw new IllegalArgumentException("Growth bound " + maxRatio + "; allowed at least 1");
    }
    return new Growth<>(name, input, operation, smallest, doublings, maxRatio, operations);
  }

  /**
   * The same test, counting operations too: {@code counter} reads how many operations an input has
   * counted so far (such as the reads of a counting {@code CharSequence}); the difference over one
   * run is its cost, checked like the allocated bytes.
   *
   * @param counter the count of an input's operations so far
   * @return the changed test
   */
  public Growth<T> countingOperations(ToLongFunction<? super T> counter) {
    return new Growth<>(name, input, operation, smallest, doublings, maxRatio,
        Objects.requireNonNull(counter, "counter"));
  }

  /**
   * Measures the cost at each size.
   *
   * @return the costs per element, size by size
   * @throws UnsupportedOperationException if this JVM cannot count a thread's allocated bytes
   */
  public GrowthReport measure() {
    List<Integer> sizes = new ArrayList<>();
    List<Double> bytes = new ArrayList<>();
    List<Double> counted = new ArrayList<>();
    run(input.apply(smallest), new long[2]);
    for (int d = 0; d <= doublings; d++) {
      int size = smallest << d;
      long[] cost = {Long.MAX_VALUE, Long.MAX_VALUE};
      for (int repeat = 0; repeat < 2; repeat++) {
        long[] once = new long[2];
        run(input.apply(size), once);
        cost[0] = Math.min(cost[0], once[0]);
        cost[1] = Math.min(cost[1], once[1]);
      }
      sizes.add(size);
      bytes.add((double) cost[0] / size);
      if (operations != null) {
        counted.add((double) cost[1] / size);
      }
    }
    sink = null;
    return new GrowthReport(name, sizes, bytes, counted, maxRatio);
  }

  /**
   * Measures the cost at each size and fails when it grows faster than the sizes.
   *
   * @return the report, when the cost per element stayed within the bound
   * @throws AssertionError naming the operation, the sizes and the costs per element, when the cost
   *     per element grew more than the bound ({@link GrowthReport#isLinear()} is false)
   */
  public GrowthReport check() {
    GrowthReport report = measure();
    if (!report.isLinear()) {
      throw new AssertionError(report.toString());
    }
    return report;
  }

  private void run(T value, long[] cost) {
    long ops = operations == null ? 0 : operations.applyAsLong(value);
    long before = allocatedBytes();
    Object result = operation.apply(value);
    long after = allocatedBytes();
    sink = result;
    cost[0] = after - before;
    cost[1] = operations == null ? 0 : operations.applyAsLong(value) - ops;
  }

  private static long allocatedBytes() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
        || !threads.isThreadAllocatedMemorySupported()) {
      throw new UnsupportedOperationException(
          "Growth counts allocated bytes, which this JVM does not count per thread");
    }
    if (!threads.isThreadAllocatedMemoryEnabled()) {
      threads.setThreadAllocatedMemoryEnabled(true);
    }
    return threads.getCurrentThreadAllocatedBytes();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Growth[%s, %,d doubled %d times, bound %.1f×]", name,
        smallest, doublings, maxRatio);
  }
}
