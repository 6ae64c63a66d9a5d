package org.publicprivate.agreements;

import org.immutables.value.Value;

/**
 * The identifier of a funded programme of an agreement within a document: 1 to 64 characters, letters, digits and
 * {@code . _ : -}, starting with a letter or a digit.
 *
 * <pre>{@code
 * ProgrammeId id = ProgrammeId.of("export-future-car-2024");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class ProgrammeId implements Comparable<ProgrammeId> {
  ProgrammeId() {}

  /** The identifier's text, such as {@code export-future-car-2024}. */
  @Value.Parameter
  public abstract String value();

  /**
   * The identifier with the given text.
   *
   * @throws InvalidAttributeException if the text is not 1 to 64 characters of
   *     {@code [A-Za-z0-9][A-Za-z0-9._:-]*}
   */
  public static ProgrammeId of(String value) {
    return ImmutableProgrammeId.of(value);
  }

  /** Orders identifiers by their text. */
  @Override
  public int compareTo(ProgrammeId other) {
    return value().compareTo(other.value());
  }

  /** The identifier's text. */
  @Override
  public String toString() {
    return value();
  }

  @Value.Check
  void check() {
    Identifiers.check("ProgrammeId", value());
  }
}
