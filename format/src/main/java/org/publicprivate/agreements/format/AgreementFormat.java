package org.publicprivate.agreements.format;

import java.time.LocalDate;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.AgreementStatusChange;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.attributes.AgreementAttribute;
import org.publicprivate.agreements.attributes.DateRangeAttribute;

/** The JSON of an {@link Agreement}, the root of a document, and of its {@link DateRange}. */
final class AgreementFormat {
  static final Shape<AgreementAttribute> AGREEMENT = Shape.of(Agreement.class, AgreementAttribute.class);
  static final Shape<DateRangeAttribute> RANGE = Shape.of(DateRange.class, DateRangeAttribute.class);
  private static final AgreementKind[] KINDS = AgreementKind.values();
  private static final AgreementStatus[] STATUSES = AgreementStatus.values();
  private static final Name[] KIND_NAMES = Name.of(AgreementKind.class);
  private static final Name[] STATUS_NAMES = Name.of(AgreementStatus.class);
  static final HistoryFormat.StatusChanges<AgreementStatus, AgreementStatusChange>
      HISTORY =
          new HistoryFormat.StatusChanges<>(AgreementStatus.class, AgreementStatusChange::builder);

  private AgreementFormat() {}

  static Agreement read(Input in) {
    Agreement.Builder agreement = in.builder(AGREEMENT, Agreement::builder).clear();
    for (AgreementAttribute attribute = in.first(AGREEMENT); attribute != null; ) {
      Object read = switch (attribute) {
        case FORMAT_VERSION -> formatVersion(in);
        case ID -> agreement.id(Values.text(in, AgreementId::of));
        case TITLE -> agreement.title(in.string());
        case ENGLISH_TITLE -> agreement.englishTitle(in.string());
        case ALIASES -> in.readArray(agreement, (b, i) -> b.addAlias(i.string()));
        case KIND -> agreement.kind(in.constant(AgreementKind.class, KINDS));
        case STATUS -> agreement.status(in.constant(AgreementStatus.class, STATUSES));
        case PURPOSE -> agreement.purpose(in.string());
        case LANGUAGES -> in.readArray(agreement, (b, i) -> b.addLanguage(Values.language(i)));
        case PREVAILING_LANGUAGE -> agreement.prevailingLanguage(Values.language(in));
        case SIGNING -> agreement.signing(SigningFormat.read(in));
        case EFFECTIVE_PERIOD -> agreement.effectivePeriod(readRange(in));
        case PARTIES -> in.readArray(agreement, (b, i) -> b.addParty(PartyFormat.read(i)));
        case COMMITMENTS ->
            in.readArray(agreement, (b, i) -> b.addCommitment(CommitmentFormat.read(i)));
        case PROGRAMMES ->
            in.readArray(agreement, (b, i) -> b.addProgramme(ProgrammeFormat.read(i)));
        case RELATED_AGREEMENTS ->
            in.readArray(agreement, (b, i) ->
                b.addRelatedAgreement(ReferenceFormat.readRelated(i)));
        case AMENDMENTS ->
            in.readArray(agreement, (b, i) -> b.addAmendment(HistoryFormat.readAmendment(i)));
        case STATUS_HISTORY ->
            in.readArray(agreement, (b, i) -> b.addStatusHistory(HISTORY.read(i)));
        case SOURCES ->
            in.readArray(agreement, (b, i) -> b.addSource(ReferenceFormat.readSource(i)));
        case KEYWORDS -> in.readArray(agreement, (b, i) -> b.addKeyword(i.string()));
        case EXTENSIONS -> ExtensionFormat.read(in, agreement::putExtension);
      };
      attribute = in.next(AGREEMENT);
    }
    return in.build(AGREEMENT, agreement, Agreement.Builder::build);
  }

  /**
   * Reads the version the document declares: one this reader supports, against which the
   * attributes of the document are checked. A document that declares none is of the current version.
   */
  private static int formatVersion(Input in) {
    in.expect(Token.INTEGER);
    String digits = in.text();
    int version = FormatVersions.supported(digits);
    if (version == 0) {
      throw in.fail("formatVersion " + Input.shorten(digits)
          + " is not supported; this reader supports " + FormatVersions.describe());
    }
    in.declareVersion(version);
    return version;
  }

  static DateRange readRange(Input in) {
    LocalDate[] days = new LocalDate[2];
    for (DateRangeAttribute attribute = in.first(RANGE); attribute != null; ) {
      Object read = switch (attribute) {
        case START -> days[0] = Values.date(in);
        case END -> days[1] = Values.date(in);
      };
      attribute = in.next(RANGE);
    }
    return in.build(DateRange.class,
        () -> days[1] == null ? DateRange.startingOn(days[0]) : DateRange.of(days[0], days[1]));
  }

  static void write(Output out, Agreement agreement) {
    for (AgreementAttribute attribute = out.first(AGREEMENT); attribute != null; ) {
      Name name = AGREEMENT.name(attribute);
      Output written = switch (attribute) {
        case FORMAT_VERSION -> out.number(name, out.lowestVersion(agreement, AgreementFormat::write));
        case ID -> out.string(name, agreement.id().value());
        case TITLE -> out.string(name, agreement.title());
        case ENGLISH_TITLE -> out.text(name, agreement.englishTitle());
        case ALIASES -> out.strings(name, agreement.aliases());
        case KIND -> out.constant(name, KIND_NAMES[agreement.kind().ordinal()]);
        case STATUS -> out.constant(name, STATUS_NAMES[agreement.status().ordinal()]);
        case PURPOSE -> out.text(name, agreement.purpose());
        case LANGUAGES -> out.list(name, agreement.languages(), Values::writeLanguage);
        case PREVAILING_LANGUAGE ->
            out.value(name, agreement.prevailingLanguage(), Values::writeLanguage);
        case SIGNING -> out.value(name, agreement.signing(), SigningFormat::write);
        case EFFECTIVE_PERIOD -> out.value(name, agreement.effectivePeriod(), AgreementFormat::writeRange);
        case PARTIES -> out.list(name, agreement.parties(), PartyFormat::write);
        case COMMITMENTS -> out.list(name, agreement.commitments(), CommitmentFormat::write);
        case PROGRAMMES -> out.list(name, agreement.programmes(), ProgrammeFormat::write);
        case RELATED_AGREEMENTS ->
            out.list(name, agreement.relatedAgreements(), ReferenceFormat::writeRelated);
        case AMENDMENTS -> out.list(name, agreement.amendments(), HistoryFormat::writeAmendment);
        case STATUS_HISTORY -> out.list(name, agreement.statusHistory(), HISTORY::write);
        case SOURCES -> out.list(name, agreement.sources(), ReferenceFormat::writeSource);
        case KEYWORDS -> out.strings(name, agreement.keywords());
        case EXTENSIONS -> ExtensionFormat.write(out, name, agreement.extensions());
      };
      attribute = written.next(AGREEMENT, attribute);
    }
  }

  static void writeRange(Output out, DateRange range) {
    for (DateRangeAttribute attribute = out.first(RANGE); attribute != null; ) {
      Name name = RANGE.name(attribute);
      Output written = switch (attribute) {
        case START -> out.value(name, range.start(), Values::writeDate);
        case END -> out.value(name, range.end(), Values::writeDate);
      };
      attribute = written.next(RANGE, attribute);
    }
  }
}
