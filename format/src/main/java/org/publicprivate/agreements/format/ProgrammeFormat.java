package org.publicprivate.agreements.format;

import java.time.Year;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.FundingSource;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.ProgrammeStatusChange;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.attributes.AnnualBudgetAttribute;
import org.publicprivate.agreements.attributes.FiscalYearsAttribute;
import org.publicprivate.agreements.attributes.FundedProgrammeAttribute;
import org.publicprivate.agreements.attributes.FundingShareAttribute;

/** The JSON of a {@link FundedProgramme}, its fiscal years, funding shares and annual budgets. */
final class ProgrammeFormat {
  static final Shape<FundedProgrammeAttribute> PROGRAMME = Shape.of(FundedProgramme.class, FundedProgrammeAttribute.class);
  static final Shape<FiscalYearsAttribute> PERIOD = Shape.of(FiscalYears.class, FiscalYearsAttribute.class);
  static final Shape<FundingShareAttribute> SHARE = Shape.of(FundingShare.class, FundingShareAttribute.class);
  static final Shape<AnnualBudgetAttribute> BUDGET = Shape.of(AnnualBudget.class, AnnualBudgetAttribute.class);
  private static final ProgrammeStatus[] STATUSES = ProgrammeStatus.values();
  private static final FundingSource[] SOURCES = FundingSource.values();
  private static final Name[] STATUS_NAMES = Name.of(ProgrammeStatus.class);
  private static final Name[] SOURCE_NAMES = Name.of(FundingSource.class);
  static final HistoryFormat.StatusChanges<ProgrammeStatus, ProgrammeStatusChange>
      HISTORY =
          new HistoryFormat.StatusChanges<>(ProgrammeStatus.class, ProgrammeStatusChange::builder);

  private ProgrammeFormat() {}

  static FundedProgramme read(Input in) {
    FundedProgramme.Builder programme = in.builder(PROGRAMME, FundedProgramme::builder).clear();
    for (FundedProgrammeAttribute attribute = in.first(PROGRAMME); attribute != null; ) {
      Object read = switch (attribute) {
        case ID -> programme.id(Values.programmeId(in));
        case NAME -> programme.name(in.string());
        case ENGLISH_NAME -> programme.englishName(in.string());
        case DESCRIPTION -> programme.description(in.string());
        case FUNDER -> programme.funder(in.string());
        case LEAD_PARTY -> programme.leadParty(Values.partyId(in));
        case PERIOD -> programme.period(readPeriod(in));
        case TOTAL_BUDGET -> programme.totalBudget(Values.money(in));
        case FUNDING_SHARES -> in.readArray(programme, (b, i) -> b.addFundingShare(readShare(i)));
        case ANNUAL_BUDGETS -> in.readArray(programme, (b, i) -> b.addAnnualBudget(readBudget(i)));
        case STATUS -> programme.status(in.constant(STATUSES));
        case STATUS_HISTORY ->
            in.readArray(programme, (b, i) -> b.addStatusHistory(HISTORY.read(i)));
        case SOURCES ->
            in.readArray(programme, (b, i) -> b.addSource(Values.sourceId(i)));
        case EXTENSIONS -> ExtensionFormat.read(in, programme::putExtension);
      };
      attribute = in.next(PROGRAMME);
    }
    return in.build(PROGRAMME, programme, FundedProgramme.Builder::build);
  }

