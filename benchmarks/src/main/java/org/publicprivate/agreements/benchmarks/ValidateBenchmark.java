package org.publicprivate.agreements.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.AgreementRules;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.ValidationReport;

/**
 * Validating one agreement with every rule: {@link AgreementValidator} against a plain default
 * Jakarta {@code Validator} (no Jakarta EL) over the same agreement, both groups. The report compares it with
 * {@link ReadBenchmark#ours()} of the same document too.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ValidateBenchmark {
  @Param({"1", "10", "100", "1000", "10000", "100000"})
  public int commitments;

  private Agreement agreement;
  private AgreementValidator ours;
  private Validator plain;

  /** Builds the agreement and both validators once per fork, as a service does at start-up. */
  @Setup
  public void setUp() {
    agreement = Corpus.agreement(commitments);
    ours = AgreementValidator.create(Locale.ENGLISH);
    plain = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  /** Ours: every rule, violations turned into a report with codes and JSON paths. */
  @Benchmark
  public ValidationReport ours() {
    return ours.validate(agreement);
  }

  /**
   * Baseline: the same rules run by a plain default Jakarta {@code Validator}, asked for the
   * errors' group and the warnings' group.
   */
  @Benchmark
  public Set<ConstraintViolation<Agreement>> plainJakarta() {
    return plain.validate(agreement, Default.class, AgreementRules.Warnings.class);
  }

  /** A plain Jakarta {@code Validator} asked for the default group only, as {@code @Valid} asks. */
  @Benchmark
  public Set<ConstraintViolation<Agreement>> plainJakartaDefaultGroup() {
    return plain.validate(agreement);
  }
}
