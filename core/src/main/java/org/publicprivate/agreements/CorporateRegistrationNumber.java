package org.publicprivate.agreements;

import org.immutables.value.Value;

/**
 * A Korean corporate registration number (법인등록번호): the thirteen digits the commercial
 * registry gives a corporation when it is registered, the last of which is a check digit.
 *
 * <p>Every instance holds thirteen ASCII digits whose check digit is right. A number that passes
 * the checksum is well formed, not necessarily registered. Two numbers are equal when their digits
 * are; the text they were read from, with or without the hyphen, does not matter.
 *
 * <pre>{@code
 * CorporateRegistrationNumber samsung = CorporateRegistrationNumber.parse("130111-0006246");
 * samsung.value();    // "1301110006246"
 * samsung.toString(); // "130111-0006246"
 * samsung.equals(CorporateRegistrationNumber.of("1301110006246")); // true
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class CorporateRegistrationNumber {
  private static final RegistrationNumberFormat FORMAT = new RegistrationNumberFormat(
      "CorporateRegistrationNumber", "corporate registration checksum",
      CorporateRegistrationNumber::checkDigit, "1301110006246", 6, 7);
  private static final int CHECKED_DIGITS = 12;

  CorporateRegistrationNumber() {}

  /** The thirteen digits without the hyphen, such as {@code 1301110006246}. */
  @Value.Parameter
  public abstract String value();

  /**
   * The number with the given digits.
   *
   * @param digits exactly thirteen ASCII digits, without hyphen or white space, such as {@code
   *     1301110006246}
   * @return the number
   * @throws InvalidAttributeException if {@code digits} is not thirteen ASCII digits or its check
   *     digit is wrong
   * @throws NullPointerException if {@code digits} is null
   */
  public static CorporateRegistrationNumber of(String digits) {
    return ImmutableCorporateRegistrationNumber.of(FORMAT.requireValidDigits(digits));
  }

  /**
   * Reads a number written as thirteen digits, plain ({@code 1301110006246}) or hyphenated the way
   * it is printed ({@code 130111-0006246}).
   *
   * <p>White space around the number is ignored. A hyphen is accepted only between the first six
   * and the last seven digits.
   *
   * @param text the number as written
   * @return the number
   * @throws InvalidAttributeException if the text is not written in one of the two forms or the
   *     check digit is wrong; the message quotes the text
   * @throws NullPointerException if {@code text} is null
   */
  public static CorporateRegistrationNumber parse(CharSequence text) {
    return ImmutableCorporateRegistrationNumber.of(FORMAT.parseValidDigits(text));
  }

  /** The number in its printed form, {@code 130111-0006246}, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return FORMAT.hyphenate(value());
  }

  /**
   * The registry's check digit: weight the first twelve digits alternately 1 and 2, and the check
   * digit is what brings the sum up to a multiple of ten.
   */
  private static int checkDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < CHECKED_DIGITS; i++) {
      sum += RegistrationNumberFormat.digit(digits, i) * (i % 2 == 0 ? 1 : 2);
    }
    return (10 - sum % 10) % 10;
  }
}