  static void write(Output out, FundedProgramme programme) {
    out.start(PROGRAMME);
    out.string(PROGRAMME.name(FundedProgrammeAttribute.ID), programme.id().value());
    out.string(PROGRAMME.name(FundedProgrammeAttribute.NAME), programme.name());
    out.text(PROGRAMME.name(FundedProgrammeAttribute.ENGLISH_NAME), programme.englishName());
    out.text(PROGRAMME.name(FundedProgrammeAttribute.DESCRIPTION), programme.description());
    out.text(PROGRAMME.name(FundedProgrammeAttribute.FUNDER), programme.funder());
    out.text(PROGRAMME.name(FundedProgrammeAttribute.LEAD_PARTY), programme.leadParty());
    out.value(PROGRAMME.name(FundedProgrammeAttribute.PERIOD),
        programme.period(), ProgrammeFormat::writePeriod);
    out.value(PROGRAMME.name(FundedProgrammeAttribute.TOTAL_BUDGET),
        programme.totalBudget(), Values::writeMoney);
    out.list(PROGRAMME.name(FundedProgrammeAttribute.FUNDING_SHARES),
        programme.fundingShares(), ProgrammeFormat::writeShare);
    out.list(PROGRAMME.name(FundedProgrammeAttribute.ANNUAL_BUDGETS),
        programme.annualBudgets(), ProgrammeFormat::writeBudget);
    out.constant(PROGRAMME.name(FundedProgrammeAttribute.STATUS),
        STATUS_NAMES[programme.status().ordinal()]);
    out.list(PROGRAMME.name(FundedProgrammeAttribute.STATUS_HISTORY),
        programme.statusHistory(), HISTORY);
    out.strings(PROGRAMME.name(FundedProgrammeAttribute.SOURCES), programme.sources());
    ExtensionFormat.write(out, PROGRAMME.name(FundedProgrammeAttribute.EXTENSIONS),
        programme.extensions());
    out.end(PROGRAMME);
  }

  static FiscalYears readPeriod(Input in) {
    Year[] years = new Year[2];
    for (FiscalYearsAttribute attribute = in.first(PERIOD); attribute != null; ) {
      Object read = switch (attribute) {
        case FIRST -> years[0] = Values.year(in);
        case LAST -> years[1] = Values.year(in);
      };
      attribute = in.next(PERIOD);
    }
    return in.build(FiscalYears.class, () -> FiscalYears.of(years[0], years[1]));
  }

  static void writePeriod(Output out, FiscalYears period) {
    out.start(PERIOD);
    out.number(PERIOD.name(FiscalYearsAttribute.FIRST), period.first().getValue());
    out.number(PERIOD.name(FiscalYearsAttribute.LAST), period.last().getValue());
    out.end(PERIOD);
  }

  static FundingShare readShare(Input in) {
    FundingShare.Builder share = in.builder(SHARE, FundingShare::builder).clear();
    for (FundingShareAttribute attribute = in.first(SHARE); attribute != null; ) {
      Object read = switch (attribute) {
        case SOURCE -> share.source(in.constant(SOURCES));
        case AMOUNT -> share.amount(Values.money(in));
        case CONTRIBUTOR -> share.contributor(Values.partyId(in));
        case NOTE -> share.note(in.string());
      };
      attribute = in.next(SHARE);
    }
    return in.build(SHARE, share, FundingShare.Builder::build);
  }

  static void writeShare(Output out, FundingShare share) {
    out.start(SHARE);
    out.constant(SHARE.name(FundingShareAttribute.SOURCE), SOURCE_NAMES[share.source().ordinal()]);
    out.value(SHARE.name(FundingShareAttribute.AMOUNT), share.amount(), Values::writeMoney);
    out.text(SHARE.name(FundingShareAttribute.CONTRIBUTOR), share.contributor());
    out.text(SHARE.name(FundingShareAttribute.NOTE), share.note());
    out.end(SHARE);
  }

  static AnnualBudget readBudget(Input in) {
    AnnualBudget.Builder budget = in.builder(BUDGET, AnnualBudget::builder).clear();
    for (AnnualBudgetAttribute attribute = in.first(BUDGET); attribute != null; ) {
      Object read = switch (attribute) {
        case YEAR -> budget.year(Values.year(in));
        case AMOUNT -> budget.amount(Values.money(in));
      };
      attribute = in.next(BUDGET);
    }
    return in.build(BUDGET, budget, AnnualBudget.Builder::build);
  }

  static void writeBudget(Output out, AnnualBudget budget) {
    out.start(BUDGET);
    out.number(BUDGET.name(AnnualBudgetAttribute.YEAR), budget.year().getValue());
    out.value(BUDGET.name(AnnualBudgetAttribute.AMOUNT), budget.amount(), Values::writeMoney);
    out.end(BUDGET);
  }
}
