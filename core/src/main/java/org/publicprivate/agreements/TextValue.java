package org.publicprivate.agreements;

/**
 * A value that is one string, such as an id or a region code: compared and written as its text.
 * The new wrappers share this shape instead of repeating it.
 *
 * @param <T> the wrapper type itself, so that it compares only with its own kind
 */
abstract class TextValue<T extends TextValue<T>> implements Comparable<T> {
  TextValue() {}

  /** The value's text. */
  public abstract String value();

  /** Orders values by their text. */
  @Override
  public int compareTo(T other) {
    return value().compareTo(other.value());
  }

  /** The value's text. */
  @Override
  public String toString() {
    return value();
  }
}
