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

  /**
   * Receives each text of an agreement: {@link #offends} for every text, {@link #report} with the
   * text's path for each one that offends. The path is built only then: nearly every text is fine,
   * and a path for each of them was a fifth of what validating a large agreement allocated.
   */
  interface Visitor {
    boolean offends(String text, boolean required, int limit);

    void report(Object[] path, String text, int limit);
  }

  private TextFields() {}

  static void walk(Agreement agreement, Visitor visitor) {
    at(visitor, agreement.title(), true, NAME_LIMIT, "title");
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
      element(visitor, commitment.summary(), true, PROSE_LIMIT, "commitments", i, "summary");
      Optional<String> englishSummary = commitment.englishSummary(); // a new Optional per call
      if (englishSummary.isPresent()) {
        element(visitor, englishSummary.get(), false, PROSE_LIMIT,
            "commitments", i, "englishSummary");
      }
    }
    List<FundedProgramme> programmes = agreement.programmes();
    for (int i = 0; i < programmes.size(); i++) {
      programme(visitor, programmes.get(i), i);
    }
    List<RelatedAgreement> related = agreement.relatedAgreements();
    for (int i = 0; i < related.size(); i++) {
      RelatedAgreement relatedAgreement = related.get(i);
      element(visitor, relatedAgreement.title(), true, NAME_LIMIT, "relatedAgreements", i, "title");
      list(visitor, relatedAgreement.counterparties(), "relatedAgreements", i, "counterparties");
    }
    List<SourceDocument> sources = agreement.sources();
    for (int i = 0; i < sources.size(); i++) {
      SourceDocument source = sources.get(i);
      element(visitor, source.title(), true, NAME_LIMIT, "sources", i, "title");
      optional(visitor, source.publisher(), NAME_LIMIT, "sources", i, "publisher");
    }
    List<String> keywords = agreement.keywords();
    for (int i = 0; i < keywords.size(); i++) {
      if (visitor.offends(keywords.get(i), true, NAME_LIMIT)) {
        visitor.report(Findings.path("keywords", i), keywords.get(i), NAME_LIMIT);
      }
    }
  }

  private static void signing(Visitor visitor, Signing signing) {
    optional(visitor, signing.venue(), NAME_LIMIT, "signing", "venue");
    List<Signatory> signatories = signing.signatories();
    for (int i = 0; i < signatories.size(); i++) {
      Signatory signatory = signatories.get(i);
      at(visitor, signatory.name(), true, NAME_LIMIT, "signing", "signatories", i, "name");
      optional(visitor, signatory.title(), NAME_LIMIT, "signing", "signatories", i, "title");
    }
  }

  private static void party(Visitor visitor, Party party, int i) {
    element(visitor, party.name(), true, NAME_LIMIT, "parties", i, "name");
    optional(visitor, party.englishName(), NAME_LIMIT, "parties", i, "englishName");
    list(visitor, party.aliases(), "parties", i, "aliases");
    if (party.representative().isPresent()) {
      Person person = party.representative().get();
      at(visitor, person.name(), true, NAME_LIMIT, "parties", i, "representative", "name");
      optional(visitor, person.title(), NAME_LIMIT, "parties", i, "representative", "title");
    }
    optional(visitor, party.parentOrganisation(), NAME_LIMIT, "parties", i, "parentOrganisation");
  }

  private static void programme(Visitor visitor, FundedProgramme programme, int i) {
    element(visitor, programme.name(), true, NAME_LIMIT, "programmes", i, "name");
    optional(visitor, programme.englishName(), NAME_LIMIT, "programmes", i, "englishName");
    optional(visitor, programme.description(), PROSE_LIMIT, "programmes", i, "description");
    optional(visitor, programme.funder(), NAME_LIMIT, "programmes", i, "funder");
    List<FundingShare> shares = programme.fundingShares();
    for (int j = 0; j < shares.size(); j++) {
      optional(visitor, shares.get(j).note(), PROSE_LIMIT, "programmes", i, "fundingShares", j, "note");
    }
  }

  /**
   * A text of the {@code i}th element of a list, the one shape that grows with the document: its
   * path costs nothing unless the text offends.
   */
  private static void element(
      Visitor visitor, String text, boolean required, int limit, String list, int i, String field) {
    if (visitor.offends(text, required, limit)) {
      visitor.report(Findings.path(list, i, field), text, limit);
    }
  }

  /** A text at a path of a size that does not grow with the document. */
  private static void at(Visitor visitor, String text, boolean required, int limit, Object... path) {
    if (visitor.offends(text, required, limit)) {
      visitor.report(path, text, limit);
    }
  }

  private static void optional(Visitor visitor, Optional<String> text, int limit, Object... path) {
    if (text.isPresent()) {
      at(visitor, text.get(), false, limit, path);
    }
  }

  private static void list(Visitor visitor, List<String> texts, Object... path) {
    for (int i = 0; i < texts.size(); i++) {
      if (visitor.offends(texts.get(i), true, NAME_LIMIT)) {
        Object[] element = java.util.Arrays.copyOf(path, path.length + 1);
        element[path.length] = i;
        visitor.report(element, texts.get(i), NAME_LIMIT);
      }
    }
  }
}
