package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;

/**
 * Rule {@code text.tooLong}: titles and names (and every other short text) have at most 300
 * characters, summaries, purposes, descriptions and notes at most 4,000. Characters are Unicode
 * code points of the stored (NFC) text: a Hangul syllable or a supplementary character such as
 * 𠀀 (U+20000, two UTF-16 units) counts as one.
 */
class TextWithinLengthTest {
  private static final String CODE = "text.tooLong";
  private static final String SUPPLEMENTARY = "\uD840\uDC00"; // 𠀀 U+20000

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"가", SUPPLEMENTARY, "a"})
  void acceptsATitleOfExactly300Characters(String character) {
    Agreement agreement = Documents.agreement().withTitle(character.repeat(300));

    assertThat(english(agreement)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"가", SUPPLEMENTARY, "a"})
  void reportsATitleOf301Characters(String character) {
    Agreement agreement = Documents.agreement().withTitle(character.repeat(301));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE, Severity.ERROR, "title", "is 301 characters long; at most 300 are allowed"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(CODE, Severity.ERROR, "title", "길이가 301자입니다. 최대 300자까지 허용됩니다"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"가", SUPPLEMENTARY, "a"})
  void acceptsASummaryOfExactly4000Characters(String character) {
    Agreement agreement = withCompanySummary(character.repeat(4_000));

    assertThat(english(agreement)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"가", SUPPLEMENTARY, "a"})
  void reportsASummaryOf4001Characters(String character) {
    Agreement agreement = withCompanySummary(character.repeat(4_001));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[1].summary",
                "is 4001 characters long; at most 4000 are allowed"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[1].summary",
                "길이가 4001자입니다. 최대 4000자까지 허용됩니다"));
  }

  // 300 syllables typed in NFD are 900 code points of jamo; stored in NFC they are 300.
  @Test
  void countsTheCharactersOfTheStoredNfcText() {
    String decomposed = Normalizer.normalize("한".repeat(300), Normalizer.Form.NFD);
    Agreement agreement = Documents.agreement().withTitle(decomposed);

    assertThat(decomposed.codePointCount(0, decomposed.length())).isEqualTo(900);
    assertThat(agreement.title()).isEqualTo("한".repeat(300));
    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void countsAfterStrippingSurroundingWhiteSpace() {
    Agreement agreement = Documents.agreement().withTitle("\u3000" + "가".repeat(300) + "  ");

    assertThat(english(agreement)).isEmpty();
  }

  static Stream<TextPlaces.Place> places() {
    return TextPlaces.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void reportsATextOneCharacterOverItsLimitWhereverItIs(TextPlaces.Place place) {
    int length = place.limit() + 1;
    Agreement agreement = place.apply(Documents.agreement(), "가".repeat(length));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                place.path(),
                "is " + length + " characters long; at most " + place.limit() + " are allowed"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                place.path(),
                "길이가 " + length + "자입니다. 최대 " + place.limit() + "자까지 허용됩니다"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void acceptsATextOfExactlyItsLimitWhereverItIs(TextPlaces.Place place) {
    Agreement agreement = place.apply(Documents.agreement(), SUPPLEMENTARY.repeat(place.limit()));

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void knowsTheLimitOfEachKindOfText() {
    assertThat(TextPlaces.all().filter(place -> place.limit() == 4_000).map(TextPlaces.Place::path))
        .containsExactlyInAnyOrder(
            "purpose",
            "commitments[1].summary",
            "commitments[0].englishSummary",
            "programmes[0].description",
            "programmes[0].fundingShares[1].note",
            "commitments[1].conditions[0].description",
            "commitments[1].milestones[0].description",
            "commitments[1].progress[0].summary",
            "commitments[1].statusHistory[0].note",
            "programmes[0].statusHistory[0].note",
            "amendments[0].summary",
            "statusHistory[0].note");
  }

  // Each place gets a different length, so that a message cannot borrow another's numbers.
  @Test
  void reportsEveryTooLongTextInOneReportWithItsOwnLength() {
    List<TextPlaces.Place> places = TextPlaces.all().toList();
    Agreement agreement = Documents.agreement();
    for (int i = 0; i < places.size(); i++) {
      agreement = places.get(i).apply(agreement, "가".repeat(places.get(i).limit() + 1 + i));
    }
    Stream.Builder<Violation> expected = Stream.builder();
    for (int i = 0; i < places.size(); i++) {
      TextPlaces.Place place = places.get(i);
      expected.add(
          new Violation(
              CODE,
              Severity.ERROR,
              place.path(),
              "is " + (place.limit() + 1 + i) + " characters long; at most " + place.limit()
                  + " are allowed"));
    }

    assertThat(english(agreement))
        .hasSize(40)
        .containsExactlyInAnyOrderElementsOf(expected.build().toList());
  }

  private static Agreement withCompanySummary(String summary) {
    return Documents.agreement()
        .withCommitments(Documents.citySupport(), Documents.companyCentre().withSummary(summary));
  }
}
