package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ASCII control characters the Korean readers take as spaces, at the edges of their ranges
 * (tab to carriage return, U+001C to U+001F): between groups they read as a plain space does. Found
 * missing by mutation testing (PIT), which changed those edges unnoticed.
 */
class KoreanTextSpacesTest {

  @ParameterizedTest
  @ValueSource(chars = {'\t', '\n', '\u000B', '\f', '\r', '\u001C', '\u001F'})
  void aControlSpaceBetweenGroupsReadsAsASpace(char space) {
    assertThat(MoneyAmount.parse("1억" + space + "2,000만 원"))
        .isEqualTo(MoneyAmount.parse("1억 2,000만 원"));
  }

  // Beyond ASCII: a no-break space, a thin space and the ideographic space of Korean typing.
  @ParameterizedTest
  @ValueSource(chars = {'\u00A0', '\u2009', '\u3000'})
  void aUnicodeSpaceBetweenGroupsReadsAsASpace(char space) {
    assertThat(MoneyAmount.parse("1억" + space + "2,000만 원"))
        .isEqualTo(MoneyAmount.parse("1억 2,000만 원"));
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u0008', '\u000E', '\u001B', '!'})
  void aCharacterJustOutsideThoseRangesIsNoSpace(char notASpace) {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> MoneyAmount.parse("1억" + notASpace + "2,000만 원"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
