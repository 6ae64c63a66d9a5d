package org.publicprivate.agreements.benchmarks.report;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Two benchmark methods of one state class (a JMH benchmark's, or {@code ModulesBenchmark}'s), ours
 * and its baseline, measured in turns in one JVM: a slice of about 20 ms of one, then a slice of the
 * other, in alternating order, each slice timed in the thread's CPU time; what it prints is the
 * median of the slices' ratios, with its quartiles.
 *
 * <p>JMH measures one benchmark after the other, minutes apart. On a shared machine whose speed
 * drifts by a factor of two from one minute to the next, the ratio of two such scores says more
 * about the drift than about the code. Slices taken side by side meet the same drift, and the
 * median of their ratios stays within a few percent from run to run where JMH's ratios swing from
 * 0.7 to 2.5. It complements JMH and does not replace it: it reports no absolute time worth
 * quoting, and both methods share one JVM, its JIT profile and its heap.
 *
 * <p>Usage: {@code java -cp benchmarks.jar
 * org.publicprivate.agreements.benchmarks.report.PairedRun CLASS OURS BASELINE COMMITMENTS SECONDS},
 * for example {@code ReadBenchmark ours records 1000 30}; a class name without a package is in
 * {@code org.publicprivate.agreements.benchmarks}. The state class needs a public no-argument
 * constructor, a public {@code int commitments} field and a public {@code setUp()} method, as this
 * module's benchmarks have. {@code benchmarks/paired.sh} runs the pairs the targets name.
 */
public final class PairedRun {
  private static final long SLICE_NANOS = 20_000_000L;
  private static final long WARM_UP_NANOS = 10_000_000_000L;
  /** The last result of each slice, so that no call's result is dead code. */
  @SuppressWarnings("unused")
  private static volatile Object sink;

  private PairedRun() {}

  /** Runs one pair; see the class comment for the arguments. */
  public static void main(String[] args) throws Throwable {
    if (args.length != 5) {
      System.err.println("usage: PairedRun CLASS OURS BASELINE COMMITMENTS SECONDS");
      System.exit(2);
    }
    String className = args[0].contains(".") ? args[0]
        : "org.publicprivate.agreements.benchmarks." + args[0];
    Class<?> type = Class.forName(className);
    Object state = type.getConstructor().newInstance();
    type.getField("commitments").setInt(state, Integer.parseInt(args[3]));
    type.getMethod("setUp").invoke(state);
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    MethodHandle ours = lookup.unreflect(type.getMethod(args[1])).bindTo(state);
    MethodHandle baseline = lookup.unreflect(type.getMethod(args[2])).bindTo(state);
    long seconds = Long.parseLong(args[4]);

    long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < warmUpEnd) {
      sink = ours.invoke();
      sink = baseline.invoke();
    }
    int calls = callsPerSlice(ours);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> ratios = new ArrayList<>();
    List<Double> oursMicros = new ArrayList<>();
    List<Double> baselineMicros = new ArrayList<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    for (int pair = 0; System.nanoTime() < end; pair++) {
      boolean oursFirst = pair % 2 == 0;
      double first = slice(threads, oursFirst ? ours : baseline, calls);
      double second = slice(threads, oursFirst ? baseline : ours, calls);
      double oursTime = oursFirst ? first : second;
      double baselineTime = oursFirst ? second : first;
      oursMicros.add(oursTime);
      baselineMicros.add(baselineTime);
      ratios.add(oursTime / baselineTime);
    }
    Collections.sort(ratios);
    Collections.sort(oursMicros);
    Collections.sort(baselineMicros);
    System.out.printf(Locale.ROOT,
        "%s %s ÷ %s, %s commitments: ratio %.3f (quartiles %.3f–%.3f) over %d pairs of %d calls;"
            + " median CPU time %.1f µs ÷ %.1f µs%n",
        type.getSimpleName(), args[1], args[2], args[3], quantile(ratios, 2), quantile(ratios, 1),
        quantile(ratios, 3), ratios.size(), calls, quantile(oursMicros, 2),
        quantile(baselineMicros, 2));
  }

  /** How many calls of {@code method} take about one slice. */
  private static int callsPerSlice(MethodHandle method) throws Throwable {
    long start = System.nanoTime();
    int calls = 0;
    while (System.nanoTime() - start < 5 * SLICE_NANOS) {
      sink = method.invoke();
      calls++;
    }
    return (int) Math.max(1, calls * SLICE_NANOS / (System.nanoTime() - start));
  }

  /** The thread's CPU time per call, in microseconds, over {@code calls} calls. */
  private static double slice(ThreadMXBean threads, MethodHandle method, int calls)
      throws Throwable {
    Object result = null;
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < calls; i++) {
      result = method.invoke();
    }
    long cpu = threads.getCurrentThreadCpuTime() - start;
    sink = result;
    return cpu / 1000.0 / calls;
  }

  /** The {@code quarter}th quartile of sorted values: 1 the first, 2 the median, 3 the third. */
  private static double quantile(List<Double> sorted, int quarter) {
    return sorted.get(Math.min(sorted.size() - 1, sorted.size() * quarter / 4));
  }
}
