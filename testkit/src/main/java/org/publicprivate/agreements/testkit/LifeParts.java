package org.publicprivate.agreements.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.SourceKind;
import org.publicprivate.agreements.StatusChange;

/**
 * The life after signing that {@link AgreementGens#validAgreements()} adds to the agreements of
 * version 2, drawn after everything else so that the draws of the other parts stay as they were:
 * source documents with distinct ids, and histories, milestones, progress reports and amendments
 * that break no ERROR rule and raise no WARNING of theirs. Every source reference names a source
 * document's id; every history's dates go forwards (a partial date as its earliest day) and ends
 * in the current status; progress reports go forwards and achieve only units the commitment
 * pledges; a milestone has {@code metOn} exactly when it is MET; amendments go forwards from the
 * signing day, and only signed agreements have them.
 */
final class LifeParts {
  private static final Comparator<PartialDate> BY_EARLIEST_DAY =
      Comparator.comparing(PartialDate::earliest);

  private LifeParts() {}

  /** The agreement with its life after signing added. */
  static Gen<Agreement> addTo(Agreement agreement) {
    return Gens.composite("life after signing", draw -> {
      List<SourceDocument> sources = new ArrayList<>();
      for (int i = 0; i < agreement.sources().size(); i++) {
        sources.add(draw.next(identified(agreement.sources().get(i), SourceId.of("s-" + i))));
      }
      List<SourceId> ids = sources.stream().map(source -> source.id().orElseThrow()).toList();
      Gen<Optional<SourceId>> cite = ids.isEmpty()
          ? Gens.constant(Optional.empty()) : Gens.optionals(Gens.elements(ids));
      Gen<List<SourceId>> cites = ids.isEmpty()
          ? Gens.constant(List.of())
          : Gens.listOf(Gens.elements(ids), 0, 2).map(list -> List.copyOf(new LinkedHashSet<>(list)));
      List<Commitment> commitments = new ArrayList<>();
      for (Commitment commitment : agreement.commitments()) {
        commitments.add(commitment
            .withMilestones(draw.next(Gens.listOf(milestones(), 0, 2)))
            .withProgress(draw.next(progress(commitment, cite)))
            .withStatusHistory(draw.next(history(commitment.status(), CommitmentStatus.values(),
                CommitmentStatusChange::builder, cite)))
            .withSources(draw.next(cites)));
      }
      List<FundedProgramme> programmes = new ArrayList<>();
      for (FundedProgramme programme : agreement.programmes()) {
        programmes.add(programme
            .withStatusHistory(draw.next(history(programme.status(), ProgrammeStatus.values(),
                ProgrammeStatusChange::builder, cite)))
            .withSources(draw.next(cites)));
      }
      Optional<LocalDate> signed = agreement.signing().map(signing -> signing.date());
      return agreement
          .withSources(sources)
          .withCommitments(commitments)
          .withProgrammes(programmes)
          .withAmendments(draw.next(amendments(signed, agreement.commitments().size(), cite)))
          .withStatusHistory(draw.next(history(agreement.status(), AgreementStatus.values(),
              AgreementStatusChange::builder, cite)));
    });
  }

  /** The source with an id and sometimes the other attributes of version 2. */
  private static Gen<SourceDocument> identified(SourceDocument source, SourceId id) {
    return Gens.composite("source version 2", draw -> SourceDocument.builder().from(source)
        .id(id)
        .kind(draw.next(Gens.optionals(Gens.elements(SourceKind.values()))))
        .author(draw.next(Gens.optionals(ValueGens.koreanPersonNames())))
        .publishedTime(draw.next(Gens.optionals(ValueGens.times())))
        .language(draw.next(Gens.optionals(ValueGens.languageTags())))
        .retrievedOn(draw.next(Gens.optionals(ValueGens.dates())))
        .sha256(draw.next(Gens.optionals(sha256())))
        .build());
  }

  /** 64 lower-case hexadecimal digits. */
  static Gen<String> sha256() {
    return Gens.listOf(Gens.longs(0, Long.MAX_VALUE), 4, 4).map(parts -> {
      StringBuilder hex = new StringBuilder(64);
      for (long part : parts) {
        String digits = Long.toHexString(part);
        hex.append("0".repeat(16 - digits.length())).append(digits);
      }
      return hex.toString();
    });
  }

