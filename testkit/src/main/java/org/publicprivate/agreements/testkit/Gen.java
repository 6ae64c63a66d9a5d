package org.publicprivate.agreements.testkit;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A generator of values of type {@code T} for property-based tests, with shrinking built in.
 *
 * <p>A generator turns a stream of recorded choices into a value. The {@link Property} runner draws
 * those choices from a seeded random generator; when a property fails, it shrinks the counterexample
 * by editing the recorded choices (deleting some, lowering others toward zero) and generating again.
 * Because every generator, including those made by {@link #map map}, {@link #flatMap flatMap} and
 * {@link #filter filter}, is only a function of the choices, shrinking works through all of them
 * without a shrinker written per type: lists get shorter, numbers move toward zero, alternatives
 * move toward the first one.
 *
 * <p>Generators are immutable and thread-safe (as long as the functions given to them are). Start
 * from the factories in {@link Gens}.
 *
 * <pre>{@code
 * Gen<List<Integer>> lists = Gens.listOf(Gens.ints(0, 9), 1, 5);
 * Gen<String> digits = lists.map(l -> l.stream().map(String::valueOf).collect(joining()));
 * digits.samples(42L).limit(3).forEach(System.out::println);
 * }</pre>
 *
 * @param <T> the type of the generated values
 */
public final class Gen<T> {

  /** How many values in a row a filter may reject before generation fails. */
  static final int MAX_FILTER_ATTEMPTS = 100;

  /** The size {@link #sample(long)} generates at: the largest. */
  static final int MAX_SIZE = 100;

  private final String description;
  private final Function<Choices, ? extends T> draw;

  Gen(String description, Function<Choices, ? extends T> draw) {
    this.description = Objects.requireNonNull(description, "description");
    this.draw = Objects.requireNonNull(draw, "draw");
  }

  /** Generates one value from {@code choices}, marking the choices it read as one span. */
  T generate(Choices choices) {
    int start = choices.position();
    T value = draw.apply(choices);
    choices.endSpan(start);
    return value;
  }

  /**
   * A generator of {@code function} applied to this generator's values; it shrinks as this one does.
   *
   * @param function a pure function of the value
   */
  public <R> Gen<R> map(Function<? super T, ? extends R> function) {
    Objects.requireNonNull(function, "function");
    return new Gen<>(description + ".map(…)", choices -> function.apply(generate(choices)));
  }

  /**
   * A generator that draws a value from this generator, then a value from the generator
   * {@code function} returns for it; both draws shrink, and the second adapts when the first changes.
   *
   * <pre>{@code
   * Gen<List<Long>> fixedLength = Gens.ints(1, 5).flatMap(n -> Gens.listOf(Gens.longs(0, 99), n, n));
   * }</pre>
   *
   * @param function a pure function from a value to the generator of the result
   */
  public <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> function) {
    Objects.requireNonNull(function, "function");
    return new Gen<>(description + ".flatMap(…)",
        choices -> function.apply(generate(choices)).generate(choices));
  }

  /**
   * A generator of this generator's values that satisfy {@code predicate}, drawing again when one
   * does not; same as {@link #filter(Predicate, String)} with the description "predicate".
   */
  public Gen<T> filter(Predicate<? super T> predicate) {
    return filter(predicate, "predicate");
  }

  /**
   * A generator of this generator's values that satisfy {@code predicate}, drawing again when one
   * does not.
   *
   * <p>Generation fails with a {@link GenerationException} that names the filter by
   * {@code description} when {@value #MAX_FILTER_ATTEMPTS} values in a row are rejected. Filter only
   * what is rarely rejected; generate valid values directly (with {@link #map map}) otherwise.
   *
   * <pre>{@code
   * Gen<Integer> odd = Gens.ints(0, 1_000).filter(n -> n % 2 == 1, "odd");
   * }</pre>
   *
   * @param description what the filter keeps, for error messages
   */
  public Gen<T> filter(Predicate<? super T> predicate, String description) {
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(description, "description");
    String filtered = this.description + ".filter(" + description + ")";
    return new Gen<>(filtered, choices -> {
      int rejected = 0;
      while (rejected < MAX_FILTER_ATTEMPTS) {
        // Once a replay has run out, every further attempt would read the same zeros.
        boolean exhausted = choices.overrun();
        T value = generate(choices);
        if (predicate.test(value)) {
          return value;
        }
        rejected++;
        if (exhausted) {
          break;
        }
      }
      throw new GenerationException("Filter '" + description + "' on " + this.description
          + " rejected " + rejected + " values in a row. It rejects too much:"
          + " generate valid values directly (map, flatMap) or loosen the filter.");
    });
  }

  /**
   * An infinite, deterministic stream of values: the same seed gives the same values, in any test
   * engine. The first values are small; sizes grow to the largest by the 100th value.
   *
   * <pre>{@code
   * List<Long> first = Gens.longs(0, 1_000).samples(7L).limit(10).toList();
   * }</pre>
   */
  public Stream<T> samples(long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    // The random generators are split off in order by iterate, so even a parallel stream is
    // deterministic.
    return Stream.iterate(new Draw(0, root.split()),
            draw -> new Draw(Math.min(draw.size() + 1, MAX_SIZE), root.split()))
        .map(draw -> generateOrExplain(Choices.random(draw.random(), draw.size()), seed));
  }

  private record Draw(int size, SplittableRandom random) {
  }

  /** One value at the largest size, the same for the same seed. */
  public T sample(long seed) {
    return generateOrExplain(Choices.random(new SplittableRandom(seed), MAX_SIZE), seed);
  }

  /** Generates a value, turning a failure of the generator's own code into a {@link GenerationException}. */
  T generateOrExplain(Choices choices, long seed) {
    try {
      return generate(choices);
    } catch (GenerationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new GenerationException(description + " threw while generating a value (seed " + seed
          + "): " + e, e);
    }
  }

  /** What this generator generates, for messages: {@code listOf(ints(0, 9), 1, 5).map(…)}. */
  @Override
  public String toString() {
    return description;
  }
}
