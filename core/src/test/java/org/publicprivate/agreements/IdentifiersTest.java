package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

  static Stream<Arguments> idTypes() {
    return Stream.of(
        Arguments.of("AgreementId", (Function<String, Object>) AgreementId::of),
        Arguments.of("PartyId", (Function<String, Object>) PartyId::of),
        Arguments.of("CommitmentId", (Function<String, Object>) CommitmentId::of),
        Arguments.of("ProgrammeId", (Function<String, Object>) ProgrammeId::of),
        Arguments.of("SourceId", (Function<String, Object>) SourceId::of));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "Z", "0", "busan", "busan-future-car-mou-2023-05-22", "urn:mou:1",
      "a.b_c:d-e", "9abc", "z", "A", "Az-09"})
  void acceptsTheIdentifierAlphabet(String value) {
    assertThat(PartyId.of(value).value()).isEqualTo(value);
    assertThat(AgreementId.of(value).toString()).isEqualTo(value);
    assertThat(SourceId.of(value).value()).isEqualTo(value);
  }

  @Test
  void acceptsSixtyFourCharactersButNotSixtyFive() {
    String max = "a".repeat(64);
    assertThat(CommitmentId.of(max).value()).hasSize(64);
    assertThatThrownBy(() -> CommitmentId.of(max + "a"))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("CommitmentId.value must be 1 to 64 characters matching "
            + "[A-Za-z0-9][A-Za-z0-9._:-]*, was \"" + max + "a\"");
  }

  @Test
  void quotesAWrongValueOfAHundredCharactersWholeAndCutsALongerOne() {
    String hundred = "a".repeat(100);
    assertThatThrownBy(() -> CommitmentId.of(hundred))
        .hasMessage("CommitmentId.value must be 1 to 64 characters matching "
            + "[A-Za-z0-9][A-Za-z0-9._:-]*, was \"" + hundred + "\"");
    assertThatThrownBy(() -> CommitmentId.of(hundred + "b"))
        .hasMessage("CommitmentId.value must be 1 to 64 characters matching "
            + "[A-Za-z0-9][A-Za-z0-9._:-]*, was \"" + hundred + "… (101 characters)\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-busan", ".a", "_a", ":a", "부산시", "busan city", "a/b",
      "a\tb", " busan", "busan ", "a@b", "a[b", "a`b", "a{b"})
  void rejectsTextOutsideTheAlphabet(String value) {
    idTypes().forEach(arguments -> {
      Object[] args = arguments.get();
      @SuppressWarnings("unchecked")
      Function<String, Object> factory = (Function<String, Object>) args[1];
      assertThatThrownBy(() -> factory.apply(value))
          .isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
            assertThat(e.type()).isEqualTo(args[0]);
            assertThat(e.attribute()).isEqualTo("value");
            assertThat(e.value()).isEqualTo(value);
            assertThat(e.getMessage()).contains("\"" + value + "\"");
          });
    });
  }

  @Test
  void rejectsNullNamingTheValue() {
    assertThatThrownBy(() -> ProgrammeId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
  }

  @Test
  void equalTextGivesEqualIdsAndIdsOrderByText() {
    assertThat(PartyId.of("busan")).isEqualTo(PartyId.of("busan")).hasSameHashCodeAs(PartyId.of("busan"));
    assertThat(PartyId.of("busan")).isNotEqualTo(PartyId.of("Busan"));
    assertThat(PartyId.of("a").compareTo(PartyId.of("b"))).isNegative();
  }

  // The alphabet character by character, against the pattern the message quotes.
  private static final java.util.regex.Pattern ALLOWED =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

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
}
