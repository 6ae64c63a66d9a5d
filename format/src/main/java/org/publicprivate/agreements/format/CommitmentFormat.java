package org.publicprivate.agreements.format;

import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.CommitmentStatusChange;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.attributes.CommitmentAttribute;

/** The JSON of a {@link Commitment}. */
final class CommitmentFormat {
  static final Shape<CommitmentAttribute> COMMITMENT = Shape.of(Commitment.class, CommitmentAttribute.class);
  private static final CommitmentCategory[] CATEGORIES = CommitmentCategory.values();
  private static final ObligationLevel[] OBLIGATIONS = ObligationLevel.values();
  private static final CommitmentStatus[] STATUSES = CommitmentStatus.values();
  private static final Name[] CATEGORY_NAMES = Name.of(CommitmentCategory.class);
  private static final Name[] OBLIGATION_NAMES = Name.of(ObligationLevel.class);
  private static final Name[] STATUS_NAMES = Name.of(CommitmentStatus.class);
  static final HistoryFormat.StatusChanges<CommitmentStatus, CommitmentStatusChange>
      HISTORY =
          new HistoryFormat.StatusChanges<>(CommitmentStatus.class, CommitmentStatusChange::builder);

  private CommitmentFormat() {}

  static Commitment read(Input in) {
    Commitment.Builder commitment = in.builder(COMMITMENT, Commitment::builder).clear();
    for (CommitmentAttribute attribute = in.first(COMMITMENT); attribute != null; ) {
      Object read = switch (attribute) {
        case ID -> commitment.id(Values.text(in, CommitmentId::of));
        case PARTIES -> in.readArray(commitment, (b, i) -> b.addParty(Values.text(i, PartyId::of)));
        case SUMMARY -> commitment.summary(in.string());
        case ENGLISH_SUMMARY -> commitment.englishSummary(in.string());
        case CATEGORY -> commitment.category(in.constant(CommitmentCategory.class, CATEGORIES));
        case OBLIGATION -> commitment.obligation(in.constant(ObligationLevel.class, OBLIGATIONS));
        case STATUS -> commitment.status(in.constant(CommitmentStatus.class, STATUSES));
        case BENEFICIARIES ->
            in.readArray(commitment, (b, i) -> b.addBeneficiary(Values.text(i, PartyId::of)));
        case BENEFICIARY_GROUPS ->
            in.readArray(commitment, (b, i) -> b.addBeneficiaryGroup(i.string()));
        case PLEDGED_AMOUNT -> commitment.pledgedAmount(Values.money(in));
        case AMOUNT_QUALIFIER -> commitment.amountQualifier(PledgeFormat.qualifier(in));
        case FOREIGN_AMOUNT -> commitment.foreignAmount(PledgeFormat.readForeignAmount(in));
        case QUANTITIES ->
            in.readArray(commitment, (b, i) -> b.addQuantity(PledgeFormat.readQuantity(i)));
        case LOCATION -> commitment.location(PledgeFormat.readLocation(in));
        case DUE -> commitment.due(Values.date(in));
        case PROGRAMME -> commitment.programme(Values.text(in, ProgrammeId::of));
        case CONDITIONS ->
            in.readArray(commitment, (b, i) -> b.addCondition(PledgeFormat.readCondition(i)));
        case DEPENDS_ON ->
            in.readArray(commitment, (b, i) -> b.addDependsOn(Values.text(i, CommitmentId::of)));
        case MILESTONES ->
            in.readArray(commitment, (b, i) -> b.addMilestone(HistoryFormat.readMilestone(i)));
        case PROGRESS ->
            in.readArray(commitment, (b, i) -> b.addProgress(HistoryFormat.readProgress(i)));
        case STATUS_HISTORY ->
            in.readArray(commitment, (b, i) -> b.addStatusHistory(HISTORY.read(i)));
        case SOURCES ->
            in.readArray(commitment, (b, i) -> b.addSource(Values.sourceId(i)));
        case EXTENSIONS -> ExtensionFormat.read(in, commitment::putExtension);
      };
      attribute = in.next(COMMITMENT);
    }
    return in.build(COMMITMENT, commitment, Commitment.Builder::build);
  }

  static void write(Output out, Commitment commitment) {
    for (CommitmentAttribute attribute = out.first(COMMITMENT); attribute != null; ) {
      Name name = COMMITMENT.name(attribute);
      Output written = switch (attribute) {
        case ID -> out.string(name, commitment.id().value());
        case PARTIES -> out.strings(name, commitment.parties());
        case SUMMARY -> out.string(name, commitment.summary());
        case ENGLISH_SUMMARY -> out.text(name, commitment.englishSummary());
        case CATEGORY -> out.constant(name, CATEGORY_NAMES[commitment.category().ordinal()]);
        case OBLIGATION -> out.constant(name, OBLIGATION_NAMES[commitment.obligation().ordinal()]);
        case STATUS -> out.constant(name, STATUS_NAMES[commitment.status().ordinal()]);
        case BENEFICIARIES -> out.strings(name, commitment.beneficiaries());
        case BENEFICIARY_GROUPS -> out.strings(name, commitment.beneficiaryGroups());
        case PLEDGED_AMOUNT -> out.value(name, commitment.pledgedAmount(), Values::writeMoney);
        case AMOUNT_QUALIFIER -> out.value(name, commitment.amountQualifier(),
            PledgeFormat::writeQualifier);
        case FOREIGN_AMOUNT ->
            out.value(name, commitment.foreignAmount(), PledgeFormat::writeForeignAmount);
        case QUANTITIES -> out.list(name, commitment.quantities(), PledgeFormat::writeQuantity);
        case LOCATION -> out.value(name, commitment.location(), PledgeFormat::writeLocation);
        case DUE -> out.value(name, commitment.due(), Values::writeDate);
        case PROGRAMME -> out.text(name, commitment.programme());
        case CONDITIONS -> out.list(name, commitment.conditions(), PledgeFormat::writeCondition);
        case DEPENDS_ON -> out.strings(name, commitment.dependsOn());
        case MILESTONES -> out.list(name, commitment.milestones(), HistoryFormat::writeMilestone);
        case PROGRESS -> out.list(name, commitment.progress(), HistoryFormat::writeProgress);
        case STATUS_HISTORY -> out.list(name, commitment.statusHistory(), HISTORY::write);
        case SOURCES -> out.strings(name, commitment.sources());
        case EXTENSIONS -> ExtensionFormat.write(out, name, commitment.extensions());
      };
      attribute = written.next(COMMITMENT, attribute);
    }
  }
}
