package org.publicprivate.agreements.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * Agreements are exchanged as UTF-8 (RFC 8259, section 8.1). A reader of untrusted bytes looks at
 * the first four bytes before any parser does: a UTF-16 or UTF-32 byte order mark, or a NUL byte
 * there (how UTF-16 and UTF-32 spell JSON's ASCII first character), means another encoding, which
 * is refused at line 1, column 1 instead of being decoded with replacements or failing inside a
 * parser.
 */
public final class Utf8 {
  /** The reason given for a document in another encoding. */
  public static final String REASON = "documents must be UTF-8";
  private static final int PREFIX = 4;

  private Utf8() {}

  /** Fails unless {@code bytes} may be a UTF-8 document within the {@link Limits}. */
  public static void check(byte[] bytes) {
    checkLength(bytes.length);
    checkPrefix(bytes, Math.min(bytes.length, PREFIX));
  }

  /**
   * Fails unless the stream may hold a UTF-8 document; returns a stream of the same bytes, the
   * first ones read again.
   */
  public static InputStream check(InputStream in) throws IOException {
    byte[] prefix = in.readNBytes(PREFIX);
    checkPrefix(prefix, prefix.length);
    return new SequenceInputStream(new ByteArrayInputStream(prefix), in);
  }

  /** Fails when a document of {@code length} bytes is beyond {@link Limits#MAX_DOCUMENT_LENGTH}. */
  public static void checkLength(long length) {
    if (length > Limits.MAX_DOCUMENT_LENGTH) {
      throw FormatException.atStart(
          "the document is larger than " + Limits.MAX_DOCUMENT_TEXT + " (" + length + " bytes)");
    }
  }

  private static void checkPrefix(byte[] bytes, int length) {
    if (length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      throw FormatException.atStart(REASON);
    }
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        throw FormatException.atStart(REASON);
      }
    }
  }
}
