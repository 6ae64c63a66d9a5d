package org.publicprivate.agreements.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Factories of generators: numbers, booleans, choices among values or generators, lists, strings,
 * optionals and combinations.
 *
 * <p>Every generator here shrinks toward a simplest value, stated per method: numbers toward zero
 * (or the bound nearest to it), lists and strings toward shorter ones, choices toward the first
 * alternative, optionals toward empty.
 *
 * <pre>{@code
 * Gen<List<String>> names = Gens.listOf(Gens.strings("가나다라마", 1, 5), 0, 10);
 * Gen<Optional<Long>> amounts = Gens.optionals(Gens.withEdgeCases(Gens.longs(0, 1_000_000), 0L));
 * }</pre>
 */
public final class Gens {

  private static final double EDGE_CASE_PROBABILITY = 0.1;
  private static final double PRESENT_PROBABILITY = 0.75;

  private Gens() {
  }

  /** Always {@code value}; it does not shrink. */
  public static <T> Gen<T> constant(T value) {
    return new Gen<>("constant(" + value + ")", choices -> value);
  }

  /**
   * Longs from {@code min} to {@code max}, both included, shrinking toward 0 (or toward the bound
   * nearest to 0 when 0 is out of range). Small magnitudes and both bounds come up often.
   *
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Gen<Long> longs(long min, long max) {
    requireRange("longs", min, max);
    return new Gen<>("longs(" + min + ", " + max + ")", choices -> drawLong(choices, min, max));
  }

  /**
   * Integers from {@code min} to {@code max}, both included, shrinking as {@link #longs} do.
   *
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Gen<Integer> ints(int min, int max) {
    requireRange("ints", min, max);
    return new Gen<>("ints(" + min + ", " + max + ")",
        choices -> (int) drawLong(choices, min, max));
  }

  /** {@code false} or {@code true}, shrinking toward {@code false}. */
  public static Gen<Boolean> booleans() {
    return new Gen<>("booleans()", choices -> choices.chooseBoolean(0.5));
  }

  /**
   * One of {@code values}, with equal chances, shrinking toward the first.
   *
   * @throws IllegalArgumentException if there are no values
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied
  public static <T> Gen<T> elements(T... values) {
    return elements(Arrays.asList(values));
  }

  /**
   * One of {@code values}, with equal chances, shrinking toward the first.
   *
   * @throws IllegalArgumentException if the list is empty
   */
  public static <T> Gen<T> elements(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    requireNotEmpty("elements", copy);
    return new Gen<>("elements(" + copy + ")", choices -> copy.get(index(choices, copy.size())));
  }

  /**
   * A value from one of {@code gens}, chosen with equal chances, shrinking toward the first
   * generator.
   *
   * @throws IllegalArgumentException if there are no generators
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied
  public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = List.of(gens);
    requireNotEmpty("oneOf", copy);
    return new Gen<>("oneOf" + copy,
        choices -> copy.get(index(choices, copy.size())).generate(choices));
  }

  /**
   * A value from {@code first} or {@code second}, chosen in proportion to the weights, shrinking
   * toward {@code first}.
   *
   * <pre>{@code
   * Gen<Long> mostlySmall = Gens.frequency(9, Gens.longs(0, 100), 1, Gens.longs(0, Long.MAX_VALUE));
   * }</pre>
   *
   * @throws IllegalArgumentException if a weight is negative or all are zero
   */
  public static <T> Gen<T> frequency(int firstWeight, Gen<? extends T> first,
      int secondWeight, Gen<? extends T> second) {
    return weighted(new int[] {firstWeight, secondWeight}, List.of(first, second));
  }

  /** As {@link #frequency(int, Gen, int, Gen)}, with three alternatives. */
  public static <T> Gen<T> frequency(int firstWeight, Gen<? extends T> first,
      int secondWeight, Gen<? extends T> second, int thirdWeight, Gen<? extends T> third) {
    return weighted(new int[] {firstWeight, secondWeight, thirdWeight},
        List.of(first, second, third));
  }

  /** As {@link #frequency(int, Gen, int, Gen)}, with four alternatives. */
  public static <T> Gen<T> frequency(int firstWeight, Gen<? extends T> first,
      int secondWeight, Gen<? extends T> second, int thirdWeight, Gen<? extends T> third,
      int fourthWeight, Gen<? extends T> fourth) {
    return weighted(new int[] {firstWeight, secondWeight, thirdWeight, fourthWeight},
        List.of(first, second, third, fourth));
  }

