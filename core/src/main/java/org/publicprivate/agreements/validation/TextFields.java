package org.publicprivate.agreements.validation;

import java.util.List;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.StatusChange;

/**
 * Every free text of an agreement, with its path, whether it is required and its longest allowed
 * length, as both text rules see them: the texts of each party, commitment and programme in the
 * shared walk, the agreement's other texts when the walk starts.
 */
final class TextFields {
  /** The longest title or name, in code points. */
  static final int NAME_LIMIT = 300;
  /** The longest summary, purpose, description or note, in code points. */
  static final int PROSE_LIMIT = 4_000;

  /**
   * Receives each text of an agreement: {@link #offends} for every text, {@link #report} with the
   * text's path for each one that offends. The paths of the commitments' texts, the list that grows
   * large, are built only then: nearly every text is fine, and a path for each was a fifth of what
   * validating a large agreement allocated. Parties and programmes are few; their texts share the
   * path of their element.
   */
  interface Visitor {
    boolean offends(String text, boolean required, int limit);

    void report(Findings findings, DocumentPath path, String text, int limit);
  }

  /**
   * The text rules' walker: the agreement's own texts at the start, each party's, commitment's and
   * programme's during the walk.
   */
  static Walker walker(Agreement agreement, Visitor visitor, Findings findings) {
    walkOthers(agreement, visitor, findings);
    return new Walker(Walker.PARTIES | Walker.COMMITMENTS | Walker.PROGRAMMES) {
      @Override
      void party(int i, Party party) {
        TextFields.party(visitor, findings, party, i);
      }

      @Override
      void commitment(int i, Commitment commitment) {
        TextFields.commitment(visitor, findings, i, commitment);
      }

      @Override
      void programme(int i, FundedProgramme programme) {
        TextFields.programme(visitor, findings, programme, i);
      }
    };
  }

  private TextFields() {}

  /** The texts outside the parties, commitments and programmes. */
  private static void walkOthers(Agreement agreement, Visitor visitor, Findings findings) {
    DocumentPath root = DocumentPath.root();
    at(visitor, findings, agreement.title(), true, NAME_LIMIT, root, "title");
    optional(visitor, findings, agreement.englishTitle(), NAME_LIMIT, root, "englishTitle");
    List<String> aliases = agreement.aliases();
    for (int i = 0; i < aliases.size(); i++) {
      if (visitor.offends(aliases.get(i), true, NAME_LIMIT)) {
        visitor.report(findings, DocumentPath.of("aliases").index(i), aliases.get(i), NAME_LIMIT);
      }
    }
    optional(visitor, findings, agreement.purpose(), PROSE_LIMIT, root, "purpose");
    agreement.signing().ifPresent(signing -> signing(visitor, findings, signing));
    List<RelatedAgreement> related = agreement.relatedAgreements();
    for (int i = 0; i < related.size(); i++) {
      RelatedAgreement relatedAgreement = related.get(i);
      element(visitor, findings, relatedAgreement.title(), true, NAME_LIMIT,
          "relatedAgreements", i, "title");
      List<String> counterparties = relatedAgreement.counterparties();
      for (int j = 0; j < counterparties.size(); j++) {
        if (visitor.offends(counterparties.get(j), true, NAME_LIMIT)) {
          visitor.report(findings, DocumentPath.of("relatedAgreements").index(i)
              .property("counterparties").index(j), counterparties.get(j), NAME_LIMIT);
        }
      }
    }
    List<SourceDocument> sources = agreement.sources();
    for (int i = 0; i < sources.size(); i++) {
      SourceDocument source = sources.get(i);
      element(visitor, findings, source.title(), true, NAME_LIMIT, "sources", i, "title");
      if (source.publisher().isPresent()) {
        element(visitor, findings, source.publisher().get(), false, NAME_LIMIT,
            "sources", i, "publisher");
      }
      if (source.author().isPresent()) {
        element(visitor, findings, source.author().get(), false, NAME_LIMIT,
            "sources", i, "author");
      }
    }
    List<Amendment> amendments = agreement.amendments();
    for (int i = 0; i < amendments.size(); i++) {
      element(visitor, findings, amendments.get(i).summary(), true, PROSE_LIMIT,
          "amendments", i, "summary");
    }
    history(visitor, findings, agreement.statusHistory(), root);
    List<String> keywords = agreement.keywords();
    for (int i = 0; i < keywords.size(); i++) {
      if (visitor.offends(keywords.get(i), true, NAME_LIMIT)) {
        visitor.report(findings, DocumentPath.of("keywords").index(i), keywords.get(i),
            NAME_LIMIT);
      }
    }
  }

