package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.PartyKind;

/** Rule {@code party.duplicateName} (a warning): no two parties share a name. */
class DistinctPartyNamesTest {
  private static final String CODE = "party.duplicateName";

  @Test
  void warnsOfAPartyWithTheNameOfAnother() {
    Agreement agreement =
        Documents.agreement()
            .withParties(Documents.city(), Documents.company().withName("부산광역시"));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(CODE, Severity.WARNING, "parties[1].name", "has the same name as parties[0]"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(CODE, Severity.WARNING, "parties[1].name", "parties[0]와 이름이 같습니다"));
  }

  @Test
  void warnsOfTheSecondAndTheThirdCopyAgainstTheFirst() {
    Agreement agreement =
        Documents.withParty(
            Documents.agreement()
                .withParties(Documents.city(), Documents.company().withName("부산광역시")),
            Documents.party("busan-office", "부산광역시", PartyKind.LOCAL_GOVERNMENT));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(CODE, Severity.WARNING, "parties[1].name", "has the same name as parties[0]"),
            new Violation(CODE, Severity.WARNING, "parties[2].name", "has the same name as parties[0]"));
  }

  @Test
  void warnsOfEachRepeatedNameAgainstItsOwnFirstParty() {
    Agreement agreement =
        Documents.withParty(
            Documents.withParty(
                Documents.agreement(),
                Documents.party("hanbit-busan", "한빛모빌리티", PartyKind.COMPANY)),
            Documents.party("busan-office", "부산광역시", PartyKind.LOCAL_GOVERNMENT));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(CODE, Severity.WARNING, "parties[2].name", "has the same name as parties[1]"),
            new Violation(CODE, Severity.WARNING, "parties[3].name", "has the same name as parties[0]"));
  }

  @Test
  void leavesBlankNamesToTheBlankTextRule() {
    Agreement agreement =
        Documents.agreement()
            .withParties(Documents.city().withName(" "), Documents.company().withName("\t"));

    assertThat(english(agreement))
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("text.blank", "parties[0].name"),
            tuple("text.blank", "parties[1].name"));
  }

  @Test
  void acceptsPartiesWithDistinctNames() {
    assertThat(english(Documents.agreement())).isEmpty();
  }
}