  /**
   * {@code gen}'s values, or now and then one of {@code edgeCases} (boundaries, zero, the empty
   * string…) that random draws would rarely hit; shrinks toward {@code gen}'s values.
   *
   * @throws IllegalArgumentException if there are no edge cases
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied
  public static <T> Gen<T> withEdgeCases(Gen<T> gen, T... edgeCases) {
    List<T> edges = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(edgeCases)));
    requireNotEmpty("withEdgeCases", edges);
    return new Gen<>(gen + ".withEdgeCases(" + edges + ")",
        choices -> choices.chooseBoolean(EDGE_CASE_PROBABILITY)
            ? edges.get(index(choices, edges.size()))
            : gen.generate(choices));
  }

  /**
   * Unmodifiable lists of {@code min} to {@code max} elements of {@code element}. The lengths grow
   * with the size of the try; shrinking drops elements and shrinks the ones left.
   *
   * @throws IllegalArgumentException if {@code min < 0} or {@code min > max}
   */
  public static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
    Objects.requireNonNull(element, "element");
    requireLengths("listOf", min, max);
    return new Gen<>("listOf(" + element + ", " + min + ", " + max + ")",
        choices -> drawList(choices, element, min, max));
  }

  /**
   * Strings of {@code minLength} to {@code maxLength} code points taken from {@code alphabet},
   * shrinking toward shorter strings of the alphabet's first code point.
   *
   * @throws IllegalArgumentException if the alphabet is empty or the lengths are not a range
   */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    requireLengths("strings", minLength, maxLength);
    List<Integer> codePoints = alphabet.codePoints().boxed().toList();
    requireNotEmpty("strings", codePoints);
    return named("strings(\"" + alphabet + "\", " + minLength + ", " + maxLength + ")",
        listOf(elements(codePoints), minLength, maxLength).map(Gens::fromCodePoints));
  }

  /**
   * Strings of {@code minLength} to {@code maxLength} code points from {@code minCodePoint} to
   * {@code maxCodePoint} (surrogates left out), shrinking toward shorter strings of
   * {@code minCodePoint}. Hangul syllables, for example, are {@code 0xAC00} to {@code 0xD7A3}.
   *
   * @throws IllegalArgumentException if the code points or the lengths are not a range, or the
   *     range holds only surrogates
   */
  public static Gen<String> strings(int minCodePoint, int maxCodePoint, int minLength,
      int maxLength) {
    if (minCodePoint < 0 || maxCodePoint > Character.MAX_CODE_POINT
        || minCodePoint > maxCodePoint) {
      throw new IllegalArgumentException("strings: code points must satisfy 0 <= min <= max <= "
          + "0x10FFFF, were " + minCodePoint + " and " + maxCodePoint);
    }
    requireLengths("strings", minLength, maxLength);
    int firstSurrogate = Math.max(minCodePoint, Character.MIN_SURROGATE);
    int surrogates = Math.max(0, Math.min(maxCodePoint, Character.MAX_SURROGATE)
        - firstSurrogate + 1);
    if (surrogates == maxCodePoint - minCodePoint + 1) {
      throw new IllegalArgumentException("strings: the code points " + minCodePoint + " to "
          + maxCodePoint + " are all surrogates, which are not characters on their own");
    }
    Gen<Integer> codePoint = ints(minCodePoint, maxCodePoint - surrogates)
        .map(c -> surrogates > 0 && c >= firstSurrogate ? c + surrogates : c);
    return named("strings(" + minCodePoint + ", " + maxCodePoint + ", " + minLength + ", "
        + maxLength + ")", listOf(codePoint, minLength, maxLength).map(Gens::fromCodePoints));
  }

  /** Present values of {@code gen} three times out of four, else empty; shrinks toward empty. */
  public static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
    return new Gen<>("optionals(" + gen + ")",
        choices -> choices.chooseBoolean(PRESENT_PROBABILITY)
            ? Optional.of(gen.generate(choices))
            : Optional.empty());
  }

  /**
   * Values made by {@code combiner} from a value of {@code first} and one of {@code second}; each
   * part shrinks on its own.
   *
   * <pre>{@code
   * Gen<LocalDate> days = Gens.combine(Gens.ints(1, 12), Gens.ints(1, 28),
   *     (month, day) -> LocalDate.of(2024, month, day));
   * }</pre>
   */
  public static <A, B, R> Gen<R> combine(Gen<A> first, Gen<B> second,
      BiFunction<? super A, ? super B, ? extends R> combiner) {
    return new Gen<>("combine(" + first + ", " + second + ")",
        choices -> combiner.apply(first.generate(choices), second.generate(choices)));
  }

  /** As {@link #combine(Gen, Gen, BiFunction)}, with three parts. */
  public static <A, B, C, R> Gen<R> combine(Gen<A> first, Gen<B> second, Gen<C> third,
      Function3<? super A, ? super B, ? super C, ? extends R> combiner) {
    return new Gen<>("combine(" + first + ", " + second + ", " + third + ")",
        choices -> combiner.apply(first.generate(choices), second.generate(choices),
            third.generate(choices)));
  }

  /**
   * Values made by {@code recipe}, which draws as many values from other generators as it needs,
   * in order, through the {@link Draw} it is given. Every draw shrinks, and later draws adapt to
   * earlier ones, as with {@link Gen#flatMap flatMap}; a recipe reads like the builder code it
   * feeds.
   *
   * <pre>{@code
   * Gen<Person> people = Gens.composite("people", draw -> Person.of(
   *     draw.next(Gens.strings(0xAC00, 0xD7A3, 2, 4)),
   *     draw.next(Gens.elements("시장", "대표이사"))));
   * }</pre>
   *
   * @param description what the values are, for reports
   * @param recipe a function of the draws only; it must not keep the {@code Draw}
   */
  public static <T> Gen<T> composite(String description, Function<Draw, ? extends T> recipe) {
    Objects.requireNonNull(recipe, "recipe");
    return new Gen<>(Objects.requireNonNull(description, "description"),
        choices -> recipe.apply(choices::drawFrom));
  }

  /** Draws values from generators inside {@link #composite(String, Function)}. */
  @FunctionalInterface
  public interface Draw {
    /** The next value of {@code gen}. */
    <T> T next(Gen<T> gen);
  }

  /**
   * A function of three arguments, for {@link #combine(Gen, Gen, Gen, Function3)}.
   *
   * @param <A> the first argument's type
   * @param <B> the second argument's type
   * @param <C> the third argument's type
   * @param <R> the result's type
   */
  @FunctionalInterface
  public interface Function3<A, B, C, R> {

    /** Applies this function. */
    R apply(A first, B second, C third);
  }

  private static <T> Gen<T> weighted(int[] weights, List<Gen<? extends T>> gens) {
    long total = 0;
    for (int weight : weights) {
      if (weight < 0) {
        throw new IllegalArgumentException("frequency: weights must not be negative, were "
            + Arrays.toString(weights));
      }
      total += weight;
    }
    if (total == 0) {
      throw new IllegalArgumentException("frequency: at least one weight must be positive");
    }
    long bound = total - 1;
    return new Gen<>("frequency(" + Arrays.toString(weights) + ", " + gens + ")", choices -> {
      long ticket = choices.choose(bound);
      int i = 0;
      while (ticket >= weights[i]) {
        ticket -= weights[i++];
      }
      return gens.get(i).generate(choices);
    });
  }

  private static <T> List<T> drawList(Choices choices, Gen<T> element, int min, int max) {
    // Past the minimum, each element is preceded by a "one more" choice: deleting an element's
    // span removes both, and zeroing that choice cuts the list there.
    double expectedExtra = Math.min(max - min, choices.size() / 4.0);
    double oneMore = expectedExtra / (expectedExtra + 1);
    List<T> list = new ArrayList<>();
    while (list.size() < max) {
      int start = choices.position();
      if (list.size() >= min && !choices.chooseBoolean(oneMore)) {
        break;
      }
      list.add(element.generate(choices));
      choices.endSpan(start);
    }
    return Collections.unmodifiableList(list);
  }

  private static long drawLong(Choices choices, long min, long max) {
    if (min >= 0) {
      return min + choices.chooseSmall(max - min);
    }
    if (max < 0) {
      return max - choices.chooseSmall(max - min);
    }
    // Zero is inside: a sign, then a magnitude, so that both shrink toward zero without overflow.
    if (choices.chooseBoolean(0.5)) {
      return -1 - choices.chooseSmall(-(min + 1));
    }
    return choices.chooseSmall(max);
  }

  private static int index(Choices choices, int size) {
    return (int) choices.choose(size - 1);
  }

  private static <T> Gen<T> named(String description, Gen<T> gen) {
    return new Gen<>(description, gen::generate);
  }

  private static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder text = new StringBuilder();
    codePoints.forEach(text::appendCodePoint);
    return text.toString();
  }

  private static void requireRange(String factory, long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException(factory + ": min must not exceed max, were " + min
          + " and " + max);
    }
  }

  private static void requireLengths(String factory, int min, int max) {
    if (min < 0 || min > max) {
      throw new IllegalArgumentException(factory + ": lengths must satisfy 0 <= min <= max, were "
          + min + " and " + max);
    }
  }

  private static void requireNotEmpty(String factory, List<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(factory + ": needs at least one value");
    }
  }
}
