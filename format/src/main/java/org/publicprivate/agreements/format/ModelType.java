package org.publicprivate.agreements.format;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One public model type the format reads and writes on its own, so that a user's own type holding
 * one, or a framework showing one, works: an adapter registers a deserializer and a serializer for
 * each.
 *
 * @param <T> the model type
 */
public final class ModelType<T> {
  private final Class<T> type;
  private final Function<Input, T> reader;
  private final BiConsumer<Output, T> writer;

  private ModelType(Class<T> type, Function<Input, T> reader, BiConsumer<Output, T> writer) {
    this.type = type;
    this.reader = reader;
    this.writer = writer;
  }

  static <T> ModelType<T> of(Class<T> type, Function<Input, T> reader, Output.ValueWriter<T> writer) {
    return new ModelType<>(type, reader, writer::write);
  }

  /** A type written as a string: its {@code toString()}, read back by {@code factory}. */
  static <T> ModelType<T> text(Class<T> type, Function<String, T> factory) {
    return new ModelType<>(type, in -> Values.text(in, factory),
        (out, value) -> out.writer().string(value.toString()));
  }

  /** The model type. */
  public Class<T> type() {
    return type;
  }

  /** Reads a value; the input is on its first token. */
  public T read(Input in) {
    return reader.apply(in);
  }

  /** Writes a value. */
  public void write(Output out, T value) {
    writer.accept(out, value);
  }

  @Override
  public String toString() {
    return type.getSimpleName();
  }
}
