package org.publicprivate.agreements;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.publicprivate.agreements.attributes.Attribute;

/**
 * Normalises free text the one way the model stores it: stripped of surrounding white space, in
 * NFC, once. Text that is not {@link FreeText free text} is refused first, so that normalising
 * stays linear in the text's length.
 */
final class Text {
  private Text() {}

  /**
   * Strips white space (including the ideographic space U+3000) and composes to NFC; returns the
   * same instance when the text is already so.
   *
   * @throws InvalidAttributeException if the text is not valid Unicode or not stream-safe
   */
  static String normalize(String text, Attribute attribute) {
    if (isPlain(text)) {
      return text;
    }
    Optional<String> problem = FreeText.problem(text);
    if (problem.isPresent()) {
      throw new InvalidAttributeException(attribute.ownerName(), attribute.jsonName(),
          text, "valid, stream-safe Unicode text, but " + problem.get());
    }
    String stripped = text.strip();
    return isComposed(stripped) ? stripped : Normalizer.normalize(stripped, Normalizer.Form.NFC);
  }

  /**
   * Whether the text is free text, stripped and in NFC as it stands, by one look at each character:
   * text made only of characters below U+0300 and of precomposed Hangul syllables (as most of a
   * Korean agreement's text is), with no white space at either end. Such text has no surrogate and
   * no combining mark, so {@link FreeText#problem} finds nothing in it, and {@link #isComposed} says
   * it is composed. Other text takes the long way.
   */
  private static boolean isPlain(String text) {
    int length = text.length();
    // white space in such text is at most U+0020; a control character at an end takes the long way
    if (length == 0 || text.charAt(0) <= ' ' || text.charAt(length - 1) <= ' ') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (!FreeText.isPlain(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text is in NFC. Text made only of characters below U+0300 (ASCII, Latin letters
   * with or without accents, their punctuation) and of precomposed Hangul syllables is NFC as it
   * stands: each of those characters is NFC on its own and none combines with a neighbour (Unicode's
   * NFC quick check says yes). Only other text is left to the JDK, whose {@code isNormalized} builds
   * a copy of the text as it goes: that was a fifth of the allocation of reading an agreement.
   */
  private static boolean isComposed(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!FreeText.isPlain(text.charAt(i))) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
      }
    }
    return true;
  }

  /**
   * Normalises optional text; text that is blank after stripping becomes absent. Returns the same
   * instance when nothing changes.
   */
  static Optional<String> normalize(Optional<String> text, Attribute attribute) {
    if (text.isEmpty()) {
      return text;
    }
    String normalized = normalize(text.get(), attribute);
    if (normalized.isEmpty()) {
      return Optional.empty();
    }
    return normalized == text.get() ? text : Optional.of(normalized);
  }

  /** Normalises every element of a list of text; returns the same list when nothing changes. */
  static List<String> normalize(List<String> texts, Attribute attribute) {
    List<String> result = null;
    for (int i = 0; i < texts.size(); i++) {
      String original = texts.get(i);
      String normalized = normalize(original, attribute);
      if (result == null && normalized != original) {
        result = new ArrayList<>(texts.subList(0, i));
      }
      if (result != null) {
        result.add(normalized);
      }
    }
    return result == null ? texts : result;
  }
}
