package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.PartyKind;

/** Rule {@code agreement.parties.duplicateId}: no two parties share an id. */
class UniquePartyIdsTest {
  private static final String CODE = "agreement.parties.duplicateId";

  @Test
  void reportsAPartyThatReusesAnotherPartysId() {
    Agreement agreement =
        Documents.withParty(
            Documents.agreement(),
            Documents.party("hanbit-mobility", "한빛모빌리티 부산지사", PartyKind.COMPANY));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "parties[2].id",
                "party id \"hanbit-mobility\" is already used by parties[1]"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "parties[2].id",
                "당사자 ID \"hanbit-mobility\"는 이미 parties[1]에서 쓰였습니다"));
  }

  @Test
  void reportsTheSecondAndTheThirdCopyAgainstTheFirst() {
    Agreement agreement =
        Documents.withParty(
            Documents.withParty(
                Documents.agreement(),
                Documents.party("busan", "부산광역시의회", PartyKind.LOCAL_GOVERNMENT)),
            Documents.party("busan", "부산광역시교육청", PartyKind.LOCAL_GOVERNMENT));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE, Severity.ERROR, "parties[2].id", "party id \"busan\" is already used by parties[0]"),
            new Violation(
                CODE, Severity.ERROR, "parties[3].id", "party id \"busan\" is already used by parties[0]"));
  }

  @Test
  void reportsEachReusedIdWithItsOwnIdAndFirstParty() {
    Agreement agreement =
        Documents.withParty(
            Documents.withParty(
                Documents.agreement(),
                Documents.party("hanbit-mobility", "한빛모빌리티 부산지사", PartyKind.COMPANY)),
            Documents.party("busan", "부산광역시의회", PartyKind.LOCAL_GOVERNMENT));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "parties[2].id",
                "party id \"hanbit-mobility\" is already used by parties[1]"),
            new Violation(
                CODE, Severity.ERROR, "parties[3].id", "party id \"busan\" is already used by parties[0]"));
  }

  @Test
  void acceptsPartiesWithDistinctIds() {
    Agreement agreement =
        Documents.withParty(
            Documents.agreement(),
            Documents.party("hanbit-mobility-busan", "한빛모빌리티 부산지사", PartyKind.COMPANY));

    assertThat(english(agreement)).isEmpty();
  }
}
