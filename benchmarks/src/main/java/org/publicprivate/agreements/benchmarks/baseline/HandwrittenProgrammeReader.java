package org.publicprivate.agreements.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Year;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.FundingSource;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.ProgrammeStatus;

/** {@link HandwrittenReader}'s funded programmes and money, with the same minimal checks. */
final class HandwrittenProgrammeReader {
  private HandwrittenProgrammeReader() {}

  static FundedProgramme programme(JsonParser p) throws IOException {
    FundedProgramme.Builder b = FundedProgramme.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> b.id(ProgrammeId.of(p.getText()));
        case "name" -> b.name(p.getText());
        case "englishName" -> b.englishName(p.getText());
        case "description" -> b.description(p.getText());
        case "funder" -> b.funder(p.getText());
        case "leadParty" -> b.leadParty(PartyId.of(p.getText()));
        case "period" -> b.period(period(p));
        case "totalBudget" -> b.totalBudget(money(p));
        case "fundingShares" -> {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addFundingShare(share(p));
          }
        }
        case "annualBudgets" -> {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addAnnualBudget(budget(p));
          }
        }
        case "status" -> b.status(ProgrammeStatus.valueOf(p.getText()));
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private static FiscalYears period(JsonParser p) throws IOException {
    int first = 0;
    int last = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("first")) {
        first = p.getIntValue();
      } else if (name.equals("last")) {
        last = p.getIntValue();
      }
    }
    return FiscalYears.of(first, last);
  }

  private static FundingShare share(JsonParser p) throws IOException {
    FundingShare.Builder b = FundingShare.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "source" -> b.source(FundingSource.valueOf(p.getText()));
        case "amount" -> b.amount(money(p));
        case "contributor" -> b.contributor(PartyId.of(p.getText()));
        case "note" -> b.note(p.getText());
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private static AnnualBudget budget(JsonParser p) throws IOException {
    AnnualBudget.Builder b = AnnualBudget.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("year")) {
        b.year(Year.of(p.getIntValue()));
      } else if (name.equals("amount")) {
        b.amount(money(p));
      }
    }
    return b.build();
  }

  static MoneyAmount money(JsonParser p) throws IOException {
    long won = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("amount")) {
        won = p.currentToken() == JsonToken.VALUE_STRING
            ? Long.parseLong(p.getText())
            : p.getLongValue();
      }
    }
    return MoneyAmount.ofWon(won);
  }
}
