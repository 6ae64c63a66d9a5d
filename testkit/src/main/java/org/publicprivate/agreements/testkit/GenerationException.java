package org.publicprivate.agreements.testkit;

/**
 * Thrown when a generator cannot produce a value: a {@link Gen#filter filter} rejected too many
 * values in a row, a function given to {@link Gen#map map} or {@link Gen#flatMap flatMap} threw,
 * or a recursive generator never stopped.
 *
 * <p>It points at the test's generators, not at the code under test, so the property runner does
 * not shrink it: it reports it at once, with the seed that reproduces it.
 *
 * <pre>{@code
 * Gens.ints(0, 100).filter(n -> n > 1_000, "above 1,000").sample(1L);
 * // GenerationException: filter 'above 1,000' on ints(0, 100) rejected 100 values in a row ...
 * }</pre>
 */
public final class GenerationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  GenerationException(String message) {
    super(message);
  }

  GenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
