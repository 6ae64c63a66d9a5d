package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.PartyKind;

/**
 * Names that look the same are the same: the model stores text stripped and in NFC, so the rules
 * compare what a reader sees, not how it was typed (Hangul typed on macOS arrives in NFD).
 */
class NormalisationTest {
  private static final String NFC = "부산테크노파크";
  private static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

  @Test
  void findsTheSameNameTypedInNfdAndInNfc() {
    Agreement agreement =
        Documents.withParty(
            Documents.withParty(
                Documents.agreement(),
                Documents.party("busan-technopark", NFC, PartyKind.PUBLIC_INSTITUTION)),
            Documents.party("btp", NFD, PartyKind.PUBLIC_INSTITUTION));

    assertThat(NFD).isNotEqualTo(NFC).hasSize(15);
    assertThat(agreement.parties().get(3).name()).isEqualTo(NFC);
    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                "party.duplicateName",
                Severity.WARNING,
                "parties[3].name",
                "has the same name as parties[2]"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                "party.duplicateName",
                Severity.WARNING,
                "parties[3].name",
                "parties[2]와 이름이 같습니다"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {" 부산시 ", "\u3000부산시\u3000", "\t부산시\n", "부산시  "})
  void findsTheSameNameWithWhiteSpaceAround(String typed) {
    Agreement agreement =
        Documents.agreement()
            .withParties(Documents.city().withName("부산시"), Documents.company().withName(typed));

    assertThat(agreement.parties().get(1).name()).isEqualTo("부산시");
    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                "party.duplicateName",
                Severity.WARNING,
                "parties[1].name",
                "has the same name as parties[0]"));
  }

  @Test
  void findsTheSameNameTypedInNfdWithWhiteSpaceAround() {
    Agreement agreement =
        Documents.agreement()
            .withParties(
                Documents.city().withName(NFC),
                Documents.company().withName("\u3000" + NFD + " "));

    assertThat(english(agreement))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("party.duplicateName", "parties[1].name"));
  }

  @Test
  void keepsNamesThatDifferInsideApart() {
    Agreement agreement =
        Documents.agreement()
            .withParties(
                Documents.city().withName("부산 테크노파크"), Documents.company().withName(NFC));

    assertThat(english(agreement)).isEmpty();
  }
}
