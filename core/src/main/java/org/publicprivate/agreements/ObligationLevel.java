package org.publicprivate.agreements;

/**
 * How strongly a commitment binds, read from the verb of the Korean text.
 *
 * <p>In JSON, a constant is written by its name, such as {@code BINDING}.
 */
public enum ObligationLevel {
  /** Binding: "…한다", shall. */
  BINDING("의무"),
  /** Best efforts: "…노력한다", will endeavour. */
  BEST_EFFORTS("노력"),
  /** Intent: "…계획이다", "…검토한다", plans or intends. */
  INTENT("계획");

  private final String koreanName;

  ObligationLevel(String koreanName) {
    this.koreanName = koreanName;
  }

  /** The constant's usual Korean name, such as {@code 의무}. */
  public String koreanName() {
    return koreanName;
  }
}
