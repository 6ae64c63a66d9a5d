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
        case KIND -> agreement.kind(in.constant(KINDS));
        case STATUS -> agreement.status(in.constant(STATUSES));
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
    out.start(AGREEMENT);
    out.number(AGREEMENT.name(AgreementAttribute.FORMAT_VERSION),
        out.lowestVersion(agreement, AgreementFormat::write));
    out.string(AGREEMENT.name(AgreementAttribute.ID), agreement.id().value());
    out.string(AGREEMENT.name(AgreementAttribute.TITLE), agreement.title());
    out.text(AGREEMENT.name(AgreementAttribute.ENGLISH_TITLE), agreement.englishTitle());
    out.strings(AGREEMENT.name(AgreementAttribute.ALIASES), agreement.aliases());
    out.constant(AGREEMENT.name(AgreementAttribute.KIND), KIND_NAMES[agreement.kind().ordinal()]);
    out.constant(AGREEMENT.name(AgreementAttribute.STATUS),
        STATUS_NAMES[agreement.status().ordinal()]);
    out.text(AGREEMENT.name(AgreementAttribute.PURPOSE), agreement.purpose());
    out.list(AGREEMENT.name(AgreementAttribute.LANGUAGES),
        agreement.languages(), Values::writeLanguage);
    out.value(AGREEMENT.name(AgreementAttribute.PREVAILING_LANGUAGE),
        agreement.prevailingLanguage(), Values::writeLanguage);
    out.value(AGREEMENT.name(AgreementAttribute.SIGNING),
        agreement.signing(), SigningFormat::write);
    out.value(AGREEMENT.name(AgreementAttribute.EFFECTIVE_PERIOD),
        agreement.effectivePeriod(), AgreementFormat::writeRange);
    out.list(AGREEMENT.name(AgreementAttribute.PARTIES), agreement.parties(), PartyFormat::write);
    out.list(AGREEMENT.name(AgreementAttribute.COMMITMENTS),
        agreement.commitments(), CommitmentFormat::write);
    out.list(AGREEMENT.name(AgreementAttribute.PROGRAMMES),
        agreement.programmes(), ProgrammeFormat::write);
    out.list(AGREEMENT.name(AgreementAttribute.RELATED_AGREEMENTS),
        agreement.relatedAgreements(), ReferenceFormat::writeRelated);
    out.list(AGREEMENT.name(AgreementAttribute.AMENDMENTS),
        agreement.amendments(), HistoryFormat::writeAmendment);
    out.list(AGREEMENT.name(AgreementAttribute.STATUS_HISTORY),
        agreement.statusHistory(), HISTORY);
    out.list(AGREEMENT.name(AgreementAttribute.SOURCES),
        agreement.sources(), ReferenceFormat::writeSource);
    out.strings(AGREEMENT.name(AgreementAttribute.KEYWORDS), agreement.keywords());
    ExtensionFormat.write(out, AGREEMENT.name(AgreementAttribute.EXTENSIONS),
        agreement.extensions());
    out.end(AGREEMENT);
  }

  static void writeRange(Output out, DateRange range) {
    out.start(RANGE);
    out.value(RANGE.name(DateRangeAttribute.START), range.start(), Values::writeDate);
    out.value(RANGE.name(DateRangeAttribute.END), range.end(), Values::writeDate);
    out.end(RANGE);
  }
}
