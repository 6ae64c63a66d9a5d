package org.publicprivate.agreements;

/** The one alphabet shared by every identifier of the model. */
final class Identifiers {
  static final int MAX_LENGTH = 64;
  static final String ALLOWED =
      "1 to " + MAX_LENGTH + " characters matching [A-Za-z0-9][A-Za-z0-9._:-]*";

  /** A character that may not stand in an identifier. */
  private static final byte NONE = 0;
  /** A character that may stand in an identifier, but not first: {@code . _ : -}. */
  private static final byte AFTER = 1;
  /** A letter or digit of ASCII, which may stand anywhere in an identifier. */
  private static final byte FIRST = 2;
  /** What each ASCII character may be in an identifier: one load per character. */
  private static final byte[] KINDS = kinds();

  private Identifiers() {}

  static void check(String type, String value) {
    if (!isValid(value)) {
      throw new InvalidAttributeException(type, "value", value, ALLOWED);
    }
  }

  static boolean isValid(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH || kind(value.charAt(0)) != FIRST) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      if (kind(value.charAt(i)) == NONE) {
        return false;
      }
    }
    return true;
  }

  private static byte[] kinds() {
    byte[] kinds = new byte[128];
    for (char c = '0'; c <= '9'; c++) {
      kinds[c] = FIRST;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      kinds[c] = FIRST;
      kinds[Character.toUpperCase(c)] = FIRST;
    }
    for (char c : ".-_:".toCharArray()) {
      kinds[c] = AFTER;
    }
    return kinds;
  }

  private static byte kind(char c) {
    return c < KINDS.length ? KINDS[c] : NONE;
  }
}
