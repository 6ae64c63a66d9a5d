package org.publicprivate.agreements;

import org.immutables.value.Value;

/**
 * A Korean legal-dong code (법정동코드) or its prefix: 2 digits for a province or metropolitan city
 * (시·도), 5 for a city, county or district (시·군·구), 10 for a town, township, neighbourhood or
 * village (읍·면·동·리).
 *
 * <pre>{@code
 * RegionCode gangseo = RegionCode.of("26440");   // 부산광역시 강서구
 * gangseo.sidoCode();                            // 26, 부산광역시
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class RegionCode extends TextValue<RegionCode> {
  RegionCode() {}

  /** The code's digits, such as {@code 26440}. */
  @Value.Parameter
  @Override
  public abstract String value();

  /**
   * The code with the given digits.
   *
   * @throws InvalidAttributeException if the text is not 2, 5 or 10 ASCII digits
   */
  public static RegionCode of(String value) {
    return ImmutableRegionCode.of(value);
  }

  /** The province or metropolitan city (시·도) the code lies in: its first two digits. */
  public RegionCode sidoCode() {
    return value().length() == 2 ? this : of(value().substring(0, 2));
  }

  /** The text, as {@link TextValue} writes it (declared here so that Immutables keeps it). */
  @Override
  public String toString() {
    return super.toString();
  }

  @Value.Check
  void check() {
    String value = value();
    boolean valid = value.length() == 2 || value.length() == 5 || value.length() == 10;
    for (int i = 0; valid && i < value.length(); i++) {
      valid = value.charAt(i) >= '0' && value.charAt(i) <= '9';
    }
    if (!valid) {
      throw new InvalidAttributeException("RegionCode", "value", value,
          "2 digits (시·도), 5 (시·군·구) or 10 (읍·면·동·리) of a 법정동코드, such as 26440");
    }
  }
}
