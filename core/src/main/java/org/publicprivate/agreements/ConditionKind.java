package org.publicprivate.agreements;

/**
 * What a commitment's condition waits for: a budget, a council's vote, a feasibility study, a
 * programme's selection, a permit or a site.
 *
 * <p>In JSON, a constant is written by its name, such as {@code PROGRAMME_SELECTION}.
 */
public enum ConditionKind {
  /** The budget is secured or appropriated (예산 확보·편성). */
  BUDGET_APPROPRIATION("예산 확보"),
  /** A local council or the National Assembly approves (지방의회·국회 의결·동의). */
  COUNCIL_APPROVAL("의회 의결"),
  /** A (preliminary) feasibility study passes (예비타당성조사·타당성 조사). */
  FEASIBILITY_STUDY("타당성 조사"),
  /** A national or open call selects the programme (공모·국비사업 선정). */
  PROGRAMME_SELECTION("공모 선정"),
  /** A permit or licence is granted (인허가). */
  PERMIT("인허가"),
  /** The site is secured or the industrial complex designated (부지 확보·산업단지 지정). */
  SITE("부지 확보"),
  /** Any other condition (기타). */
  OTHER("기타");

  private final String koreanName;

  ConditionKind(String koreanName) {
    this.koreanName = koreanName;
  }

  /** The kind's usual Korean name, such as {@code 공모 선정}. */
  public String koreanName() {
    return koreanName;
  }
}
