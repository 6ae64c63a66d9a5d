package org.publicprivate.agreements.format;

import java.util.function.Supplier;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MilestoneStatus;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.StatusChange;
import org.publicprivate.agreements.attributes.AmendmentAttribute;
import org.publicprivate.agreements.attributes.MilestoneAttribute;
import org.publicprivate.agreements.attributes.ProgressReportAttribute;
import org.publicprivate.agreements.attributes.StatusChangeAttribute;

/**
 * The JSON of what became of an agreement after its signing (format version 2): {@link
 * StatusChange}s, {@link Milestone}s, {@link ProgressReport}s and {@link Amendment}s.
 */
final class HistoryFormat {
  static final Shape<MilestoneAttribute> MILESTONE =
      Shape.of(Milestone.class, MilestoneAttribute.class);
  static final Shape<ProgressReportAttribute> PROGRESS =
      Shape.of(ProgressReport.class, ProgressReportAttribute.class);
  static final Shape<AmendmentAttribute> AMENDMENT =
      Shape.of(Amendment.class, AmendmentAttribute.class);
  private static final MilestoneStatus[] MILESTONE_STATUSES = MilestoneStatus.values();
  private static final Name[] MILESTONE_STATUS_NAMES = Name.of(MilestoneStatus.class);

  private HistoryFormat() {}

  /**
   * A reader and a writer of the status changes of one status enumeration: {@code
   * {"status": "IN_PROGRESS", "date": "2024-03", "note": "…", "source": "press-2024-03"}}.
   *
   * @param <S> the status enumeration
   * @param <C> the status change type of that enumeration
   */
  static final class StatusChanges<S extends Enum<S>, C extends StatusChange<S>>
      implements Output.ValueWriter<C> {
    /** The shape of this type's changes: one per type, so that each keeps its own free builder. */
    private final Shape<StatusChangeAttribute> shape =
        Shape.of(StatusChange.class, StatusChangeAttribute.class);
    private final Supplier<? extends StatusChange.Builder<S, C>> builders;
    private final S[] statuses;
    private final Name[] names;

    StatusChanges(Class<S> type, Supplier<? extends StatusChange.Builder<S, C>> builders) {
      this.builders = builders;
      this.statuses = type.getEnumConstants();
      this.names = Name.of(type);
    }

    C read(Input in) {
      StatusChange.Builder<S, C> change = in.builder(shape, builders).clear();
      for (StatusChangeAttribute attribute = in.first(shape); attribute != null; ) {
        Object read = switch (attribute) {
          case STATUS -> change.status(in.constant(statuses));
          case DATE -> change.date(Values.partialDate(in));
          case NOTE -> change.note(in.string());
          case SOURCE -> change.source(Values.sourceId(in));
        };
        attribute = in.next(shape);
      }
      return in.build(shape, change, StatusChange.Builder::build);
    }

    /** Writes one change; this object is its own value writer, so that passing it makes none. */
    @Override
    public void write(Output out, C change) {
      out.start(shape);
      out.constant(shape.name(StatusChangeAttribute.STATUS), names[change.status().ordinal()]);
      out.string(shape.name(StatusChangeAttribute.DATE), change.date().toString());
      out.text(shape.name(StatusChangeAttribute.NOTE), change.note());
      out.text(shape.name(StatusChangeAttribute.SOURCE), change.source());
      out.end(shape);
    }
  }

  /** Reads {@code {"description": "공장 착공", "due": "2025", "status": "MET", "metOn": "2025-04"}}. */
  static Milestone readMilestone(Input in) {
    Milestone.Builder milestone = in.builder(MILESTONE, Milestone::builder).clear();
    for (MilestoneAttribute attribute = in.first(MILESTONE); attribute != null; ) {
      Object read = switch (attribute) {
        case DESCRIPTION -> milestone.description(in.string());
        case DUE -> milestone.due(Values.partialDate(in));
        case STATUS -> milestone.status(in.constant(MILESTONE_STATUSES));
        case MET_ON -> milestone.metOn(Values.partialDate(in));
        case QUANTITIES ->
            in.readArray(milestone, (b, i) -> b.addQuantity(PledgeFormat.readQuantity(i)));
      };
      attribute = in.next(MILESTONE);
    }
    return in.build(MILESTONE, milestone, Milestone.Builder::build);
  }

