package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionKindAndStatusTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      BUDGET_APPROPRIATION | 예산 확보
      COUNCIL_APPROVAL     | 의회 의결
      FEASIBILITY_STUDY    | 타당성 조사
      PROGRAMME_SELECTION  | 공모 선정
      PERMIT               | 인허가
      SITE                 | 부지 확보
      OTHER                | 기타
      """)
  void everyConditionKindHasItsKoreanName(ConditionKind kind, String koreanName) {
    assertThat(kind.koreanName()).isEqualTo(koreanName);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      PENDING | 대기
      MET     | 충족
      FAILED  | 미충족
      WAIVED  | 면제
      """)
  void everyConditionStatusHasItsKoreanName(ConditionStatus status, String koreanName) {
    assertThat(status.koreanName()).isEqualTo(koreanName);
  }
}
