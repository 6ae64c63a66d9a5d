package org.publicprivate.agreements.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JUnit Jupiter test method whose properties share its settings and its name.
 *
 * <p>The method is a {@link Test @Test}. Every {@link Property} it runs on its own thread is named
 * after the method in failure reports, and takes this annotation's tries, seed and shrink-step limit
 * where it sets none of its own. The tries and seeds of the properties that held are published as a
 * report entry. A failing property fails the test with a {@link PropertyFailedException}.
 *
 * <pre>{@code
 * @PropertyTest(tries = 200)
 * void allocationSumsToTheWhole() {
 *   Gen<long[]> ratios = Gens.listOf(Gens.longs(1, 100), 1, 5)
 *       .map(list -> list.stream().mapToLong(Long::longValue).toArray());
 *   Property.forAll(Gens.longs(0, 1_000_000_000_000L).map(MoneyAmount::ofWon), ratios)
 *       .check((amount, parts) -> MoneyAmount.sum(amount.allocate(parts)).equals(amount));
 * }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@ExtendWith(PropertyExtension.class)
// JUnit only needs the extension's class object, and the module opens the package to JUnit to
// instantiate it; users need not see it.
@SuppressWarnings("exports")
public @interface PropertyTest {

  /**
   * How many values each property tries; 0 (the default) leaves it to the system property
   * {@code agreements.testkit.tries}, else 1,000.
   */
  int tries() default 0;

  /**
   * The seed of every property, as a decimal number; empty (the default) leaves it to the system
   * property {@code agreements.testkit.seed}, else a fresh random seed.
   */
  String seed() default "";

  /** The most evaluations spent shrinking a counterexample; negative (the default) means 2,000. */
  int maxShrinkSteps() default -1;
}
