package org.publicprivate.agreements;

/**
 * What a commitment is about.
 *
 * <p>In JSON, a constant is written by its name, such as {@code ADMINISTRATIVE_SUPPORT}.
 */
public enum CommitmentCategory {
  /** Administrative support (행정 지원). */
  ADMINISTRATIVE_SUPPORT("행정 지원"),
  /** Funding of others' work (재정 지원). */
  FUNDING("재정 지원"),
  /** Investment by the committing party (투자). */
  INVESTMENT("투자"),
  /** Research and development (연구개발). */
  RESEARCH_AND_DEVELOPMENT("연구개발"),
  /** Founding or building a facility (시설). */
  FACILITY("시설"),
  /** Talent and workforce development (인재 양성). */
  TALENT_DEVELOPMENT("인재 양성"),
  /** Hiring (고용). */
  EMPLOYMENT("고용"),
  /** Education and curricula (교육). */
  EDUCATION("교육"),
  /** Supply chains and parts supply (공급망). */
  SUPPLY_CHAIN("공급망"),
  /** Infrastructure (기반 시설). */
  INFRASTRUCTURE("기반 시설"),
  /** Anything else (기타). */
  OTHER("기타");

  private final String koreanName;

  CommitmentCategory(String koreanName) {
    this.koreanName = koreanName;
  }

  /** The constant's usual Korean name, such as {@code 행정 지원}. */
  public String koreanName() {
    return koreanName;
  }
}
