package org.publicprivate.agreements.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementStatusChange;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentStatusChange;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.ProgrammeStatusChange;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.Signing;

/**
 * Every free text of the baseline agreement that the text rules check, with its path, whether it
 * is required, its longest length, and how to put a text there. Each place changes the agreement
 * it is given, so that places can be combined.
 */
final class TextPlaces {
  static final int NAME = 300;
  static final int PROSE = 4_000;

  /** One place: {@code set} returns {@code agreement} with {@code text} at {@code path}. */
  record Place(
      String path, boolean required, int limit, BiFunction<Agreement, String, Agreement> set) {
    Agreement apply(Agreement agreement, String text) {
      return set.apply(agreement, text);
    }

    @Override
    public String toString() {
      return path;
    }
  }

  private static final List<Place> ALL =
      List.of(
          required("title", NAME, (a, t) -> a.withTitle(t)),
          optional("englishTitle", NAME, (a, t) -> a.withEnglishTitle(t)),
          required("aliases[1]", NAME, (a, t) -> a.withAliases("부산 모빌리티 협약", t)),
          optional("purpose", PROSE, (a, t) -> a.withPurpose(t)),
          optional("signing.venue", NAME, (a, t) -> signing(a, s -> s.withVenue(t))),
          required(
              "signing.signatories[1].name",
              NAME,
              (a, t) -> signing(a, s -> s.withSignatories(replace(s.signatories(), 1, x -> x.withName(t))))),
          optional(
              "signing.signatories[0].englishName",
              NAME,
              (a, t) -> signing(a, s -> s.withSignatories(replace(s.signatories(), 0, x -> x.withEnglishName(t))))),
          optional(
              "signing.signatories[0].title",
              NAME,
              (a, t) -> signing(a, s -> s.withSignatories(replace(s.signatories(), 0, x -> x.withTitle(t))))),
          required(
              "parties[0].name", NAME, (a, t) -> a.withParties(replace(a.parties(), 0, p -> p.withName(t)))),
          optional(
              "parties[0].englishName",
              NAME,
              (a, t) -> a.withParties(replace(a.parties(), 0, p -> p.withEnglishName(t)))),
          required(
              "parties[0].aliases[1]",
              NAME,
              (a, t) -> a.withParties(replace(a.parties(), 0, p -> p.withAliases("부산시", t)))),
          required(
              "parties[1].representative.name",
              NAME,
              (a, t) -> a.withParties(replace(a.parties(), 1, p -> p.withRepresentative(p.representative().orElseThrow().withName(t))))),
          optional(
              "parties[1].representative.englishName",
              NAME,
              (a, t) -> a.withParties(replace(a.parties(), 1, p -> p.withRepresentative(p.representative().orElseThrow().withEnglishName(t))))),
          optional(
              "parties[1].representative.title",
              NAME,
              (a, t) -> a.withParties(replace(a.parties(), 1, p -> p.withRepresentative(p.representative().orElseThrow().withTitle(t))))),
          optional(
              "parties[1].parentOrganisation",
              NAME,
              (a, t) -> a.withParties(replace(a.parties(), 1, p -> p.withParentOrganisation(t)))),
          required(
              "commitments[1].summary",
              PROSE,
              (a, t) -> a.withCommitments(replace(a.commitments(), 1, c -> c.withSummary(t)))),
          optional(
              "commitments[0].englishSummary",
              PROSE,
              (a, t) -> a.withCommitments(replace(a.commitments(), 0, c -> c.withEnglishSummary(t)))),
          required(
              "commitments[1].beneficiaryGroups[0]",
              NAME,
              (a, t) -> a.withCommitments(replace(a.commitments(), 1, c -> c.withBeneficiaryGroups(t)))),
          optional(
              "commitments[1].quantities[0].label",
              NAME,
              (a, t) -> a.withCommitments(replace(a.commitments(), 1, c -> c.withQuantities(
                  Quantity.of(300, QuantityUnit.JOBS, Qualifier.AT_LEAST, t))))),
          required(
              "commitments[1].location.name",
              NAME,
              (a, t) -> a.withCommitments(replace(a.commitments(), 1, c -> c.withLocation(Location.of(t))))),
          optional(
              "commitments[1].conditions[0].description",
              PROSE,
              (a, t) -> a.withCommitments(replace(a.commitments(), 1, c -> c.withConditions(
                  Condition.builder().kind(ConditionKind.PERMIT).description(t).build())))),
          required(
              "commitments[1].milestones[0].description",
              PROSE,
              (a, t) -> commitment(a, 1, c -> c.withMilestones(milestone(c).withDescription(t)))),
          optional(
              "commitments[1].milestones[0].quantities[0].label",
              NAME,
              (a, t) -> commitment(a, 1, c -> c.withMilestones(milestone(c).withQuantities(
                  Quantity.of(100, QuantityUnit.JOBS, Qualifier.AT_LEAST, t))))),
          optional(
              "commitments[1].progress[0].summary",
              PROSE,
              (a, t) -> commitment(a, 1, c -> c.withProgress(progress(c).withSummary(t)))),
          optional(
              "commitments[1].progress[0].achieved[0].label",
              NAME,
              (a, t) -> commitment(a, 1, c -> pledgingJobs(c).withProgress(progress(c)
                  .withAchieved(Quantity.of(120, QuantityUnit.JOBS, Qualifier.AT_LEAST, t))))),
          optional(
              "commitments[1].statusHistory[0].note",
              PROSE,
              (a, t) -> commitment(a, 1, c -> c.withStatusHistory(CommitmentStatusChange.builder()
                  .status(c.status()).date(PartialDate.of(2024, 3)).note(t).build()))),
          required(
              "programmes[0].name",
              NAME,
              (a, t) -> a.withProgrammes(replace(a.programmes(), 0, p -> p.withName(t)))),
          optional(
              "programmes[0].englishName",
              NAME,
              (a, t) -> a.withProgrammes(replace(a.programmes(), 0, p -> p.withEnglishName(t)))),
          optional(
              "programmes[0].description",
              PROSE,
              (a, t) -> a.withProgrammes(replace(a.programmes(), 0, p -> p.withDescription(t)))),
          optional(
              "programmes[0].funder",
              NAME,
              (a, t) -> a.withProgrammes(replace(a.programmes(), 0, p -> p.withFunder(t)))),
          optional(
              "programmes[0].fundingShares[1].note",
              PROSE,
              (a, t) ->
                  a.withProgrammes(
                      replace(
                          a.programmes(),
                          0,
                          p -> p.withFundingShares(replace(p.fundingShares(), 1, s -> s.withNote(t)))))),
          optional(
              "programmes[0].statusHistory[0].note",
              PROSE,
              (a, t) -> a.withProgrammes(replace(a.programmes(), 0, p -> p.withStatusHistory(
                  ProgrammeStatusChange.builder().status(p.status()).date(PartialDate.of(2024, 3))
                      .note(t).build())))),
          required(
              "relatedAgreements[0].title",
              NAME,
              (a, t) -> a.withRelatedAgreements(replace(a.relatedAgreements(), 0, r -> r.withTitle(t)))),
          required(
              "relatedAgreements[0].counterparties[0]",
              NAME,
              (a, t) ->
                  a.withRelatedAgreements(replace(a.relatedAgreements(), 0, r -> r.withCounterparties(t)))),
          required(
              "sources[0].title",
              NAME,
              (a, t) -> a.withSources(replace(a.sources(), 0, s -> s.withTitle(t)))),
          optional(
              "sources[0].publisher",
              NAME,
              (a, t) -> a.withSources(replace(a.sources(), 0, s -> s.withPublisher(t)))),
          optional(
              "sources[0].author",
              NAME,
              (a, t) -> a.withSources(replace(a.sources(), 0, s -> s.withAuthor(t)))),
          required(
              "amendments[0].summary",
              PROSE,
              (a, t) -> a.withAmendments(Amendment.builder().date(LocalDate.of(2025, 6, 30))
                  .summary(t).build())),
          optional(
              "statusHistory[0].note",
              PROSE,
              (a, t) -> a.withStatusHistory(AgreementStatusChange.builder().status(a.status())
                  .date(PartialDate.of(2024, 3, 15)).note(t).build())),
          required("keywords[1]", NAME, (a, t) -> a.withKeywords("미래 모빌리티", t)));

