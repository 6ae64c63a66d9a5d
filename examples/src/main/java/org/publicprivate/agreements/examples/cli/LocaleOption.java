package org.publicprivate.agreements.examples.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --locale ko|en} option shared by the commands that print messages. */
final class LocaleOption {
  /** The languages the messages come in. */
  enum Language {
    ko,
    en
  }

  @Option(names = "--locale", paramLabel = "ko|en",
      description = "Language of messages: ko or en (default: Korean if the system's language is"
          + " Korean, else English).")
  Language language;

  Locale locale() {
    Language chosen = language != null
        ? language
        : "ko".equals(Locale.getDefault().getLanguage()) ? Language.ko : Language.en;
    return chosen == Language.ko ? Locale.KOREAN : Locale.ENGLISH;
  }
}
