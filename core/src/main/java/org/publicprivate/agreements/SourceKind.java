package org.publicprivate.agreements;

/**
 * What kind of document a source is.
 *
 * <p>In JSON, a constant is written by its name, such as {@code PRESS_RELEASE}.
 */
public enum SourceKind {
  /** A press release (보도자료). */
  PRESS_RELEASE("보도자료"),
  /** A news article (기사). */
  NEWS_ARTICLE("기사"),
  /** The agreement's own text (협약서 원문). */
  AGREEMENT_TEXT("협약서 원문"),
  /** An official notice, announcement or gazette (고시·공고·공보). */
  OFFICIAL_NOTICE("고시·공고"),
  /** Minutes of a council or a committee (회의록). */
  MINUTES("회의록"),
  /** A public data set (공공데이터). */
  DATASET("공공데이터"),
  /** Any other document (기타). */
  OTHER("기타");

  private final String koreanName;

  SourceKind(String koreanName) {
    this.koreanName = koreanName;
  }

  /** The kind's usual Korean name, such as {@code 보도자료}. */
  public String koreanName() {
    return koreanName;
  }
}
