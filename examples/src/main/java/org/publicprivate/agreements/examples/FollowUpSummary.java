package org.publicprivate.agreements.examples;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.StatusChange;

/**
 * The lines of {@link AgreementSummary} about the life of an agreement after signing: for each
 * commitment, its progress reports as pledged against achieved ({@code 일자리 300명 이상 중 120명
 * (40%), 2028-12 기준}), its milestones, its status history with dates and the sources it cites; for
 * each programme its status history; for the agreement its status history, its amendments and the
 * list of its sources, by which every fact above names its source. A record without these parts
 * gets no such line.
 *
 * <p>Numbers are written by {@link Quantity#toKoreanString()} and {@link
 * MoneyAmount#toKoreanString()} in both languages, as the rest of the summary writes them. A share
 * is rounded down, so that 99.6% does not read as done.
 */
final class FollowUpSummary {
  private FollowUpSummary() {}

  /** Appends the progress, milestones, status history and sources of a commitment. */
  static void commitment(StringBuilder text, Commitment commitment, boolean korean) {
    for (ProgressReport report : commitment.progress()) {
      progress(text, commitment, report, korean);
    }
    for (Milestone milestone : commitment.milestones()) {
      milestone(text, milestone, korean);
    }
    history(text, "    ", commitment.statusHistory(), CommitmentStatus::koreanName, korean);
    sources(text, "    ", commitment.sources(), korean);
  }

  /** Appends the status history and the sources of a programme. */
  static void programme(StringBuilder text, FundedProgramme programme, boolean korean) {
    history(text, "  ", programme.statusHistory(), ProgrammeStatus::koreanName, korean);
    sources(text, "  ", programme.sources(), korean);
  }

  /**
   * Appends the agreement's status history, its amendments and, when some source has an id, the
   * list of its sources.
   */
  static void agreement(StringBuilder text, Agreement agreement, boolean korean) {
    history(text, "", agreement.statusHistory(), AgreementStatus::koreanName, korean);
    if (!agreement.amendments().isEmpty()) {
      text.append(korean ? "변경:" : "Amendments:").append('\n');
      for (Amendment amendment : agreement.amendments()) {
        text.append("  ").append(amendment.date()).append(' ').append(amendment.summary());
        if (!amendment.changedPaths().isEmpty()) {
          text.append(" (").append(String.join(", ", amendment.changedPaths())).append(')');
        }
        cite(text, amendment.source(), korean);
        text.append('\n');
      }
    }
    if (agreement.sources().stream().anyMatch(source -> source.id().isPresent())) {
      text.append(korean ? "출처:" : "Sources:").append('\n');
      for (SourceDocument source : agreement.sources()) {
        source(text, source, korean);
      }
    }
  }

  private static void progress(StringBuilder text, Commitment commitment, ProgressReport report,
      boolean korean) {
    for (Quantity achieved : report.achieved()) {
      text.append(korean ? "    실적: " : "    Progress: ");
      Optional<Quantity> pledged = pledged(commitment, achieved);
      if (achieved.unit() != QuantityUnit.OTHER) {
        text.append(korean ? achieved.unit().koreanName() : achieved.unit().name()).append(' ');
      }
      figure(text, pledged.map(Quantity::toKoreanString), pledged.map(Quantity::value),
          achieved.toKoreanString(), achieved.value(), korean);
      asOf(text, report.asOf(), report.source(), korean);
    }
    report.spent().ifPresent(spent -> {
      text.append(korean ? "    실적: 집행 " : "    Progress: spent ");
      Optional<MoneyAmount> pledged = commitment.pledgedAmount();
      figure(text,
          pledged.map(amount -> commitment.amountQualifier().orElse(Qualifier.EXACTLY)
              .qualify(amount.toKoreanString())),
          pledged.map(MoneyAmount::won), spent.toKoreanString(), spent.won(), korean);
      asOf(text, report.asOf(), report.source(), korean);
    });
  }

