package org.publicprivate.agreements;

import org.immutables.value.Value;

/**
 * The identifier of a commitment of an agreement within a document: 1 to 64 characters, letters, digits and
 * {@code . _ : -}, starting with a letter or a digit.
 *
 * <pre>{@code
 * CommitmentId id = CommitmentId.of("busan-admin-support");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class CommitmentId implements Comparable<CommitmentId> {
  CommitmentId() {}

  /** The identifier's text, such as {@code busan-admin-support}. */
  @Value.Parameter
  public abstract String value();

  /**
   * The identifier with the given text.
   *
   * @throws InvalidAttributeException if the text is not 1 to 64 characters of
   *     {@code [A-Za-z0-9][A-Za-z0-9._:-]*}
   */
  public static CommitmentId of(String value) {
    return ImmutableCommitmentId.of(value);
  }

  /** Orders identifiers by their text. */
  @Override
  public int compareTo(CommitmentId other) {
    return value().compareTo(other.value());
  }

  /** The identifier's text. */
  @Override
  public String toString() {
    return value();
  }

  @Value.Check
  void check() {
    Identifiers.check("CommitmentId", value());
  }
}
