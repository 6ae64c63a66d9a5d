package org.publicprivate.agreements.validation.rules;

import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;

/**
 * The constraint validator payload with which {@code AgreementValidator} runs the rules: the first
 * rule that looks at every commitment runs the {@linkplain CommitmentCheck checks} of all eight
 * such rules in one walk over the commitments, and each rule then reports what its own check
 * found. One instance serves one validation, on one thread (used by several, each walk stays
 * whole, but they may walk twice). Not API: public only so that {@code AgreementValidator}, in
 * another package of this module, can create it.
 */
public final class SharedWalk {

  /** The rules that share the walk. */
  enum Rule {
    BLANK_TEXT,
    TEXT_LENGTH,
    UNIQUE_COMMITMENT_IDS,
    COMMITTING_PARTY_NAMED,
    KNOWN_PARTY_REFERENCES,
    KNOWN_PROGRAMME_REFERENCES,
    COMMITMENT_FROM_EVERY_PARTY,
    DUE_WITHIN_EFFECTIVE_PERIOD
  }

  /** The last walk: written once per agreement, read once per rule, never half-updated. */
  private Walked last;

  /** An agreement and what each rule's check found in its commitments. */
  private static final class Walked {
    final Agreement agreement;
    final Findings[] found;

    Walked(Agreement agreement, Findings[] found) {
      this.agreement = agreement;
      this.found = found;
    }
  }

  /** A payload for one validation. */
  public SharedWalk() {}

  /**
   * Reports to {@code findings} what {@code rule}'s check found in {@code agreement}'s commitments,
   * walking them for every rule the first time, if the rule runs with a shared walk; otherwise
   * returns false, and the rule walks the commitments itself.
   */
  static boolean replay(Rule rule, Agreement agreement, Findings findings) {
    HibernateConstraintValidatorContext context = findings.context();
    SharedWalk shared = context.getConstraintValidatorPayload(SharedWalk.class);
    if (shared == null) {
      return false;
    }
    Walked walked = shared.last;
    if (walked == null || walked.agreement != agreement) {
      walked = new Walked(agreement, walk(agreement));
      shared.last = walked;
    }
    walked.found[rule.ordinal()].replayInto(findings);
    return true;
  }

  /** The agreement whose commitments this payload walked last, if any; for tests. */
  Agreement walkedAgreement() {
    Walked walked = last;
    return walked == null ? null : walked.agreement;
  }

  /**
   * One walk, each check called by its own class, so that the compiler can inline every call.
   */
  private static Findings[] walk(Agreement agreement) {
    List<Commitment> commitments = agreement.commitments();
    TextFields.Commitments blank = NoBlankTextValidator.check();
    TextFields.Commitments length = TextWithinLengthValidator.check();
    UniqueCommitmentIdsValidator.Ids ids = new UniqueCommitmentIdsValidator.Ids(commitments);
    CommittingPartyNamedValidator.Parties named = new CommittingPartyNamedValidator.Parties();
    KnownPartyReferencesValidator.References parties =
        new KnownPartyReferencesValidator.References(agreement);
    KnownProgrammeReferencesValidator.References programmes =
        new KnownProgrammeReferencesValidator.References(agreement);
    CommitmentFromEveryPartyValidator.Committing committing =
        new CommitmentFromEveryPartyValidator.Committing(agreement);
    DueWithinEffectivePeriodValidator.Due due =
        new DueWithinEffectivePeriodValidator.Due(agreement);
    Findings[] f = new Findings[Rule.values().length];
    for (int k = 0; k < f.length; k++) {
      f[k] = Findings.recording();
    }
    for (int i = 0; i < commitments.size(); i++) {
      Commitment commitment = commitments.get(i);
      blank.commitment(i, commitment, f[Rule.BLANK_TEXT.ordinal()]);
      length.commitment(i, commitment, f[Rule.TEXT_LENGTH.ordinal()]);
      ids.commitment(i, commitment, f[Rule.UNIQUE_COMMITMENT_IDS.ordinal()]);
      named.commitment(i, commitment, f[Rule.COMMITTING_PARTY_NAMED.ordinal()]);
      parties.commitment(i, commitment, f[Rule.KNOWN_PARTY_REFERENCES.ordinal()]);
      programmes.commitment(i, commitment, f[Rule.KNOWN_PROGRAMME_REFERENCES.ordinal()]);
      committing.commitment(i, commitment, f[Rule.COMMITMENT_FROM_EVERY_PARTY.ordinal()]);
      due.commitment(i, commitment, f[Rule.DUE_WITHIN_EFFECTIVE_PERIOD.ordinal()]);
    }
    blank.end(f[Rule.BLANK_TEXT.ordinal()]);
    length.end(f[Rule.TEXT_LENGTH.ordinal()]);
    ids.end(f[Rule.UNIQUE_COMMITMENT_IDS.ordinal()]);
    named.end(f[Rule.COMMITTING_PARTY_NAMED.ordinal()]);
    parties.end(f[Rule.KNOWN_PARTY_REFERENCES.ordinal()]);
    programmes.end(f[Rule.KNOWN_PROGRAMME_REFERENCES.ordinal()]);
    committing.end(f[Rule.COMMITMENT_FROM_EVERY_PARTY.ordinal()]);
    due.end(f[Rule.DUE_WITHIN_EFFECTIVE_PERIOD.ordinal()]);
    return f;
  }
}
