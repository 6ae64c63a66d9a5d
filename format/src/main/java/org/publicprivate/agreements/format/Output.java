package org.publicprivate.agreements.format;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.publicprivate.agreements.attributes.Attribute;

/**
 * One pass of writing a value to a {@link TokenWriter}: objects property by property, leaving out
 * what the canonical form leaves out (absent values, empty lists). Each type's writer is straight
 * code, one call per attribute in canonical order, between {@link #start} and {@link #end}:
 *
 * <pre>{@code
 * static void writePerson(Output out, Person person) {
 *   out.start(PERSON)
 *       .string(PERSON.name(NAME), person.name())
 *       .text(PERSON.name(ENGLISH_NAME), person.englishName())
 *       .text(PERSON.name(TITLE), person.title())
 *       .end(PERSON);
 * }
 * }</pre>
 *
 * <p>Straight code costs a present attribute its writing and an absent one a test; a loop with a
 * {@code switch} over the attributes, which the compiler checked for coverage, cost writing about
 * a fifth more in the dispatch alone (decision 0019). What the compiler checked,
 * {@code WriterCoverageTest} checks instead: every declared attribute is written, in canonical
 * order.
 *
 * <p>The same writers serve three outputs:
 * <ul>
 *   <li>the plain one, which writes each call's tokens as they come;
 *   <li>{@link #sortedByName}, for RFC 8785: each object's calls are noted, in a frame per open
 *       object, and written at {@link #end} in the order of their names, which runs the writers of
 *       the objects within only then, so that nothing is buffered but one frame per depth;
 *   <li>a dry run to a {@link VersionProbe} ({@link #lowestVersion}), which notes each name's
 *       version and goes into an attribute's objects only when they can hold a later attribute.
 * </ul>
 */
public final class Output {
  private static final int PLAIN = 0;
  private static final int SORTED = 1;
  private static final int PROBE = 2;

  /** The empty list every model type holds for an empty list attribute; see {@link #isEmpty}. */
  private static final List<Object> NONE = Collections.emptyList();

  private static final byte STRING = 1;
  private static final byte CONSTANT = 2;
  private static final byte NUMBER = 3;
  private static final byte VALUE = 4;
  private static final byte STRINGS = 5;
  private static final byte LIST = 6;

  private final TokenWriter writer;
  private final boolean amountsAsStrings;
  private final int mode;
  /** When this output only finds a document's version, what it writes to; else {@code null}. */
  private final VersionProbe probe;

  // The sorted output's frames: per open object, 64 slots by attribute ordinal (Shape's limit).
  private int depth = -1;
  private long[] present;
  private byte[] kinds;
  private Object[] values;
  private Object[] writers;
  private long[] numbers;

  /** Writes to {@code writer}, amounts as strings of digits when {@code amountsAsStrings}. */
  public Output(TokenWriter writer, boolean amountsAsStrings) {
    this(writer, amountsAsStrings, PLAIN, null);
  }

  private Output(TokenWriter writer, boolean amountsAsStrings, int mode, VersionProbe probe) {
    this.writer = writer;
    this.amountsAsStrings = amountsAsStrings;
    this.mode = mode;
    this.probe = probe;
    if (mode == SORTED) {
      present = new long[4];
      kinds = new byte[4 * Long.SIZE];
      values = new Object[4 * Long.SIZE];
      writers = new Object[4 * Long.SIZE];
      numbers = new long[4 * Long.SIZE];
    }
  }

  /**
   * Writes to {@code writer} with each object's members sorted by name in UTF-16 code units, the
   * order of RFC 8785, instead of the canonical order of the attributes.
   */
  static Output sortedByName(TokenWriter writer, boolean amountsAsStrings) {
    return new Output(writer, amountsAsStrings, SORTED, null);
  }

  /**
   * The lowest format version that holds {@code value}: the highest {@code since} of the attributes
   * {@code valueWriter} writes, found by writing the value to nothing. The writing stops looking
   * once it has found the current version. Within that dry run, 1.
   */
  <T> int lowestVersion(T value, ValueWriter<T> valueWriter) {
    if (mode == PROBE) {
      return 1;
    }
    VersionProbe dryRun = new VersionProbe();
    valueWriter.write(new Output(dryRun, amountsAsStrings, PROBE, dryRun), value);
    return dryRun.version();
  }

  TokenWriter writer() {
    return writer;
  }

  boolean amountsAsStrings() {
    return amountsAsStrings;
  }

  /** Writes a value of type {@code T}. */
  interface ValueWriter<T> {
    void write(Output out, T value);
  }

  /** Starts an object of {@code shape}, whose attributes the calls up to {@link #end} write. */
  <A extends Enum<A> & Attribute> Output start(Shape<A> shape) {
    if (mode == PLAIN) {
      writer.startObject();
    } else if (mode == SORTED) {
      push();
    }
    return this;
  }

  /** Ends the object of {@code shape}; a sorted output writes its members now, by name. */
  <A extends Enum<A> & Attribute> void end(Shape<A> shape) {
    if (mode == PLAIN) {
      writer.endObject();
    } else if (mode == SORTED) {
      writeSorted(shape);
    }
  }

  Output string(Name name, String value) {
    if (mode == PLAIN) {
      writer.name(name);
      writer.string(value);
    } else {
      note(name, STRING, value, null);
    }
    return this;
  }

  Output constant(Name name, Name value) {
    if (mode == PLAIN) {
      writer.name(name);
      writer.string(value);
    } else {
      note(name, CONSTANT, value, null);
    }
    return this;
  }

