package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {
  /** Text that counts how often it is read, to measure work instead of time. */
  private static final class CountingText implements CharSequence {
    private final String text;
    private long reads;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static String marks(int pairs) {
    return "a" + "\u0316\u0301".repeat(pairs);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x\uD800y", "x\uDC00y", "\uD800", "end\uD83D", "\uDE97start", "\uDE97\uD83D"})
  void refusesUnpairedSurrogatesWithTheAttribute(String text) {
    assertThat(FreeText.problem(text)).get().asString()
        .startsWith("text is not valid Unicode: an unpaired surrogate at character ");
    assertThatThrownBy(() -> Person.of(text))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageStartingWith("Person.name must be valid, stream-safe Unicode text")
        .satisfies(e -> assertThat(((InvalidAttributeException) e).attribute()).isEqualTo("name"));
    assertThatThrownBy(() -> Fixtures.agreement().addKeywords("ok", text).build())
        .isInstanceOf(InvalidAttributeException.class)
        .satisfies(e -> assertThat(((InvalidAttributeException) e).attribute()).isEqualTo("keywords"));
  }

  @Test
  void acceptsSurrogatePairsAndThirtyCombiningMarksInARow() {
    String thirty = "a" + "\u0301".repeat(30);
    assertThat(FreeText.problem("자동차 🚗 \uD840\uDC00")).isEmpty();
    assertThat(FreeText.problem(thirty)).isEmpty();
    assertThat(FreeText.problem((thirty + " ").repeat(1_000))).isEmpty();
    assertThat(Person.of("자동차 🚗").name()).isEqualTo("자동차 🚗");
  }

  @Test
  void aHangulSyllableEndsARunOfMarksAndEverySyllableIsALetter() {
    // The check skips Hangul syllables without a Unicode look-up: each must be a starter.
    for (char c = '\uAC00'; c <= '\uD7A3'; c++) {
      assertThat(Character.getType(c)).as("U+%04X", (int) c).isEqualTo(Character.OTHER_LETTER);
    }
    String thirty = "\u0301".repeat(30);
    assertThat(FreeText.problem("가" + thirty + "힣" + thirty)).isEmpty();
    assertThat(FreeText.problem("가" + thirty + "\u0301")).get().asString()
        .contains("more than 30 combining marks in a row (at character 32)");
    assertThat(FreeText.problem("\uABFF" + thirty + "\uD7A4" + thirty)).isEmpty();
  }

  @Test
  void countsTheFirstCombiningMarkOfUnicodeInARun() {
    assertThat(FreeText.problem("a" + "\u0300".repeat(30))).isEmpty();
    assertThat(FreeText.problem("a" + "\u0300".repeat(31))).get().asString()
        .startsWith("text has more than 30 combining marks in a row (at character 32)");
  }

  @Test
  void refusesTheThirtyFirstCombiningMarkInARow() {
    assertThat(FreeText.problem("a" + "\u0301".repeat(31))).get().asString()
        .isEqualTo("text has more than 30 combining marks in a row (at character 32),"
            + " beyond Unicode's stream-safe limit");
    assertThatThrownBy(() -> Person.of("a" + "\u0301".repeat(31)))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageContaining("Person.name must be valid, stream-safe Unicode text, but text has"
            + " more than 30 combining marks");
  }

  @Test
  void hangulInNfdIsNoRunOfMarks() {
    String nfd = Normalizer.normalize("부산광역시 미래차 산업 생태계 구축".repeat(10), Normalizer.Form.NFD);
    assertThat(FreeText.problem(nfd)).isEmpty();
    assertThat(Person.of(nfd).name()).isEqualTo("부산광역시 미래차 산업 생태계 구축".repeat(10));
  }

  @Test
  void findsALongRunAfterReadingNoMoreThanItsFirstMarks() {
    for (int pairs = 512; pairs <= 256 * 1024; pairs *= 2) {
      CountingText text = new CountingText(marks(pairs));
      assertThat(FreeText.problem(text)).as("%d marks", 2 * pairs).isPresent();
      assertThat(text.reads).as("characters read of %d marks", 2 * pairs).isEqualTo(32);
    }
  }

  @Test
  void readsStreamSafeTextOnceWhateverItsLength() {
    for (int groups = 32; groups <= 16 * 1024; groups *= 2) {
      CountingText text = new CountingText(("a" + "\u0316\u0301".repeat(15)).repeat(groups));
      assertThat(FreeText.problem(text)).isEmpty();
      assertThat(text.reads).as("characters read of %d groups", groups).isEqualTo(text.length());
    }
  }
}
