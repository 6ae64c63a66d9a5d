package org.publicprivate.agreements;

import java.util.Objects;

/**
 * Thrown when a value breaks a hard invariant of the model as it is built: an id with a character
 * outside its alphabet, a negative amount, a date range that ends before it starts.
 *
 * <p>The message names the type, the attribute, the rejected value and what is allowed, for
 * example {@code PartyId.value must be 1-64 characters matching [A-Za-z0-9][A-Za-z0-9._:-]*, was
 * "부산시"}. The same parts are available to code through {@link #type()}, {@link #attribute()} and
 * {@link #value()}, so that a reader of JSON can say where in a document the value stood.
 */
public final class InvalidAttributeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int QUOTE_LIMIT = 100;

  private final String type;
  private final String attribute;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the model type, such as {@code DateRange}
   * @param attribute the attribute as it is named in the model and in JSON, such as {@code end}
   * @param value the rejected value, as text
   * @param allowed what would have been allowed, such as {@code on or after the start 2023-05-22}
   */
  public InvalidAttributeException(String type, String attribute, Object value, String allowed) {
    super(type + "." + attribute + " must be " + allowed + ", was " + quote(value));
    this.type = Objects.requireNonNull(type, "type");
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.value = String.valueOf(value);
  }

  /** The simple name of the model type whose invariant was broken, such as {@code PartyId}. */
  public String type() {
    return type;
  }

  /** The attribute that holds the rejected value, as named in the model and in JSON. */
  public String attribute() {
    return attribute;
  }

  /** The rejected value, as text. */
  public String value() {
    return value;
  }

  /** The value as the message shows it: text in quotes, and cut short when it is very long. */
  private static String quote(Object value) {
    String text = String.valueOf(value);
    if (text.length() > QUOTE_LIMIT) {
      text = text.substring(0, QUOTE_LIMIT) + "… (" + text.length() + " characters)";
    }
    return value instanceof CharSequence ? "\"" + text + "\"" : text;
  }
}
