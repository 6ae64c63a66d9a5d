package org.publicprivate.agreements.format;

import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.CommitmentStatusChange;
import org.publicprivate.agreements.ObligationLevel;
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
        case PARTIES -> in.readArray(commitment, (b, i) -> b.addParty(Values.partyId(i)));
        case SUMMARY -> commitment.summary(in.string());
        case ENGLISH_SUMMARY -> commitment.englishSummary(in.string());
        case CATEGORY -> commitment.category(in.constant(CATEGORIES));
        case OBLIGATION -> commitment.obligation(in.constant(OBLIGATIONS));
        case STATUS -> commitment.status(in.constant(STATUSES));
        case BENEFICIARIES ->
            in.readArray(commitment, (b, i) -> b.addBeneficiary(Values.partyId(i)));
        case BENEFICIARY_GROUPS ->
            in.readArray(commitment, (b, i) -> b.addBeneficiaryGroup(i.string()));
        case PLEDGED_AMOUNT -> commitment.pledgedAmount(Values.money(in));
        case AMOUNT_QUALIFIER -> commitment.amountQualifier(PledgeFormat.qualifier(in));
        case FOREIGN_AMOUNT -> commitment.foreignAmount(PledgeFormat.readForeignAmount(in));
        case QUANTITIES ->
            in.readArray(commitment, (b, i) -> b.addQuantity(PledgeFormat.readQuantity(i)));
        case LOCATION -> commitment.location(PledgeFormat.readLocation(in));
        case DUE -> commitment.due(Values.date(in));
        case PROGRAMME -> commitment.programme(Values.programmeId(in));
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
    out.start(COMMITMENT);
    out.string(COMMITMENT.name(CommitmentAttribute.ID), commitment.id().value());
    out.strings(COMMITMENT.name(CommitmentAttribute.PARTIES), commitment.parties());
    out.string(COMMITMENT.name(CommitmentAttribute.SUMMARY), commitment.summary());
    out.text(COMMITMENT.name(CommitmentAttribute.ENGLISH_SUMMARY), commitment.englishSummary());
    out.constant(COMMITMENT.name(CommitmentAttribute.CATEGORY),
        CATEGORY_NAMES[commitment.category().ordinal()]);
    out.constant(COMMITMENT.name(CommitmentAttribute.OBLIGATION),
        OBLIGATION_NAMES[commitment.obligation().ordinal()]);
    out.constant(COMMITMENT.name(CommitmentAttribute.STATUS),
        STATUS_NAMES[commitment.status().ordinal()]);
    out.strings(COMMITMENT.name(CommitmentAttribute.BENEFICIARIES), commitment.beneficiaries());
    out.strings(COMMITMENT.name(CommitmentAttribute.BENEFICIARY_GROUPS),
        commitment.beneficiaryGroups());
    out.value(COMMITMENT.name(CommitmentAttribute.PLEDGED_AMOUNT),
        commitment.pledgedAmount(), Values::writeMoney);
    out.value(COMMITMENT.name(CommitmentAttribute.AMOUNT_QUALIFIER),
        commitment.amountQualifier(), PledgeFormat::writeQualifier);
    out.value(COMMITMENT.name(CommitmentAttribute.FOREIGN_AMOUNT),
        commitment.foreignAmount(), PledgeFormat::writeForeignAmount);
    out.list(COMMITMENT.name(CommitmentAttribute.QUANTITIES),
        commitment.quantities(), PledgeFormat::writeQuantity);
    out.value(COMMITMENT.name(CommitmentAttribute.LOCATION),
        commitment.location(), PledgeFormat::writeLocation);
    out.value(COMMITMENT.name(CommitmentAttribute.DUE), commitment.due(), Values::writeDate);
    out.text(COMMITMENT.name(CommitmentAttribute.PROGRAMME), commitment.programme());
    out.list(COMMITMENT.name(CommitmentAttribute.CONDITIONS),
        commitment.conditions(), PledgeFormat::writeCondition);
    out.strings(COMMITMENT.name(CommitmentAttribute.DEPENDS_ON), commitment.dependsOn());
    out.list(COMMITMENT.name(CommitmentAttribute.MILESTONES),
        commitment.milestones(), HistoryFormat::writeMilestone);
    out.list(COMMITMENT.name(CommitmentAttribute.PROGRESS),
        commitment.progress(), HistoryFormat::writeProgress);
    out.list(COMMITMENT.name(CommitmentAttribute.STATUS_HISTORY),
        commitment.statusHistory(), HISTORY);
    out.strings(COMMITMENT.name(CommitmentAttribute.SOURCES), commitment.sources());
    ExtensionFormat.write(out, COMMITMENT.name(CommitmentAttribute.EXTENSIONS),
        commitment.extensions());
    out.end(COMMITMENT);
  }
}
