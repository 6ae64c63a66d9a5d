package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.ProgrammeId;

/** Rule {@code agreement.programmes.duplicateId}: no two programmes share an id. */
class UniqueProgrammeIdsTest {
  private static final String CODE = "agreement.programmes.duplicateId";

  @Test
  void reportsAProgrammeThatReusesAnotherProgrammesId() {
    Agreement agreement =
        Documents.agreement().withProgrammes(Documents.programme(), named("도심항공교통 실증사업"));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[1].id",
                "programme id \"mobility-testbed-2024\" is already used by programmes[0]"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[1].id",
                "사업 ID \"mobility-testbed-2024\"는 이미 programmes[0]에서 쓰였습니다"));
  }

  @Test
  void reportsTheSecondAndTheThirdCopyAgainstTheFirst() {
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                Documents.programme(), named("도심항공교통 실증사업"), named("자율주행 셔틀 실증사업"));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[1].id",
                "programme id \"mobility-testbed-2024\" is already used by programmes[0]"),
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[2].id",
                "programme id \"mobility-testbed-2024\" is already used by programmes[0]"));
  }

  @Test
  void reportsEachReusedIdWithItsOwnIdAndFirstProgramme() {
    FundedProgramme air = named("도심항공교통 실증사업").withId(ProgrammeId.of("urban-air-2025"));
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(Documents.programme(), air, named("자율주행 셔틀 실증사업"), air);

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[2].id",
                "programme id \"mobility-testbed-2024\" is already used by programmes[0]"),
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[3].id",
                "programme id \"urban-air-2025\" is already used by programmes[1]"));
  }

  @Test
  void acceptsProgrammesWithDistinctIds() {
    Agreement agreement =
        Documents.agreement()
            .withProgrammes(
                Documents.programme(),
                named("도심항공교통 실증사업").withId(ProgrammeId.of("urban-air-2025")));

    assertThat(english(agreement)).isEmpty();
  }

  private static FundedProgramme named(String name) {
    return Documents.programme().withName(name);
  }
}
