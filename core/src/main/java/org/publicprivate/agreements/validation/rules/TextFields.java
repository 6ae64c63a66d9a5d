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
 * length, as both text rules see them: {@link #walkOthers} gives all but the commitments' texts,
 * and {@link Commitments} gives those one commitment at a time.
 */
final class TextFields {
  /** The longest title or name, in code points. */
  static final int NAME_LIMIT = 300;
  /** The longest summary, purpose, description or note, in code points. */
  static final int PROSE_LIMIT = 4_000;

  /**
   * Receives each text of an agreement: {@link #offends} for every text, {@link #report} with the
   * rule's findings and the text's path for each one that offends. The path is built only then:
   * nearly every text is fine, and a path for each of them was a fifth of what validating a large
   * agreement allocated.
   */
  interface Visitor {
    boolean offends(String text, boolean required, int limit);

    void report(Findings findings, Object[] path, String text, int limit);
  }

  private TextFields() {}

  /**
   * Gives {@code visitor} every text of {@code agreement} but its commitments' (those are
   * {@link Commitments}').
   */
  static void walkOthers(Agreement agreement, Visitor visitor, Findings findings) {
    at(visitor, findings, agreement.title(), true, NAME_LIMIT, "title");
    optional(visitor, findings, agreement.englishTitle(), NAME_LIMIT, "englishTitle");
    optional(visitor, findings, agreement.purpose(), PROSE_LIMIT, "purpose");
    agreement.signing().ifPresent(signing -> signing(visitor, findings, signing));
    List<Party> parties = agreement.parties();
    for (int i = 0; i < parties.size(); i++) {
      party(visitor, findings, parties.get(i), i);
    }
    List<FundedProgramme> programmes = agreement.programmes();
    for (int i = 0; i < programmes.size(); i++) {
      programme(visitor, findings, programmes.get(i), i);
    }
    List<RelatedAgreement> related = agreement.relatedAgreements();
    for (int i = 0; i < related.size(); i++) {
      RelatedAgreement relatedAgreement = related.get(i);
      element(visitor, findings, relatedAgreement.title(), true, NAME_LIMIT,
          "relatedAgreements", i, "title");
      list(visitor, findings, relatedAgreement.counterparties(),
          "relatedAgreements", i, "counterparties");
    }
    List<SourceDocument> sources = agreement.sources();
    for (int i = 0; i < sources.size(); i++) {
      SourceDocument source = sources.get(i);
      element(visitor, findings, source.title(), true, NAME_LIMIT, "sources", i, "title");
      optional(visitor, findings, source.publisher(), NAME_LIMIT, "sources", i, "publisher");
    }
    List<String> keywords = agreement.keywords();
    for (int i = 0; i < keywords.size(); i++) {
      if (visitor.offends(keywords.get(i), true, NAME_LIMIT)) {
        visitor.report(findings, Findings.path("keywords", i), keywords.get(i), NAME_LIMIT);
      }
    }
  }

  /** Gives a visitor the texts of each commitment. */
  static final class Commitments extends CommitmentCheck {
    private final Visitor visitor;

    Commitments(Visitor visitor) {
      this.visitor = visitor;
    }

    @Override
    void commitment(int i, Commitment commitment, Findings findings) {
      element(visitor, findings, commitment.summary(), true, PROSE_LIMIT,
          "commitments", i, "summary");
      Optional<String> englishSummary = commitment.englishSummary(); // a new Optional per call
      if (englishSummary.isPresent()) {
        element(visitor, findings, englishSummary.get(), false, PROSE_LIMIT,
            "commitments", i, "englishSummary");
      }
    }
  }

  private static void signing(Visitor visitor, Findings findings, Signing signing) {
    optional(visitor, findings, signing.venue(), NAME_LIMIT, "signing", "venue");
    List<Signatory> signatories = signing.signatories();
    for (int i = 0; i < signatories.size(); i++) {
      Signatory signatory = signatories.get(i);
      at(visitor, findings, signatory.name(), true, NAME_LIMIT,
          "signing", "signatories", i, "name");
      optional(visitor, findings, signatory.title(), NAME_LIMIT,
          "signing", "signatories", i, "title");
    }
  }

  private static void party(Visitor visitor, Findings findings, Party party, int i) {
    element(visitor, findings, party.name(), true, NAME_LIMIT, "parties", i, "name");
    optional(visitor, findings, party.englishName(), NAME_LIMIT, "parties", i, "englishName");
    list(visitor, findings, party.aliases(), "parties", i, "aliases");
    if (party.representative().isPresent()) {
      Person person = party.representative().get();
      at(visitor, findings, person.name(), true, NAME_LIMIT,
          "parties", i, "representative", "name");
      optional(visitor, findings, person.title(), NAME_LIMIT,
          "parties", i, "representative", "title");
    }
    optional(visitor, findings, party.parentOrganisation(), NAME_LIMIT,
        "parties", i, "parentOrganisation");
  }

  private static void programme(
      Visitor visitor, Findings findings, FundedProgramme programme, int i) {
    element(visitor, findings, programme.name(), true, NAME_LIMIT, "programmes", i, "name");
    optional(visitor, findings, programme.englishName(), NAME_LIMIT,
        "programmes", i, "englishName");
    optional(visitor, findings, programme.description(), PROSE_LIMIT,
        "programmes", i, "description");
    optional(visitor, findings, programme.funder(), NAME_LIMIT, "programmes", i, "funder");
    List<FundingShare> shares = programme.fundingShares();
    for (int j = 0; j < shares.size(); j++) {
      optional(visitor, findings, shares.get(j).note(), PROSE_LIMIT,
          "programmes", i, "fundingShares", j, "note");
    }
  }

  /**
   * A text of the {@code i}th element of a list, the one shape that grows with the document: its
   * path costs nothing unless the text offends.
   */
  private static void element(
      Visitor visitor, Findings findings, String text, boolean required, int limit,
      String list, int i, String field) {
    if (visitor.offends(text, required, limit)) {
      visitor.report(findings, Findings.path(list, i, field), text, limit);
    }
  }

  /** A text at a path of a size that does not grow with the document. */
  private static void at(
      Visitor visitor, Findings findings, String text, boolean required, int limit,
      Object... path) {
    if (visitor.offends(text, required, limit)) {
      visitor.report(findings, path, text, limit);
    }
  }

  private static void optional(
      Visitor visitor, Findings findings, Optional<String> text, int limit, Object... path) {
    if (text.isPresent()) {
      at(visitor, findings, text.get(), false, limit, path);
    }
  }

  private static void list(Visitor visitor, Findings findings, List<String> texts, Object... path) {
    for (int i = 0; i < texts.size(); i++) {
      if (visitor.offends(texts.get(i), true, NAME_LIMIT)) {
        Object[] element = java.util.Arrays.copyOf(path, path.length + 1);
        element[path.length] = i;
        visitor.report(findings, element, texts.get(i), NAME_LIMIT);
      }
    }
  }
}
