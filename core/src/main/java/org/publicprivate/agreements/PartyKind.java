package org.publicprivate.agreements;

/**
 * What kind of organisation a party is; each kind belongs to one fixed {@link Sector}.
 *
 * <pre>{@code
 * PartyKind.PUBLIC_INSTITUTION.sector(); // Sector.PUBLIC, as for a technopark
 * }</pre>
 */
public enum PartyKind {
  /** A central government body (중앙행정기관), such as a ministry. */
  CENTRAL_GOVERNMENT("중앙행정기관", Sector.PUBLIC),
  /** A local government (지방자치단체), such as 부산광역시. */
  LOCAL_GOVERNMENT("지방자치단체", Sector.PUBLIC),
  /** A public institution (공공기관·지방공기업·출연기관), such as a technopark. */
  PUBLIC_INSTITUTION("공공기관", Sector.PUBLIC),
  /** A company (기업). */
  COMPANY("기업", Sector.PRIVATE),
  /** A cooperative (협동조합), such as an industry cooperative. */
  COOPERATIVE("협동조합", Sector.PRIVATE),
  /** A business association (협회·경제단체). */
  BUSINESS_ASSOCIATION("협회·경제단체", Sector.PRIVATE),
  /** A university or its industry–academia co-operation foundation (대학·산학협력단). */
  UNIVERSITY("대학·산학협력단", Sector.ACADEMIC),
  /** A council or association of universities (대학 협의회). */
  ACADEMIC_ASSOCIATION("대학 협의회", Sector.ACADEMIC),
  /** A research institute (연구기관). */
  RESEARCH_INSTITUTE("연구기관", Sector.ACADEMIC),
  /** A non-profit or civil-society organisation (비영리·시민단체). */
  NON_PROFIT("비영리·시민단체", Sector.CIVIL);

  private final String koreanName;
  private final Sector sector;

  PartyKind(String koreanName, Sector sector) {
    this.koreanName = koreanName;
    this.sector = sector;
  }

  /** The sector every party of this kind belongs to. */
  public Sector sector() {
    return sector;
  }

  /** The kind's usual Korean name, such as {@code 지방자치단체}. */
  public String koreanName() {
    return koreanName;
  }
}
