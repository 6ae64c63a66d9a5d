package org.publicprivate.agreements;

import java.util.Optional;

/**
 * What free text of the model must be, whoever reads it: valid Unicode (no unpaired surrogate,
 * I-JSON, RFC 7493) and stream-safe (no run of more than {@value #MAX_COMBINING_RUN} combining
 * marks, UAX #15), so that normalising it takes time in proportion to its length. The builders
 * refuse other text; readers of documents ask {@link #problem} first, to say where the text stood.
 *
 * <pre>{@code
 * FreeText.problem("x\uD800y"); // Optional[text is not valid Unicode: an unpaired surrogate at character 2]
 * }</pre>
 *
 * <p>The JDK has no public canonical combining class, so a mark is any character of Unicode's
 * general categories Mn, Mc and Me: every non-starter of UAX #15 is one, and a few marks that are
 * starters count too, which only a run of over 30 marks could notice.
 */
public final class FreeText {
  /** The longest run of combining marks text may hold (UAX #15's stream-safe limit). */
  public static final int MAX_COMBINING_RUN = 30;

  private FreeText() {}

  /**
   * Why {@code text} cannot be free text of the model, or empty when it can. Looks at each
   * character once and stops at the first problem.
   */
  public static Optional<String> problem(CharSequence text) {
    int run = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (isPlain(c)) {
        run = 0; // a starter, no look-up
        continue;
      }
      int codePoint = c;
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        codePoint = Character.toCodePoint(c, text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        return Optional.of("text is not valid Unicode: an unpaired surrogate at character " + (i + 1));
      }
      if (isMark(codePoint)) {
        if (++run > MAX_COMBINING_RUN) {
          return Optional.of("text has more than " + MAX_COMBINING_RUN
              + " combining marks in a row (at character " + (i + 1)
              + "), beyond Unicode's stream-safe limit");
        }
      } else {
        run = 0;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the character is below U+0300 (the first combining mark) or a precomposed Hangul
   * syllable: a starter that is no surrogate, no mark and in NFC on its own, and that composes with
   * no neighbour of the same kind. Most of a Korean agreement's text is such characters, which the
   * checks and the normalisation of text pass without a Unicode look-up.
   */
  static boolean isPlain(char c) {
    return c < '\u0300' || (c >= '\uAC00' && c <= '\uD7A3');
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
