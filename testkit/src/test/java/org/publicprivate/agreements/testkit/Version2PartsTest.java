package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.LanguageTags;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;

/** The version 2 parts of valid agreements keep the promises that keep them valid. */
class Version2PartsTest {
  private static final int SAMPLES = 300;

  private static List<Agreement> samples() {
    Gen<Agreement> valid = AgreementGens.validAgreements();
    return LongStream.range(0, SAMPLES).mapToObj(valid::sample).toList();
  }

  private static boolean holdsVersion2(Agreement agreement) {
    return !agreement.languages().isEmpty() || !agreement.aliases().isEmpty()
        || agreement.commitments().stream().anyMatch(c -> !c.quantities().isEmpty()
            || !c.conditions().isEmpty() || c.foreignAmount().isPresent()
            || c.location().isPresent() || !c.dependsOn().isEmpty());
  }

  @Test
  void aboutHalfTheAgreementsHoldVersion2PartsAndTheOtherHalfNone() {
    long version2 = samples().stream().filter(Version2PartsTest::holdsVersion2).count();

    assertThat(version2).isBetween(SAMPLES / 4L, SAMPLES * 3L / 4);
  }

  @Test
  void everyPartOfVersion2Appears() {
    List<Agreement> samples = samples();
    List<Commitment> commitments = samples.stream().flatMap(a -> a.commitments().stream()).toList();

    assertThat(commitments).anyMatch(c -> !c.quantities().isEmpty())
        .anyMatch(c -> c.amountQualifier().isPresent())
        .anyMatch(c -> c.foreignAmount().isPresent())
        .anyMatch(c -> c.location().isPresent())
        .anyMatch(c -> !c.conditions().isEmpty())
        .anyMatch(c -> !c.dependsOn().isEmpty())
        .anyMatch(c -> !c.beneficiaryGroups().isEmpty());
    assertThat(samples).anyMatch(a -> !a.languages().isEmpty())
        .anyMatch(a -> a.prevailingLanguage().isPresent())
        .anyMatch(a -> !a.aliases().isEmpty())
        .anyMatch(a -> a.parties().stream().anyMatch(p -> !p.identifiers().isEmpty()));
  }

  @Test
  void dependenciesNameOnlyEarlierCommitmentsSoNeverACycle() {
    for (Agreement agreement : samples()) {
      Set<CommitmentId> earlier = new HashSet<>();
      for (Commitment commitment : agreement.commitments()) {
        assertThat(earlier).as("what %s depends on", commitment.id())
            .containsAll(commitment.dependsOn());
        earlier.add(commitment.id());
      }
    }
  }

  @Test
  void theOtherPartsBreakNoErrorRule() {
    for (Agreement agreement : samples()) {
      Set<String> programmes = new HashSet<>();
      agreement.programmes().stream().map(FundedProgramme::id).forEach(id -> programmes.add(id.value()));
      for (Commitment commitment : agreement.commitments()) {
        assertThat(commitment.amountQualifier().isEmpty() || commitment.pledgedAmount().isPresent())
            .as("a qualifier beside an amount").isTrue();
        EnumSet<QuantityUnit> units = EnumSet.noneOf(QuantityUnit.class);
        for (Quantity quantity : commitment.quantities()) {
          assertThat(quantity.unit() == QuantityUnit.OTHER || units.add(quantity.unit()))
              .as("one quantity of %s", quantity.unit()).isTrue();
        }
        for (Condition condition : commitment.conditions()) {
          condition.programme().ifPresent(id -> assertThat(programmes).contains(id.value()));
        }
      }
      for (Party party : agreement.parties()) {
        assertThat(party.identifiers().stream().map(Identifier::scheme).distinct().count())
            .isEqualTo(party.identifiers().size());
      }
      if (!agreement.languages().isEmpty() && agreement.prevailingLanguage().isPresent()) {
        assertThat(agreement.languages()).contains(agreement.prevailingLanguage().get());
      }
    }
  }

  @Test
  void languageTagsAreWellFormedAndReadBackFromTheirText() {
    Gen<Locale> tags = ValueGens.languageTags();
    for (long seed = 0; seed < 500; seed++) {
      Locale language = tags.sample(seed);
      assertThat(LanguageTags.parse(LanguageTags.format(language))).isEqualTo(language);
    }
  }
}