  /**
   * {@code 300명 이상 중 120명 (40%)}, or in English {@code 120명 of 300명 이상 (40%)}; without a
   * pledge the figure alone, and against a pledge of zero no share.
   */
  private static void figure(StringBuilder text, Optional<String> pledged,
      Optional<Long> pledgedValue, String achieved, long achievedValue, boolean korean) {
    if (pledged.isEmpty()) {
      text.append(achieved);
      return;
    }
    if (korean) {
      text.append(pledged.get()).append(" 중 ").append(achieved);
    } else {
      text.append(achieved).append(" of ").append(pledged.get());
    }
    long whole = pledgedValue.orElseThrow();
    if (whole > 0) {
      // Money goes up to Long.MAX_VALUE won: a hundredfold of it needs more than a long.
      text.append(" (").append(BigInteger.valueOf(achievedValue).multiply(BigInteger.valueOf(100))
          .divide(BigInteger.valueOf(whole))).append("%)");
    }
  }

  private static void asOf(StringBuilder text, PartialDate asOf, Optional<SourceId> source,
      boolean korean) {
    text.append(korean ? ", " + asOf + " 기준" : ", as of " + asOf);
    cite(text, source, korean);
    text.append('\n');
  }

  /**
   * The commitment's pledged quantity the achieved one counts against: the one of its unit, and
   * for {@link QuantityUnit#OTHER}, of its label too.
   */
  private static Optional<Quantity> pledged(Commitment commitment, Quantity achieved) {
    return commitment.quantities().stream()
        .filter(pledged -> pledged.unit() == achieved.unit()
            && (achieved.unit() != QuantityUnit.OTHER || pledged.label().equals(achieved.label())))
        .findFirst();
  }

  private static void milestone(StringBuilder text, Milestone milestone, boolean korean) {
    text.append(korean ? "    이정표: " : "    Milestone: ").append(milestone.description())
        .append(" — ")
        .append(korean ? milestone.status().koreanName() : milestone.status().name());
    String dates = String.join(", ", List.of(
            milestone.due().map(due -> (korean ? "기한 " : "due ") + due),
            milestone.metOn().map(met -> (korean ? "달성 " : "met ") + met))
        .stream().flatMap(Optional::stream).toList());
    if (!dates.isEmpty()) {
      text.append(" (").append(dates).append(')');
    }
    for (Quantity quantity : milestone.quantities()) {
      text.append(" · ").append(quantity.toKoreanString());
    }
    text.append('\n');
  }

  private static <S extends Enum<S>> void history(StringBuilder text, String indent,
      List<? extends StatusChange<S>> history, Function<S, String> koreanName, boolean korean) {
    if (history.isEmpty()) {
      return;
    }
    text.append(indent).append(korean ? "상태 이력:" : "Status history:").append('\n');
    for (StatusChange<S> change : history) {
      text.append(indent).append("  ").append(change.date()).append(' ')
          .append(korean ? koreanName.apply(change.status()) : change.status().name());
      change.note().ifPresent(note -> text.append(" — ").append(note));
      cite(text, change.source(), korean);
      text.append('\n');
    }
  }

  private static void sources(StringBuilder text, String indent, List<SourceId> sources,
      boolean korean) {
    if (!sources.isEmpty()) {
      text.append(indent).append(korean ? "출처: " : "Sources: ")
          .append(sources.stream().map(SourceId::value).collect(Collectors.joining(", ")))
          .append('\n');
    }
  }

  private static void source(StringBuilder text, SourceDocument source, boolean korean) {
    text.append("  ").append(source.id().map(id -> id.value() + ": ").orElse("- "));
    source.kind().ifPresent(kind -> text.append(korean ? kind.koreanName() : kind.name())
        .append(" · "));
    text.append(source.title());
    source.publisher().ifPresent(publisher -> text.append(" · ").append(publisher));
    source.publishedOn().ifPresent(date -> text.append(" · ").append(date));
    text.append('\n');
  }

  private static void cite(StringBuilder text, Optional<SourceId> source, boolean korean) {
    source.ifPresent(id -> text.append(korean ? " [출처: " : " [source: ").append(id.value())
        .append(']'));
  }
}
