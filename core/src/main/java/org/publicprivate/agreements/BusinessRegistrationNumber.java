package org.publicprivate.agreements;

import org.immutables.value.Value;

/**
 * A Korean business registration number (사업자등록번호): the ten digits the National Tax Service
 * gives a business, the last of which is a check digit.
 *
 * <p>Every instance holds ten ASCII digits whose check digit is right. A number that passes the
 * checksum is well formed, not necessarily issued: whether it belongs to a live business is for
 * the National Tax Service to say. Two numbers are equal when their digits are; the text they were
 * read from, with or without hyphens, does not matter.
 *
 * <pre>{@code
 * BusinessRegistrationNumber samsung = BusinessRegistrationNumber.parse("124-81-00998");
 * samsung.value();    // "1248100998"
 * samsung.toString(); // "124-81-00998"
 * samsung.equals(BusinessRegistrationNumber.of("1248100998")); // true
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class BusinessRegistrationNumber {
  private static final RegistrationNumberFormat FORMAT = new RegistrationNumberFormat(
      "BusinessRegistrationNumber", "National Tax Service checksum",
      BusinessRegistrationNumber::checkDigit, "1248100998", 3, 2, 5);
  private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

  BusinessRegistrationNumber() {}

  /** The ten digits without hyphens, such as {@code 1248100998}. */
  @Value.Parameter
  public abstract String value();

  /**
   * The number with the given digits.
   *
   * @param digits exactly ten ASCII digits, without hyphens or white space, such as {@code
   *     1248100998}
   * @return the number
   * @throws InvalidAttributeException if {@code digits} is not ten ASCII digits or its check digit
   *     is wrong
   * @throws NullPointerException if {@code digits} is null
   */
  public static BusinessRegistrationNumber of(String digits) {
    return ImmutableBusinessRegistrationNumber.of(FORMAT.requireValidDigits(digits));
  }

  /**
   * Reads a number written as ten digits, plain ({@code 1248100998}) or hyphenated the way it is
   * printed ({@code 124-81-00998}).
   *
   * <p>White space around the number is ignored. Hyphens are accepted only between the groups of
   * three, two and five digits, and then all three groups must be separated.
   *
   * @param text the number as written
   * @return the number
   * @throws InvalidAttributeException if the text is not written in one of the two forms or the
   *     check digit is wrong; the message quotes the text
   * @throws NullPointerException if {@code text} is null
   */
  public static BusinessRegistrationNumber parse(CharSequence text) {
    return ImmutableBusinessRegistrationNumber.of(FORMAT.parseValidDigits(text));
  }

  /** The number in its printed form, {@code 124-81-00998}, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return FORMAT.hyphenate(value());
  }

  /**
   * The National Tax Service check digit: weight the first nine digits 1, 3, 7, 1, 3, 7, 1, 3, 5,
   * add the tens digit of five times the ninth digit, and the check digit is what brings the sum up
   * to a multiple of ten.
   */
  private static int checkDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += RegistrationNumberFormat.digit(digits, i) * WEIGHTS[i];
    }
    sum += RegistrationNumberFormat.digit(digits, WEIGHTS.length - 1) * 5 / 10;
    return (10 - sum % 10) % 10;
  }
}
