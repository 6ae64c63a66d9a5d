package org.publicprivate.agreements.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.ValidationReport;

/**
 * One mapper of each module and one {@link AgreementValidator}, shared by 8 threads, read, validate
 * and write 10,000 generated documents exactly as one thread does.
 *
 * <p>The documents come from {@link Generated#validOrArbitraryAgreements()} with a seed,
 * random unless {@code -Dagreements.testkit.seed} gives it; every failure message names the seed.
 * The expected results come from a mapper and a validator of their own, used by one thread; the
 * shared ones are new when the threads start, so that their caches fill under contention too.
 */
class ConcurrencyTest {
  private static final int DOCUMENTS = 10_000;
  private static final int THREADS = 8;

  static List<JsonLine> lines() {
    return JsonLine.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void eightThreadsSharingOneMapperAndOneValidatorGetTheSingleThreadedResults(JsonLine line)
      throws Exception {
    long seed = Long.getLong("agreements.testkit.seed", ThreadLocalRandom.current().nextLong());
    List<Agreement> agreements = Generated.validOrArbitraryAgreements().samples(seed)
        .limit(DOCUMENTS).toList();

    JsonLine.Mapper singleMapper = line.newMapper();
    AgreementValidator singleValidator = AgreementValidator.create(Locale.ENGLISH);
    byte[][] documents = new byte[DOCUMENTS][];
    Agreement[] expectedAgreements = new Agreement[DOCUMENTS];
    ValidationReport[] expectedReports = new ValidationReport[DOCUMENTS];
    for (int i = 0; i < DOCUMENTS; i++) {
      documents[i] = singleMapper.write(agreements.get(i));
      expectedAgreements[i] = singleMapper.read(documents[i]);
      expectedReports[i] = singleValidator.validate(expectedAgreements[i]);
    }
    for (int i = 0; i < DOCUMENTS; i++) {
      assertThat(expectedAgreements[i]).as("agreement %d of seed %d read back", i, seed)
          .isEqualTo(agreements.get(i));
    }
    // Both kinds of report occur, so comparing them compares something.
    assertThat(Arrays.stream(expectedReports).filter(ValidationReport::isValid).count())
        .as("valid documents of seed %d", seed).isBetween(1L, DOCUMENTS - 1L);

    JsonLine.Mapper sharedMapper = line.newMapper();
    AgreementValidator sharedValidator = AgreementValidator.create(Locale.ENGLISH);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Callable<Result[]>> tasks = new ArrayList<>();
    for (int thread = 0; thread < THREADS; thread++) {
      int first = thread;
      tasks.add(() -> {
        start.await();
        Result[] results = new Result[DOCUMENTS];
        // Thread t takes documents t, t + 8, t + 16…: each document once, all threads at once.
        for (int i = first; i < DOCUMENTS; i += THREADS) {
          try {
            Agreement read = sharedMapper.read(documents[i]);
            results[i] = new Result(read, sharedValidator.validate(read), sharedMapper.write(read));
          } catch (Exception | LinkageError e) {
            throw new AssertionError("agreement " + i + " of seed " + seed + " failed: " + e, e);
          }
        }
        return results;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Result[]>> futures;
    try {
      futures = pool.invokeAll(tasks);
    } finally {
      pool.shutdown();
    }

    int compared = 0;
    for (int thread = 0; thread < THREADS; thread++) {
      Result[] results;
      try {
        results = futures.get(thread).get();
      } catch (ExecutionException e) {
        throw new AssertionError("thread " + thread + " failed (seed " + seed + ")", e.getCause());
      }
      for (int i = thread; i < DOCUMENTS; i += THREADS) {
        Result result = results[i];
        assertThat(result.agreement()).as("agreement %d of seed %d", i, seed)
            .isEqualTo(expectedAgreements[i]);
        assertThat(result.report()).as("report of agreement %d of seed %d", i, seed)
            .isEqualTo(expectedReports[i]);
        Generated.assertSameBytes(result.written(), documents[i],
            "agreement " + i + " of seed " + seed + " written again");
        compared++;
      }
    }
    assertThat(compared).isEqualTo(DOCUMENTS);
  }

  private record Result(Agreement agreement, ValidationReport report, byte[] written) {}
}
