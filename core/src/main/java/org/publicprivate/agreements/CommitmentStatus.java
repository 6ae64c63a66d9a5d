package org.publicprivate.agreements;

/**
 * Where a commitment stands.
 *
 * <p>In JSON, a constant is written by its name, such as {@code PLEDGED}.
 */
public enum CommitmentStatus {
  /** Pledged; the default. */
  PLEDGED("약속"),
  /** Being carried out (이행 중). */
  IN_PROGRESS("이행 중"),
  /** Carried out (이행 완료). */
  FULFILLED("이행 완료"),
  /** Withdrawn by the committing party (철회). */
  WITHDRAWN("철회"),
  /** Not carried out (미이행). */
  NOT_MET("미이행");

  private final String koreanName;

  CommitmentStatus(String koreanName) {
    this.koreanName = koreanName;
  }

  /** The constant's usual Korean name, such as {@code 약속}. */
  public String koreanName() {
    return koreanName;
  }
}
