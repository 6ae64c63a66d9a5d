package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Year;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.FundingSource;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.ProgrammeStatus;

/** The JSON of a {@link FundedProgramme}, its fiscal years, funding shares and annual budgets. */
final class ProgrammeFormat {
  static final Shape PROGRAMME = Shape.of(FundedProgramme.class, "id!", "name!", "englishName",
      "description", "funder", "leadParty", "period!", "totalBudget!", "fundingShares",
      "annualBudgets", "status!");
  static final Shape PERIOD = Shape.of(FiscalYears.class, "first!", "last!");
  static final Shape SHARE = Shape.of(FundingShare.class, "source!", "amount!", "contributor", "note");
  static final Shape BUDGET = Shape.of(AnnualBudget.class, "year!", "amount!");
  private static final ProgrammeStatus[] STATUSES = ProgrammeStatus.values();
  private static final FundingSource[] SOURCES = FundingSource.values();

  private ProgrammeFormat() {}

  static FundedProgramme read(JsonInput in) throws IOException {
    FundedProgramme.Builder programme = FundedProgramme.builder();
    in.readObject(PROGRAMME, name -> {
      switch (name) {
        case "id" -> programme.id(Values.text(in, ProgrammeId::of));
        case "name" -> programme.name(in.string());
        case "englishName" -> programme.englishName(in.string());
        case "description" -> programme.description(in.string());
        case "funder" -> programme.funder(in.string());
        case "leadParty" -> programme.leadParty(Values.text(in, PartyId::of));
        case "period" -> programme.period(readPeriod(in));
        case "totalBudget" -> programme.totalBudget(Values.money(in));
        case "fundingShares" -> in.readArray(() -> programme.addFundingShare(readShare(in)));
        case "annualBudgets" -> in.readArray(() -> programme.addAnnualBudget(readBudget(in)));
        default -> programme.status(in.constant(ProgrammeStatus.class, STATUSES));
      }
    });
    return in.build(FundedProgramme.class, programme::build);
  }

  static FiscalYears readPeriod(JsonInput in) throws IOException {
    Year[] years = new Year[2];
    in.readObject(PERIOD, name -> years[name.equals("first") ? 0 : 1] = Values.year(in));
    return in.build(FiscalYears.class, () -> FiscalYears.of(years[0], years[1]));
  }

  static FundingShare readShare(JsonInput in) throws IOException {
    FundingShare.Builder share = FundingShare.builder();
    in.readObject(SHARE, name -> {
      switch (name) {
        case "source" -> share.source(in.constant(FundingSource.class, SOURCES));
        case "amount" -> share.amount(Values.money(in));
        case "contributor" -> share.contributor(Values.text(in, PartyId::of));
        default -> share.note(in.string());
      }
    });
    return in.build(FundingShare.class, share::build);
  }

  static AnnualBudget readBudget(JsonInput in) throws IOException {
    AnnualBudget.Builder budget = AnnualBudget.builder();
    in.readObject(BUDGET, name -> {
      if (name.equals("year")) {
        budget.year(Values.year(in));
      } else {
        budget.amount(Values.money(in));
      }
    });
    return in.build(AnnualBudget.class, budget::build);
  }

  static void write(JsonGenerator out, FundedProgramme programme, boolean amountsAsStrings)
      throws IOException {
    out.writeStartObject();
    Output.string(out, Names.ID, programme.id().value());
    Output.string(out, Names.NAME, programme.name());
    Output.text(out, Names.ENGLISH_NAME, programme.englishName());
    Output.text(out, Names.DESCRIPTION, programme.description());
    Output.text(out, Names.FUNDER, programme.funder());
    if (programme.leadParty().isPresent()) {
      Output.string(out, Names.LEAD_PARTY, programme.leadParty().get().value());
    }
    out.writeFieldName(Names.PERIOD);
    writePeriod(out, programme.period());
    Values.write(out, Names.TOTAL_BUDGET, programme.totalBudget(), amountsAsStrings);
    Output.list(out, Names.FUNDING_SHARES, programme.fundingShares(),
        (o, share) -> writeShare(o, share, amountsAsStrings));
    Output.list(out, Names.ANNUAL_BUDGETS, programme.annualBudgets(),
        (o, budget) -> writeBudget(o, budget, amountsAsStrings));
    Output.string(out, Names.STATUS, programme.status().name());
    out.writeEndObject();
  }

  static void writePeriod(JsonGenerator out, FiscalYears period) throws IOException {
    out.writeStartObject();
    Output.number(out, Names.FIRST, period.first().getValue());
    Output.number(out, Names.LAST, period.last().getValue());
    out.writeEndObject();
  }

  static void writeShare(JsonGenerator out, FundingShare share, boolean amountsAsStrings)
      throws IOException {
    out.writeStartObject();
    Output.string(out, Names.SOURCE, share.source().name());
    Values.write(out, Names.AMOUNT, share.amount(), amountsAsStrings);
    if (share.contributor().isPresent()) {
      Output.string(out, Names.CONTRIBUTOR, share.contributor().get().value());
    }
    Output.text(out, Names.NOTE, share.note());
    out.writeEndObject();
  }

  static void writeBudget(JsonGenerator out, AnnualBudget budget, boolean amountsAsStrings)
      throws IOException {
    out.writeStartObject();
    Output.number(out, Names.YEAR, budget.year().getValue());
    Values.write(out, Names.AMOUNT, budget.amount(), amountsAsStrings);
    out.writeEndObject();
  }
}