  private static void commitment(Visitor visitor, Findings findings, int i, Commitment commitment) {
    element(visitor, findings, commitment.summary(), true, PROSE_LIMIT,
        "commitments", i, "summary");
    Optional<String> englishSummary = commitment.englishSummary(); // a new Optional per call
    if (englishSummary.isPresent()) {
      element(visitor, findings, englishSummary.get(), false, PROSE_LIMIT,
          "commitments", i, "englishSummary");
    }
    List<String> groups = commitment.beneficiaryGroups();
    for (int j = 0; j < groups.size(); j++) {
      if (visitor.offends(groups.get(j), true, NAME_LIMIT)) {
        visitor.report(findings, DocumentPath.of("commitments").index(i)
            .property("beneficiaryGroups").index(j), groups.get(j), NAME_LIMIT);
      }
    }
    List<Quantity> quantities = commitment.quantities();
    for (int j = 0; j < quantities.size(); j++) {
      Optional<String> label = quantities.get(j).label();
      if (label.isPresent() && visitor.offends(label.get(), false, NAME_LIMIT)) {
        visitor.report(findings, DocumentPath.of("commitments").index(i).property("quantities")
            .index(j).property("label"), label.get(), NAME_LIMIT);
      }
    }
    Optional<Location> location = commitment.location();
    if (location.isPresent() && visitor.offends(location.get().name(), true, NAME_LIMIT)) {
      visitor.report(findings, DocumentPath.of("commitments").index(i).property("location")
          .property("name"), location.get().name(), NAME_LIMIT);
    }
    List<Condition> conditions = commitment.conditions();
    for (int j = 0; j < conditions.size(); j++) {
      Optional<String> description = conditions.get(j).description();
      if (description.isPresent() && visitor.offends(description.get(), false, PROSE_LIMIT)) {
        visitor.report(findings, DocumentPath.of("commitments").index(i).property("conditions")
            .index(j).property("description"), description.get(), PROSE_LIMIT);
      }
    }
    if (commitment.milestones().isEmpty() && commitment.progress().isEmpty()
        && commitment.statusHistory().isEmpty()) {
      return;
    }
    DocumentPath at = DocumentPath.of("commitments").index(i);
    List<Milestone> milestones = commitment.milestones();
    for (int j = 0; j < milestones.size(); j++) {
      DocumentPath milestoneAt = at.property("milestones").index(j);
      at(visitor, findings, milestones.get(j).description(), true, PROSE_LIMIT, milestoneAt,
          "description");
      labels(visitor, findings, milestones.get(j).quantities(), milestoneAt, "quantities");
    }
    List<ProgressReport> progress = commitment.progress();
    for (int j = 0; j < progress.size(); j++) {
      DocumentPath reportAt = at.property("progress").index(j);
      optional(visitor, findings, progress.get(j).summary(), PROSE_LIMIT, reportAt, "summary");
      labels(visitor, findings, progress.get(j).achieved(), reportAt, "achieved");
    }
    history(visitor, findings, commitment.statusHistory(), at);
  }

  /** The labels of quantities at the list {@code field} of {@code owner}. */
  private static void labels(Visitor visitor, Findings findings, List<Quantity> quantities,
      DocumentPath owner, String field) {
    for (int k = 0; k < quantities.size(); k++) {
      optional(visitor, findings, quantities.get(k).label(), NAME_LIMIT,
          owner.property(field).index(k), "label");
    }
  }

