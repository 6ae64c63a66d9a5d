package org.publicprivate.agreements;

/**
 * How an agreement relates to another one.
 *
 * <p>In JSON, a constant is written by its name, such as {@code CONTINUES}.
 */
public enum AgreementRelation {
  /** Continues or follows up the other (후속·잇는). */
  CONTINUES("후속"),
  /** Amends the other (변경). */
  AMENDS("변경"),
  /** Replaces the other (대체). */
  SUPERSEDES("대체"),
  /** Implements the other (이행). */
  IMPLEMENTS("이행"),
  /** Refers to the other (참조). */
  REFERENCES("참조");

  private final String koreanName;

  AgreementRelation(String koreanName) {
    this.koreanName = koreanName;
  }

  /** The constant's usual Korean name, such as {@code 후속}. */
  public String koreanName() {
    return koreanName;
  }
}
