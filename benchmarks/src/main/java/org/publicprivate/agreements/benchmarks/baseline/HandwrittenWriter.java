package org.publicprivate.agreements.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.SourceDocument;

/**
 * Baseline (b) for writing: a hand-written {@link JsonGenerator} walk of the model that writes the
 * canonical document, with no serializer lookup and no configuration.
 */
public final class HandwrittenWriter {
  private HandwrittenWriter() {}

  /** Writes {@code a} as one canonical document. */
  public static void write(JsonGenerator g, Agreement a) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", 1);
    g.writeStringField("id", a.id().value());
    g.writeStringField("title", a.title());
    text(g, "englishTitle", a.englishTitle());
    g.writeStringField("kind", a.kind().name());
    g.writeStringField("status", a.status().name());
    text(g, "purpose", a.purpose());
    if (a.signing().isPresent()) {
      g.writeFieldName("signing");
      signing(g, a.signing().get());
    }
    if (a.effectivePeriod().isPresent()) {
      g.writeObjectFieldStart("effectivePeriod");
      g.writeStringField("start", a.effectivePeriod().get().start().toString());
      if (a.effectivePeriod().get().end().isPresent()) {
        g.writeStringField("end", a.effectivePeriod().get().end().get().toString());
      }
      g.writeEndObject();
    }
    if (!a.parties().isEmpty()) {
      g.writeArrayFieldStart("parties");
      for (Party party : a.parties()) {
        party(g, party);
      }
      g.writeEndArray();
    }
    if (!a.commitments().isEmpty()) {
      g.writeArrayFieldStart("commitments");
      for (Commitment commitment : a.commitments()) {
        commitment(g, commitment);
      }
      g.writeEndArray();
    }
    if (!a.programmes().isEmpty()) {
      g.writeArrayFieldStart("programmes");
      for (FundedProgramme programme : a.programmes()) {
        programme(g, programme);
      }
      g.writeEndArray();
    }
    if (!a.relatedAgreements().isEmpty()) {
      g.writeArrayFieldStart("relatedAgreements");
      for (RelatedAgreement related : a.relatedAgreements()) {
        related(g, related);
      }
      g.writeEndArray();
    }
    if (!a.sources().isEmpty()) {
      g.writeArrayFieldStart("sources");
      for (SourceDocument source : a.sources()) {
        source(g, source);
      }
      g.writeEndArray();
    }
    strings(g, "keywords", a.keywords());
    g.writeEndObject();
  }

  private static void signing(JsonGenerator g, Signing s) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", s.date().toString());
    if (s.time().isPresent()) {
      g.writeStringField("time", s.time().get().toString());
    }
    text(g, "venue", s.venue());
    if (!s.signatories().isEmpty()) {
      g.writeArrayFieldStart("signatories");
      for (Signatory signatory : s.signatories()) {
        g.writeStartObject();
        g.writeStringField("party", signatory.party().value());
        g.writeStringField("name", signatory.name());
        text(g, "title", signatory.title());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void party(JsonGenerator g, Party p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id().value());
    g.writeStringField("name", p.name());
    text(g, "englishName", p.englishName());
    strings(g, "aliases", p.aliases());
    g.writeStringField("kind", p.kind().name());
    if (p.businessRegistrationNumber().isPresent()) {
      g.writeStringField("businessRegistrationNumber", p.businessRegistrationNumber().get().toString());
    }
    if (p.corporateRegistrationNumber().isPresent()) {
      g.writeStringField("corporateRegistrationNumber",
          p.corporateRegistrationNumber().get().toString());
    }
    if (p.representative().isPresent()) {
      g.writeObjectFieldStart("representative");
      g.writeStringField("name", p.representative().get().name());
      text(g, "title", p.representative().get().title());
      g.writeEndObject();
    }
    text(g, "parentOrganisation", p.parentOrganisation());
    if (p.website().isPresent()) {
      g.writeStringField("website", p.website().get().toString());
    }
    g.writeEndObject();
  }

  private static void commitment(JsonGenerator g, Commitment c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id().value());
    values(g, "parties", c.parties());
    g.writeStringField("summary", c.summary());
    text(g, "englishSummary", c.englishSummary());
    g.writeStringField("category", c.category().name());
    g.writeStringField("obligation", c.obligation().name());
    g.writeStringField("status", c.status().name());
    values(g, "beneficiaries", c.beneficiaries());
    if (c.pledgedAmount().isPresent()) {
      money(g, "pledgedAmount", c.pledgedAmount().get());
    }
    if (c.due().isPresent()) {
      g.writeStringField("due", c.due().get().toString());
    }
    if (c.programme().isPresent()) {
      g.writeStringField("programme", c.programme().get().value());
    }
    g.writeEndObject();
  }

  private static void programme(JsonGenerator g, FundedProgramme p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id().value());
    g.writeStringField("name", p.name());
    text(g, "englishName", p.englishName());
    text(g, "description", p.description());
    text(g, "funder", p.funder());
    if (p.leadParty().isPresent()) {
      g.writeStringField("leadParty", p.leadParty().get().value());
    }
    g.writeObjectFieldStart("period");
    g.writeNumberField("first", p.period().first().getValue());
    g.writeNumberField("last", p.period().last().getValue());
    g.writeEndObject();
    money(g, "totalBudget", p.totalBudget());
    if (!p.fundingShares().isEmpty()) {
      g.writeArrayFieldStart("fundingShares");
      for (FundingShare share : p.fundingShares()) {
        g.writeStartObject();
        g.writeStringField("source", share.source().name());
        money(g, "amount", share.amount());
        if (share.contributor().isPresent()) {
          g.writeStringField("contributor", share.contributor().get().value());
        }
        text(g, "note", share.note());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!p.annualBudgets().isEmpty()) {
      g.writeArrayFieldStart("annualBudgets");
      for (AnnualBudget budget : p.annualBudgets()) {
        g.writeStartObject();
        g.writeNumberField("year", budget.year().getValue());
        money(g, "amount", budget.amount());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeStringField("status", p.status().name());
    g.writeEndObject();
  }

  private static void related(JsonGenerator g, RelatedAgreement r) throws IOException {
    g.writeStartObject();
    g.writeStringField("relation", r.relation().name());
    g.writeStringField("title", r.title());
    if (r.date().isPresent()) {
      g.writeStringField("date", r.date().get().toString());
    }
    if (r.agreementId().isPresent()) {
      g.writeStringField("agreementId", r.agreementId().get().value());
    }
    strings(g, "counterparties", r.counterparties());
    g.writeEndObject();
  }

  private static void source(JsonGenerator g, SourceDocument s) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", s.title());
    text(g, "publisher", s.publisher());
    if (s.url().isPresent()) {
      g.writeStringField("url", s.url().get().toString());
    }
    if (s.publishedOn().isPresent()) {
      g.writeStringField("publishedOn", s.publishedOn().get().toString());
    }
    g.writeEndObject();
  }

  private static void money(JsonGenerator g, String name, MoneyAmount amount) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("amount", amount.won());
    g.writeStringField("currency", "KRW");
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String name, Optional<String> text) throws IOException {
    if (text.isPresent()) {
      g.writeStringField(name, text.get());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> texts) throws IOException {
    if (!texts.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (String text : texts) {
        g.writeString(text);
      }
      g.writeEndArray();
    }
  }

  private static void values(JsonGenerator g, String name, List<?> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (Object value : values) {
        g.writeString(value.toString());
      }
      g.writeEndArray();
    }
  }
}
