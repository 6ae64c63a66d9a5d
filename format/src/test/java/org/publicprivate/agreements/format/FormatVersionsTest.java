package org.publicprivate.agreements.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.attributes.CommitmentAttribute;
import org.publicprivate.agreements.attributes.PartyAttribute;

/** The versions of the format come from the declarations, not from a list of their own. */
class FormatVersionsTest {
  @Test
  void theCurrentVersionIsTheHighestSinceOfAnyDeclaration() {
    assertThat(FormatVersions.CURRENT).isEqualTo(CommitmentAttribute.QUANTITIES.since())
        .isEqualTo(2);
    assertThat(VersionProbe.CURRENT).isEqualTo(FormatVersions.CURRENT);
  }

  @Test
  void readersTakeEveryVersionFromOneToTheCurrentOneWrittenAsPlainDigits() {
    assertThat(FormatVersions.supported("1")).isEqualTo(1);
    assertThat(FormatVersions.supported("2")).isEqualTo(2);
    assertThat(FormatVersions.supported("0")).isZero();
    assertThat(FormatVersions.supported("3")).isZero();
    assertThat(FormatVersions.supported("01")).isZero();
    assertThat(FormatVersions.supported("-1")).isZero();
    assertThat(FormatVersions.describe()).isEqualTo("1 and 2");
  }

  @Test
  void theReasonForALaterAttributeNamesItAndBothVersions() {
    assertThat(FormatVersions.needs(PartyAttribute.IDENTIFIERS, 1))
        .isEqualTo("\"identifiers\" needs formatVersion 2; the document declares formatVersion 1");
  }
}
