package org.publicprivate.agreements.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.publicprivate.agreements.format.CanonicalTree.Literal;
import org.publicprivate.agreements.format.CanonicalTree.Member;
import org.publicprivate.agreements.format.CanonicalTree.Members;

/**
 * Reads JSON text (RFC 8259, strictly) into a {@link CanonicalTree}, refusing what RFC 8785 cannot
 * canonicalize: duplicate names, lone surrogates, numbers beyond the finite doubles. It keeps the
 * open objects and arrays on a stack of its own, so deep nesting costs memory, not the thread's
 * stack. Every error is an {@link IllegalArgumentException} that names the offset (in UTF-16 code
 * units from the start of the text).
 */
final class CanonicalTreeParser {
  /** Digits of a whole number that a {@code long} holds exactly below 2^53. */
  private static final int EXACT_WHOLE_DIGITS = 15;
  private static final Literal ZERO = new Literal("0");

  private final String text;
  private int at;

  private CanonicalTreeParser(String text) {
    this.text = text;
  }

  /** An object or array being read: the object's members or the array's elements. */
  private static final class Frame {
    final Members members;
    final List<Object> elements;
    String name;
    int nameOffset;

    Frame(Members members, List<Object> elements) {
      this.members = members;
      this.elements = elements;
    }

    void add(Object value) {
      if (members != null) {
        members.add(new Member(name, nameOffset, value));
      } else {
        elements.add(value);
      }
    }
  }

  /** The tree of the one JSON value that {@code text} holds. */
  static Object parse(String text) {
    return new CanonicalTreeParser(text).document();
  }

  private Object document() {
    ArrayDeque<Frame> open = new ArrayDeque<>();
    while (true) {
      Object value = valueOrOpen(open);
      while (value != null) {
        Frame frame = open.peek();
        if (frame == null) {
          skipWhitespace();
          if (at < text.length()) {
            throw error("found " + describe(at) + " after the end of the JSON value");
          }
          return value;
        }
        frame.add(value);
        value = afterValue(open, frame);
      }
    }
  }

