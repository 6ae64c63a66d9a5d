package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.attributes.AttributePaths;
import org.publicprivate.agreements.diff.AgreementDiff;
import org.publicprivate.agreements.diff.Change;

/**
 * {@link AgreementDiff}, against an independent oracle: two agreements are equal up to the order
 * of their identified elements when they are equal once parties, commitments, programmes and
 * sources are sorted by id (stably, so that elements of one id, and sources without one, keep
 * their order).
 */
class AgreementDiffPropertiesTest {
  /** A valid agreement and another: itself, reordered, edited once, or an independent one. */
  private static final Gen<Agreement[]> PAIRS = Gens.composite("pairs", draw -> {
    Agreement first = draw.next(AgreementGens.validAgreements());
    Agreement second = switch (draw.next(Gens.ints(0, 3))) {
      case 0 -> first;
      case 1 -> AgreementEdits.shuffled(first, draw.next(Gens.longs(0, Long.MAX_VALUE)));
      case 2 -> draw.next(AgreementEdits.edits()).after();
      default -> draw.next(AgreementGens.validAgreements());
    };
    return new Agreement[] {first, second};
  });

  @PropertyTest(tries = 300)
  void findsNoChangeBetweenAnAgreementAndItself() {
    Property.forAll(AgreementGens.validAgreements()).verify(agreement ->
        assertThat(AgreementDiff.between(agreement, agreement).changes()).isEmpty());
  }

  @PropertyTest(tries = 300)
  void findsNoChangeBetweenAnyBuildableAgreementAndItselfReordered() {
    Property.forAll(AgreementGens.agreements(), Gens.longs(0, Long.MAX_VALUE))
        .verify((agreement, seed) -> {
          Agreement shuffled = AgreementEdits.shuffled(agreement, seed);

          assertThat(AgreementDiff.between(agreement, agreement).changes()).isEmpty();
          assertThat(AgreementDiff.between(agreement, shuffled).isEmpty())
              .isEqualTo(sortedById(agreement).equals(sortedById(shuffled)));
        });
  }

  @PropertyTest(tries = 300)
  void isEmptyExactlyWhenEqualUpToTheOrderOfIdentifiedElements() {
    Property.forAll(PAIRS).verify(pair -> {
      AgreementDiff diff = AgreementDiff.between(pair[0], pair[1]);

      assertThat(diff.isEmpty()).as("%s", diff)
          .isEqualTo(sortedById(pair[0]).equals(sortedById(pair[1])));
      assertThat(AgreementDiff.between(pair[1], pair[0]).isEmpty()).isEqualTo(diff.isEmpty());
      for (Change change : diff.changes()) {
        if (!change.path().contains("extensions.")) {
          assertThat(AttributePaths.problem(change.path())).as(change.path()).isEmpty();
        }
      }
    });
  }

  @PropertyTest(tries = 500)
  void namesExactlyThePathsOfAnEdit() {
    Property.forAll(AgreementEdits.edits()).verify(edit -> {
      List<AgreementEdits.Expected> found = new ArrayList<>();
      for (Change change : AgreementDiff.between(edit.before(), edit.after()).changes()) {
        found.add(new AgreementEdits.Expected(change.path(), change.kind()));
      }

      assertThat(found).as(edit.description()).containsExactlyInAnyOrderElementsOf(edit.changes());
    });
  }

  /** The agreement with its identified elements sorted by id, those without one first. */
  private static Agreement sortedById(Agreement agreement) {
    return agreement
        .withParties(sorted(agreement.parties(), party -> party.id().value()))
        .withCommitments(sorted(agreement.commitments(), commitment -> commitment.id().value()))
        .withProgrammes(sorted(agreement.programmes(), programme -> programme.id().value()))
        .withSources(sorted(agreement.sources(),
            source -> source.id().map(SourceId::value).orElse("")));
  }

  private static <T> List<T> sorted(List<T> elements, Function<T, String> id) {
    List<T> copy = new ArrayList<>(elements);
    copy.sort(Comparator.comparing(id)); // List.sort is stable
    return copy;
  }
}
