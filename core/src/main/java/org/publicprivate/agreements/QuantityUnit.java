package org.publicprivate.agreements;

import java.util.List;

/**
 * What a {@link Quantity} counts or measures, with the Korean unit word it is written with and the
 * words it is read from.
 *
 * <p>In JSON, a constant is written by its name, such as {@code JOBS}.
 */
public enum QuantityUnit {
  /** New jobs (신규 고용·일자리): {@code 300명}, also read from {@code 일자리 300개}'s {@code 개}. */
  JOBS("일자리", "명", List.of("명", "개")),
  /** People such as trainees, students or visitors (인원): {@code 1,000명}. */
  PEOPLE("인원", "명", List.of("명")),
  /** Companies (기업): {@code 50개사}, also read from {@code 곳}, {@code 개 기업}, {@code 개 업체}. */
  COMPANIES("기업", "개사", List.of("개사", "곳", "개 기업", "개 업체")),
  /** An area in square metres (면적): {@code 3만 3,000㎡}, also read from m², m2 and 제곱미터. */
  SQUARE_METRES("면적", "㎡", List.of("㎡", "m²", "m2", "제곱미터")),
  /** An area in pyeong, about 3.3 ㎡ (평): {@code 1만 평}. */
  PYEONG("평", "평", List.of("평")),
  /** Things such as stores, vehicles or cases (개수): {@code 10개}, also read from 대 and 건. */
  ITEMS("개수", "개", List.of("개", "대", "건")),
  /** Events, sessions or times (횟수): {@code 4회}, also read from 차례. */
  EVENTS("횟수", "회", List.of("회", "차례")),
  /** Anything else; the quantity's label names it, as in {@code 5 MW}. */
  OTHER("기타", "", List.of());

  private final String koreanName;
  private final String suffix;
  private final List<String> suffixesRead;

  QuantityUnit(String koreanName, String suffix, List<String> suffixesRead) {
    this.koreanName = koreanName;
    this.suffix = suffix;
    this.suffixesRead = suffixesRead;
  }

  /** The unit's usual Korean name, such as {@code 일자리}. */
  public String koreanName() {
    return koreanName;
  }

  /**
   * The word written after the number, such as {@code 명} or {@code ㎡}; empty for {@link #OTHER},
   * whose quantities write their label instead.
   */
  public String suffix() {
    return suffix;
  }

  /**
   * The words {@link Quantity#parse} reads after the number for this unit, the written
   * {@link #suffix()} first; empty for {@link #OTHER}.
   */
  public List<String> suffixesRead() {
    return suffixesRead;
  }
}
