package org.publicprivate.agreements.validation;

import java.util.Map;
import org.publicprivate.agreements.Agreement;

/**
 * Rule {@code text.tooLong}: titles, names and labels have at most 300 code points, summaries,
 * purposes, descriptions and notes at most 4,000.
 */
final class TextWithinLength extends WalkingRule {
  private static final TextFields.Visitor TOO_LONG = new TextFields.Visitor() {
    @Override
    public boolean offends(String text, boolean required, int limit) {
      // A text of at most limit chars has at most limit code points: count only longer ones.
      return text.length() > limit && text.codePointCount(0, text.length()) > limit;
    }

    @Override
    public void report(Findings findings, DocumentPath path, String text, int limit) {
      findings.report(path,
          Map.of("length", text.codePointCount(0, text.length()), "max", limit));
    }
  };

  TextWithinLength() {
    super("text.tooLong", Severity.ERROR,
        "제목·이름·표지가 300자를, 요약·목적·설명·비고가 4,000자를 넘습니다",
        "a title, name or label is over 300 characters, a summary, purpose, description or note"
            + " over 4,000");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return TextFields.walker(agreement, TOO_LONG, findings);
  }
}
