package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.publicprivate.agreements.InvalidAttributeException;

/**
 * One pass of reading a document from a {@link JsonParser}: the token-level checks every reader
 * shares, and the path from the document's root to the value being read, so that an error can say
 * where it happened ({@code parties[1].kind}).
 */
final class JsonInput {
  private final JsonParser parser;
  private final boolean ignoreUnknown;
  private Object[] steps = new Object[16];
  private Class<?>[] owners = new Class<?>[16];
  private int depth;
  /** The property of the innermost open object that was read completely last, if any. */
  private String completed;

  JsonInput(JsonParser parser, boolean ignoreUnknown) {
    this.parser = parser;
    this.ignoreUnknown = ignoreUnknown;
  }

  JsonParser parser() {
    return parser;
  }

  JsonToken token() {
    return parser.currentToken();
  }

  // ---- the path ----

  void enter(Class<?> owner, String property) {
    push(owner, property);
  }

  void enter(Class<?> owner, int index) {
    push(owner, index);
  }

  void leave() {
    depth--;
  }

  private void push(Class<?> owner, Object step) {
    if (depth == steps.length) {
      steps = Arrays.copyOf(steps, depth * 2);
      owners = Arrays.copyOf(owners, depth * 2);
    }
    steps[depth] = step;
    owners[depth] = owner;
    depth++;
  }

  /**
   * Brings the path up to the parser after Jackson failed while fetching a token: Jackson reads a
   * property's name and the start of its value (a whole number) in one step, so an error in the
   * value arrives before the reader has entered the property. A name that Jackson still holds for
   * the property read last is not entered again.
   */
  void catchUp(JsonStreamContext context) {
    if (context == null) {
      return;
    }
    String name = context.inObject() ? context.getCurrentName() : null;
    Object last = depth == 0 ? null : steps[depth - 1];
    if (name != null && !name.equals(last) && !name.equals(completed)) {
      enter(Object.class, name);
    }
  }

  /** An error at the current path, at the current token. */
  AgreementJsonException fail(String reason) {
    return fail(reason, null);
  }

  AgreementJsonException fail(String reason, Throwable cause) {
    AgreementJsonException error =
        new AgreementJsonException(reason, parser.currentTokenLocation(), cause);
    for (int i = depth - 1; i >= 0; i--) {
      error.prependPath(steps[i] instanceof String
          ? new Reference(owners[i], (String) steps[i])
          : new Reference(owners[i], (Integer) steps[i]));
    }
    return error;
  }

  // ---- structure ----

  /**
   * Builds the value read last; a hard invariant that only the whole value can check (an end before
   * its start) is reported at the attribute the model names.
   */
  <T> T build(Class<?> type, Supplier<T> builder) throws AgreementJsonException {
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
   * Reads the object at the current token, calling {@code fields} for each property with the
   * parser on the property's value. Rejects repeated properties, unknown ones unless lenient, a
   * {@code null} for a required property, and a missing required property; a {@code null} for an
   * optional property or a list means absent.
   */
  void readObject(Shape shape, FieldReader fields) throws IOException {
    expect(JsonToken.START_OBJECT, "an object");
    completed = null;
    long seen = 0;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      String name = parser.currentName();
      int index = shape.indexOf(name);
      enter(shape.type(), name);
      parser.nextToken();
      if (index < 0) {
        if (!ignoreUnknown) {
          throw fail("unknown property \"" + Values.shorten(name) + "\"; " + shape.describe());
        }
        parser.skipChildren();
      } else {
        long bit = 1L << index;
        if ((seen & bit) != 0) {
          throw fail("property \"" + Values.shorten(name) + "\" appears twice");
        }
        seen |= bit;
        if (parser.currentToken() != JsonToken.VALUE_NULL || shape.isRequired(index)) {
          fields.read(name);
        }
      }
      leave();
      completed = name;
    }
    long missing = shape.required() & ~seen;
    if (missing != 0) {
      enter(shape.type(), shape.name(Long.numberOfTrailingZeros(missing)));
      throw fail("missing required property");
    }
  }

  /** Reads the array at the current token, calling {@code element} for each element, in order. */
  void readArray(ElementReader element) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    expect(JsonToken.START_ARRAY, "an array");
    int index = 0;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      enter(List.class, index);
      if (token == JsonToken.VALUE_NULL) {
        throw fail("must not be null");
      }
      element.read();
      leave();
      index++;
    }
  }

  // ---- scalars ----

  String string() throws IOException {
    expect(JsonToken.VALUE_STRING, "a string");
    return parser.getText();
  }

  int integer() throws IOException {
    expect(JsonToken.VALUE_NUMBER_INT, "an integer");
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      throw fail("number " + parser.getText() + " is out of range");
    }
    return parser.getIntValue();
  }

  <E extends Enum<E>> E constant(Class<E> type, E[] values) throws IOException {
    String name = string();
    for (E value : values) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E value : values) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(value.name());
    }
    throw fail("unknown " + type.getSimpleName() + " \"" + Values.shorten(name)
        + "\"; expected one of " + allowed);
  }

  void expect(JsonToken expected, String what) throws AgreementJsonException {
    JsonToken actual = parser.currentToken();
    if (actual != expected) {
      throw fail(actual == JsonToken.VALUE_NULL
          ? "must not be null"
          : "expected " + what + ", found " + describe(actual));
    }
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  /** Reads one property's value; the parser is on the value's first token. */
  interface FieldReader {
    void read(String name) throws IOException;
  }

  /** Reads one array element; the parser is on the element's first token. */
  interface ElementReader {
    void read() throws IOException;
  }
}
