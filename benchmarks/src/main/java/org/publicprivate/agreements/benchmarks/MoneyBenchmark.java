package org.publicprivate.agreements.benchmarks;

import java.text.NumberFormat;
import java.text.ParseException;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.publicprivate.agreements.MoneyAmount;

/**
 * Money text, per amount: {@link MoneyAmount#parse} and {@link MoneyAmount#toKoreanString} against
 * {@link NumberFormat} parsing and formatting the same amounts with grouping (the closest thing a
 * user has in the JDK), and against {@link Long#parseLong} and {@link Long#toString}.
 *
 * <p>Each invocation goes through {@value #AMOUNTS} amounts from ₩1 to ₩99조, drawn once with a
 * fixed seed, so that branch prediction cannot learn a single input.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2)
@OperationsPerInvocation(MoneyBenchmark.AMOUNTS)
public class MoneyBenchmark {
  static final int AMOUNTS = 64;

  final long[] won = new long[AMOUNTS];
  final MoneyAmount[] amounts = new MoneyAmount[AMOUNTS];
  final String[] korean = new String[AMOUNTS];
  final String[] grouped = new String[AMOUNTS];
  final String[] digits = new String[AMOUNTS];
  NumberFormat numberFormat;

  /** Draws the amounts and writes their texts once per fork. */
  @Setup
  public void setUp() {
    numberFormat = NumberFormat.getInstance(Locale.KOREA);
    SplittableRandom random = new SplittableRandom(20230522);
    for (int i = 0; i < AMOUNTS; i++) {
      // Mostly round amounts, as agreements state them, of every magnitude; some exact to the won.
      long value = random.nextLong(1, 100_000) * pow10(random.nextInt(0, 10));
      won[i] = i % 4 == 0 ? value + random.nextLong(1, 10_000) : value;
      amounts[i] = MoneyAmount.ofWon(won[i]);
      korean[i] = amounts[i].toKoreanString();
      grouped[i] = numberFormat.format(won[i]);
      digits[i] = Long.toString(won[i]);
    }
  }

  /** Ours: Korean units such as {@code 1조 2,345억 6,789만 원}. */
  @Benchmark
  public void parseKorean(Blackhole sink) {
    for (String text : korean) {
      sink.consume(MoneyAmount.parse(text));
    }
  }

  /** Ours, on the very text {@link #numberFormatParse} reads: {@code 20,000,000,000}. */
  @Benchmark
  public void parseGrouped(Blackhole sink) {
    for (String text : grouped) {
      sink.consume(MoneyAmount.parse(text));
    }
  }

  /** Baseline: {@link NumberFormat} of {@link Locale#KOREA} reading grouped digits. */
  @Benchmark
  public void numberFormatParse(Blackhole sink) throws ParseException {
    for (String text : grouped) {
      sink.consume(numberFormat.parse(text));
    }
  }

  /** Floor: {@link Long#parseLong} of bare digits, with no grouping, units or checks. */
  @Benchmark
  public void longParse(Blackhole sink) {
    for (String text : digits) {
      sink.consume(Long.parseLong(text));
    }
  }

  /** Ours: Korean units. */
  @Benchmark
  public void formatKorean(Blackhole sink) {
    for (MoneyAmount amount : amounts) {
      sink.consume(amount.toKoreanString());
    }
  }

  /** Ours: the canonical {@code ₩20,000,000,000}. */
  @Benchmark
  public void formatCanonical(Blackhole sink) {
    for (MoneyAmount amount : amounts) {
      sink.consume(amount.toString());
    }
  }

  /** Baseline: {@link NumberFormat} of {@link Locale#KOREA} writing grouped digits. */
  @Benchmark
  public void numberFormatFormat(Blackhole sink) {
    for (long value : won) {
      sink.consume(numberFormat.format(value));
    }
  }

  /** Floor: {@link Long#toString(long)}, with no grouping or units. */
  @Benchmark
  public void longToString(Blackhole sink) {
    for (long value : won) {
      sink.consume(Long.toString(value));
    }
  }

  private static long pow10(int exponent) {
    long value = 1;
    for (int i = 0; i < exponent; i++) {
      value *= 10;
    }
    return value;
  }
}
