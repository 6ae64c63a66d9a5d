package org.publicprivate.agreements.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.AgreementStatusChange;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.CommitmentStatusChange;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MilestoneStatus;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.ProgrammeStatusChange;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.SourceKind;
import org.publicprivate.agreements.StatusChange;

/**
 * The life after signing that {@link AgreementGens#agreements()} adds, consistent or not: the
 * inconsistent histories each rule of the life after signing catches come out with some
 * probability. Source documents draw their ids from {@code s1} and {@code s2}, so two sometimes
 * share one, and references draw from {@code s1}, {@code s2} and {@code s9}, which no source
 * holds; statuses, dates and units are drawn independently of one another, so histories go
 * backwards and end in another status than the current one, progress reports go backwards and
 * achieve units no quantity pledges, a milestone's {@code metOn} comes without MET and MET without
 * it, and amendments go backwards and fall before the signing day (their days are drawn over the
 * same years as the signing's).
 *
 * <p>Drawn after every other part of the agreement, so that the draws of those parts stay as they
 * were.
 */
final class ArbitraryLife {
  private static final Gen<Optional<SourceId>> CITE =
      Gens.optionals(Gens.elements("s1", "s2", "s9").map(SourceId::of));
  private static final Gen<List<SourceId>> CITES =
      Gens.listOf(Gens.elements("s1", "s2", "s9").map(SourceId::of), 0, 2);
  /** Few distinct days, so that dates repeat (ties are allowed) and go backwards often. */
  private static final Gen<PartialDate> DATES = Gens.oneOf(
      Gens.ints(2021, 2024).map(PartialDate::of),
      Gens.combine(Gens.ints(2021, 2024), Gens.ints(1, 12), PartialDate::of),
      Gens.combine(Gens.ints(2021, 2024), Gens.ints(1, 12), (year, month) ->
          PartialDate.of(year, month, 15)));
  /** JOBS and SQUARE_METRES, which the arbitrary commitments pledge, and PEOPLE, which they never do. */
  private static final Gen<Quantity> ACHIEVED = Gens.combine(
      Gens.elements(QuantityUnit.JOBS, QuantityUnit.SQUARE_METRES, QuantityUnit.PEOPLE),
      Gens.longs(0, 1_000), (unit, value) -> Quantity.of(value, unit));
  private static final Gen<String> PATHS =
      Gens.elements("title", "parties", "commitments[0].due", "commitments[1].pledgedAmount");

  private ArbitraryLife() {}

  /** The agreement with arbitrary sources, histories, milestones, progress and amendments. */
  static Gen<Agreement> addTo(Agreement agreement, Gen<String> texts) {
    return Gens.composite("arbitrary life after signing", draw -> {
      List<Commitment> commitments = new ArrayList<>();
      for (Commitment commitment : agreement.commitments()) {
        commitments.add(commitment
            .withMilestones(draw.next(Gens.listOf(milestones(texts), 0, 2)))
            .withProgress(draw.next(Gens.listOf(progress(texts), 0, 2)))
            .withStatusHistory(draw.next(history(CommitmentStatus.values(),
                CommitmentStatusChange::builder, texts)))
            .withSources(draw.next(CITES)));
      }
      List<FundedProgramme> programmes = new ArrayList<>();
      for (FundedProgramme programme : agreement.programmes()) {
        programmes.add(programme
            .withStatusHistory(draw.next(history(ProgrammeStatus.values(),
                ProgrammeStatusChange::builder, texts)))
            .withSources(draw.next(CITES)));
      }
      return agreement
          .withCommitments(commitments)
          .withProgrammes(programmes)
          .withAmendments(draw.next(Gens.listOf(amendments(texts), 0, 2)))
          .withStatusHistory(draw.next(history(AgreementStatus.values(),
              AgreementStatusChange::builder, texts)))
          .withSources(draw.next(Gens.listOf(sources(texts), 0, 3)));
    });
  }

  private static Gen<SourceDocument> sources(Gen<String> texts) {
    return Gens.composite("source", draw -> SourceDocument.builder()
        .id(draw.next(Gens.optionals(Gens.elements("s1", "s2").map(SourceId::of))))
        .kind(draw.next(Gens.optionals(Gens.elements(SourceKind.values()))))
        .title(draw.next(texts))
        .build());
  }

  private static Gen<Milestone> milestones(Gen<String> texts) {
    return Gens.composite("milestone", draw -> Milestone.builder()
        .description(draw.next(texts))
        .due(draw.next(Gens.optionals(DATES)))
        .status(draw.next(Gens.elements(MilestoneStatus.values())))
        .metOn(draw.next(Gens.optionals(DATES)))
        .build());
  }

  private static Gen<ProgressReport> progress(Gen<String> texts) {
    return Gens.composite("progress report", draw -> ProgressReport.builder()
        .asOf(draw.next(DATES))
        .summary(draw.next(Gens.optionals(texts)))
        .achieved(draw.next(Gens.listOf(ACHIEVED, 0, 2)))
        .source(draw.next(CITE))
        .build());
  }

  private static <S extends Enum<S>, C extends StatusChange<S>> Gen<List<C>> history(
      S[] statuses, Supplier<? extends StatusChange.Builder<S, C>> builders, Gen<String> texts) {
    return Gens.listOf(Gens.composite("status change", draw -> builders.get()
        .status(draw.next(Gens.elements(statuses)))
        .date(draw.next(DATES))
        .note(draw.next(Gens.optionals(texts)))
        .source(draw.next(CITE))
        .build()), 0, 3);
  }

  private static Gen<Amendment> amendments(Gen<String> texts) {
    return Gens.composite("amendment", draw -> Amendment.builder()
        .date(draw.next(ValueGens.dates()))
        .summary(draw.next(texts))
        .changedPaths(draw.next(Gens.listOf(PATHS, 0, 2)))
        .source(draw.next(CITE))
        .build());
  }
}