  private TextPlaces() {}

  /** Every place. */
  static Stream<Place> all() {
    return ALL.stream();
  }

  /** The places whose text is required, and so may not be blank. */
  static Stream<Place> required() {
    return ALL.stream().filter(Place::required);
  }

  /** The places whose text is optional: blank text there is stored as absent. */
  static Stream<Place> optional() {
    return ALL.stream().filter(place -> !place.required());
  }

  private static Place required(
      String path, int limit, BiFunction<Agreement, String, Agreement> set) {
    return new Place(path, true, limit, set);
  }

  private static Place optional(
      String path, int limit, BiFunction<Agreement, String, Agreement> set) {
    return new Place(path, false, limit, set);
  }

  private static Agreement commitment(Agreement agreement, int index, UnaryOperator<Commitment> change) {
    return agreement.withCommitments(replace(agreement.commitments(), index, change));
  }

  /** The commitment's first milestone, or a new one: places inside it combine. */
  private static Milestone milestone(Commitment commitment) {
    return commitment.milestones().isEmpty()
        ? Milestone.of("1단계 준공") : commitment.milestones().get(0);
  }

  /** The commitment's first progress report, or a new one: places inside it combine. */
  private static ProgressReport progress(Commitment commitment) {
    return commitment.progress().isEmpty()
        ? ProgressReport.builder().asOf(PartialDate.of(2024, 12)).build()
        : commitment.progress().get(0);
  }

  /** A commitment that pledges jobs, so that a report of jobs achieved is in a pledged unit. */
  private static Commitment pledgingJobs(Commitment commitment) {
    return commitment.quantities().isEmpty()
        ? commitment.withQuantities(Quantity.of(300, QuantityUnit.JOBS)) : commitment;
  }

  private static Agreement signing(Agreement agreement, UnaryOperator<Signing> change) {
    return agreement.withSigning(change.apply(agreement.signing().orElseThrow()));
  }

  private static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(copy.get(index)));
    return copy;
  }
}
