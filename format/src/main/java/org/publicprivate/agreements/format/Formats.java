package org.publicprivate.agreements.format;

import java.util.List;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementStatusChange;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.BusinessRegistrationNumber;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatusChange;
import org.publicprivate.agreements.CorporateRegistrationNumber;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.ForeignAmount;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.ProgrammeStatusChange;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.RegionCode;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;

/**
 * The format as a whole: every model type it reads and writes on its own, and reading a whole
 * document, with the checks that only the root of a document has.
 */
public final class Formats {
  /** The model types, the root first; an adapter registers each. */
  public static final List<ModelType<?>> TYPES = List.of(
      ModelType.of(Agreement.class, AgreementFormat::read, AgreementFormat::write),
      ModelType.of(Party.class, PartyFormat::read, PartyFormat::write),
      ModelType.of(Person.class, PartyFormat::readPerson, PartyFormat::writePerson),
      ModelType.of(Signing.class, SigningFormat::read, SigningFormat::write),
      ModelType.of(Signatory.class, SigningFormat::readSignatory, SigningFormat::writeSignatory),
      ModelType.of(Commitment.class, CommitmentFormat::read, CommitmentFormat::write),
      ModelType.of(FundedProgramme.class, ProgrammeFormat::read, ProgrammeFormat::write),
      ModelType.of(FiscalYears.class, ProgrammeFormat::readPeriod, ProgrammeFormat::writePeriod),
      ModelType.of(FundingShare.class, ProgrammeFormat::readShare, ProgrammeFormat::writeShare),
      ModelType.of(AnnualBudget.class, ProgrammeFormat::readBudget, ProgrammeFormat::writeBudget),
      ModelType.of(RelatedAgreement.class, ReferenceFormat::readRelated,
          ReferenceFormat::writeRelated),
      ModelType.of(SourceDocument.class, ReferenceFormat::readSource, ReferenceFormat::writeSource),
      ModelType.of(DateRange.class, AgreementFormat::readRange, AgreementFormat::writeRange),
      ModelType.of(MoneyAmount.class, Values::money, Values::writeMoney),
      ModelType.of(Identifier.class, PartyFormat::readIdentifier, PartyFormat::writeIdentifier),
      ModelType.of(Quantity.class, PledgeFormat::readQuantity, PledgeFormat::writeQuantity),
      ModelType.of(ForeignAmount.class, PledgeFormat::readForeignAmount,
          PledgeFormat::writeForeignAmount),
      ModelType.of(Location.class, PledgeFormat::readLocation, PledgeFormat::writeLocation),
      ModelType.of(Condition.class, PledgeFormat::readCondition, PledgeFormat::writeCondition),
      ModelType.of(Milestone.class, HistoryFormat::readMilestone, HistoryFormat::writeMilestone),
      ModelType.of(ProgressReport.class, HistoryFormat::readProgress,
          HistoryFormat::writeProgress),
      ModelType.of(Amendment.class, HistoryFormat::readAmendment, HistoryFormat::writeAmendment),
      ModelType.of(AgreementStatusChange.class, AgreementFormat.HISTORY::read,
          AgreementFormat.HISTORY::write),
      ModelType.of(CommitmentStatusChange.class, CommitmentFormat.HISTORY::read,
          CommitmentFormat.HISTORY::write),
      ModelType.of(ProgrammeStatusChange.class, ProgrammeFormat.HISTORY::read,
          ProgrammeFormat.HISTORY::write),
      ModelType.text(AgreementId.class, AgreementId::of),
      ModelType.text(PartyId.class, PartyId::of),
      ModelType.text(CommitmentId.class, CommitmentId::of),
      ModelType.text(ProgrammeId.class, ProgrammeId::of),
      ModelType.text(SourceId.class, SourceId::of),
      ModelType.text(BusinessRegistrationNumber.class, BusinessRegistrationNumber::parse),
      ModelType.text(CorporateRegistrationNumber.class, CorporateRegistrationNumber::parse),
      ModelType.text(PartialDate.class, PartialDate::parse),
      ModelType.text(RegionCode.class, RegionCode::of));

  private Formats() {}

  /**
   * Reads a whole document: the reader is before its first token. The document must be one
   * agreement; after it, only the end of the input unless {@code allowTrailingContent}.
   */
  public static Agreement readDocument(TokenReader reader, boolean ignoreUnknownProperties,
      boolean allowTrailingContent) {
    Input in = new Input(reader, ignoreUnknownProperties);
    if (in.next() == Token.END_OF_INPUT) {
      throw in.fail("the document is empty");
    }
    Agreement agreement = AgreementFormat.read(in);
    if (!allowTrailingContent) {
      rejectTrailingContent(in);
    }
    return agreement;
  }

  /** Fails unless the input ends after the value read. */
  public static void rejectTrailingContent(Input in) {
    Token next = in.next();
    if (next != Token.END_OF_INPUT) {
      throw in.fail("found " + next.description() + " after the end of the document");
    }
  }

  /** The error for a document that is {@code null} where a value of {@code type} was expected. */
  public static FormatException nullDocument(Input in, Class<?> type) {
    String name = type.getSimpleName();
    String article = "AEIOU".indexOf(name.charAt(0)) >= 0 ? "an" : "a";
    return in.fail("must not be null: the document is null, not " + article + " " + name);
  }
}
