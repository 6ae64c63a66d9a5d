package org.publicprivate.agreements;

import org.immutables.value.Value;

/**
 * The identifier of a party of an agreement within a document: 1 to 64 characters, letters, digits and
 * {@code . _ : -}, starting with a letter or a digit.
 *
 * <pre>{@code
 * PartyId id = PartyId.of("busan");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class PartyId implements Comparable<PartyId> {
  PartyId() {}

  /** The identifier's text, such as {@code busan}. */
  @Value.Parameter
  public abstract String value();

  /**
   * The identifier with the given text.
   *
   * @throws InvalidAttributeException if the text is not 1 to 64 characters of
   *     {@code [A-Za-z0-9][A-Za-z0-9._:-]*}
   */
  public static PartyId of(String value) {
    return ImmutablePartyId.of(value);
  }

  /** Orders identifiers by their text. */
  @Override
  public int compareTo(PartyId other) {
    return value().compareTo(other.value());
  }

  /** The identifier's text. */
  @Override
  public String toString() {
    return value();
  }

  @Value.Check
  void check() {
    Identifiers.check("PartyId", value());
  }
}
