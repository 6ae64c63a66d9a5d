package org.publicprivate.agreements;

import org.immutables.value.Value;

/**
 * An organisation's identifier in a named register, in the style of org-id.guide: a scheme such as
 * {@code XI-LEI} (the Legal Entity Identifier) or {@code KR-BRN}, and the id within it.
 *
 * <pre>{@code
 * Identifier lei = Identifier.of("XI-LEI", "9884004KA53VQ5J3J815");
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class Identifier {
  private static final int MAX_ID_LENGTH = 128;

  Identifier() {}

  /** The register, such as {@code XI-LEI}: upper-case letters and digits in parts joined by {@code -}. */
  @Value.Parameter
  public abstract String scheme();

  /** The id within the register, as the register writes it. */
  @Value.Parameter
  public abstract String id();

  /**
   * The identifier {@code id} in the register {@code scheme}.
   *
   * @throws InvalidAttributeException if the scheme does not match
   *     {@code [A-Z0-9]{2,16}(-[A-Z0-9]{1,16})*}, or the id is not 1 to 128 characters or starts or
   *     ends with white space
   */
  public static Identifier of(String scheme, String id) {
    return ImmutableIdentifier.of(scheme, id);
  }

  /** The identifier as {@code XI-LEI:9884004KA53VQ5J3J815}. */
  @Override
  public String toString() {
    return scheme() + ":" + id();
  }

  @Value.Check
  void check() {
    if (!isScheme(scheme())) {
      throw new InvalidAttributeException("Identifier", "scheme", scheme(),
          "upper-case letters and digits matching [A-Z0-9]{2,16}(-[A-Z0-9]{1,16})*, such as XI-LEI");
    }
    String id = id();
    if (id.isEmpty() || id.length() > MAX_ID_LENGTH || isSpace(id.charAt(0))
        || isSpace(id.charAt(id.length() - 1))) {
      throw new InvalidAttributeException("Identifier", "id", id,
          "1 to 128 characters without white space around them");
    }
  }

  /**
   * Whether {@code scheme} matches {@code [A-Z0-9]{2,16}(-[A-Z0-9]{1,16})*}, checked in one pass:
   * a regular expression with a repeated group recurses once per part in {@code java.util.regex},
   * and a scheme of many thousand parts overflowed the stack (found by fuzzing).
   */
  static boolean isScheme(String scheme) {
    int part = 0;
    boolean first = true;
    for (int i = 0; i < scheme.length(); i++) {
      char c = scheme.charAt(i);
      if (c == '-') {
        if (part < (first ? 2 : 1)) {
          return false;
        }
        first = false;
        part = 0;
      } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        if (++part > 16) {
          return false;
        }
      } else {
        return false;
      }
    }
    return part >= (first ? 2 : 1);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
