package org.publicprivate.agreements;

/**
 * The legal form of an agreement.
 *
 * <p>In JSON, a constant is written by its name, such as {@code MOU}.
 */
public enum AgreementKind {
  /** A memorandum of understanding (업무협약). */
  MOU("업무협약"),
  /** An agreement (협약). */
  AGREEMENT("협약"),
  /** An investment agreement (투자협약). */
  INVESTMENT_AGREEMENT("투자협약"),
  /** A letter of intent (의향서). */
  LETTER_OF_INTENT("의향서"),
  /** A contract (계약). */
  CONTRACT("계약");

  private final String koreanName;

  AgreementKind(String koreanName) {
    this.koreanName = koreanName;
  }

  /** The constant's usual Korean name, such as {@code 업무협약}. */
  public String koreanName() {
    return koreanName;
  }
}
