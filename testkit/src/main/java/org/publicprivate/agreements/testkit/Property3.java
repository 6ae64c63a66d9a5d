package org.publicprivate.agreements.testkit;

import java.util.Objects;

/**
 * A property of three values, made by {@link Property#forAll(Gen, Gen, Gen)}; it runs as
 * {@link Property} does, and reports a counterexample as {@code (first, second, third)}.
 *
 * <pre>{@code
 * Gen<MoneyAmount> amounts = Gens.longs(0, 1_000_000_000_000L).map(MoneyAmount::ofWon);
 * Property.forAll(amounts, amounts, amounts)
 *     .check((a, b, c) -> a.plus(b).plus(c).equals(a.plus(b.plus(c))));
 * }</pre>
 *
 * @param <A> the type of the first value
 * @param <B> the type of the second value
 * @param <C> the type of the third value
 */
public final class Property3<A, B, C> {

  private final Property<Tuple.Of3<A, B, C>> property;

  Property3(Property<Tuple.Of3<A, B, C>> property) {
    this.property = property;
  }

  /** As {@link Property#named(String)}. */
  public Property3<A, B, C> named(String name) {
    return new Property3<>(property.named(name));
  }

  /** As {@link Property#tries(int)}. */
  public Property3<A, B, C> tries(int tries) {
    return new Property3<>(property.tries(tries));
  }

  /** As {@link Property#seed(long)}. */
  public Property3<A, B, C> seed(long seed) {
    return new Property3<>(property.seed(seed));
  }

  /** As {@link Property#maxShrinkSteps(int)}. */
  public Property3<A, B, C> maxShrinkSteps(int maxShrinkSteps) {
    return new Property3<>(property.maxShrinkSteps(maxShrinkSteps));
  }

  /** As {@link Property#check}, with a predicate of the three values. */
  public PropertyResult check(Predicate3<? super A, ? super B, ? super C> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return property.check(values -> predicate.test(values.first(), values.second(),
        values.third()));
  }

  /** As {@link Property#verify}, with assertions about the three values. */
  public PropertyResult verify(Consumer3<? super A, ? super B, ? super C> assertions) {
    Objects.requireNonNull(assertions, "assertions");
    return property.verify(values -> assertions.accept(values.first(), values.second(),
        values.third()));
  }

  /**
   * A predicate of three values.
   *
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   */
  @FunctionalInterface
  public interface Predicate3<A, B, C> {

    /** Whether the three values satisfy this predicate. */
    boolean test(A first, B second, C third);
  }

  /**
   * An operation on three values that returns nothing, such as a set of assertions.
   *
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   */
  @FunctionalInterface
  public interface Consumer3<A, B, C> {

    /** Checks the three values; throws (checked exceptions too) when the property does not hold. */
    void accept(A first, B second, C third) throws Exception;
  }
}
