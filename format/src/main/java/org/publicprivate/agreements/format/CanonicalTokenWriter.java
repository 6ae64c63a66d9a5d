package org.publicprivate.agreements.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A {@link TokenWriter} that writes the RFC 8785 form of what the format writes as UTF-8 bytes, as
 * it goes, to a {@link Sink} (for a fingerprint, the SHA-256 digest), without a tree or a text in
 * between. It sorts nothing: it relies on getting every object's members in RFC 8785 order, which
 * an {@link Output#sortedByName} output gives (each {@link Shape}'s attributes sorted once) and
 * the model keeps for extensions (sorted maps of natural order). Strings are escaped as {@link
 * CanonicalTreeWriter} escapes them; whole numbers within ±2^53 are their digits and others the
 * ECMAScript form of the double a JSON reader makes of them, as {@link CanonicalTreeParser} reads
 * them. The bytes are the canonicalizer's output for the same value: a property test compares them
 * with {@link JsonCanonicalizer#canonicalize} of the document's text.
 */
final class CanonicalTokenWriter implements TokenWriter {
  /** Where the bytes go, a buffer at a time. */
  interface Sink {
    /** Takes {@code length} bytes of {@code bytes} from {@code offset}. */
    void write(byte[] bytes, int offset, int length);
  }

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  /** Every {@link Name} in quotes, escaped, encoded once. */
  private static final byte[][] QUOTED = Name.encodeAll(CanonicalTokenWriter::quote, byte[][]::new);
  private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
  /** Whole numbers within ±2^53 are exact doubles, written as their digits. */
  private static final long EXACT_WHOLE_LIMIT = 1L << 53;
  /** The most bytes one character of a string takes: an escape such as &#92;u001f. */
  private static final int MAX_CHAR_BYTES = 6;

  private final Sink sink;
  private final byte[] buffer = new byte[8192];
  private int length;
  /** For each open object or array, outermost first: whether it has a value yet. */
  private boolean[] started = new boolean[16];
  private int depth;
  /** Whether a member's name was written and its value not yet. */
  private boolean afterName;

  CanonicalTokenWriter(Sink sink) {
    this.sink = sink;
  }

  /** Hands the bytes still buffered to the sink; call it after the last token. */
  void flush() {
    if (length > 0) {
      sink.write(buffer, 0, length);
      length = 0;
    }
  }

  @Override
  public void startObject() {
    open('{');
  }

  @Override
  public void endObject() {
    close('}');
  }

  @Override
  public void startArray() {
    open('[');
  }

  @Override
  public void endArray() {
    close(']');
  }

  @Override
  public void name(Name name) {
    separate();
    bytes(QUOTED[name.index()]);
    put(':');
    afterName = true;
  }

  @Override
  public void name(String name) {
    separate();
    quoted(name);
    put(':');
    afterName = true;
  }

  @Override
  public void string(String value) {
    separate();
    quoted(value);
  }

  @Override
  public void string(Name value) {
    separate();
    bytes(QUOTED[value.index()]);
  }

  @Override
  public void number(long value) {
    separate();
    if (value >= -EXACT_WHOLE_LIMIT && value <= EXACT_WHOLE_LIMIT) {
      digits(value);
    } else {
      bytes(EcmaScriptNumbers.toString((double) value).getBytes(StandardCharsets.US_ASCII));
    }
  }

  @Override
  public void bool(boolean value) {
    separate();
    bytes(value ? TRUE : FALSE);
  }

  private void open(char bracket) {
    separate();
    put(bracket);
    if (depth == started.length) {
      started = Arrays.copyOf(started, depth * 2);
    }
    started[depth++] = false;
  }

  private void close(char bracket) {
    depth--;
    put(bracket);
  }

  /** Writes the comma before a value or a name, unless it is the first of its container. */
  private void separate() {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      if (started[depth - 1]) {
        put(',');
      } else {
        started[depth - 1] = true;
      }
    }
  }

  /** Writes {@code text} in quotes, escaped as RFC 8785 escapes it, in UTF-8. */
  private void quoted(String text) {
    put('"');
    int count = text.length();
    for (int i = 0; i < count; i++) {
      if (length + MAX_CHAR_BYTES > buffer.length) {
        flush();
      }
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          buffer[length++] = (byte) c;
        } else {
          escape(c);
        }
      } else if (c < 0x800) {
        buffer[length++] = (byte) (0xC0 | c >> 6);
        buffer[length++] = (byte) (0x80 | c & 0x3F);
      } else if (!Character.isSurrogate(c)) {
        buffer[length++] = (byte) (0xE0 | c >> 12);
        buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
        buffer[length++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < count
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int code = Character.toCodePoint(c, text.charAt(++i));
        buffer[length++] = (byte) (0xF0 | code >> 18);
        buffer[length++] = (byte) (0x80 | code >> 12 & 0x3F);
        buffer[length++] = (byte) (0x80 | code >> 6 & 0x3F);
        buffer[length++] = (byte) (0x80 | code & 0x3F);
      } else {
        throw loneSurrogate(text, c);
      }
    }
    put('"');
  }

  private void escape(char c) {
    buffer[length++] = '\\';
    switch (c) {
      case '"' -> buffer[length++] = '"';
      case '\\' -> buffer[length++] = '\\';
      case '\b' -> buffer[length++] = 'b';
      case '\f' -> buffer[length++] = 'f';
      case '\n' -> buffer[length++] = 'n';
      case '\r' -> buffer[length++] = 'r';
      case '\t' -> buffer[length++] = 't';
      default -> {
        buffer[length++] = 'u';
        buffer[length++] = '0';
        buffer[length++] = '0';
        buffer[length++] = HEX[c >> 4];
        buffer[length++] = HEX[c & 0xF];
      }
    }
  }

  /** Writes the digits of {@code value}, which is within ±2^53. */
  private void digits(long value) {
    if (length + 20 > buffer.length) {
      flush();
    }
    long rest = value;
    if (rest < 0) {
      buffer[length++] = '-';
      rest = -rest;
    }
    int end = length + digitCount(rest);
    for (int at = end - 1; at >= length; at--) {
      buffer[at] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    length = end;
  }

  private static int digitCount(long value) {
    int count = 1;
    for (long limit = 10; count < 19 && value >= limit; limit *= 10) {
      count++;
    }
    return count;
  }

  private void put(char c) {
    if (length == buffer.length) {
      flush();
    }
    buffer[length++] = (byte) c;
  }

  private void bytes(byte[] bytes) {
    if (length + bytes.length > buffer.length) {
      flush();
      if (bytes.length > buffer.length) {
        sink.write(bytes, 0, bytes.length);
        return;
      }
    }
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
  }

  private static IllegalArgumentException loneSurrogate(String text, char c) {
    return new IllegalArgumentException("text " + JsonCanonicalizer.quote(text)
        + " has a lone surrogate U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
        + ": RFC 8785 needs valid Unicode");
  }

  /** {@code text} in quotes, escaped, as bytes: how a name is written. */
  private static byte[] quote(String text) {
    ByteArrayOutputStream quoted = new ByteArrayOutputStream(text.length() + 2);
    CanonicalTokenWriter writer = new CanonicalTokenWriter(quoted::write);
    writer.quoted(text);
    writer.flush();
    return quoted.toByteArray();
  }
}
