package org.publicprivate.agreements.format;

import java.util.ArrayDeque;

/**
 * A {@link TokenWriter} of plain JSON text for tests: what the format writes, in its own order,
 * spaced out, with every character outside printable ASCII escaped as &#92;uXXXX, so that the
 * canonicalizer has layout to remove and escapes to undo.
 */
final class JsonText implements TokenWriter {
  private final StringBuilder text = new StringBuilder();
  /** For each open container: whether it has a value yet. */
  private final ArrayDeque<boolean[]> open = new ArrayDeque<>();
  private boolean afterName;

  /** The text {@code write} writes of {@code value}, amounts as strings. */
  static <T> String of(T value, Output.ValueWriter<T> write) {
    JsonText json = new JsonText();
    write.write(new Output(json, true), value);
    return json.toString();
  }

  @Override
  public String toString() {
    return text.toString();
  }

  @Override
  public void startObject() {
    value("{ ");
    open.push(new boolean[1]);
  }

  @Override
  public void endObject() {
    open.pop();
    text.append(" }");
  }

  @Override
  public void startArray() {
    value("[ ");
    open.push(new boolean[1]);
  }

  @Override
  public void endArray() {
    open.pop();
    text.append(" ]");
  }

  @Override
  public void name(Name name) {
    name(name.text());
  }

  @Override
  public void name(String name) {
    value("");
    quote(name);
    text.append(" : ");
    afterName = true;
  }

  @Override
  public void string(String value) {
    value("");
    quote(value);
  }

  @Override
  public void string(Name value) {
    string(value.text());
  }

  @Override
  public void number(long value) {
    value(Long.toString(value));
  }

  @Override
  public void bool(boolean value) {
    value(Boolean.toString(value));
  }

  private void value(String start) {
    if (afterName) {
      afterName = false;
    } else if (!open.isEmpty()) {
      boolean[] started = open.peek();
      text.append(started[0] ? ",\n  " : "");
      started[0] = true;
    }
    text.append(start);
  }

  private void quote(String value) {
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        text.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        text.append(String.format("\\u%04X", (int) c));
      } else {
        text.append(c);
      }
    }
    text.append('"');
  }
}
