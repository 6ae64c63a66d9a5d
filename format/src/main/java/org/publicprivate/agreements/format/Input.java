package org.publicprivate.agreements.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.publicprivate.agreements.FreeText;
import org.publicprivate.agreements.InvalidAttributeException;
import org.publicprivate.agreements.attributes.Attribute;

/**
 * One pass of reading a document from a {@link TokenReader}: the token-level checks every reader
 * shares, and the path from the value read to the value being read, so that an error can say where
 * it happened ({@code parties[1].kind}).
 */
public final class Input {
  private final TokenReader reader;
  private final boolean ignoreUnknown;
  /**
   * The path, outermost step first. A step is an attribute, as {@link #attributeStep}; an array's
   * element, {@link #ELEMENT}, at {@code indexes}; or a name of {@code names} in an object of {@code
   * owners}, {@link #NAMED}. The steps that every property and element take are numbers, so that
   * taking them stores no reference: under a collector with write barriers, such as G1, a stored
   * reference costs more than a stored number.
   */
  private int[] steps = new int[16];
  private int[] indexes = new int[16];
  private String[] names = new String[16];
  private Class<?>[] owners = new Class<?>[16];
  private int depth;
  /** The property of the innermost open object that was read completely last: a step, or NONE. */
  private int completed = NONE;
  /** When {@link #completed} is {@link #NAMED}, its name. */
  private String completedName;
  /** The version the document declares, or 0 while it has declared none. */
  private int declared;
  /**
   * While the document has declared no version: the first attribute of the highest version read so
   * far, where it stood, for a {@code formatVersion} that comes after it and is too low.
   */
  private Attribute undeclared;
  private List<FormatException.Step> undeclaredPath;
  private int undeclaredLine;
  private int undeclaredColumn;
  /**
   * By {@link Shape#index()}: the builder the last object of that shape was built with, free for
   * the next, or {@code null}. A document's hundred thousand commitments share one builder and its
   * lists instead of allocating a builder, an empty list per list attribute and an extension map
   * each.
   */
  private Object[] builders = new Object[32];
  /**
   * Per kind, the values read so far from texts that recur through a document, by text: the few
   * dates and source ids that a document's facts cite again and again are each made once, as a
   * parser keeps one copy of each property name. Indexed by the kind's number.
   */
  private RecurringTexts[] recurring = new RecurringTexts[0];
  /** Per object being read, innermost last: the attributes read so far, as bits by ordinal. */
  private long[] seen = new long[16];
  private int objects;

  private static final int ELEMENT = -1;
  private static final int NAMED = -2;
  private static final int NONE = -3;

  /** Reads from {@code reader}, skipping unknown properties when {@code ignoreUnknown}. */
  public Input(TokenReader reader, boolean ignoreUnknown) {
    this.reader = reader;
    this.ignoreUnknown = ignoreUnknown;
  }

  Token token() {
    return reader.current();
  }

  /** The text of the current string or number; malformed text is reported at the path. */
  String text() {
    try {
      return reader.text();
    } catch (MalformedInputException e) {
      throw fail(e.reason(), e);
    }
  }

  /**
   * Moves to the next token and tells whether it is the property name {@code expected}; malformed
   * input is reported at the path reached.
   */
  private boolean nextName(Name expected) {
    try {
      return reader.nextName(expected);
    } catch (MalformedInputException e) {
      catchUp();
      throw fail(e.reason(), e);
    }
  }

  /** Moves to the next token; malformed input is reported at the path reached. */
  public Token next() {
    try {
      return reader.next();
    } catch (MalformedInputException e) {
      catchUp();
      throw fail(e.reason(), e);
    }
  }

  // ---- the path ----

  /** The step of {@code attribute} of {@code shape}: a number from 0 up. */
  private static <A extends Enum<A> & Attribute> int attributeStep(Shape<A> shape, A attribute) {
    return shape.index() * Long.SIZE + attribute.ordinal();
  }

