package org.publicprivate.agreements.benchmarks;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.publicprivate.agreements.validation.AgreementValidator;

/**
 * What {@link AgreementValidator#create(Locale)} costs once the JVM is warm (a service creates one
 * at start-up; the start-up comparison measures the cold case).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ValidatorCreationBenchmark {
  /** Creates a validator with English messages. */
  @Benchmark
  public AgreementValidator create() {
    return AgreementValidator.create(Locale.ENGLISH);
  }
}
