package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.DateRange;

/** The JSON of an {@link Agreement}, the root of a document, and of its {@link DateRange}. */
final class AgreementFormat {
  /** The version of the format this library writes, and the only one it reads. */
  static final int FORMAT_VERSION = 1;

  static final Shape AGREEMENT = Shape.of(Agreement.class, "formatVersion", "id!", "title!",
      "englishTitle", "kind!", "status!", "purpose", "signing", "effectivePeriod", "parties",
      "commitments", "programmes", "relatedAgreements", "sources", "keywords");
  static final Shape RANGE = Shape.of(DateRange.class, "start!", "end");
  private static final AgreementKind[] KINDS = AgreementKind.values();
  private static final AgreementStatus[] STATUSES = AgreementStatus.values();

  private AgreementFormat() {}

  static Agreement read(JsonInput in) throws IOException {
    Agreement.Builder agreement = Agreement.builder();
    in.readObject(AGREEMENT, name -> {
      switch (name) {
        case "formatVersion" -> formatVersion(in);
        case "id" -> agreement.id(Values.text(in, AgreementId::of));
        case "title" -> agreement.title(in.string());
        case "englishTitle" -> agreement.englishTitle(in.string());
        case "kind" -> agreement.kind(in.constant(AgreementKind.class, KINDS));
        case "status" -> agreement.status(in.constant(AgreementStatus.class, STATUSES));
        case "purpose" -> agreement.purpose(in.string());
        case "signing" -> agreement.signing(SigningFormat.read(in));
        case "effectivePeriod" -> agreement.effectivePeriod(readRange(in));
        case "parties" -> in.readArray(() -> agreement.addParty(PartyFormat.read(in)));
        case "commitments" ->
            in.readArray(() -> agreement.addCommitment(CommitmentFormat.read(in)));
        case "programmes" -> in.readArray(() -> agreement.addProgramme(ProgrammeFormat.read(in)));
        case "relatedAgreements" ->
            in.readArray(() -> agreement.addRelatedAgreement(ReferenceFormat.readRelated(in)));
        case "sources" -> in.readArray(() -> agreement.addSource(ReferenceFormat.readSource(in)));
        default -> in.readArray(() -> agreement.addKeyword(in.string()));
      }
    });
    return in.build(Agreement.class, agreement::build);
  }

  private static void formatVersion(JsonInput in) throws IOException {
    in.expect(JsonToken.VALUE_NUMBER_INT, "an integer");
    String version = in.parser().getText();
    if (!version.equals(Integer.toString(FORMAT_VERSION))) {
      throw in.fail("formatVersion " + Values.shorten(version)
          + " is not supported; this reader supports " + FORMAT_VERSION);
    }
  }

  static DateRange readRange(JsonInput in) throws IOException {
    LocalDate[] days = new LocalDate[2];
    in.readObject(RANGE, name -> days[name.equals("start") ? 0 : 1] = Values.date(in));
    return in.build(DateRange.class,
        () -> days[1] == null ? DateRange.startingOn(days[0]) : DateRange.of(days[0], days[1]));
  }

  static void write(JsonGenerator out, Agreement agreement, boolean amountsAsStrings)
      throws IOException {
    out.writeStartObject();
    Output.number(out, Names.FORMAT_VERSION, FORMAT_VERSION);
    Output.string(out, Names.ID, agreement.id().value());
    Output.string(out, Names.TITLE, agreement.title());
    Output.text(out, Names.ENGLISH_TITLE, agreement.englishTitle());
    Output.string(out, Names.KIND, agreement.kind().name());
    Output.string(out, Names.STATUS, agreement.status().name());
    Output.text(out, Names.PURPOSE, agreement.purpose());
    if (agreement.signing().isPresent()) {
      out.writeFieldName(Names.SIGNING);
      SigningFormat.write(out, agreement.signing().get());
    }
    if (agreement.effectivePeriod().isPresent()) {
      out.writeFieldName(Names.EFFECTIVE_PERIOD);
      writeRange(out, agreement.effectivePeriod().get());
    }
    Output.list(out, Names.PARTIES, agreement.parties(), PartyFormat::write);
    Output.list(out, Names.COMMITMENTS, agreement.commitments(),
        (o, commitment) -> CommitmentFormat.write(o, commitment, amountsAsStrings));
    Output.list(out, Names.PROGRAMMES, agreement.programmes(),
        (o, programme) -> ProgrammeFormat.write(o, programme, amountsAsStrings));
    Output.list(out, Names.RELATED_AGREEMENTS, agreement.relatedAgreements(),
        ReferenceFormat::writeRelated);
    Output.list(out, Names.SOURCES, agreement.sources(), ReferenceFormat::writeSource);
    Output.strings(out, Names.KEYWORDS, agreement.keywords());
    out.writeEndObject();
  }

  static void writeRange(JsonGenerator out, DateRange range) throws IOException {
    out.writeStartObject();
    Values.write(out, Names.START, range.start());
    if (range.end().isPresent()) {
      Values.write(out, Names.END, range.end().get());
    }
    out.writeEndObject();
  }
}
