package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagsTest {
  @ParameterizedTest
  @CsvSource({
    "ko, ko", "KO, ko", "en-us, en-US", "ZH-hans, zh-Hans", "zh-hant-tw, zh-Hant-TW",
    "es-419, es-419", "sl-rozaj-biske, sl-rozaj-biske", "de-CH-1996, de-CH-1996",
    "en-u-ca-gregory, en-u-ca-gregory", "ko-KR-x-busan, ko-KR-x-busan", "x-private, x-private"
  })
  void readsWellFormedTagsInAnyCaseAndWritesTheirNormalForm(String tag, String normal) {
    Locale language = LanguageTags.parse(tag);

    assertThat(LanguageTags.format(language)).isEqualTo(normal);
    assertThat(LanguageTags.parse(normal)).isEqualTo(language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "en_US", "ko-", "-ko", "123", "koreannnn", "ko KR", "en-a", "x-",
      "한국어", "ko--KR", "en-US-u"})
  void refusesTextThatIsNoWellFormedTagQuotingIt(String tag) {
    assertThatThrownBy(() -> LanguageTags.parse(tag))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("LanguageTag.value must be a well-formed BCP 47 language tag, such as ko, en or"
            + " zh-Hans, was \"" + tag + "\"");
  }

  @Test
  void anAgreementTakesWellFormedLocalesAsTheyAre() {
    Agreement agreement = Fixtures.agreement().build().withLanguages(Locale.KOREAN, Locale.US,
        Locale.forLanguageTag("zh-Hans")).withPrevailingLanguage(Locale.KOREAN);

    assertThat(agreement.languages()).extracting(LanguageTags::format)
        .containsExactly("ko", "en-US", "zh-Hans");
    assertThat(agreement.prevailingLanguage()).contains(Locale.KOREAN);
  }

  @Test
  void anAgreementHoldsALocaleInTheFormItsTagReadsBackAs() {
    Locale built = new Locale.Builder().setLanguage("und").setScript("hang").setRegion("kr")
        .build();
    assertThat(built.getLanguage()).isEqualTo("und");

    Agreement agreement = Fixtures.agreement().build().withLanguages(built)
        .withPrevailingLanguage(built);

    Locale read = LanguageTags.parse("und-Hang-KR");
    assertThat(read.getLanguage()).isEmpty();
    assertThat(agreement.languages()).containsExactly(read);
    assertThat(agreement.prevailingLanguage()).contains(read);
    assertThat(LanguageTags.format(agreement.languages().get(0))).isEqualTo("und-Hang-KR");
  }

  @Test
  void anAgreementRefusesALocaleWhoseTagWouldDropPartOfIt() {
    Locale variantWithASpace = new Locale("ko", "", "a b");
    assertThat(variantWithASpace.toLanguageTag()).isEqualTo("ko");

    Agreement agreement = Fixtures.agreement().build();

    assertThatThrownBy(() -> agreement.withLanguages(List.of(variantWithASpace)))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("Agreement.languages must be a well-formed BCP 47 language tag, such as ko, en"
            + " or zh-Hans, was \"ko__a b\"");
    assertThatThrownBy(() -> agreement.withPrevailingLanguage(variantWithASpace))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageStartingWith("Agreement.prevailingLanguage must be a well-formed BCP 47");
  }
}
