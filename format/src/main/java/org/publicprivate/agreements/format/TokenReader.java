package org.publicprivate.agreements.format;

/**
 * The little the format needs of a JSON parser: one adapter per JSON library implements it. Every
 * method that moves through the input reports malformed JSON or a broken limit as a {@link
 * MalformedInputException}, never as the library's own exception.
 */
public interface TokenReader {
  /** Moves to the next token and returns it; {@link Token#END_OF_INPUT} at the end. */
  Token next();

  /**
   * Moves to the next token, as {@link #next()} does, and tells whether it is the property name
   * {@code expected}. The format asks for the name that followed last time in an object of the same
   * type, and a parser that compares its input with the name's encoded bytes finds it without
   * decoding or looking up the name. This default reads the name and compares its text.
   */
  default boolean nextName(Name expected) {
    return next() == Token.NAME && expected.text().equals(name());
  }

  /** The token the reader is on. */
  Token current();

  /** The name of the property the reader is on or in, or {@code null} outside an object. */
  String name();

  /** The text of the current string, number or boolean ({@code true}, {@code false}) token. */
  String text();

  /**
   * The characters of the current string token, in {@link #textCharacters()} from {@link
   * #textOffset()}, {@link #textLength()} of them: a parser that decodes into a buffer of its own
   * lends it, valid until the reader moves, so that the format can look up a text it has read
   * before without making a string of it. These defaults copy {@link #text()}.
   */
  default char[] textCharacters() {
    return text().toCharArray();
  }

  /** Where the current string's characters start in {@link #textCharacters()}. */
  default int textOffset() {
    return 0;
  }

  /** How many characters the current string has in {@link #textCharacters()}. */
  default int textLength() {
    return text().length();
  }

  /** Whether the current integer token is too large for a {@code long}. */
  boolean isBeyondLong();

  /** Whether the current integer token fits an {@code int}. */
  boolean fitsInt();

  /**
   * The value of the current integer token, which is not {@linkplain #isBeyondLong beyond a long}:
   * read from the parser's own buffer, without making a string of it.
   */
  long longValue();

  /** Skips the object or array the reader is on, to its end token; nothing for a scalar. */
  void skipChildren();

  /** The line of the current token, from 1; 0 when unknown. */
  int line();

  /** The column of the current token, from 1; 0 when unknown. */
  int column();
}
