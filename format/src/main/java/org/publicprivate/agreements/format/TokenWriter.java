package org.publicprivate.agreements.format;

/**
 * The little the format needs of a JSON generator: one adapter per JSON library implements it.
 * Names and constants come as {@link Name}s, so that an adapter can keep each one encoded once.
 */
public interface TokenWriter {
  /** Writes <code>{</code>. */
  void startObject();

  /** Writes <code>}</code>. */
  void endObject();

  /** Writes {@code [}. */
  void startArray();

  /** Writes {@code ]}. */
  void endArray();

  /** Writes a property's name. */
  void name(Name name);

  /** Writes the name of a property that is not the format's own, such as an extension's. */
  void name(String name);

  /** Writes a string value. */
  void string(String value);

  /** Writes a string value that is one of the format's constants. */
  void string(Name value);

  /** Writes a whole number. */
  void number(long value);

  /** Writes {@code true} or {@code false}. */
  void bool(boolean value);
}
