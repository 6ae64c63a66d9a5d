package org.publicprivate.agreements.testkit;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A property: a statement about every value of a generator, run on many generated values.
 *
 * <p>{@link #check check} runs the property with a predicate, {@link #verify verify} with code that
 * throws when the property does not hold (AssertJ or JUnit assertions). Either returns a
 * {@link PropertyResult} when every try passed, and throws a {@link PropertyFailedException} with
 * the seed and the shrunk counterexample on the first try that failed.
 *
 * <p>Settings are immutable copies: {@code tries} (default 1,000, or the system property
 * {@code agreements.testkit.tries}), {@code seed} (default a fresh random one, or the system property
 * {@code agreements.testkit.seed}, which reproduces a failed run) and {@code maxShrinkSteps}
 * (default 2,000). Settings made here win over those of a {@link PropertyTest @PropertyTest}, which
 * win over the system properties.
 *
 * <pre>{@code
 * Property.forAll(Gens.listOf(Gens.ints(-100, 100), 0, 20))
 *     .check(list -> list.stream().sorted().toList().size() == list.size());
 *
 * Gen<MoneyAmount> amounts = Gens.longs(0, 1_000_000_000_000L).map(MoneyAmount::ofWon);
 * Property.forAll(amounts, amounts)
 *     .tries(200)
 *     .verify((a, b) -> assertThat(a.plus(b)).isEqualTo(b.plus(a)));
 * }</pre>
 *
 * @param <T> the type of the values the property is about
 */
public final class Property<T> {

  private final Gen<T> gen;
  private final Settings settings;

  private Property(Gen<T> gen, Settings settings) {
    this.gen = gen;
    this.settings = settings;
  }

  /** A property of the values of {@code gen}. */
  public static <A> Property<A> forAll(Gen<A> gen) {
    return new Property<>(Objects.requireNonNull(gen, "gen"), Settings.NONE);
  }

  /** A property of pairs of values, one from each generator; both shrink. */
  public static <A, B> Property2<A, B> forAll(Gen<A> first, Gen<B> second) {
    return new Property2<>(forAll(Gens.combine(first, second, Tuple.Of2<A, B>::new)));
  }

  /** A property of triples of values, one from each generator; all three shrink. */
  public static <A, B, C> Property3<A, B, C> forAll(Gen<A> first, Gen<B> second, Gen<C> third) {
    return new Property3<>(forAll(Gens.combine(first, second, third, Tuple.Of3<A, B, C>::new)));
  }

  /** This property, named in its report (a {@code @PropertyTest} names it after its method). */
  public Property<T> named(String name) {
    return new Property<>(gen, settings.withName(Objects.requireNonNull(name, "name")));
  }

  /**
   * This property, run on {@code tries} values.
   *
   * @throws IllegalArgumentException if {@code tries < 1}
   */
  public Property<T> tries(int tries) {
    return new Property<>(gen, settings.withTries(tries));
  }

  /** This property, with values generated from {@code seed}: the same seed, the same run. */
  public Property<T> seed(long seed) {
    return new Property<>(gen, settings.withSeed(seed));
  }

  /**
   * This property, evaluated at most {@code maxShrinkSteps} times while shrinking a
   * counterexample; 0 reports the counterexample as found.
   *
   * @throws IllegalArgumentException if {@code maxShrinkSteps < 0}
   */
  public Property<T> maxShrinkSteps(int maxShrinkSteps) {
    return new Property<>(gen, settings.withMaxShrinkSteps(maxShrinkSteps));
  }

  /**
   * Runs the property: it holds for a value when {@code predicate} returns true.
   *
   * @throws PropertyFailedException if the predicate is false or throws for a generated value
   * @throws GenerationException if a generator fails
   */
  public PropertyResult check(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return PropertyRunner.run(gen, predicate::test, settings);
  }

  /**
   * Runs the property: it holds for a value when {@code assertions} return without throwing.
   *
   * @throws PropertyFailedException if the assertions throw for a generated value; what they threw
   *     is the cause
   * @throws GenerationException if a generator fails
   */
  public PropertyResult verify(Assertions<? super T> assertions) {
    Objects.requireNonNull(assertions, "assertions");
    return PropertyRunner.run(gen, value -> {
      assertions.accept(value);
      return true;
    }, settings);
  }

  /**
   * Assertions about one value, for {@link #verify}: they hold when they return, and may throw
   * checked exceptions (as reading and writing JSON does), which then fail the property.
   *
   * @param <T> the type of the value
   */
  @FunctionalInterface
  public interface Assertions<T> {
    /** Checks the value; throws when the property does not hold for it. */
    void accept(T value) throws Exception;
  }
}
