package org.publicprivate.agreements.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;

/**
 * Rule {@code agreement.prevailingLanguage.notAmongLanguages}: when an agreement lists the
 * languages it is signed in, its prevailing language is one of them. Language tags are stored in
 * their normal form, so they are compared as they stand.
 */
final class PrevailingLanguageListed extends ModelRule {
  PrevailingLanguageListed() {
    super("agreement.prevailingLanguage.notAmongLanguages", Severity.ERROR,
        "서명 언어가 나열되어 있는데 우선하는 언어가 그중에 없습니다",
        "languages are listed and the prevailing language is not one of them");
  }

  @Override
  public void check(Agreement agreement, Findings findings) {
    List<Locale> languages = agreement.languages();
    Optional<Locale> prevailing = agreement.prevailingLanguage();
    if (!languages.isEmpty() && prevailing.isPresent() && !languages.contains(prevailing.get())) {
      findings.report(DocumentPath.of("prevailingLanguage"),
          Map.of("language", prevailing.get().toLanguageTag(),
              "languages", String.join(", ", languages.stream().map(Locale::toLanguageTag).toList())));
    }
  }
}
