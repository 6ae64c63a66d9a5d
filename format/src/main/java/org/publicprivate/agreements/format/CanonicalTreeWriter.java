package org.publicprivate.agreements.format;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import org.publicprivate.agreements.format.CanonicalTree.Literal;
import org.publicprivate.agreements.format.CanonicalTree.Member;
import org.publicprivate.agreements.format.CanonicalTree.Members;

/**
 * Writes a {@link CanonicalTree} in RFC 8785's form: no whitespace, members in the order
 * {@link Members#sortByName()} left them, strings escaped as ECMAScript's {@code JSON.stringify} escapes
 * them. It walks with a stack of its own, so any depth is written without recursion.
 */
final class CanonicalTreeWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out;
  private final ArrayDeque<Frame> open = new ArrayDeque<>();

  private CanonicalTreeWriter(StringBuilder out) {
    this.out = out;
  }

  /** One object or array being written: what is left of it and how it closes. */
  private record Frame(Iterator<?> rest, char close) {}

  /** Appends the canonical form of {@code value} to {@code out}. */
  static void write(Object value, StringBuilder out) {
    new CanonicalTreeWriter(out).write(value);
  }

  private void write(Object root) {
    Object value = root;
    while (true) {
      value = open(value);
      if (value != null) {
        continue;
      }
      value = next();
      if (value == null) {
        return;
      }
    }
  }

  /** Writes a scalar and returns null, or opens a non-empty container and returns its first value. */
  private Object open(Object value) {
    if (value instanceof Members members) {
      return members.isEmpty() ? empty("{}") : enter(members.iterator(), '{', '}');
    }
    if (value instanceof List<?> elements) {
      return elements.isEmpty() ? empty("[]") : enter(elements.iterator(), '[', ']');
    }
    if (value instanceof String text) {
      string(text);
    } else {
      out.append(((Literal) value).text());
    }
    return null;
  }

  private Object empty(String text) {
    out.append(text);
    return null;
  }

  private Object enter(Iterator<?> values, char start, char close) {
    out.append(start);
    open.push(new Frame(values, close));
    return item(values.next());
  }

  /** After a value: closes finished containers and returns the next value, or null at the end. */
  private Object next() {
    Frame frame;
    while ((frame = open.peek()) != null) {
      if (frame.rest().hasNext()) {
        out.append(',');
        return item(frame.rest().next());
      }
      out.append(frame.close());
      open.pop();
    }
    return null;
  }

  /** An element as it is, or a member's name written and its value. */
  private Object item(Object item) {
    if (item instanceof Member member) {
      string(member.name());
      out.append(':');
      return member.value();
    }
    return item;
  }

  private void string(String text) {
    out.append('"');
    int plain = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      out.append(text, plain, i);
      plain = i + 1;
      escape(c, text);
    }
    out.append(text, plain, length).append('"');
  }

  private void escape(char c, String text) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (Character.isSurrogate(c)) {
          throw new IllegalArgumentException("text " + JsonCanonicalizer.quote(text)
              + " has a lone surrogate U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
              + ": RFC 8785 needs valid Unicode");
        }
        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
  }
}
