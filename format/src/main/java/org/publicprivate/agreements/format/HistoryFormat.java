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
  static final class StatusChanges<S extends Enum<S>, C extends StatusChange<S>> {
    /** The shape of this type's changes: one per type, so that each keeps its own free builder. */
    private final Shape<StatusChangeAttribute> shape =
        Shape.of(StatusChange.class, StatusChangeAttribute.class);
    private final Class<S> type;
    private final Supplier<? extends StatusChange.Builder<S, C>> builders;
    private final S[] statuses;
    private final Name[] names;

    StatusChanges(Class<S> type, Supplier<? extends StatusChange.Builder<S, C>> builders) {
      this.type = type;
      this.builders = builders;
      this.statuses = type.getEnumConstants();
      this.names = Name.of(type);
    }

    C read(Input in) {
      StatusChange.Builder<S, C> change = in.builder(shape, builders).clear();
      for (StatusChangeAttribute attribute = in.first(shape); attribute != null; ) {
        Object read = switch (attribute) {
          case STATUS -> change.status(in.constant(type, statuses));
          case DATE -> change.date(Values.partialDate(in));
          case NOTE -> change.note(in.string());
          case SOURCE -> change.source(Values.sourceId(in));
        };
        attribute = in.next(shape);
      }
      return in.build(shape, change, StatusChange.Builder::build);
    }

    void write(Output out, C change) {
      for (StatusChangeAttribute attribute = out.first(shape); attribute != null; ) {
        Name name = shape.name(attribute);
        Output written = switch (attribute) {
          case STATUS -> out.constant(name, names[change.status().ordinal()]);
          case DATE -> out.string(name, change.date().toString());
          case NOTE -> out.text(name, change.note());
          case SOURCE -> out.text(name, change.source());
        };
        attribute = written.next(shape, attribute);
      }
    }
  }

  /** Reads {@code {"description": "공장 착공", "due": "2025", "status": "MET", "metOn": "2025-04"}}. */
  static Milestone readMilestone(Input in) {
    Milestone.Builder milestone = in.builder(MILESTONE, Milestone::builder).clear();
    for (MilestoneAttribute attribute = in.first(MILESTONE); attribute != null; ) {
      Object read = switch (attribute) {
        case DESCRIPTION -> milestone.description(in.string());
        case DUE -> milestone.due(Values.partialDate(in));
        case STATUS -> milestone.status(in.constant(MilestoneStatus.class, MILESTONE_STATUSES));
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
    for (MilestoneAttribute attribute = out.first(MILESTONE); attribute != null; ) {
      Name name = MILESTONE.name(attribute);
      Output written = switch (attribute) {
        case DESCRIPTION -> out.string(name, milestone.description());
        case DUE -> out.text(name, milestone.due());
        case STATUS -> out.constant(name, MILESTONE_STATUS_NAMES[milestone.status().ordinal()]);
        case MET_ON -> out.text(name, milestone.metOn());
        case QUANTITIES -> out.list(name, milestone.quantities(), PledgeFormat::writeQuantity);
      };
      attribute = written.next(MILESTONE, attribute);
    }
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
    for (ProgressReportAttribute attribute = out.first(PROGRESS); attribute != null; ) {
      Name name = PROGRESS.name(attribute);
      Output written = switch (attribute) {
        case AS_OF -> out.string(name, report.asOf().toString());
        case SUMMARY -> out.text(name, report.summary());
        case ACHIEVED -> out.list(name, report.achieved(), PledgeFormat::writeQuantity);
        case SPENT -> out.value(name, report.spent(), Values::writeMoney);
        case SOURCE -> out.text(name, report.source());
      };
      attribute = written.next(PROGRESS, attribute);
    }
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
    for (AmendmentAttribute attribute = out.first(AMENDMENT); attribute != null; ) {
      Name name = AMENDMENT.name(attribute);
      Output written = switch (attribute) {
        case DATE -> out.value(name, amendment.date(), Values::writeDate);
        case SUMMARY -> out.string(name, amendment.summary());
        case CHANGED_PATHS -> out.strings(name, amendment.changedPaths());
        case SOURCE -> out.text(name, amendment.source());
      };
      attribute = written.next(AMENDMENT, attribute);
    }
  }
}
