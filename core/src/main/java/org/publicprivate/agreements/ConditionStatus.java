package org.publicprivate.agreements;

/**
 * Where a commitment's condition stands: still pending, met, failed, or waived.
 *
 * <p>In JSON, a constant is written by its name, such as {@code PENDING}.
 */
public enum ConditionStatus {
  /** Not decided yet (대기). */
  PENDING("대기"),
  /** Met (충족). */
  MET("충족"),
  /** Failed: the budget, vote, study, selection, permit or site did not come (미충족). */
  FAILED("미충족"),
  /** Waived: the parties went ahead without it (면제). */
  WAIVED("면제");

  private final String koreanName;

  ConditionStatus(String koreanName) {
    this.koreanName = koreanName;
  }

  /** The status's usual Korean name, such as {@code 대기}. */
  public String koreanName() {
    return koreanName;
  }
}
