package org.publicprivate.agreements.testkit;

import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * A property of two values, made by {@link Property#forAll(Gen, Gen)}; it runs as {@link Property}
 * does, and reports a counterexample as {@code (first, second)}.
 *
 * <pre>{@code
 * Property.forAll(Gens.longs(0, 1_000), Gens.longs(0, 1_000))
 *     .check((a, b) -> a + b == b + a);
 * }</pre>
 *
 * @param <A> the type of the first value
 * @param <B> the type of the second value
 */
public final class Property2<A, B> {

  private final Property<Tuple.Of2<A, B>> property;

  Property2(Property<Tuple.Of2<A, B>> property) {
    this.property = property;
  }

  /** As {@link Property#named(String)}. */
  public Property2<A, B> named(String name) {
    return new Property2<>(property.named(name));
  }

  /** As {@link Property#tries(int)}. */
  public Property2<A, B> tries(int tries) {
    return new Property2<>(property.tries(tries));
  }

  /** As {@link Property#seed(long)}. */
  public Property2<A, B> seed(long seed) {
    return new Property2<>(property.seed(seed));
  }

  /** As {@link Property#maxShrinkSteps(int)}. */
  public Property2<A, B> maxShrinkSteps(int maxShrinkSteps) {
    return new Property2<>(property.maxShrinkSteps(maxShrinkSteps));
  }

  /** As {@link Property#check}, with a predicate of both values. */
  public PropertyResult check(BiPredicate<? super A, ? super B> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return property.check(values -> predicate.test(values.first(), values.second()));
  }

  /** As {@link Property#verify}, with assertions about both values. */
  public PropertyResult verify(Assertions2<? super A, ? super B> assertions) {
    Objects.requireNonNull(assertions, "assertions");
    return property.verify(values -> assertions.accept(values.first(), values.second()));
  }

  /**
   * Assertions about two values, for {@link #verify}; they may throw checked exceptions.
   *
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   */
  @FunctionalInterface
  public interface Assertions2<A, B> {
    /** Checks the values; throws when the property does not hold for them. */
    void accept(A first, B second) throws Exception;
  }
}
