package org.publicprivate.agreements;

/**
 * Where a share of a programme's money comes from.
 *
 * <p>In JSON, a constant is written by its name, such as {@code NATIONAL}.
 */
public enum FundingSource {
  /** The national budget (국비). */
  NATIONAL("국비"),
  /** Local government budgets (지방비: 시비·도비·군비·구비). */
  LOCAL("지방비"),
  /** Private contributions (민간부담). */
  PRIVATE("민간부담"),
  /** A public fund (기금). */
  FUND("기금"),
  /** Any other source (기타). */
  OTHER("기타");

  private final String koreanName;

  FundingSource(String koreanName) {
    this.koreanName = koreanName;
  }

  /** The constant's usual Korean name, such as {@code 국비}. */
  public String koreanName() {
    return koreanName;
  }
}
