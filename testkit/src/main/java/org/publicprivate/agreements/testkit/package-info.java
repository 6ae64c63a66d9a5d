/**
 * Property-based testing for code that uses the agreements model: generators with integrated
 * shrinking ({@link org.publicprivate.agreements.testkit.Gen},
 * {@link org.publicprivate.agreements.testkit.Gens}) and a runner
 * ({@link org.publicprivate.agreements.testkit.Property},
 * {@link org.publicprivate.agreements.testkit.PropertyTest @PropertyTest}).
 *
 * <pre>{@code
 * @PropertyTest
 * void sortingKeepsEveryElement() {
 *   Property.forAll(Gens.listOf(Gens.ints(-100, 100), 0, 20))
 *       .check(list -> list.stream().sorted().toList().size() == list.size());
 * }
 * }</pre>
 *
 * <p>A failing property fails the test with the seed, the try, the counterexample as found and as
 * shrunk, and the failure; {@code -Dagreements.testkit.seed=<seed>} reruns the same tries, and
 * {@code -Dagreements.testkit.tries=<n>} changes the default of 1,000 tries (for quick CI runs or
 * long nightly ones). {@link org.publicprivate.agreements.testkit.Gen#samples(long)} gives the same
 * generators to any other test engine as a deterministic stream.
 *
 * <h2>Why not jqwik</h2>
 * The project has its own small runner instead of jqwik, the usual property-based testing engine
 * for JUnit. Since version 1.10, jqwik's maintainer asks that AI coding agents not use it, and the
 * engine prints text addressed to them. This project is written with the help of such agents, so it
 * respects that wish, for every version of jqwik, old ones included: it neither depends on jqwik nor
 * copies its code, and a test of the testkit ({@code OwnRunnerOnlyTest}) fails if jqwik reaches its
 * class path. The generators here follow the published
 * design of Hypothesis instead: values are generated from a recorded sequence of choices, and
 * shrinking edits that sequence, so every generator shrinks without a shrinker of its own.
 */
package org.publicprivate.agreements.testkit;
