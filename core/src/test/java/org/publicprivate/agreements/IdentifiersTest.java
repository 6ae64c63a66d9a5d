package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The identifiers' alphabet, character by character, against the pattern the messages quote. */
class IdentifiersTest {
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

  @Test
  void everyCharacterIsAllowedFirstAndAfterExactlyAsThePatternSays() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String alone = String.valueOf(c);
      String after = "a" + c;
      assertThat(Identifiers.isValid(alone)).as("U+%04X first", (int) c)
          .isEqualTo(ALLOWED.matcher(alone).matches());
      assertThat(Identifiers.isValid(after)).as("U+%04X after", (int) c)
          .isEqualTo(ALLOWED.matcher(after).matches());
    }
  }

  @Test
  void lengthIsOneToSixtyFour() {
    assertThat(Identifiers.isValid("")).isFalse();
    assertThat(Identifiers.isValid("a".repeat(64))).isTrue();
    assertThat(Identifiers.isValid("a".repeat(65))).isFalse();
    assertThat(Identifiers.isValid("busan-city:2024_mou.v2")).isTrue();
    assertThat(Identifiers.isValid("-busan")).isFalse();
  }
}
