package org.publicprivate.agreements.format;

import java.util.Objects;

/**
 * The JSON Canonicalization Scheme of RFC 8785: any JSON text in the one form every conforming
 * implementation writes for it, in any language. Objects' members are sorted by name in UTF-16
 * code units, strings keep their characters and escape only what RFC 8785 escapes, numbers take
 * ECMAScript's form (the shortest digits that read back as the same double: {@code 4.50} is
 * {@code 4.5}, {@code 1E30} is {@code 1e+30}), and there is no whitespace. Both Jackson modules
 * offer it as {@code AgreementJson.canonicalize}.
 *
 * <pre>{@code
 * JsonCanonicalizer.canonicalize("{ \"b\": 2.50, \"a\": [true, 1E3] }")   // {"a":[true,1000],"b":2.5}
 * }</pre>
 *
 * <p>The text is read strictly (RFC 8259: no comments, no trailing commas, one value) and may nest
 * to any depth: open objects and arrays are kept on a stack of the canonicalizer's own, not the
 * thread's. It needs memory of a few times the text's length.
 */
public final class JsonCanonicalizer {
  private JsonCanonicalizer() {}

  /**
   * The RFC 8785 form of {@code json}.
   *
   * @throws IllegalArgumentException naming the offset (in UTF-16 code units, from 0) for text that
   *     is not one JSON value, an object with a name twice, a string with a lone surrogate, or a
   *     number beyond the finite doubles (such as {@code 1e400})
   */
  public static String canonicalize(String json) {
    Objects.requireNonNull(json, "json");
    StringBuilder out = new StringBuilder(json.length());
    CanonicalTreeWriter.write(CanonicalTreeParser.parse(json), out);
    return out.toString();
  }

  /** {@code text} in quotes for a message, shortened, with anything unprintable as U+XXXX. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    int limit = Math.min(text.length(), 60);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || Character.isSurrogate(c) || c == 0x7F) {
        quoted.append(String.format("U+%04X", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append(text.length() > limit ? "…\"" : "\"").toString();
  }
}
