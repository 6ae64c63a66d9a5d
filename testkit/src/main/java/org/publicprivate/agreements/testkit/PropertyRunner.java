package org.publicprivate.agreements.testkit;

import java.util.SplittableRandom;

/**
 * Runs a property: generates values from a seed, tests each, and on the first failure shrinks the
 * counterexample and throws a {@link PropertyFailedException}.
 *
 * <p>Each try draws from its own random generator split, in order, from one seeded
 * {@link SplittableRandom}, so a seed determines every value of the run. The size passed to the
 * generators grows with the try number, from 0 on the first try to the largest (100) by the middle
 * one, so that early tries are small and later ones explore large values.
 */
final class PropertyRunner {

  /** A property's test of one value: true when it holds, false or an exception when it fails. */
  @FunctionalInterface
  interface Check<T> {
    boolean holds(T value) throws Throwable;
  }

  private PropertyRunner() {
  }

  static <T> PropertyResult run(Gen<T> gen, Check<? super T> check, Settings own) {
    Settings settings = own.orElse(PropertyContext.defaults()).resolve();
    SplittableRandom seeded = new SplittableRandom(settings.seed());
    for (int tryNumber = 1; tryNumber <= settings.tries(); tryNumber++) {
      int size = size(tryNumber, settings.tries());
      Choices choices = Choices.random(seeded.split(), size);
      T value = generate(gen, choices, settings, tryNumber);
      Attempt.Failure failure = test(check, value);
      if (failure != null) {
        Attempt original = new Attempt(choices.recorded(), choices.spans(), value, failure);
        Shrinker shrinker = new Shrinker(candidate -> replay(gen, check, candidate, size),
            original, settings.maxShrinkSteps());
        Attempt shrunk = shrinker.shrink();
        throw new PropertyFailedException(settings, tryNumber, original, shrunk,
            shrinker.steps(), shrinker.budgetSpent());
      }
    }
    PropertyResult result = new PropertyResult(settings.name(), settings.seed(), settings.tries());
    PropertyContext.record(result);
    return result;
  }

  /** The size for a try: about 0 at first, growing to the largest by the middle try. */
  static int size(int tryNumber, int tries) {
    return (int) Math.min(Gen.MAX_SIZE, Gen.MAX_SIZE * (2L * tryNumber - 1) / tries);
  }

  private static <T> T generate(Gen<T> gen, Choices choices, Settings settings, int tryNumber) {
    try {
      return gen.generate(choices);
    } catch (RuntimeException e) {
      throw new GenerationException((settings.name() == null ? "Property" : settings.name())
          + ": " + gen + " could not generate the value of try " + tryNumber + " (seed "
          + settings.seed() + "; reproduce with -D" + Settings.SEED_PROPERTY + "="
          + settings.seed() + "): " + e.getMessage(), e);
    }
  }

  private static <T> Attempt replay(Gen<T> gen, Check<? super T> check, long[] candidate,
      int size) {
    Choices choices = Choices.replay(candidate, size);
    T value;
    try {
      value = gen.generate(choices);
    } catch (RuntimeException e) {
      // A candidate the generators reject (a filter that gives up, say) is simply not smaller.
      return new Attempt(choices.recorded(), choices.spans(), null, null);
    }
    return new Attempt(choices.recorded(), choices.spans(), value, test(check, value));
  }

  private static <T> Attempt.Failure test(Check<? super T> check, T value) {
    try {
      return check.holds(value) ? null : Attempt.Failure.FALSE;
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      return new Attempt.Failure(e);
    }
  }
}
