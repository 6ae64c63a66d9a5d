package org.publicprivate.agreements.testkit;

import java.util.Optional;

/**
 * The outcome of a property that held: its name, the seed its values came from and how many tries
 * ran.
 *
 * <pre>{@code
 * PropertyResult result = Property.forAll(Gens.ints(0, 9)).tries(50).check(n -> n < 10);
 * assert result.tries() == 50;
 * }</pre>
 */
public final class PropertyResult {

  private final String name;
  private final long seed;
  private final int tries;

  PropertyResult(String name, long seed, int tries) {
    this.name = name;
    this.seed = seed;
    this.tries = tries;
  }

  /** The property's name: its own, or its {@code @PropertyTest} method's; empty when it has none. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The seed the values were generated from; running with it again tries the same values. */
  public long seed() {
    return seed;
  }

  /** How many values the property was tried on, all of which it held for. */
  public int tries() {
    return tries;
  }

  /** For example {@code sumsCommute() held for 1000 tries (seed 42)}. */
  @Override
  public String toString() {
    return (name == null ? "Property" : name) + " held for " + tries + " tries (seed " + seed + ")";
  }
}
