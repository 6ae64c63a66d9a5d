package org.publicprivate.agreements;

/** The one alphabet shared by every identifier of the model. */
final class Identifiers {
  static final int MAX_LENGTH = 64;
  static final String ALLOWED =
      "1 to " + MAX_LENGTH + " characters matching [A-Za-z0-9][A-Za-z0-9._:-]*";

  private Identifiers() {}

  static void check(String type, String value) {
    if (!isValid(value)) {
      throw new InvalidAttributeException(type, "value", value, ALLOWED);
    }
  }

  static boolean isValid(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH || !isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
