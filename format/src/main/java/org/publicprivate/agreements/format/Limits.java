package org.publicprivate.agreements.format;

/**
 * The limits a reader of untrusted documents applies, the same in every JSON library. A canonical
 * document nests at most six levels deep, its longest text is 4,000 characters and its largest
 * number has 19 digits; the limits leave room for unknown properties read leniently and for
 * documents of 100,000 commitments.
 */
public final class Limits {
  /** The deepest nesting of objects and arrays. */
  public static final int MAX_NESTING_DEPTH = 32;
  /** The longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The longest property name, in characters. */
  public static final int MAX_NAME_LENGTH = 256;
  /** The most digits of a number. */
  public static final int MAX_NUMBER_LENGTH = 32;
  /** The largest document, in bytes: 256 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;
  /** The largest document in words, for messages. */
  public static final String MAX_DOCUMENT_TEXT = "256 MiB";

  private Limits() {}
}
