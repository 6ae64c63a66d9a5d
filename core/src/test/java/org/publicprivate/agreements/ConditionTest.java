package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ConditionTest {
  @Test
  void isPendingUnlessAStatusIsGiven() {
    Condition selection = Condition.of(ConditionKind.PROGRAMME_SELECTION, "국비 공모 선정");

    assertThat(selection.kind()).isEqualTo(ConditionKind.PROGRAMME_SELECTION);
    assertThat(selection.description()).contains("국비 공모 선정");
    assertThat(selection.programme()).isEmpty();
    assertThat(selection.status()).isEqualTo(ConditionStatus.PENDING);
    assertThat(selection.withStatus(ConditionStatus.MET).status()).isEqualTo(ConditionStatus.MET);
  }

  @Test
  void namesTheProgrammeItWaitsOn() {
    Condition selection = Condition.builder().kind(ConditionKind.PROGRAMME_SELECTION)
        .programme(ProgrammeId.of("road-grant")).build();

    assertThat(selection.programme()).contains(ProgrammeId.of("road-grant"));
    assertThat(selection.description()).isEmpty();
  }

  @Test
  void storesItsDescriptionStrippedAndComposedAndABlankOneAsAbsent() {
    String decomposed = Normalizer.normalize("예산 확보", Normalizer.Form.NFD);

    assertThat(Condition.of(ConditionKind.BUDGET_APPROPRIATION, " " + decomposed + "\u3000"))
        .isEqualTo(Condition.of(ConditionKind.BUDGET_APPROPRIATION, "예산 확보"));
    assertThat(Condition.of(ConditionKind.PERMIT, "  ").description()).isEmpty();
  }

  @Test
  void refusesAMissingKindAndTextThatIsNotStreamSafe() {
    assertThatThrownBy(() -> Condition.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
    assertThatThrownBy(() -> Condition.of(ConditionKind.SITE, "a" + "\u0301".repeat(31)))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageStartingWith("Condition.description must be valid, stream-safe Unicode text");
  }
}
