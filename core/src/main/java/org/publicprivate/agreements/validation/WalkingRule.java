package org.publicprivate.agreements.validation;

import java.util.List;
import org.publicprivate.agreements.Agreement;

/**
 * A rule of the model that looks at the elements of an agreement's lists: it shares the
 * validator's one walk over them with the other such rules. Checked alone, it walks the agreement
 * by the same code.
 */
abstract class WalkingRule extends ModelRule {
  WalkingRule(String code, Severity severity, String korean, String english) {
    super(code, severity, korean, english);
  }

  /**
   * Starts checking {@code agreement}: what the rule finds before and during the walk goes to
   * {@code findings}.
   */
  abstract Walker start(Agreement agreement, Findings findings);

  @Override
  public final void check(Agreement agreement, Findings findings) {
    Walker.walk(agreement, List.of(start(agreement, findings)), (walker, e) -> {
      if (e instanceof RuntimeException) {
        throw (RuntimeException) e;
      }
      throw (Error) e;
    });
  }
}
