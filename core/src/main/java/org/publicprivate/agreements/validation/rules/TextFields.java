package org.publicprivate.agreements.validation.rules;

import java.util.List;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.SourceDocument;

/**
 * Every free text of an agreement, with its path, whether it is required and its longest allowed
 * length: the one list that both text rules walk.
 */
final class TextFields {
  /** The longest title or name, in code points. */
  static final int NAME_LIMIT = 300;
  /** The longest summary, purpose, description or note, in code points. */
  static final int PROSE_LIMIT = 4_000;

  /** Receives each text of an agreement. */
  interface Visitor {
    void visit(Object[] path, String text, boolean required, int limit);
  }

  private TextFields() {}

  static void walk(Agreement agreement, Visitor visitor) {
    visitor.visit(Findings.path("title"), agreement.title(), true, NAME_LIMIT);
    optional(visitor, agreement.englishTitle(), NAME_LIMIT, "englishTitle");
    optional(visitor, agreement.purpose(), PROSE_LIMIT, "purpose");
    agreement.signing().ifPresent(signing -> signing(visitor, signing));
    List<Party> parties = agreement.parties();
    for (int i = 0; i < parties.size(); i++) {
      party(visitor, parties.get(i), i);
    }
    List<Commitment> commitments = agreement.commitments();
    for (int i = 0; i < commitments.size(); i++) {
      Commitment commitment = commitments.get(i);
      visitor.visit(
          Findings.path("commitments", i, "summary"), commitment.summary(), true, PROSE_LIMIT);
      optional(visitor, commitment.englishSummary(), PROSE_LIMIT, "commitments", i, "englishSummary");
    }
    List<FundedProgramme> programmes = agreement.programmes();
    for (int i = 0; i < programmes.size(); i++) {
      programme(visitor, programmes.get(i), i);
    }
    List<RelatedAgreement> related = agreement.relatedAgreements();
    for (int i = 0; i < related.size(); i++) {
      RelatedAgreement relatedAgreement = related.get(i);
      visitor.visit(
          Findings.path("relatedAgreements", i, "title"), relatedAgreement.title(), true, NAME_LIMIT);
      list(visitor, relatedAgreement.counterparties(), "relatedAgreements", i, "counterparties");
    }
    List<SourceDocument> sources = agreement.sources();
    for (int i = 0; i < sources.size(); i++) {
      SourceDocument source = sources.get(i);
      visitor.visit(Findings.path("sources", i, "title"), source.title(), true, NAME_LIMIT);
      optional(visitor, source.publisher(), NAME_LIMIT, "sources", i, "publisher");
    }
    List<String> keywords = agreement.keywords();
    for (int i = 0; i < keywords.size(); i++) {
      visitor.visit(Findings.path("keywords", i), keywords.get(i), true, NAME_LIMIT);
    }
  }

  private static void signing(Visitor visitor, Signing signing) {
    optional(visitor, signing.venue(), NAME_LIMIT, "signing", "venue");
    List<Signatory> signatories = signing.signatories();
    for (int i = 0; i < signatories.size(); i++) {
      Signatory signatory = signatories.get(i);
      visitor.visit(
          Findings.path("signing", "signatories", i, "name"), signatory.name(), true, NAME_LIMIT);
      optional(visitor, signatory.title(), NAME_LIMIT, "signing", "signatories", i, "title");
    }
  }

  private static void party(Visitor visitor, Party party, int i) {
    visitor.visit(Findings.path("parties", i, "name"), party.name(), true, NAME_LIMIT);
    optional(visitor, party.englishName(), NAME_LIMIT, "parties", i, "englishName");
    list(visitor, party.aliases(), "parties", i, "aliases");
    if (party.representative().isPresent()) {
      Person person = party.representative().get();
      visitor.visit(
          Findings.path("parties", i, "representative", "name"), person.name(), true, NAME_LIMIT);
      optional(visitor, person.title(), NAME_LIMIT, "parties", i, "representative", "title");
    }
    optional(visitor, party.parentOrganisation(), NAME_LIMIT, "parties", i, "parentOrganisation");
  }

  private static void programme(Visitor visitor, FundedProgramme programme, int i) {
    visitor.visit(Findings.path("programmes", i, "name"), programme.name(), true, NAME_LIMIT);
    optional(visitor, programme.englishName(), NAME_LIMIT, "programmes", i, "englishName");
    optional(visitor, programme.description(), PROSE_LIMIT, "programmes", i, "description");
    optional(visitor, programme.funder(), NAME_LIMIT, "programmes", i, "funder");
    List<FundingShare> shares = programme.fundingShares();
    for (int j = 0; j < shares.size(); j++) {
      optional(visitor, shares.get(j).note(), PROSE_LIMIT, "programmes", i, "fundingShares", j, "note");
    }
  }

  private static void optional(Visitor visitor, Optional<String> text, int limit, Object... path) {
    if (text.isPresent()) {
      visitor.visit(path, text.get(), false, limit);
    }
  }

  private static void list(Visitor visitor, List<String> texts, Object... path) {
    for (int i = 0; i < texts.size(); i++) {
      Object[] element = java.util.Arrays.copyOf(path, path.length + 1);
      element[path.length] = i;
      visitor.visit(element, texts.get(i), true, NAME_LIMIT);
    }
  }
}
