package org.publicprivate.agreements.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementRelation;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.BusinessRegistrationNumber;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.CorporateRegistrationNumber;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.SourceDocument;

/**
 * Baseline (b): a hand-written {@link JsonParser} loop straight into the model's builders, the
 * practical limit of reading this format. It checks only what the builders check (the model's hard
 * invariants); it does not reject unknown or repeated properties, does not track JSON paths, and
 * trusts the token types, so a malformed document gives Jackson's or the JDK's bare exception.
 */
public final class HandwrittenReader {
  private HandwrittenReader() {}

  /** Reads one agreement from a parser positioned before the document. */
  public static Agreement read(JsonParser p) throws IOException {
    p.nextToken();
    Agreement.Builder a = Agreement.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "formatVersion" -> p.getIntValue();
        case "id" -> a.id(AgreementId.of(p.getText()));
        case "title" -> a.title(p.getText());
        case "englishTitle" -> a.englishTitle(p.getText());
        case "kind" -> a.kind(AgreementKind.valueOf(p.getText()));
        case "status" -> a.status(AgreementStatus.valueOf(p.getText()));
        case "purpose" -> a.purpose(p.getText());
        case "signing" -> a.signing(signing(p));
        case "effectivePeriod" -> a.effectivePeriod(range(p));
        case "parties" -> {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            a.addParty(party(p));
          }
        }
        case "commitments" -> {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            a.addCommitment(commitment(p));
          }
        }
        case "programmes" -> {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            a.addProgramme(HandwrittenProgrammeReader.programme(p));
          }
        }
        case "relatedAgreements" -> {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            a.addRelatedAgreement(related(p));
          }
        }
        case "sources" -> {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            a.addSource(source(p));
          }
        }
        case "keywords" -> {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            a.addKeyword(p.getText());
          }
        }
        default -> p.skipChildren();
      }
    }
    return a.build();
  }

  private static Signing signing(JsonParser p) throws IOException {
    Signing.Builder s = Signing.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "date" -> s.date(LocalDate.parse(p.getText()));
        case "time" -> s.time(LocalTime.parse(p.getText()));
        case "venue" -> s.venue(p.getText());
        case "signatories" -> {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            s.addSignatory(signatory(p));
          }
        }
        default -> p.skipChildren();
      }
    }
    return s.build();
  }

  private static Signatory signatory(JsonParser p) throws IOException {
    Signatory.Builder s = Signatory.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "party" -> s.party(PartyId.of(p.getText()));
        case "name" -> s.name(p.getText());
        case "title" -> s.title(p.getText());
        default -> p.skipChildren();
      }
    }
    return s.build();
  }

  private static DateRange range(JsonParser p) throws IOException {
    LocalDate start = null;
    LocalDate end = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("start")) {
        start = LocalDate.parse(p.getText());
      } else if (name.equals("end")) {
        end = LocalDate.parse(p.getText());
      }
    }
    return end == null ? DateRange.startingOn(start) : DateRange.of(start, end);
  }

  private static Party party(JsonParser p) throws IOException {
    Party.Builder b = Party.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> b.id(PartyId.of(p.getText()));
        case "name" -> b.name(p.getText());
        case "englishName" -> b.englishName(p.getText());
        case "aliases" -> {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addAlias(p.getText());
          }
        }
        case "kind" -> b.kind(PartyKind.valueOf(p.getText()));
        case "businessRegistrationNumber" ->
            b.businessRegistrationNumber(BusinessRegistrationNumber.parse(p.getText()));
        case "corporateRegistrationNumber" ->
            b.corporateRegistrationNumber(CorporateRegistrationNumber.parse(p.getText()));
        case "representative" -> b.representative(person(p));
        case "parentOrganisation" -> b.parentOrganisation(p.getText());
        case "website" -> b.website(URI.create(p.getText()));
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private static Person person(JsonParser p) throws IOException {
    Person.Builder b = Person.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "name" -> b.name(p.getText());
        case "title" -> b.title(p.getText());
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private static Commitment commitment(JsonParser p) throws IOException {
    Commitment.Builder b = Commitment.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> b.id(CommitmentId.of(p.getText()));
        case "parties" -> {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addParty(PartyId.of(p.getText()));
          }
        }
        case "summary" -> b.summary(p.getText());
        case "englishSummary" -> b.englishSummary(p.getText());
        case "category" -> b.category(CommitmentCategory.valueOf(p.getText()));
        case "obligation" -> b.obligation(ObligationLevel.valueOf(p.getText()));
        case "status" -> b.status(CommitmentStatus.valueOf(p.getText()));
        case "beneficiaries" -> {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addBeneficiary(PartyId.of(p.getText()));
          }
        }
        case "pledgedAmount" -> b.pledgedAmount(HandwrittenProgrammeReader.money(p));
        case "due" -> b.due(LocalDate.parse(p.getText()));
        case "programme" -> b.programme(ProgrammeId.of(p.getText()));
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private static RelatedAgreement related(JsonParser p) throws IOException {
    RelatedAgreement.Builder b = RelatedAgreement.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "relation" -> b.relation(AgreementRelation.valueOf(p.getText()));
        case "title" -> b.title(p.getText());
        case "date" -> b.date(PartialDate.parse(p.getText()));
        case "agreementId" -> b.agreementId(AgreementId.of(p.getText()));
        case "counterparties" -> {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addCounterparty(p.getText());
          }
        }
        default -> p.skipChildren();
      }
    }
    return b.build();
  }

  private static SourceDocument source(JsonParser p) throws IOException {
    SourceDocument.Builder b = SourceDocument.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "title" -> b.title(p.getText());
        case "publisher" -> b.publisher(p.getText());
        case "url" -> b.url(URI.create(p.getText()));
        case "publishedOn" -> b.publishedOn(LocalDate.parse(p.getText()));
        default -> p.skipChildren();
      }
    }
    return b.build();
  }
}
