package org.publicprivate.agreements;

import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The written form of a Korean registration number: a fixed count of ASCII digits, printed in
 * groups separated by hyphens ({@code 124-81-00998} is groups of 3, 2 and 5).
 *
 * <p>Reads the digits from text written with or without the hyphens, checks the number's check
 * digit (its last digit) with the type's own checksum, and writes the hyphenated form. A rejected
 * number is an {@link InvalidAttributeException} that names the type, quotes the text and says
 * what is allowed.
 */
final class RegistrationNumberFormat {
  private static final String ATTRIBUTE = "value";

  private final String type;
  private final String checksum;
  private final ToIntFunction<String> checkDigit;
  private final String example;
  private final int[] groups;
  private final int length;

  /**
   * A format.
   *
   * @param type the number's type, for messages
   * @param checksum the checksum's name, for messages
   * @param checkDigit the check digit the other digits call for
   * @param example a real number's digits, for messages
   * @param groups the sizes of the printed groups of digits
   */
  RegistrationNumberFormat(String type, String checksum, ToIntFunction<String> checkDigit,
      String example, int... groups) {
    this.type = type;
    this.checksum = checksum;
    this.checkDigit = checkDigit;
    this.example = example;
    this.groups = groups.clone();
    int total = 0;
    for (int group : groups) {
      total += group;
    }
    this.length = total;
  }

  /** The digits, if they are exactly the format's count of ASCII digits with a valid check digit. */
  String requireValidDigits(String digits) {
    Objects.requireNonNull(digits, "digits");
    if (!isDigits(digits)) {
      throw new InvalidAttributeException(type, ATTRIBUTE, digits, "exactly " + length
          + " ASCII digits without " + (groups.length == 2 ? "hyphen" : "hyphens")
          + ", such as " + example);
    }
    return checked(digits, digits);
  }

  /** The digits of a number written plain or hyphenated, if its check digit is valid. */
  String parseValidDigits(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String input = text.toString();
    String digits = digitsOf(input).orElseThrow(() -> new InvalidAttributeException(type,
        ATTRIBUTE, input, length + " ASCII digits, plain (" + example + ") or hyphenated as "
            + hyphenate(example)));
    return checked(input, digits);
  }

  private String checked(String input, String digits) {
    int expected = checkDigit.applyAsInt(digits);
    int actual = digit(digits, length - 1);
    if (actual != expected) {
      throw new InvalidAttributeException(type, ATTRIBUTE, input, length + " digits that pass the "
          + checksum + " (the check digit should be " + expected + ", not " + actual + ")");
    }
    return digits;
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
