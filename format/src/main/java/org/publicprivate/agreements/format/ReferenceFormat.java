package org.publicprivate.agreements.format;

import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementRelation;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.SourceKind;
import org.publicprivate.agreements.attributes.RelatedAgreementAttribute;
import org.publicprivate.agreements.attributes.SourceDocumentAttribute;

/** The JSON of what an agreement refers to: {@link RelatedAgreement}s and {@link SourceDocument}s. */
final class ReferenceFormat {
  static final Shape<RelatedAgreementAttribute> RELATED = Shape.of(RelatedAgreement.class, RelatedAgreementAttribute.class);
  static final Shape<SourceDocumentAttribute> SOURCE = Shape.of(SourceDocument.class, SourceDocumentAttribute.class);
  private static final AgreementRelation[] RELATIONS = AgreementRelation.values();
  private static final Name[] RELATION_NAMES = Name.of(AgreementRelation.class);
  private static final SourceKind[] KINDS = SourceKind.values();
  private static final Name[] KIND_NAMES = Name.of(SourceKind.class);

  private ReferenceFormat() {}

  static RelatedAgreement readRelated(Input in) {
    RelatedAgreement.Builder related = in.builder(RELATED, RelatedAgreement::builder).clear();
    for (RelatedAgreementAttribute attribute = in.first(RELATED); attribute != null; ) {
      Object read = switch (attribute) {
        case RELATION -> related.relation(in.constant(RELATIONS));
        case TITLE -> related.title(in.string());
        case DATE -> related.date(Values.partialDate(in));
        case AGREEMENT_ID -> related.agreementId(Values.text(in, AgreementId::of));
        case COUNTERPARTIES -> in.readArray(related, (b, i) -> b.addCounterparty(i.string()));
      };
      attribute = in.next(RELATED);
    }
    return in.build(RELATED, related, RelatedAgreement.Builder::build);
  }

  static SourceDocument readSource(Input in) {
    SourceDocument.Builder source = in.builder(SOURCE, SourceDocument::builder).clear();
    for (SourceDocumentAttribute attribute = in.first(SOURCE); attribute != null; ) {
      Object read = switch (attribute) {
        case ID -> source.id(Values.sourceId(in));
        case KIND -> source.kind(in.constant(KINDS));
        case TITLE -> source.title(in.string());
        case AUTHOR -> source.author(in.string());
        case PUBLISHER -> source.publisher(in.string());
        case URL -> source.url(Values.uri(in));
        case PUBLISHED_ON -> source.publishedOn(Values.date(in));
        case PUBLISHED_TIME -> source.publishedTime(Values.time(in));
        case LANGUAGE -> source.language(Values.language(in));
        case RETRIEVED_ON -> source.retrievedOn(Values.date(in));
        case SHA256 -> source.sha256(in.string());
      };
      attribute = in.next(SOURCE);
    }
    return in.build(SOURCE, source, SourceDocument.Builder::build);
  }

  static void writeRelated(Output out, RelatedAgreement related) {
    out.start(RELATED);
    out.constant(RELATED.name(RelatedAgreementAttribute.RELATION),
        RELATION_NAMES[related.relation().ordinal()]);
    out.string(RELATED.name(RelatedAgreementAttribute.TITLE), related.title());
    out.text(RELATED.name(RelatedAgreementAttribute.DATE), related.date());
    out.text(RELATED.name(RelatedAgreementAttribute.AGREEMENT_ID), related.agreementId());
    out.strings(RELATED.name(RelatedAgreementAttribute.COUNTERPARTIES), related.counterparties());
    out.end(RELATED);
  }

  private static void writeKind(Output out, SourceKind kind) {
    out.writer().string(KIND_NAMES[kind.ordinal()]);
  }

  static void writeSource(Output out, SourceDocument source) {
    out.start(SOURCE);
    out.text(SOURCE.name(SourceDocumentAttribute.ID), source.id());
    out.value(SOURCE.name(SourceDocumentAttribute.KIND), source.kind(), ReferenceFormat::writeKind);
    out.string(SOURCE.name(SourceDocumentAttribute.TITLE), source.title());
    out.text(SOURCE.name(SourceDocumentAttribute.AUTHOR), source.author());
    out.text(SOURCE.name(SourceDocumentAttribute.PUBLISHER), source.publisher());
    out.text(SOURCE.name(SourceDocumentAttribute.URL), source.url());
    out.value(SOURCE.name(SourceDocumentAttribute.PUBLISHED_ON),
        source.publishedOn(), Values::writeDate);
    out.value(SOURCE.name(SourceDocumentAttribute.PUBLISHED_TIME),
        source.publishedTime(), Values::writeTime);
    out.value(SOURCE.name(SourceDocumentAttribute.LANGUAGE),
        source.language(), Values::writeLanguage);
    out.value(SOURCE.name(SourceDocumentAttribute.RETRIEVED_ON),
        source.retrievedOn(), Values::writeDate);
    out.text(SOURCE.name(SourceDocumentAttribute.SHA256), source.sha256());
    out.end(SOURCE);
  }
}