  private void grow() {
    if (depth == steps.length) {
      steps = Arrays.copyOf(steps, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
      names = Arrays.copyOf(names, depth * 2);
      owners = Arrays.copyOf(owners, depth * 2);
    }
  }

  private void enter(int step) {
    grow();
    steps[depth++] = step;
  }

  private void enterElement(int index) {
    grow();
    steps[depth] = ELEMENT;
    indexes[depth] = index;
    depth++;
  }

  /** Enters a property by its name, {@code owner}'s. */
  private void enter(Class<?> owner, String property) {
    grow();
    steps[depth] = NAMED;
    names[depth] = property;
    owners[depth] = owner;
    depth++;
  }

  private void leave() {
    depth--;
  }

  private void complete(int step, String name) {
    completed = step;
    completedName = step == NAMED ? name : null;
  }

  /** The JSON name of an attribute step, of a named step, or {@code null}. */
  private String name(int step, String named) {
    if (step >= 0) {
      Shape<?> shape = Shape.byIndex(step / Long.SIZE);
      return shape.attributes()[step % Long.SIZE].jsonName();
    }
    return step == NAMED ? named : null;
  }

  /**
   * Brings the path up to the reader after it failed while fetching a token: a parser reads a
   * property's name and the start of its value in one step, so an error in the value arrives before
   * the reader has entered the property. A name still held for the property read last is not
   * entered again.
   */
  private void catchUp() {
    String name = reader.name();
    String last = depth == 0 ? null : name(steps[depth - 1], names[depth - 1]);
    if (name != null && !name.equals(last) && !name.equals(name(completed, completedName))) {
      enter(Object.class, name);
    }
  }

  /** An error at the current path, at the current token. */
  public FormatException fail(String reason) {
    return fail(reason, null);
  }

  /** An error at the current path, at the current token, caused by {@code cause}. */
  public FormatException fail(String reason, Throwable cause) {
    return new FormatException(reason, path(), reader.line(), reader.column(), cause);
  }

  private List<FormatException.Step> path() {
    List<FormatException.Step> path = new ArrayList<>(depth);
    for (int i = 0; i < depth; i++) {
      int step = steps[i];
      if (step >= 0) {
        Shape<?> shape = Shape.byIndex(step / Long.SIZE);
        path.add(new FormatException.Step(shape.owner(), name(step, null), -1));
      } else if (step == ELEMENT) {
        path.add(new FormatException.Step(List.class, null, indexes[i]));
      } else {
        path.add(new FormatException.Step(owners[i], names[i], -1));
      }
    }
    return path;
  }

  // ---- versions ----

  /**
   * Notes the version the document declares; fails when an attribute read before it needs a later
   * one. Attributes read after it are checked as they are read.
   */
  void declareVersion(int version) {
    if (undeclared != null && undeclared.since() > version) {
      throw new FormatException(FormatVersions.needs(undeclared, version), undeclaredPath,
          undeclaredLine, undeclaredColumn, null);
    }
    declared = version;
  }

  /** Checks an attribute of a version after the first against the version declared. */
  private void checkVersion(Attribute attribute) {
    if (declared != 0) {
      if (attribute.since() > declared) {
        throw fail(FormatVersions.needs(attribute, declared));
      }
    } else if (undeclared == null || attribute.since() > undeclared.since()) {
      undeclared = attribute;
      undeclaredPath = path();
      undeclaredLine = reader.line();
      undeclaredColumn = reader.column();
    }
  }

  // ---- structure ----

  /**
   * Builds the value read last; a hard invariant that only the whole value can check (an end before
   * its start) is reported at the attribute the model names.
   */
  <T> T build(Class<?> type, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidAttributeException e) {
      enter(type, e.attribute());
      throw fail(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw fail(e.getMessage(), e);
    }
  }

  /**
   * A builder for an object of {@code shape}, to {@code clear()} before use: the one this input
   * built the last such object with, or else one {@code create} makes. Taking it leaves none free,
   * so an object nested in one of its own type would get a new builder, never a builder in use.
   */
  @SuppressWarnings("unchecked")
  <B> B builder(Shape<?> shape, Supplier<B> create) {
    int index = shape.index();
    if (index < builders.length) {
      Object free = builders[index];
      if (free != null) {
        builders[index] = null;
        return (B) free;
      }
    }
    return create.get();
  }

  /**
   * Builds an object of {@code shape} with {@code builder} from {@link #builder}, as {@link
   * #build(Class, Supplier)} does, and frees the builder for the next object of the shape.
   */
  <B, T> T build(Shape<?> shape, B builder, Function<B, T> build) {
    T value;
    try {
      value = build.apply(builder);
    } catch (InvalidAttributeException e) {
      enter(shape.owner(), e.attribute());
      throw fail(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw fail(e.getMessage(), e);
    }
    int index = shape.index();
    if (index >= builders.length) {
      builders = Arrays.copyOf(builders, Math.max(index + 1, builders.length * 2));
    }
    builders[index] = builder;
    return value;
  }

  /**
   * Starts reading the object of {@code shape} at the current token: returns the attribute of its
   * first property that has a value to read, with the reader on the value, or {@code null} when
   * there is none. Each type's reader loops over the properties with a {@code switch} of its own,
   * so that no call site is shared by the readers of every type:
   *
   * <pre>{@code
   * for (PersonAttribute attribute = in.first(PERSON); attribute != null; ) {
   *   Object read = switch (attribute) {
   *     case NAME -> person.name(in.string());
   *     ...
   *   };
   *   attribute = in.next(PERSON);
   * }
   * }</pre>
   *
   * The {@code switch} is an expression, so the compiler checks that it covers every attribute.
   * Rejects repeated properties, unknown ones unless lenient, a {@code null} for a required
   * property, and a missing required property; a {@code null} for an optional property or a list
   * means absent, and is not handed to the reader.
   */
  <A extends Enum<A> & Attribute> A first(Shape<A> shape) {
    expect(Token.START_OBJECT);
    complete(NONE, null);
    if (objects == seen.length) {
      seen = Arrays.copyOf(seen, objects * 2);
    }
    seen[objects++] = 0;
    return property(shape);
  }

  /**
   * Ends reading the property {@link #first} or this method returned last: returns the attribute of
   * the next property that has a value to read, or {@code null} at the end of the object, which
   * then must hold every required property.
   */
  <A extends Enum<A> & Attribute> A next(Shape<A> shape) {
    completed = steps[depth - 1]; // the attribute property() entered
    completedName = null;
    leave();
    return property(shape);
  }

  private <A extends Enum<A> & Attribute> A property(Shape<A> shape) {
    for (;;) {
      // after the attribute read last: the one after the highest seen, as canonical order has it
      int from = Long.SIZE - Long.numberOfLeadingZeros(seen[objects - 1]);
      A attribute = shape.expected(from);
      String name = null;
      if (attribute == null || !nextName(shape.name(attribute))) {
        Token token = attribute == null ? next() : reader.current();
        if (token == Token.END_OBJECT) {
          if (attribute != null) {
            shape.follows(from, null);
          }
          break;
        }
        name = reader.name();
        attribute = shape.find(name, from);
        if (attribute != null) {
          shape.follows(from, attribute);
        }
      }
      int step = attribute == null ? NAMED : attributeStep(shape, attribute);
      if (attribute == null) {
        enter(shape.owner(), name);
      } else {
        enter(step);
      }
      next();
      if (attribute == null) {
        if (!ignoreUnknown) {
          throw fail("unknown property \"" + shorten(name) + "\"; " + shape.describe());
        }
        skipChildren();
      } else {
        long bit = 1L << attribute.ordinal();
        if ((shape.later() & bit) != 0 && declared != FormatVersions.CURRENT) {
          checkVersion(attribute); // under the current version, every attribute may appear
        }
        long seenHere = seen[objects - 1];
        if ((seenHere & bit) != 0) {
          throw fail("property \"" + shorten(shape.name(attribute).text()) + "\" appears twice");
        }
        seen[objects - 1] = seenHere | bit;
        if (reader.current() != Token.NULL || (shape.required() & bit) != 0) {
          return attribute;
        }
      }
      leave();
      complete(step, name);
    }
    long missing = shape.required() & ~seen[--objects];
    if (missing != 0) {
      A first = shape.attributes()[Long.numberOfTrailingZeros(missing)];
      enter(attributeStep(shape, first));
      throw fail("missing required property");
    }
    return null;
  }

  /** Reads one member of an object whose names no shape declares; the reader is on its value. */
  interface MemberReader {
    void read(String name);
  }

  /**
   * Reads the object at the current token, whatever its members' names, calling {@code members}
   * for each with the reader on the member's value and the path at its name ({@code owner}'s
   * property); rejects a name given twice.
   */
  void readMembers(Class<?> owner, MemberReader members) {
    expect(Token.START_OBJECT);
    complete(NONE, null);
    Set<String> seen = new HashSet<>();
    for (Token token = next(); token != Token.END_OBJECT; token = next()) {
      String name = reader.name();
      enter(owner, name);
      next();
      if (!seen.add(name)) {
        throw fail("property \"" + shorten(name) + "\" appears twice");
      }
      members.read(name);
      leave();
      complete(NAMED, name);
    }
  }

  private void skipChildren() {
    try {
      reader.skipChildren();
    } catch (MalformedInputException e) {
      throw fail(e.reason(), e);
    }
  }

  /**
   * Reads one array element into {@code target}, such as the builder of the list's owner; the
   * reader is on the element's first token.
   *
   * @param <T> what the element is read into
   */
  interface ElementReader<T> {
    void read(T target, Input in);
  }

  /**
   * Reads the array at the current token, calling {@code element} with {@code target} for each
   * element, in order. Readers pass the builder they fill instead of capturing it, so that their
   * lambdas capture nothing and reading a list makes no reader object.
   */
  <T> Input readArray(T target, ElementReader<T> element) {
    if (reader.current() == Token.NULL) {
      return this;
    }
    expect(Token.START_ARRAY);
    int index = 0;
    for (Token token = next(); token != Token.END_ARRAY; token = next()) {
      enterElement(index);
      if (token == Token.NULL) {
        throw fail("must not be null");
      }
      element.read(target, this);
      leave();
      index++;
    }
    return this;
  }

  // ---- scalars ----

  /**
   * This document's values of one kind read so far, by the text they were read from, for {@code
   * Values.recurring}: a table of its own per document and kind, a small number from 0 up.
   */
  RecurringTexts recurring(int kind) {
    if (kind >= recurring.length) {
      recurring = Arrays.copyOf(recurring, kind + 1);
    }
    RecurringTexts known = recurring[kind];
    if (known == null) {
      known = new RecurringTexts();
      recurring[kind] = known;
    }
    return known;
  }

  /** The value {@code known} holds for the current string, found by its characters, or null. */
  Object find(RecurringTexts known) {
    try {
      return known.get(reader.textCharacters(), reader.textOffset(), reader.textLength());
    } catch (MalformedInputException e) {
      throw fail(e.reason(), e);
    }
  }

  /**
   * The string at the current token, which must be {@link FreeText free text}: valid Unicode and
   * stream-safe, checked before anything normalises it.
   */
  String string() {
    expect(Token.STRING);
    return checked(text());
  }

  /** {@code text}, read from the current string, once it is known to be free text. */
  String checked(String text) {
    Optional<String> problem = FreeText.problem(text);
    if (problem.isPresent()) {
      throw fail(problem.get());
    }
    return text;
  }

  /** The boolean at the current token. */
  boolean bool() {
    expect(Token.BOOLEAN);
    return "true".equals(text());
  }

  /** The integer at the current token, which must fit an {@code int}. */
  int integer() {
    expect(Token.INTEGER);
    if (!fits(true)) {
      throw fail("number " + shorten(text()) + " is out of range");
    }
    return (int) longValue();
  }

  /**
   * The value of the current integer token, which {@link #fits} a {@code long}: taken from the
   * parser as a number, so that reading the amounts and quantities of a document makes no string.
   */
  long longValue() {
    try {
      return reader.longValue();
    } catch (MalformedInputException e) {
      throw fail(e.reason(), e);
    }
  }

  /** Whether the current integer fits an {@code int} (or else a {@code long}). */
  boolean fits(boolean inInt) {
    try {
      return inInt ? reader.fitsInt() : !reader.isBeyondLong();
    } catch (MalformedInputException e) {
      throw fail(e.reason(), e);
    }
  }

  /** The enum constant named by the string at the current token: one of {@code values}. */
  <E extends Enum<E>> E constant(E[] values) {
    expect(Token.STRING);
    String text = text();
    for (E value : values) {
      if (value.name().equals(text)) {
        return value; // a constant's name is ASCII: no need to check it as free text
      }
    }
    String name = string(); // text that is no constant: first, is it text at all?
    StringBuilder allowed = new StringBuilder();
    for (E value : values) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(value.name());
    }
    throw fail("unknown " + values[0].getDeclaringClass().getSimpleName() + " \"" + shorten(name)
        + "\"; expected one of " + allowed);
  }

  /** Fails unless the current token is {@code expected}. */
  void expect(Token expected) {
    expect(expected, expected.description());
  }

  /** Fails unless the current token is {@code expected}, which the message calls {@code what}. */
  void expect(Token expected, String what) {
    Token actual = reader.current();
    if (actual != expected) {
      throw fail(actual == Token.NULL
          ? "must not be null"
          : "expected " + what + ", found " + actual.description());
    }
  }

  /** Text cut to 40 characters, for quoting input in a message. */
  static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
