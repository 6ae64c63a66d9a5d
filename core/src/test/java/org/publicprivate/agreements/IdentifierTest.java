package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

  @ParameterizedTest(name = "{0}:{1}")
  @CsvSource(delimiter = '|', textBlock = """
      XI-LEI    | 9884004KA53VQ5J3J815
      KR-BRN    | 123-45-67890
      GB-COH    | 00445790
      XI-GRID   | grid.1234.5
      AB        | 1
      ABCDEFGHIJKLMNOP-A-B2 | 부산광역시 강서구
      """)
  void holdsASchemeAndAnId(String scheme, String id) {
    Identifier identifier = Identifier.of(scheme, id);

    assertThat(identifier.scheme()).isEqualTo(scheme);
    assertThat(identifier.id()).isEqualTo(id);
    assertThat(identifier.toString()).isEqualTo(scheme + ":" + id);
    assertThat(identifier).isEqualTo(Identifier.of(scheme, id));
  }

  @Test
  void readsASchemeOfManyThousandPartsWithoutRecursion() {
    // Found by fuzzing: the regular expression recursed once per part and overflowed the stack.
    String many = "BV11NRRF9W38-T".repeat(8_000) + "BV";
    assertThat(Identifier.of(many, "1").scheme()).isEqualTo(many);
    assertThatThrownBy(() -> Identifier.of(many + "-", "1"))
        .isInstanceOf(InvalidAttributeException.class);
  }

  @Test
  void checksSchemesAsTheOrgIdPatternDoes() {
    // The pattern itself is the oracle on short schemes, drawn over its alphabet's edges.
    java.util.regex.Pattern pattern =
        java.util.regex.Pattern.compile("[A-Z0-9]{2,16}(-[A-Z0-9]{1,16})*");
    char[] alphabet = {'A', 'Z', '0', '9', '-', '@', '[', '/', ':', 'a'};
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261130L);
    int accepted = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder scheme = new StringBuilder();
      int length = random.nextInt(40);
      for (int j = 0; j < length; j++) {
        // Mostly letters and digits, so that long valid parts occur.
        scheme.append(random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)]
            : alphabet[random.nextInt(4)]);
      }
      boolean expected = pattern.matcher(scheme).matches();
      assertThat(Identifier.isScheme(scheme.toString())).as("%s", scheme).isEqualTo(expected);
      accepted += expected ? 1 : 0;
    }
    assertThat(accepted).as("schemes the pattern accepts").isGreaterThan(1_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "A-B", "xi-lei", "XI_LEI", "XI-", "-LEI", "XI--LEI", "XI LEI",
      "ABCDEFGHIJKLMNOPQ", "XI-ABCDEFGHIJKLMNOPQ", "XI-LEI "})
  void refusesASchemeOutsideTheOrgIdPattern(String scheme) {
    assertThatThrownBy(() -> Identifier.of(scheme, "1"))
        .isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
          assertThat(e.type()).isEqualTo("Identifier");
          assertThat(e.attribute()).isEqualTo("scheme");
          assertThat(e.value()).isEqualTo(scheme);
        })
        .hasMessage("Identifier.scheme must be upper-case letters and digits matching"
            + " [A-Z0-9]{2,16}(-[A-Z0-9]{1,16})*, such as XI-LEI, was \"" + scheme + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " 1", "1 ", "\t1", "1\u3000", " "})
  void refusesAnEmptyIdOrOneWithWhiteSpaceAroundIt(String id) {
    assertThatThrownBy(() -> Identifier.of("XI-LEI", id))
        .isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
          assertThat(e.attribute()).isEqualTo("id");
          assertThat(e.value()).isEqualTo(id);
        })
        .hasMessage("Identifier.id must be 1 to 128 characters without white space around them,"
            + " was \"" + id + "\"");
  }

  @Test
  void acceptsAnIdOfOneHundredAndTwentyEightCharactersButNotMore() {
    assertThat(Identifier.of("XI-LEI", "a".repeat(128)).id()).hasSize(128);
    assertThatThrownBy(() -> Identifier.of("XI-LEI", "a".repeat(129)))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageStartingWith("Identifier.id must be 1 to 128 characters");
  }

  @Test
  void refusesNullsNamingTheAttribute() {
    assertThatThrownBy(() -> Identifier.of(null, "1")).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("scheme");
    assertThatThrownBy(() -> Identifier.of("XI-LEI", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
  }
}
