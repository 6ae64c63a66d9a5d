package org.publicprivate.agreements;

import java.util.Optional;

/**
 * The written form of a Korean registration number: a fixed count of ASCII digits, printed in
 * groups separated by hyphens ({@code 124-81-00998} is groups of 3, 2 and 5).
 *
 * <p>Reads the digits from text written with or without the hyphens and writes the hyphenated
 * form. It knows nothing of check digits; each number type applies its own checksum.
 */
final class RegistrationNumberFormat {
  private final int[] groups;
  private final int length;

  RegistrationNumberFormat(int... groups) {
    this.groups = groups.clone();
    int total = 0;
    for (int group : groups) {
      total += group;
    }
    this.length = total;
  }

  /** Whether the text is exactly as many ASCII digits as the format has and nothing else. */
  boolean isDigits(CharSequence text) {
    return text.length() == length && isDigits(text, 0, length);
  }

  /**
   * The digits of a number written plain or with hyphens exactly between the groups, ignoring
   * white space around it; empty for any other text.
   */
  Optional<String> digitsOf(CharSequence text) {
    String stripped = text.toString().strip();
    if (isDigits(stripped)) {
      return Optional.of(stripped);
    }
    if (stripped.length() != length + groups.length - 1) {
      return Optional.empty();
    }
    StringBuilder digits = new StringBuilder(length);
    int position = 0;
    for (int i = 0; i < groups.length; i++) {
      if (i > 0 && stripped.charAt(position++) != '-') {
        return Optional.empty();
      }
      if (!isDigits(stripped, position, position + groups[i])) {
        return Optional.empty();
      }
      digits.append(stripped, position, position + groups[i]);
      position += groups[i];
    }
    return Optional.of(digits.toString());
  }

  /** The digits with a hyphen between each group; {@code digits} must be as long as the format. */
  String hyphenate(String digits) {
    StringBuilder text = new StringBuilder(length + groups.length - 1);
    int position = 0;
    for (int i = 0; i < groups.length; i++) {
      if (i > 0) {
        text.append('-');
      }
      text.append(digits, position, position + groups[i]);
      position += groups[i];
    }
    return text.toString();
  }

  /** The numeric value of the ASCII digit at {@code index}. */
  static int digit(String digits, int index) {
    return digits.charAt(index) - '0';
  }

  // Character.isDigit would also let in full-width and other scripts' digits, which no registry
  // issues and which would not compare equal to the ASCII form.
  private static boolean isDigits(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
