package org.publicprivate.agreements.format;

import java.util.List;
import java.util.Optional;
import org.publicprivate.agreements.attributes.Attribute;

/**
 * One pass of writing a value to a {@link TokenWriter}: objects property by property in the order
 * their attributes are declared, leaving out what the canonical form leaves out (absent values,
 * empty lists). Every method returns this output, so that a writer's {@code switch} over a type's
 * attributes is an expression, which the compiler checks covers every attribute.
 */
public final class Output {
  private final TokenWriter writer;
  private final boolean amountsAsStrings;
  /** Whether objects' members come sorted by name, as RFC 8785 orders them. */
  private final boolean sortedByName;
  /** When this output only finds a document's version, what it writes to; else {@code null}. */
  private final VersionProbe probe;

  /** Writes to {@code writer}, amounts as strings of digits when {@code amountsAsStrings}. */
  public Output(TokenWriter writer, boolean amountsAsStrings) {
    this(writer, amountsAsStrings, false);
  }

  private Output(TokenWriter writer, boolean amountsAsStrings, boolean sortedByName) {
    this.writer = writer;
    this.amountsAsStrings = amountsAsStrings;
    this.sortedByName = sortedByName;
    this.probe = null;
  }

  /**
   * Writes to {@code writer} with each object's members sorted by name in UTF-16 code units, the
   * order of RFC 8785, instead of the canonical order of the attributes.
   */
  static Output sortedByName(TokenWriter writer, boolean amountsAsStrings) {
    return new Output(writer, amountsAsStrings, true);
  }

  private Output(VersionProbe probe, boolean amountsAsStrings) {
    this.writer = probe;
    this.amountsAsStrings = amountsAsStrings;
    this.sortedByName = false;
    this.probe = probe;
  }

  /**
   * The lowest format version that holds {@code value}: the highest {@code since} of the attributes
   * {@code valueWriter} writes, found by writing the value to nothing. The writing stops looking
   * once it has found the current version. Within that dry run, 1.
   */
  <T> int lowestVersion(T value, ValueWriter<T> valueWriter) {
    if (probe != null) {
      return 1;
    }
    VersionProbe dryRun = new VersionProbe();
    valueWriter.write(new Output(dryRun, amountsAsStrings), value);
    return dryRun.version();
  }

  TokenWriter writer() {
    return writer;
  }

  boolean amountsAsStrings() {
    return amountsAsStrings;
  }

  /**
   * Starts an object of {@code shape}: returns the first attribute to write, or {@code null} when
   * there is none. Each type's writer loops over its attributes with a {@code switch} of its own,
   * so that no call site is shared by the writers of every type:
   *
   * <pre>{@code
   * for (PersonAttribute attribute = out.first(PERSON); attribute != null; ) {
   *   Name name = PERSON.name(attribute);
   *   Output written = switch (attribute) {
   *     case NAME -> out.string(name, person.name());
   *     ...
   *   };
   *   attribute = written.next(PERSON, attribute);
   * }
   * }</pre>
   *
   * The {@code switch} is an expression, so the compiler checks that it covers every attribute.
   */
  <A extends Enum<A> & Attribute> A first(Shape<A> shape) {
    if (probe != null) {
      return probe.first(shape);
    }
    writer.startObject();
    return sortedByName ? shape.attributesByJsonName()[0] : shape.attributes()[0];
  }

  /**
   * The attribute to write after {@code written}, in canonical order (or by name, when this output
   * sorts members so), or {@code null} once the object of {@code shape} is written, which then
   * ends it.
   */
  <A extends Enum<A> & Attribute> A next(Shape<A> shape, A written) {
    if (probe != null) {
      return probe.next(shape, written);
    }
    A[] attributes = sortedByName ? shape.attributesByJsonName() : shape.attributes();
    int next = (sortedByName ? shape.rankByJsonName(written) : written.ordinal()) + 1;
    if (next < attributes.length) {
      return attributes[next];
    }
    writer.endObject();
    return null;
  }

  /** Writes a value of type {@code T}. */
  interface ValueWriter<T> {
    void write(Output out, T value);
  }

  Output string(Name name, String value) {
    writer.name(name);
    writer.string(value);
    return this;
  }

  Output constant(Name name, Name value) {
    writer.name(name);
    writer.string(value);
    return this;
  }

  Output number(Name name, long value) {
    writer.name(name);
    writer.number(value);
    return this;
  }

  /** Text when present; nothing when absent. */
  Output text(Name name, Optional<?> text) {
    return text.isPresent() ? string(name, text.get().toString()) : this;
  }

  /** A value when present, written by {@code writer}; nothing when absent. */
  <T> Output value(Name name, Optional<T> value, ValueWriter<T> valueWriter) {
    if (value.isPresent()) {
      value(name, value.get(), valueWriter);
    }
    return this;
  }

  /** A value written by {@code writer}. */
  <T> Output value(Name name, T value, ValueWriter<T> valueWriter) {
    writer.name(name);
    valueWriter.write(this, value);
    return this;
  }

  /** A list of values written as strings ({@code toString()}); nothing when empty. */
  Output strings(Name name, List<?> values) {
    if (!values.isEmpty()) {
      writer.name(name);
      writer.startArray();
      for (int i = 0; i < values.size(); i++) { // the model's lists are all random access
        writer.string(values.get(i).toString());
      }
      writer.endArray();
    }
    return this;
  }

  /** A list of values written by {@code writer}; nothing when empty. */
  <T> Output list(Name name, List<T> values, ValueWriter<T> valueWriter) {
    if (!values.isEmpty()) {
      writer.name(name);
      writer.startArray();
      for (int i = 0; i < values.size(); i++) {
        valueWriter.write(this, values.get(i));
      }
      writer.endArray();
    }
    return this;
  }
}