  /** Reads a scalar or an empty container and returns it, or opens a container and returns null. */
  private Object valueOrOpen(ArrayDeque<Frame> open) {
    skipWhitespace();
    if (at >= text.length()) {
      throw error("the JSON text ends where a value was expected");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{' -> {
        at++;
        if (skipWhitespace() == '}') {
          at++;
          return new Members();
        }
        Frame frame = new Frame(new Members(), null);
        open.push(frame);
        name(frame);
        return null;
      }
      case '[' -> {
        at++;
        if (skipWhitespace() == ']') {
          at++;
          return new ArrayList<>(0);
        }
        open.push(new Frame(null, new ArrayList<>()));
        return null;
      }
      case '"' -> {
        return string();
      }
      case 't' -> {
        return literal("true", Literal.TRUE);
      }
      case 'f' -> {
        return literal("false", Literal.FALSE);
      }
      case 'n' -> {
        return literal("null", Literal.NULL);
      }
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("found " + describe(at) + " where a value was expected");
      }
    }
  }

  /**
   * After a value added to {@code frame}: reads a comma (and the next name) and returns null, or
   * reads the closing bracket and returns the finished container.
   */
  private Object afterValue(ArrayDeque<Frame> open, Frame frame) {
    char c = skipWhitespace();
    int offset = at;
    at++;
    if (c == ',') {
      if (frame.members != null) {
        skipWhitespace();
        name(frame);
      }
      return null;
    }
    open.pop();
    if (frame.members != null && c == '}') {
      Member[] duplicate = frame.members.sortFindingDuplicate();
      if (duplicate != null) {
        at = duplicate[1].offset();
        throw error("the name " + JsonCanonicalizer.quote(duplicate[0].name())
            + " appears twice in an object (first at offset " + duplicate[0].offset()
            + "), which RFC 8785 refuses");
      }
      return frame.members;
    }
    if (frame.elements != null && c == ']') {
      return frame.elements;
    }
    at = offset;
    throw error("found " + describe(offset) + " where "
        + (frame.members != null ? "',' or '}'" : "',' or ']'") + " was expected");
  }

  /** Reads a member's name and its colon into {@code frame}. */
  private void name(Frame frame) {
    if (at >= text.length() || text.charAt(at) != '"') {
      throw error("found " + describe(at) + " where a member's name was expected");
    }
    frame.nameOffset = at;
    frame.name = string();
    if (skipWhitespace() != ':') {
      throw error("found " + describe(at) + " where ':' was expected");
    }
    at++;
  }

  private Literal literal(String word, Literal value) {
    if (!text.startsWith(word, at)) {
      throw error("found " + describe(at) + " where a value was expected");
    }
    at += word.length();
    return value;
  }

  private Literal number() {
    int start = at;
    boolean whole = true;
    if (peek() == '-') {
      at++;
    }
    if (peek() == '0') {
      at++;
    } else if (!digits()) {
      throw error("a number needs a digit after '-', found " + describe(at));
    }
    if (peek() == '.') {
      at++;
      whole = false;
      if (!digits()) {
        throw error("a number needs a digit after '.', found " + describe(at));
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      at++;
      whole = false;
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      if (!digits()) {
        throw error("a number needs a digit in its exponent, found " + describe(at));
      }
    }
    String number = text.substring(start, at);
    int digitCount = number.length() - (number.charAt(0) == '-' ? 1 : 0);
    if (whole && digitCount <= EXACT_WHOLE_DIGITS) {
      // JSON has no leading zeros: the text of a whole number is its canonical form, but for -0.
      return number.equals("-0") ? ZERO : new Literal(number);
    }
    double value = Double.parseDouble(number);
    if (Double.isInfinite(value)) {
      at = start;
      throw error("the number " + abbreviate(number)
          + " is beyond the finite doubles (at most 1.7976931348623157e+308 in magnitude),"
          + " which RFC 8785 cannot write");
    }
    return new Literal(EcmaScriptNumbers.toString(value));
  }

  private boolean digits() {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    return at > start;
  }

  private String string() {
    int start = at;
    at++;
    StringBuilder value = null;
    int plain = at;
    int highSurrogate = -1;
    char highChar = 0;
    while (true) {
      if (at >= text.length()) {
        at = start;
        throw error("a string is not closed");
      }
      int offset = at;
      char c = text.charAt(at);
      if (c == '"') {
        pairs(highSurrogate, highChar, c, offset);
        String result = value == null ? text.substring(plain, at)
            : value.append(text, plain, at).toString();
        at++;
        return result;
      }
      if (c < 0x20) {
        throw error("a control character (U+" + hex4(c) + ") must be escaped in a string");
      }
      if (c == '\\') {
        if (value == null) {
          value = new StringBuilder();
        }
        value.append(text, plain, at);
        c = escape();
        value.append(c);
        plain = at;
      } else {
        at++;
      }
      highSurrogate = pairs(highSurrogate, highChar, c, offset);
      if (Character.isHighSurrogate(c)) {
        highSurrogate = offset;
        highChar = c;
      }
    }
  }

  /**
   * Checks that the character {@code c} read at {@code offset} pairs with the high surrogate
   * {@code high} read at {@code highOffset} (-1 when the previous character was none), as a low
   * surrogate must; returns -1.
   */
  private int pairs(int highOffset, char high, char c, int offset) {
    boolean low = Character.isLowSurrogate(c);
    if (highOffset >= 0 && !low) {
      at = highOffset;
      throw loneSurrogate(high);
    }
    if (highOffset < 0 && low) {
      at = offset;
      throw loneSurrogate(c);
    }
    return -1;
  }

  /** Reads the escape at {@code at} and returns the character it stands for. */
  private char escape() {
    int offset = at;
    char kind = at + 1 < text.length() ? text.charAt(at + 1) : '\0';
    at += 2;
    return switch (kind) {
      case '"', '\\', '/' -> kind;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> unicode(offset);
      default -> {
        at = offset;
        throw error("a string has the unknown escape " + describe(offset + 1) + " after '\\'");
      }
    };
  }

  /** The four hex digits after a {@code \\u} that starts at {@code offset}; {@code at} after them. */
  private char unicode(int offset) {
    int end = offset + 6;
    if (end > text.length()) {
      at = offset;
      throw error("a \\u escape needs four hexadecimal digits");
    }
    int code = 0;
    for (int i = offset + 2; i < end; i++) {
      int digit = Character.digit(text.charAt(i), 16);
      if (digit < 0 || text.charAt(i) > 'f') {
        at = offset;
        throw error("a \\u escape needs four hexadecimal digits");
      }
      code = code * 16 + digit;
    }
    at = end;
    return (char) code;
  }

  private IllegalArgumentException loneSurrogate(char c) {
    return error("a string has a lone surrogate U+" + hex4(c) + ", which RFC 8785 refuses");
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  /** Skips whitespace and returns the character after it, or {@code '\0'} at the end. */
  private char skipWhitespace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return c;
      }
      at++;
    }
    return '\0';
  }

  private String describe(int offset) {
    if (offset >= text.length()) {
      return "the end of the text";
    }
    char c = text.charAt(offset);
    return c >= 0x20 && c < 0x7F ? "'" + c + "'" : "U+" + hex4(c);
  }

  private static String hex4(char c) {
    return String.format("%04X", (int) c);
  }

  private static String abbreviate(String number) {
    return number.length() <= 40 ? number : number.substring(0, 37) + "...";
  }

  private IllegalArgumentException error(String reason) {
    return new IllegalArgumentException("not canonicalizable JSON at offset " + at + ": " + reason);
  }
}
