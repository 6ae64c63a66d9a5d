package org.publicprivate.agreements;

import org.immutables.value.Value;

/**
 * The identifier of a source document within an agreement's record: 1 to 64 characters, letters, digits and
 * {@code . _ : -}, starting with a letter or a digit.
 *
 * <pre>{@code
 * SourceId id = SourceId.of("press-release-2023-05-22");
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class SourceId extends TextValue<SourceId> {
  SourceId() {}

  /** The identifier's text, such as {@code press-release-2023-05-22}. */
  @Value.Parameter
  @Override
  public abstract String value();

  /**
   * The identifier with the given text.
   *
   * @throws InvalidAttributeException if the text is not 1 to 64 characters of
   *     {@code [A-Za-z0-9][A-Za-z0-9._:-]*}
   */
  public static SourceId of(String value) {
    return ImmutableSourceId.of(value);
  }

  /** The text, as {@link TextValue} writes it (declared here so that Immutables keeps it). */
  @Override
  public String toString() {
    return super.toString();
  }

  @Value.Check
  void check() {
    Identifiers.check("SourceId", value());
  }
}
