package org.publicprivate.agreements.testkit;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The smallest JSON tree {@link FuzzInputs} mutates: an object is a {@link JsonObject} (a list of
 * name–value entries, so that a name may repeat), an array a {@code List}, a string a
 * {@code String}, anything else {@link Raw} JSON text. It reads only the well-formed documents a
 * writer gave, and writes any tree, however mutated.
 */
final class JsonTree {
  private final String text;
  private int at;

  JsonTree(String text) {
    this.text = text;
  }

  /** An object: entries of a name and a value, in order, names possibly repeated. */
  static final class JsonObject extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;
  }

  /** JSON text written as it is: a number, a literal, or a mutation's fragment. */
  record Raw(String json) {
  }

  /** The document's value. */
  Object value() {
    skipSpace();
    char c = text.charAt(at);
    if (c == '{') {
      at++;
      JsonObject object = new JsonObject();
      skipSpace();
      if (text.charAt(at) == '}') {
        at++;
        return object;
      }
      while (true) {
        skipSpace();
        String name = string();
        skipSpace();
        at++; // the colon
        object.add(new SimpleEntry<>(name, value()));
        skipSpace();
        if (text.charAt(at++) == '}') {
          return object;
        }
      }
    }
    if (c == '[') {
      at++;
      List<Object> array = new ArrayList<>();
      skipSpace();
      if (text.charAt(at) == ']') {
        at++;
        return array;
      }
      while (true) {
        array.add(value());
        skipSpace();
        if (text.charAt(at++) == ']') {
          return array;
        }
      }
    }
    if (c == '"') {
      return string();
    }
    int start = at;
    while (at < text.length() && ",]} \n\r\t".indexOf(text.charAt(at)) < 0) {
      at++;
    }
    return new Raw(text.substring(start, at));
  }

  private String string() {
    StringBuilder value = new StringBuilder();
    at++; // the opening quote
    while (true) {
      char c = text.charAt(at++);
      if (c == '"') {
        return value.toString();
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escaped = text.charAt(at++);
      switch (escaped) {
        case 'n' -> value.append('\n');
        case 't' -> value.append('\t');
        case 'r' -> value.append('\r');
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'u' -> {
          value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> value.append(escaped);
      }
    }
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  /** The tree as JSON text; a lone surrogate in a string is written as its escape. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value instanceof JsonObject object) {
      out.append('{');
      for (int i = 0; i < object.size(); i++) {
        Map.Entry<?, ?> entry = (Map.Entry<?, ?>) object.get(i);
        out.append(i == 0 ? "" : ",");
        writeString((String) entry.getKey(), out);
        out.append(':');
        write(entry.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> array) {
      out.append('[');
      for (int i = 0; i < array.size(); i++) {
        out.append(i == 0 ? "" : ",");
        Object element = array.get(i);
        // An entry moved into an array by a swap is written as its value.
        write(element instanceof Map.Entry<?, ?> entry ? entry.getValue() : element, out);
      }
      out.append(']');
    } else if (value instanceof String string) {
      writeString(string, out);
    } else if (value instanceof Raw raw) {
      out.append(raw.json());
    } else {
      out.append("null");
    }
  }

  private static void writeString(String string, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < string.length(); i++) {
      char c = string.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c) && !wellPaired(string, i)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static boolean wellPaired(String string, int i) {
    char c = string.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < string.length()
        && Character.isLowSurrogate(string.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(string.charAt(i - 1));
  }
}
