package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;

/**
 * Rule {@code text.blank}: a required text is not blank. The model stores text stripped of white
 * space (the ideographic space U+3000 included), so blank text arrives as the empty string.
 */
class NoBlankTextTest {
  private static final String CODE = "text.blank";

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", " ", "\t\n", "\u3000", " \u3000 "})
  void reportsABlankTitle(String blank) {
    Agreement agreement = Documents.agreement().withTitle(blank);

    assertThat(english(agreement))
        .containsExactly(new Violation(CODE, Severity.ERROR, "title", "must not be blank"));
    assertThat(korean(agreement))
        .containsExactly(new Violation(CODE, Severity.ERROR, "title", "비어 있으면 안 됩니다"));
  }

  static Stream<TextPlaces.Place> requiredPlaces() {
    return TextPlaces.required();
  }

  static Stream<TextPlaces.Place> optionalPlaces() {
    return TextPlaces.optional();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requiredPlaces")
  void reportsABlankRequiredTextWhereverItIs(TextPlaces.Place place) {
    Agreement agreement = place.apply(Documents.agreement(), " ");

    assertThat(english(agreement))
        .containsExactly(new Violation(CODE, Severity.ERROR, place.path(), "must not be blank"));
    assertThat(korean(agreement))
        .containsExactly(new Violation(CODE, Severity.ERROR, place.path(), "비어 있으면 안 됩니다"));
  }

  @Test
  void reportsEveryBlankRequiredTextInOneReport() {
    Agreement agreement = Documents.agreement();
    for (TextPlaces.Place place : TextPlaces.required().toList()) {
      agreement = place.apply(agreement, "\u3000");
    }
    List<Violation> expected =
        TextPlaces.required()
            .map(place -> new Violation(CODE, Severity.ERROR, place.path(), "must not be blank"))
            .toList();

    assertThat(expected).hasSize(16);
    assertThat(english(agreement)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optionalPlaces")
  void storesABlankOptionalTextAsAbsentAndReportsNothing(TextPlaces.Place place) {
    Agreement blank = place.apply(Documents.agreement(), " \u3000 ");
    Agreement absent = place.apply(Documents.agreement(), "");

    assertThat(english(blank)).isEmpty();
    assertThat(blank).isEqualTo(absent);
    assertThat(blank).isNotEqualTo(place.apply(Documents.agreement(), "x"));
  }

  @Test
  void acceptsTextWithSomethingBesidesWhiteSpace() {
    Agreement agreement = Documents.agreement().withTitle("\u3000협\u3000");

    assertThat(agreement.title()).isEqualTo("협");
    assertThat(english(agreement)).isEmpty();
  }
}
