package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The usual Korean name of each constant of the model's enumerations. */
class KoreanNamesTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"MOU,업무협약", "AGREEMENT,협약", "INVESTMENT_AGREEMENT,투자협약",
      "LETTER_OF_INTENT,의향서", "CONTRACT,계약"})
  void agreementKinds(AgreementKind kind, String koreanName) {
    assertThat(kind.koreanName()).isEqualTo(koreanName);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"CONTINUES,후속", "AMENDS,변경", "SUPERSEDES,대체", "IMPLEMENTS,이행",
      "REFERENCES,참조"})
  void agreementRelations(AgreementRelation relation, String koreanName) {
    assertThat(relation.koreanName()).isEqualTo(koreanName);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"DRAFT,초안", "SCHEDULED,체결 예정", "SIGNED,체결", "EXPIRED,만료", "TERMINATED,해지"})
  void agreementStatuses(AgreementStatus status, String koreanName) {
    assertThat(status.koreanName()).isEqualTo(koreanName);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"ADMINISTRATIVE_SUPPORT,행정 지원", "FUNDING,재정 지원", "INVESTMENT,투자",
      "RESEARCH_AND_DEVELOPMENT,연구개발", "FACILITY,시설", "TALENT_DEVELOPMENT,인재 양성",
      "EMPLOYMENT,고용", "EDUCATION,교육", "SUPPLY_CHAIN,공급망", "INFRASTRUCTURE,기반 시설",
      "OTHER,기타"})
  void commitmentCategories(CommitmentCategory category, String koreanName) {
    assertThat(category.koreanName()).isEqualTo(koreanName);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"PLEDGED,약속", "IN_PROGRESS,이행 중", "FULFILLED,이행 완료", "WITHDRAWN,철회",
      "NOT_MET,미이행"})
  void commitmentStatuses(CommitmentStatus status, String koreanName) {
    assertThat(status.koreanName()).isEqualTo(koreanName);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"NATIONAL,국비", "LOCAL,지방비", "PRIVATE,민간부담", "FUND,기금", "OTHER,기타"})
  void fundingSources(FundingSource source, String koreanName) {
    assertThat(source.koreanName()).isEqualTo(koreanName);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"BINDING,의무", "BEST_EFFORTS,노력", "INTENT,계획"})
  void obligationLevels(ObligationLevel level, String koreanName) {
    assertThat(level.koreanName()).isEqualTo(koreanName);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"PLANNED,계획", "APPLIED,신청", "SELECTED,선정", "IN_PROGRESS,추진 중", "COMPLETED,완료",
      "REJECTED,미선정", "CANCELLED,취소"})
  void programmeStatuses(ProgrammeStatus status, String koreanName) {
    assertThat(status.koreanName()).isEqualTo(koreanName);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"PUBLIC,공공", "PRIVATE,민간", "ACADEMIC,학계", "CIVIL,시민사회"})
  void sectors(Sector sector, String koreanName) {
    assertThat(sector.koreanName()).isEqualTo(koreanName);
  }
}
