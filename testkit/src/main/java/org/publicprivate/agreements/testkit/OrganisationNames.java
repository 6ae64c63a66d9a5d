package org.publicprivate.agreements.testkit;

import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.PartyKind;

/** Realistic Korean organisation names, built from a place and a suffix that fits the kind. */
final class OrganisationNames {
  static final List<String> PLACES = List.of("부산", "서울", "대구", "인천", "광주", "대전", "울산",
      "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "창원", "포항",
      "가나", "다라", "마바", "부울경", "동남권");

  static final Map<PartyKind, List<String>> SUFFIXES = Map.of(
      PartyKind.CENTRAL_GOVERNMENT, List.of("산업통상자원부", "중소벤처기업부", "과학기술정보통신부",
          "교육부", "국토교통부", "고용노동부"),
      PartyKind.LOCAL_GOVERNMENT, List.of("광역시", "특별시", "시", "군", "도", "특별자치도"),
      PartyKind.PUBLIC_INSTITUTION, List.of("테크노파크", "정보산업진흥원", "도시공사", "경제진흥원"),
      PartyKind.COMPANY, List.of("자동차", "전자(주)", "산업(주)", "바이오", "에너지(주)", "모빌리티"),
      PartyKind.COOPERATIVE, List.of("자동차부품공업협동조합", "중소기업협동조합", "기계공업협동조합"),
      PartyKind.BUSINESS_ASSOCIATION, List.of("상공회의소", "경영자총협회", "벤처기업협회"),
      PartyKind.UNIVERSITY, List.of("대학교", "대학교 산학협력단", "과학기술대학교"),
      PartyKind.ACADEMIC_ASSOCIATION, List.of("지역대학산학협력단장협의회", "지역대학총장협의회"),
      PartyKind.RESEARCH_INSTITUTE, List.of("연구원", "과학기술원", "산업기술연구원"),
      PartyKind.NON_PROFIT, List.of("환경운동연합", "시민단체협의회", "경제정의실천시민연합"));

  private OrganisationNames() {}

  /** A name for an organisation of {@code kind}; a ministry's name stands alone. */
  static Gen<String> of(PartyKind kind) {
    Gen<String> suffix = Gens.elements(SUFFIXES.get(kind));
    return kind == PartyKind.CENTRAL_GOVERNMENT
        ? suffix
        : Gens.combine(Gens.elements(PLACES), suffix, String::concat);
  }
}
