package org.publicprivate.agreements.testkit;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The stream of choices one value is generated from, recorded as it is read.
 *
 * <p>Every generator reduces its randomness to calls of {@link #choose(long)},
 * {@link #chooseSmall(long)} and {@link #chooseBoolean(double)}, each of which returns a choice in
 * {@code [0, bound]} and appends it to the record. In random mode the choice comes from a seeded
 * {@link RandomGenerator}; in replay mode it comes from a given sequence, clamped to the bound, and
 * is {@code 0} once the sequence runs out. Generators are written so that a smaller choice means a
 * simpler value (0 stops a list, picks the first alternative, is the number closest to zero), so
 * replaying an edited, smaller sequence yields a simpler value: that is all the shrinker relies on.
 *
 * <p>The start and end of every generator's draw are kept as spans, so that the shrinker can delete
 * or simplify a whole list element or a whole generated object at once.
 */
final class Choices {

  /**
   * More choices than this for one value means a generator that does not terminate. A large
   * agreement ({@code AgreementGens.Sizes.LARGE}, 2,000 commitments) takes about 300,000.
   */
  static final int MAX_CHOICES = 1_000_000;

  private final RandomGenerator random;
  private final long[] prefix;
  private final int size;
  private long[] recorded = new long[16];
  private int length;
  private boolean overrun;
  private final Set<Span> spans = new LinkedHashSet<>();

  private Choices(RandomGenerator random, long[] prefix, int size) {
    this.random = random;
    this.prefix = prefix;
    this.size = size;
  }

  /** Choices drawn from {@code random}, for a generation of the given size (0–100). */
  static Choices random(RandomGenerator random, int size) {
    return new Choices(random, null, size);
  }

  /** Choices replayed from {@code sequence}; past its end every choice is 0. */
  static Choices replay(long[] sequence, int size) {
    return new Choices(null, sequence, size);
  }

  /** How large generated collections may grow, from 0 (smallest) to 100. */
  int size() {
    return size;
  }

  /** A choice in {@code [0, bound]}, uniformly distributed in random mode. */
  long choose(long bound) {
    return record(bound, random == null ? 0 : uniform(random, bound));
  }

  /**
   * A choice in {@code [0, bound]} that in random mode favours small values and the bound itself:
   * the number of bits is uniform, so 7 and 7,000,000 are about as likely as each other, and edge
   * cases are not left to chance.
   */
  long chooseSmall(long bound) {
    if (random == null) {
      return record(bound, 0);
    }
    if (random.nextInt(16) == 0) {
      return record(bound, bound);
    }
    int bits = random.nextInt(65 - Long.numberOfLeadingZeros(bound));
    long limit = bits >= 63 ? Long.MAX_VALUE : (1L << bits) - 1;
    return record(bound, uniform(random, Math.min(limit, bound)));
  }

  /** A choice of 1 (true) with the given probability in random mode, else 0 (false). */
  boolean chooseBoolean(double probabilityOfTrue) {
    long drawn = random != null && random.nextDouble() < probabilityOfTrue ? 1 : 0;
    return record(1, drawn) == 1;
  }

  /** The index of the next choice. */
  int position() {
    return length;
  }

  /** Marks the choices from {@code start} to the current position as one generated value. */
  void endSpan(int start) {
    if (length > start) {
      spans.add(new Span(start, length));
    }
  }

  /** Whether a replay has read past the end of its sequence. */
  boolean overrun() {
    return overrun;
  }

  /** The choices read so far. */
  long[] recorded() {
    return Arrays.copyOf(recorded, length);
  }

  /** The spans marked so far, without repeats, in the order they ended. */
  List<Span> spans() {
    return List.copyOf(spans);
  }

  private long record(long bound, long drawn) {
    long choice = drawn;
    if (random == null) {
      if (length < prefix.length) {
        choice = Math.min(Math.max(prefix[length], 0), bound);
      } else {
        overrun = true;
      }
    }
    if (length == MAX_CHOICES) {
      throw new GenerationException("A generator made more than " + MAX_CHOICES
          + " choices for one value; a recursive generator probably never stops."
          + " Bound its depth, for example with a size or a maximum list length.");
    }
    if (length == recorded.length) {
      recorded = Arrays.copyOf(recorded, length * 2);
    }
    recorded[length++] = choice;
    return choice;
  }

  private static long uniform(RandomGenerator random, long bound) {
    return bound == Long.MAX_VALUE ? random.nextLong() >>> 1 : random.nextLong(bound + 1);
  }

  /** The choices from {@code start} (included) to {@code end} (excluded) that made one value. */
  record Span(int start, int end) {

    int length() {
      return end - start;
    }
  }

  /** Generates one value of {@code gen} from these choices; the draw of a composite recipe. */
  <T> T drawFrom(Gen<T> gen) {
    return gen.generate(this);
  }
}
