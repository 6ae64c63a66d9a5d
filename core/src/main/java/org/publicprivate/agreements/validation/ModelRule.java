package org.publicprivate.agreements.validation;

import java.util.Locale;

/**
 * A rule of the model: its code, severity and description are given once, by the rule's class.
 * Its message lines live in the contributor bundles, keyed by the code.
 */
abstract class ModelRule implements Rule {
  private final String code;
  private final Severity severity;
  private final String korean;
  private final String english;

  ModelRule(String code, Severity severity, String korean, String english) {
    this.code = code;
    this.severity = severity;
    this.korean = korean;
    this.english = english;
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final String description(Locale locale) {
    return Messages.isKorean(locale) ? korean : english;
  }

  /** The rule's code. */
  @Override
  public final String toString() {
    return code;
  }
}