  Output number(Name name, long value) {
    if (mode == PLAIN) {
      writer.name(name);
      writer.number(value);
    } else if (mode == SORTED) {
      numbers[slot(name)] = value;
      note(name, NUMBER, null, null);
    } else {
      probe.name(name);
    }
    return this;
  }

  /** Text when present; nothing when absent. */
  Output text(Name name, Optional<?> text) {
    return text.isPresent() ? string(name, text.get().toString()) : this;
  }

  /** A value when present, written by {@code writer}; nothing when absent. */
  <T> Output value(Name name, Optional<T> value, ValueWriter<T> valueWriter) {
    return value.isPresent() ? value(name, value.get(), valueWriter) : this;
  }

  /** A value written by {@code writer}. */
  <T> Output value(Name name, T value, ValueWriter<T> valueWriter) {
    if (mode == PLAIN) {
      writer.name(name);
      valueWriter.write(this, value);
    } else if (mode == SORTED || !name.raises()) {
      note(name, VALUE, value, valueWriter);
    } else {
      probe.name(name);
      if (!probe.done()) {
        valueWriter.write(this, value);
      }
    }
    return this;
  }

  /** A list of values written as strings ({@code toString()}); nothing when empty. */
  Output strings(Name name, List<?> values) {
    if (isEmpty(values)) {
      return this;
    }
    if (mode == PLAIN) {
      writeStrings(name, values);
    } else {
      note(name, STRINGS, values, null);
    }
    return this;
  }

  /** A list of values written by {@code writer}; nothing when empty. */
  <T> Output list(Name name, List<T> values, ValueWriter<T> valueWriter) {
    if (isEmpty(values)) {
      return this;
    }
    if (mode == PLAIN) {
      writeList(name, values, valueWriter);
    } else if (mode == SORTED || !name.raises()) {
      note(name, LIST, values, valueWriter);
    } else {
      probe.name(name);
      for (int i = 0; i < values.size() && !probe.done(); i++) {
        valueWriter.write(this, values.get(i));
      }
    }
    return this;
  }

  /**
   * Whether {@code values} is empty, asked of the shared empty list first. The model's lists are
   * of three classes (Immutables makes an empty list {@link Collections#emptyList()}, one element a
   * singleton list, more an unmodifiable array list), and a call of {@code isEmpty()} that meets
   * all three is dispatched through a table, not inlined: about a tenth of a write's samples in a
   * profile (decision 0022). With the empty ones answered here, the calls on a list meet two
   * classes.
   */
  private static boolean isEmpty(List<?> values) {
    return values == NONE || values.isEmpty();
  }

  private void writeStrings(Name name, List<?> values) {
    writer.name(name);
    writer.startArray();
    for (int i = 0; i < values.size(); i++) { // the model's lists are all random access
      writer.string(values.get(i).toString());
    }
    writer.endArray();
  }

  private <T> void writeList(Name name, List<T> values, ValueWriter<T> valueWriter) {
    writer.name(name);
    writer.startArray();
    for (int i = 0; i < values.size(); i++) {
      valueWriter.write(this, values.get(i));
    }
    writer.endArray();
  }

  /**
   * Notes a member: a sorted output keeps it in the open object's frame, to write at {@link #end};
   * a dry run notes the name's version only (what the member holds cannot raise it).
   */
  private void note(Name name, byte kind, Object value, Object valueWriter) {
    if (mode == PROBE) {
      probe.name(name);
      return;
    }
    int slot = slot(name);
    present[depth] |= 1L << name.ordinal();
    kinds[slot] = kind;
    values[slot] = value;
    writers[slot] = valueWriter;
  }

  private int slot(Name name) {
    return depth * Long.SIZE + name.ordinal();
  }

  private void push() {
    depth++;
    if (depth == present.length) {
      int frames = depth * 2;
      present = Arrays.copyOf(present, frames);
      kinds = Arrays.copyOf(kinds, frames * Long.SIZE);
      values = Arrays.copyOf(values, frames * Long.SIZE);
      writers = Arrays.copyOf(writers, frames * Long.SIZE);
      numbers = Arrays.copyOf(numbers, frames * Long.SIZE);
    }
    present[depth] = 0;
  }

  /**
   * Writes the members of the innermost open object in the order of their names, then closes it.
   * The writers of the objects within run now, each in a frame one deeper.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private <A extends Enum<A> & Attribute> void writeSorted(Shape<A> shape) {
    long members = present[depth];
    int base = depth * Long.SIZE;
    writer.startObject();
    for (A attribute : shape.attributesByJsonName()) {
      int ordinal = attribute.ordinal();
      if ((members & (1L << ordinal)) == 0) {
        continue;
      }
      int slot = base + ordinal;
      Name name = shape.name(attribute);
      Object value = values[slot];
      values[slot] = null;
      switch (kinds[slot]) {
        case STRING -> {
          writer.name(name);
          writer.string((String) value);
        }
        case CONSTANT -> {
          writer.name(name);
          writer.string((Name) value);
        }
        case NUMBER -> {
          writer.name(name);
          writer.number(numbers[slot]);
        }
        case VALUE -> {
          writer.name(name);
          ((ValueWriter) writers[slot]).write(this, value);
        }
        case STRINGS -> writeStrings(name, (List<?>) value);
        case LIST -> writeList(name, (List) value, (ValueWriter) writers[slot]);
        default -> throw new AssertionError("no member kind " + kinds[slot]);
      }
      writers[slot] = null;
    }
    writer.endObject();
    depth--;
  }
}
