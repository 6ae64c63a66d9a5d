package org.publicprivate.agreements;

/**
 * The sector a party belongs to; an agreement is public–private when it has a {@link #PUBLIC} party and a party outside it.
 *
 * <p>In JSON, a constant is written by its name, such as {@code PUBLIC}.
 */
public enum Sector {
  /** Central and local government and public institutions. */
  PUBLIC("공공"),
  /** Companies, cooperatives and business associations. */
  PRIVATE("민간"),
  /** Universities, academic councils and research institutes. */
  ACADEMIC("학계"),
  /** Non-profit and civil-society organisations. */
  CIVIL("시민사회");

  private final String koreanName;

  Sector(String koreanName) {
    this.koreanName = koreanName;
  }

  /** The constant's usual Korean name, such as {@code 공공}. */
  public String koreanName() {
    return koreanName;
  }
}
