package org.publicprivate.agreements.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A reader or parser under fuzzing, for {@link Fuzz#run(FuzzTarget, Gen)}: how it reads an input,
 * which exceptions it documents for a bad one, and optionally how a value is written back, for the
 * round trip. Any other throwable is a finding.
 *
 * <pre>{@code
 * FuzzTarget<String, MoneyAmount> money = FuzzTarget.of("MoneyAmount.parse", MoneyAmount::parse,
 *         String::length, IllegalArgumentException.class)
 *     .roundTrip(MoneyAmount::toKoreanString);
 * }</pre>
 *
 * @param <I> the input's type, such as {@code String} or {@code byte[]}
 * @param <T> the value's type
 */
public final class FuzzTarget<I, T> {
  private final String name;
  private final Reader<I, T> reader;
  private final ToIntFunction<I> size;
  private final List<Class<? extends Throwable>> documented;
  private final Function<? super T, ? extends I> writer;

  private FuzzTarget(String name, Reader<I, T> reader, ToIntFunction<I> size,
      List<Class<? extends Throwable>> documented, Function<? super T, ? extends I> writer) {
    this.name = name;
    this.reader = reader;
    this.size = size;
    this.documented = documented;
    this.writer = writer;
  }

  /**
   * A target without a round trip.
   *
   * @param name the target's name, in reports and in the names of the findings' files
   * @param reader reads one input into a value, or throws
   * @param size an input's size (its length), by which the report groups the timings
   * @param documented the exceptions the reader documents for a bad input (subclasses included)
   * @param <I> the input's type
   * @param <T> the value's type
   * @return the target
   */
  @SafeVarargs
  public static <I, T> FuzzTarget<I, T> of(String name, Reader<I, T> reader,
      ToIntFunction<I> size, Class<? extends Throwable>... documented) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(size, "size");
    if (documented.length == 0) {
      throw new IllegalArgumentException("a fuzz target documents at least one exception");
    }
    List<Class<? extends Throwable>> types = new ArrayList<>(documented.length);
    for (Class<? extends Throwable> type : documented) {
      types.add(Objects.requireNonNull(type, "documented"));
    }
    return new FuzzTarget<>(name, reader, size, List.copyOf(types), null);
  }

  /**
   * This target with a round trip: every value read is written with {@code writer} and read back,
   * and must equal the value read first.
   *
   * @param writer writes a value as an input the reader takes
   * @return a new target
   */
  public FuzzTarget<I, T> roundTrip(Function<? super T, ? extends I> writer) {
    return new FuzzTarget<>(name, reader, size, documented, Objects.requireNonNull(writer, "writer"));
  }

  /** The target's name. */
  public String name() {
    return name;
  }

  /** The exceptions this target documents for a bad input. */
  public List<Class<? extends Throwable>> documented() {
    return documented;
  }

  /** The writer of the round trip, if this target has one. */
  public Optional<Function<? super T, ? extends I>> writer() {
    return Optional.ofNullable(writer);
  }

  T read(I input) throws Exception {
    return reader.read(input);
  }

  int size(I input) {
    return size.applyAsInt(input);
  }

  boolean isDocumented(Throwable thrown) {
    for (Class<? extends Throwable> type : documented) {
      if (type.isInstance(thrown)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * Reads one input, as the code under fuzzing does.
   *
   * @param <I> the input's type
   * @param <T> the value's type
   */
  @FunctionalInterface
  public interface Reader<I, T> {
    /**
     * Reads the input.
     *
     * @param input the input
     * @return the value read
     * @throws Exception a documented exception for a bad input, or a finding
     */
    T read(I input) throws Exception;
  }
}
