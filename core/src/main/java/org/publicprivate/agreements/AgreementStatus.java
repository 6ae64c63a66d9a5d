package org.publicprivate.agreements;

/**
 * Where an agreement stands in its life.
 *
 * <p>In JSON, a constant is written by its name, such as {@code DRAFT}.
 */
public enum AgreementStatus {
  /** Being drafted; not yet scheduled for signing. */
  DRAFT("초안"),
  /** Scheduled for signing (체결 예정). */
  SCHEDULED("체결 예정"),
  /** Signed and in force. */
  SIGNED("체결"),
  /** Signed, and its effective period has ended. */
  EXPIRED("만료"),
  /** Signed, and ended before its time. */
  TERMINATED("해지");

  private final String koreanName;

  AgreementStatus(String koreanName) {
    this.koreanName = koreanName;
  }

  /** The constant's usual Korean name, such as {@code 초안}. */
  public String koreanName() {
    return koreanName;
  }
}
