package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementRelation;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.SourceDocument;

/** The JSON of what an agreement refers to: {@link RelatedAgreement}s and {@link SourceDocument}s. */
final class ReferenceFormat {
  static final Shape RELATED = Shape.of(RelatedAgreement.class, "relation!", "title!", "date",
      "agreementId", "counterparties");
  static final Shape SOURCE = Shape.of(SourceDocument.class, "title!", "publisher", "url",
      "publishedOn");
  private static final AgreementRelation[] RELATIONS = AgreementRelation.values();

  private ReferenceFormat() {}

  static RelatedAgreement readRelated(JsonInput in) throws IOException {
    RelatedAgreement.Builder related = RelatedAgreement.builder();
    in.readObject(RELATED, name -> {
      switch (name) {
        case "relation" -> related.relation(in.constant(AgreementRelation.class, RELATIONS));
        case "title" -> related.title(in.string());
        case "date" -> related.date(Values.text(in, PartialDate::parse));
        case "agreementId" -> related.agreementId(Values.text(in, AgreementId::of));
        default -> in.readArray(() -> related.addCounterparty(in.string()));
      }
    });
    return in.build(RelatedAgreement.class, related::build);
  }

  static SourceDocument readSource(JsonInput in) throws IOException {
    SourceDocument.Builder source = SourceDocument.builder();
    in.readObject(SOURCE, name -> {
      switch (name) {
        case "title" -> source.title(in.string());
        case "publisher" -> source.publisher(in.string());
        case "url" -> source.url(Values.uri(in));
        default -> source.publishedOn(Values.date(in));
      }
    });
    return in.build(SourceDocument.class, source::build);
  }

  static void writeRelated(JsonGenerator out, RelatedAgreement related) throws IOException {
    out.writeStartObject();
    Output.string(out, Names.RELATION, related.relation().name());
    Output.string(out, Names.TITLE, related.title());
    if (related.date().isPresent()) {
      Output.string(out, Names.DATE, related.date().get().toString());
    }
    if (related.agreementId().isPresent()) {
      Output.string(out, Names.AGREEMENT_ID, related.agreementId().get().value());
    }
    Output.strings(out, Names.COUNTERPARTIES, related.counterparties());
    out.writeEndObject();
  }

  static void writeSource(JsonGenerator out, SourceDocument source) throws IOException {
    out.writeStartObject();
    Output.string(out, Names.TITLE, source.title());
    Output.text(out, Names.PUBLISHER, source.publisher());
    if (source.url().isPresent()) {
      Output.string(out, Names.URL, source.url().get().toString());
    }
    if (source.publishedOn().isPresent()) {
      Values.write(out, Names.PUBLISHED_ON, source.publishedOn().get());
    }
    out.writeEndObject();
  }
}
