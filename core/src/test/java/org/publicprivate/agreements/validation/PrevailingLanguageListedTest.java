package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;

/**
 * Rule {@code agreement.prevailingLanguage.notAmongLanguages}: when languages are listed, the
 * prevailing one is among them.
 */
class PrevailingLanguageListedTest {
  private static final String CODE = "agreement.prevailingLanguage.notAmongLanguages";
  private static final Locale KOREAN = Locale.forLanguageTag("ko");
  private static final Locale ENGLISH = Locale.forLanguageTag("en");
  private static final Locale CHINESE = Locale.forLanguageTag("zh-Hans");

  @Test
  void reportsAPrevailingLanguageTheAgreementIsNotSignedIn() {
    Agreement agreement = Documents.agreement().withLanguages(List.of(KOREAN, ENGLISH))
        .withPrevailingLanguage(CHINESE);

    assertThat(english(agreement)).containsExactly(new Violation(CODE, Severity.ERROR,
        "prevailingLanguage",
        "prevailing language \"zh-Hans\" is not among the languages ko, en"));
    assertThat(korean(agreement)).containsExactly(new Violation(CODE, Severity.ERROR,
        "prevailingLanguage", "우선하는 언어 \"zh-Hans\"가 서명 언어 ko, en에 없습니다"));
  }

  @Test
  void acceptsAPrevailingLanguageAmongTheLanguages() {
    Agreement agreement = Documents.agreement().withLanguages(List.of(KOREAN, ENGLISH))
        .withPrevailingLanguage(ENGLISH);

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void acceptsAPrevailingLanguageWhenNoLanguageIsListed() {
    assertThat(english(Documents.agreement().withPrevailingLanguage(KOREAN))).isEmpty();
  }

  @Test
  void acceptsLanguagesWithoutAPrevailingOne() {
    Agreement agreement = Documents.agreement().withLanguages(List.of(KOREAN, ENGLISH))
        .withPrevailingLanguage(Optional.empty());

    assertThat(english(agreement)).isEmpty();
  }
}
