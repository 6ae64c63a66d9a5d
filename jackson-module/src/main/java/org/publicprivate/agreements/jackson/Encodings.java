package org.publicprivate.agreements.jackson;

import java.io.InputStreamReader;

/**
 * Agreements are exchanged as UTF-8 (RFC 8259, section 8.1). Jackson reads UTF-16 bytes through the
 * JDK's decoder, which replaces malformed text with U+FFFD instead of failing; a strict reader must
 * not change text silently, so it refuses byte input in any encoding but UTF-8.
 */
final class Encodings {
  private Encodings() {}

  static void requireUtf8(JsonInput in) throws AgreementJsonException {
    Object source = in.parser().getInputSource();
    String encoding = null;
    if (source instanceof InputStreamReader) {
      String name = ((InputStreamReader) source).getEncoding();
      if (name != null && !name.equals("UTF8")) {
        encoding = name.startsWith("UTF-32") || name.contains("32") ? "UTF-32" : "UTF-16";
      }
    } else if (source != null && source.getClass().getSimpleName().equals("UTF32Reader")) {
      encoding = "UTF-32";
    }
    if (encoding != null) {
      throw in.fail("the document is encoded in " + encoding + "; agreements are exchanged in UTF-8");
    }
  }
}
