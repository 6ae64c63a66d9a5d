package org.publicprivate.agreements.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.attributes.AgreementAttribute;
import org.publicprivate.agreements.attributes.Attribute;
import org.publicprivate.agreements.attributes.CommitmentAttribute;

/**
 * What a dry run to a {@link VersionProbe} goes into: the objects of the attributes that can raise
 * a document's version, found from the declarations' versions and shapes ({@link Name#raises()}),
 * so that a document of version 1 costs no look into an object that cannot hold a later attribute.
 */
class VersionProbeTest {
  @Test
  void theAttributesOfACommitmentThatCanRaiseTheVersionAreThoseOfVersionTwo() {
    assertThat(raising(CommitmentFormat.COMMITMENT, CommitmentAttribute.values()))
        .containsExactlyElementsOf(Arrays.stream(CommitmentAttribute.values())
            .filter(attribute -> attribute.since() == 2).toList())
        .doesNotContain(CommitmentAttribute.PLEDGED_AMOUNT);
  }

  @Test
  void anAgreementsAttributesOfVersionOneWhoseObjectsHoldLaterOnesCanRaiseIt() {
    assertThat(raising(AgreementFormat.AGREEMENT, AgreementAttribute.values()))
        .contains(AgreementAttribute.SIGNING, AgreementAttribute.PARTIES,
            AgreementAttribute.COMMITMENTS, AgreementAttribute.PROGRAMMES,
            AgreementAttribute.AMENDMENTS, AgreementAttribute.EXTENSIONS)
        .doesNotContain(AgreementAttribute.FORMAT_VERSION, AgreementAttribute.ID,
            AgreementAttribute.TITLE, AgreementAttribute.EFFECTIVE_PERIOD,
            AgreementAttribute.RELATED_AGREEMENTS, AgreementAttribute.KEYWORDS);
  }

  @Test
  void theNameOfAnAttributeRaisesTheVersionAndAConstantsDoesNot() {
    VersionProbe probe = new VersionProbe();
    probe.name(AgreementFormat.AGREEMENT.name(AgreementAttribute.TITLE));
    probe.string(Name.KRW);
    assertThat(probe.version()).isEqualTo(1);
    assertThat(probe.done()).isFalse();
    assertThat(Name.KRW.raises()).isFalse();
    probe.name(CommitmentFormat.COMMITMENT.name(CommitmentAttribute.QUANTITIES));
    assertThat(probe.version()).isEqualTo(2);
    assertThat(probe.done()).isTrue();
  }

  private static <A extends Enum<A> & Attribute> List<A> raising(Shape<A> shape, A[] attributes) {
    return Arrays.stream(attributes).filter(attribute -> shape.name(attribute).raises()).toList();
  }
}
