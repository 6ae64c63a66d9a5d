package org.publicprivate.agreements;

/**
 * Where a milestone of a commitment stands.
 *
 * <p>In JSON, a constant is written by its name, such as {@code PLANNED}.
 */
public enum MilestoneStatus {
  /** Not reached yet (예정). */
  PLANNED("예정"),
  /** Reached (달성). */
  MET("달성"),
  /** Its date passed without it (미달성). */
  MISSED("미달성"),
  /** Dropped (취소). */
  CANCELLED("취소");

  private final String koreanName;

  MilestoneStatus(String koreanName) {
    this.koreanName = koreanName;
  }

  /** The status's usual Korean name, such as {@code 예정}. */
  public String koreanName() {
    return koreanName;
  }
}
