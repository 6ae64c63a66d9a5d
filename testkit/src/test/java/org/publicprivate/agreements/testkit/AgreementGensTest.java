package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;

class AgreementGensTest {

  @Test
  void generatesLargeAgreementsOfMoreThanAThousandCommitments() {
    Gen<Agreement> large = AgreementGens.validAgreements(AgreementGens.Sizes.LARGE);

    List<Integer> commitments = LongStream.range(0, 12).mapToObj(large::sample)
        .map(agreement -> agreement.commitments().size()).toList();

    assertThat(commitments).allMatch(count -> count <= 2_000)
        .anyMatch(count -> count > 1_000);
  }
}