  /** The notes of a status history whose owner is at {@code owner}. */
  private static void history(Visitor visitor, Findings findings,
      List<? extends StatusChange<?>> history, DocumentPath owner) {
    for (int j = 0; j < history.size(); j++) {
      Optional<String> note = history.get(j).note();
      if (note.isPresent() && visitor.offends(note.get(), false, PROSE_LIMIT)) {
        visitor.report(findings, owner.property("statusHistory").index(j).property("note"),
            note.get(), PROSE_LIMIT);
      }
    }
  }

  private static void signing(Visitor visitor, Findings findings, Signing signing) {
    DocumentPath at = DocumentPath.of("signing");
    optional(visitor, findings, signing.venue(), NAME_LIMIT, at, "venue");
    List<Signatory> signatories = signing.signatories();
    for (int i = 0; i < signatories.size(); i++) {
      Signatory signatory = signatories.get(i);
      DocumentPath signatoryAt = at.property("signatories").index(i);
      at(visitor, findings, signatory.name(), true, NAME_LIMIT, signatoryAt, "name");
      optional(visitor, findings, signatory.englishName(), NAME_LIMIT, signatoryAt, "englishName");
      optional(visitor, findings, signatory.title(), NAME_LIMIT, signatoryAt, "title");
    }
  }

  private static void party(Visitor visitor, Findings findings, Party party, int i) {
    DocumentPath at = DocumentPath.of("parties").index(i);
    at(visitor, findings, party.name(), true, NAME_LIMIT, at, "name");
    optional(visitor, findings, party.englishName(), NAME_LIMIT, at, "englishName");
    List<String> aliases = party.aliases();
    for (int j = 0; j < aliases.size(); j++) {
      if (visitor.offends(aliases.get(j), true, NAME_LIMIT)) {
        visitor.report(findings, at.property("aliases").index(j), aliases.get(j), NAME_LIMIT);
      }
    }
    if (party.representative().isPresent()) {
      Person person = party.representative().get();
      DocumentPath personAt = at.property("representative");
      at(visitor, findings, person.name(), true, NAME_LIMIT, personAt, "name");
      optional(visitor, findings, person.englishName(), NAME_LIMIT, personAt, "englishName");
      optional(visitor, findings, person.title(), NAME_LIMIT, personAt, "title");
    }
    optional(visitor, findings, party.parentOrganisation(), NAME_LIMIT, at, "parentOrganisation");
  }

  private static void programme(
      Visitor visitor, Findings findings, FundedProgramme programme, int i) {
    DocumentPath at = DocumentPath.of("programmes").index(i);
    at(visitor, findings, programme.name(), true, NAME_LIMIT, at, "name");
    optional(visitor, findings, programme.englishName(), NAME_LIMIT, at, "englishName");
    optional(visitor, findings, programme.description(), PROSE_LIMIT, at, "description");
    optional(visitor, findings, programme.funder(), NAME_LIMIT, at, "funder");
    List<FundingShare> shares = programme.fundingShares();
    for (int j = 0; j < shares.size(); j++) {
      Optional<String> note = shares.get(j).note();
      if (note.isPresent() && visitor.offends(note.get(), false, PROSE_LIMIT)) {
        visitor.report(findings, at.property("fundingShares").index(j).property("note"),
            note.get(), PROSE_LIMIT);
      }
    }
    history(visitor, findings, programme.statusHistory(), at);
  }

  /**
   * A text of the {@code i}th element of a top-level list, the one shape that grows with the
   * document: its path costs nothing unless the text offends.
   */
  private static void element(
      Visitor visitor, Findings findings, String text, boolean required, int limit,
      String list, int i, String field) {
    if (visitor.offends(text, required, limit)) {
      visitor.report(findings, DocumentPath.of(list).index(i).property(field), text, limit);
    }
  }

  /** A text at the property {@code field} of {@code owner}. */
  private static void at(
      Visitor visitor, Findings findings, String text, boolean required, int limit,
      DocumentPath owner, String field) {
    if (visitor.offends(text, required, limit)) {
      visitor.report(findings, owner.property(field), text, limit);
    }
  }

  private static void optional(
      Visitor visitor, Findings findings, Optional<String> text, int limit,
      DocumentPath owner, String field) {
    if (text.isPresent()) {
      at(visitor, findings, text.get(), false, limit, owner, field);
    }
  }
}