  /** Writes a milestone, its status always, as a commitment's. */
  static void writeMilestone(Output out, Milestone milestone) {
    out.start(MILESTONE);
    out.string(MILESTONE.name(MilestoneAttribute.DESCRIPTION), milestone.description());
    out.text(MILESTONE.name(MilestoneAttribute.DUE), milestone.due());
    out.constant(MILESTONE.name(MilestoneAttribute.STATUS),
        MILESTONE_STATUS_NAMES[milestone.status().ordinal()]);
    out.text(MILESTONE.name(MilestoneAttribute.MET_ON), milestone.metOn());
    out.list(MILESTONE.name(MilestoneAttribute.QUANTITIES),
        milestone.quantities(), PledgeFormat::writeQuantity);
    out.end(MILESTONE);
  }

  /** Reads {@code {"asOf": "2024-12", "achieved": [{"value": 120, "unit": "JOBS"}], …}}. */
  static ProgressReport readProgress(Input in) {
    ProgressReport.Builder report = in.builder(PROGRESS, ProgressReport::builder).clear();
    for (ProgressReportAttribute attribute = in.first(PROGRESS); attribute != null; ) {
      Object read = switch (attribute) {
        case AS_OF -> report.asOf(Values.partialDate(in));
        case SUMMARY -> report.summary(in.string());
        case ACHIEVED ->
            in.readArray(report, (b, i) -> b.addAchieved(PledgeFormat.readQuantity(i)));
        case SPENT -> report.spent(Values.money(in));
        case SOURCE -> report.source(Values.sourceId(in));
      };
      attribute = in.next(PROGRESS);
    }
    return in.build(PROGRESS, report, ProgressReport.Builder::build);
  }

  static void writeProgress(Output out, ProgressReport report) {
    out.start(PROGRESS);
    out.string(PROGRESS.name(ProgressReportAttribute.AS_OF), report.asOf().toString());
    out.text(PROGRESS.name(ProgressReportAttribute.SUMMARY), report.summary());
    out.list(PROGRESS.name(ProgressReportAttribute.ACHIEVED),
        report.achieved(), PledgeFormat::writeQuantity);
    out.value(PROGRESS.name(ProgressReportAttribute.SPENT), report.spent(), Values::writeMoney);
    out.text(PROGRESS.name(ProgressReportAttribute.SOURCE), report.source());
    out.end(PROGRESS);
  }

  /** Reads {@code {"date": "2025-06-30", "summary": "…", "changedPaths": ["commitments[0].due"]}}. */
  static Amendment readAmendment(Input in) {
    Amendment.Builder amendment = in.builder(AMENDMENT, Amendment::builder).clear();
    for (AmendmentAttribute attribute = in.first(AMENDMENT); attribute != null; ) {
      Object read = switch (attribute) {
        case DATE -> amendment.date(Values.date(in));
        case SUMMARY -> amendment.summary(in.string());
        case CHANGED_PATHS -> in.readArray(amendment, (b, i) -> b.addChangedPath(i.string()));
        case SOURCE -> amendment.source(Values.sourceId(in));
      };
      attribute = in.next(AMENDMENT);
    }
    return in.build(AMENDMENT, amendment, Amendment.Builder::build);
  }

  static void writeAmendment(Output out, Amendment amendment) {
    out.start(AMENDMENT);
    out.value(AMENDMENT.name(AmendmentAttribute.DATE), amendment.date(), Values::writeDate);
    out.string(AMENDMENT.name(AmendmentAttribute.SUMMARY), amendment.summary());
    out.strings(AMENDMENT.name(AmendmentAttribute.CHANGED_PATHS), amendment.changedPaths());
    out.text(AMENDMENT.name(AmendmentAttribute.SOURCE), amendment.source());
    out.end(AMENDMENT);
  }
}
