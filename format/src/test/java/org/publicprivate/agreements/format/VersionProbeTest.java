package org.publicprivate.agreements.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.attributes.AgreementAttribute;
import org.publicprivate.agreements.attributes.Attribute;
import org.publicprivate.agreements.attributes.CommitmentAttribute;

/**
 * The attributes a {@link VersionProbe} visits: those that can raise a document's version, found
 * from the declarations' versions and shapes, so that a document of version 1 costs a look at each
 * attribute of version 2 and at nothing of version 1 that cannot hold one.
 */
class VersionProbeTest {
  @Test
  void aCommitmentIsVisitedForItsAttributesOfVersionTwoAndNothingElse() {
    assertThat(raising(CommitmentFormat.COMMITMENT))
        .containsExactlyElementsOf(Arrays.stream(CommitmentAttribute.values())
            .filter(attribute -> attribute.since() == 2).toList())
        .doesNotContain(CommitmentAttribute.PLEDGED_AMOUNT);
  }

  @Test
  void anAgreementIsVisitedAlsoForTheAttributesOfVersionOneWhoseObjectsHoldLaterOnes() {
    assertThat(raising(AgreementFormat.AGREEMENT))
        .contains(AgreementAttribute.SIGNING, AgreementAttribute.PARTIES,
            AgreementAttribute.COMMITMENTS, AgreementAttribute.PROGRAMMES,
            AgreementAttribute.AMENDMENTS, AgreementAttribute.EXTENSIONS)
        .doesNotContain(AgreementAttribute.FORMAT_VERSION, AgreementAttribute.ID,
            AgreementAttribute.TITLE, AgreementAttribute.EFFECTIVE_PERIOD,
            AgreementAttribute.RELATED_AGREEMENTS, AgreementAttribute.KEYWORDS);
  }

  @Test
  void aTypeOfVersionOneAttributesOnlyIsNotVisited() {
    assertThat(Values.MONEY.firstRaising()).isNull();
    assertThat(AgreementFormat.RANGE.firstRaising()).isNull();
  }

  @Test
  void theNameOfAnAttributeRaisesTheVersionAndAConstantsDoesNot() {
    VersionProbe probe = new VersionProbe();
    probe.name(AgreementFormat.AGREEMENT.name(AgreementAttribute.TITLE));
    probe.string(Name.KRW);
    assertThat(probe.version()).isEqualTo(1);
    assertThat(probe.first(CommitmentFormat.COMMITMENT))
        .isEqualTo(CommitmentAttribute.BENEFICIARY_GROUPS);
    probe.name(CommitmentFormat.COMMITMENT.name(CommitmentAttribute.QUANTITIES));
    assertThat(probe.version()).isEqualTo(2);
    assertThat(probe.next(CommitmentFormat.COMMITMENT, CommitmentAttribute.QUANTITIES)).isNull();
    assertThat(probe.first(AgreementFormat.AGREEMENT)).isNull();
  }

  private static <A extends Enum<A> & Attribute> List<A> raising(Shape<A> shape) {
    List<A> visited = new ArrayList<>();
    for (A attribute = shape.firstRaising(); attribute != null;
        attribute = shape.raisingAfter(attribute)) {
      visited.add(attribute);
    }
    return visited;
  }
}