  /** Milestones with {@code metOn} exactly when they are MET. */
  static Gen<Milestone> milestones() {
    return Gens.composite("milestone", draw -> {
      MilestoneStatus status = draw.next(Gens.elements(MilestoneStatus.values()));
      return Milestone.builder()
          .description(draw.next(ValueGens.hangulWords()))
          .due(draw.next(Gens.optionals(ValueGens.partialDates())))
          .status(status)
          .metOn(status == MilestoneStatus.MET
              ? Optional.of(draw.next(ValueGens.partialDates())) : Optional.empty())
          .quantities(draw.next(Gens.listOf(ValueGens.quantities(), 0, 1)))
          .build();
    });
  }

  /** 0 to 3 dates in order of their earliest days. */
  private static Gen<List<PartialDate>> datesInOrder(int max) {
    return Gens.listOf(ValueGens.partialDates(), 0, max)
        .map(dates -> dates.stream().sorted(BY_EARLIEST_DAY).toList());
  }

  /** Progress reports going forwards that achieve only units the commitment pledges. */
  private static Gen<List<ProgressReport>> progress(Commitment commitment,
      Gen<Optional<SourceId>> cite) {
    Set<QuantityUnit> units = new LinkedHashSet<>();
    commitment.quantities().forEach(quantity -> units.add(quantity.unit()));
    List<QuantityUnit> pledged = List.copyOf(units);
    return Gens.composite("progress", draw -> {
      List<ProgressReport> reports = new ArrayList<>();
      for (PartialDate asOf : draw.next(datesInOrder(2))) {
        List<Quantity> achieved = new ArrayList<>();
        for (QuantityUnit unit : pledged) {
          if (draw.next(Gens.booleans())) {
            achieved.add(unit == QuantityUnit.OTHER
                ? Quantity.of(draw.next(Gens.longs(0, 1_000_000)), unit, Qualifier.EXACTLY, "MW")
                : Quantity.of(draw.next(Gens.longs(0, 1_000_000)), unit));
          }
        }
        reports.add(ProgressReport.builder()
            .asOf(asOf)
            .summary(draw.next(Gens.optionals(ValueGens.hangulWords())))
            .achieved(achieved)
            .spent(draw.next(Gens.optionals(ValueGens.money())))
            .source(draw.next(cite))
            .build());
      }
      return reports;
    });
  }

  /** A history going forwards whose last status is {@code current}. */
  private static <S extends Enum<S>, C extends StatusChange<S>> Gen<List<C>> history(S current,
      S[] statuses, Supplier<? extends StatusChange.Builder<S, C>> builders,
      Gen<Optional<SourceId>> cite) {
    return Gens.composite("status history", draw -> {
      List<PartialDate> dates = draw.next(datesInOrder(3));
      List<C> changes = new ArrayList<>();
      for (int i = 0; i < dates.size(); i++) {
        S status = i == dates.size() - 1 ? current : draw.next(Gens.elements(statuses));
        changes.add(builders.get()
            .status(status)
            .date(dates.get(i))
            .note(draw.next(Gens.optionals(ValueGens.hangulWords())))
            .source(draw.next(cite))
            .build());
      }
      return changes;
    });
  }

  /**
   * Amendments going forwards, none before the signing day, changing paths of the model; none
   * when the agreement has no signing (it is amended after it is signed, and a user who signs a
   * draft later must not find amendments before the day they choose).
   */
  private static Gen<List<Amendment>> amendments(Optional<LocalDate> signed, int commitments,
      Gen<Optional<SourceId>> cite) {
    if (signed.isEmpty()) {
      return Gens.constant(List.of());
    }
    List<String> paths = new ArrayList<>(List.of("title", "purpose", "effectivePeriod.end",
        "parties", "keywords"));
    for (int i = 0; i < Math.min(commitments, 3); i++) {
      paths.add("commitments[" + i + "].pledgedAmount");
      paths.add("commitments[" + i + "].due");
    }
    LocalDate first = signed.get();
    return Gens.composite("amendments", draw -> {
      List<Long> offsets = new ArrayList<>(
          draw.next(Gens.listOf(Gens.longs(0, 3_650), 0, 2)));
      offsets.sort(null);
      List<Amendment> amendments = new ArrayList<>();
      for (long offset : offsets) {
        amendments.add(Amendment.builder()
            .date(first.plusDays(offset))
            .summary(draw.next(ValueGens.hangulWords()))
            .changedPaths(draw.next(Gens.listOf(Gens.elements(paths), 0, 2)))
            .source(draw.next(cite))
            .build());
      }
      return amendments;
    });
  }
}
