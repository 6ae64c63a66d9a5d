package org.publicprivate.agreements;

/**
 * Where a funded programme stands.
 *
 * <p>In JSON, a constant is written by its name, such as {@code PLANNED}.
 */
public enum ProgrammeStatus {
  /** Planned, not yet applied for. */
  PLANNED("계획"),
  /** Applied for, under review (공모 신청·심사 중). */
  APPLIED("신청"),
  /** Selected for funding (선정). */
  SELECTED("선정"),
  /** Being carried out (추진 중). */
  IN_PROGRESS("추진 중"),
  /** Completed (완료). */
  COMPLETED("완료"),
  /** Not selected (미선정). */
  REJECTED("미선정"),
  /** Cancelled (취소). */
  CANCELLED("취소");

  private final String koreanName;

  ProgrammeStatus(String koreanName) {
    this.koreanName = koreanName;
  }

  /** The constant's usual Korean name, such as {@code 계획}. */
  public String koreanName() {
    return koreanName;
  }
}
