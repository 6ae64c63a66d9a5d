package org.publicprivate.agreements.validation.rules;

import java.util.List;
import org.publicprivate.agreements.Commitment;

/**
 * The part of a rule that looks at each commitment of one agreement, given in their order, with
 * whatever state one validation needs.
 *
 * <p>Eight rules look at every commitment. Run one after another, each walked the commitments
 * again, and an agreement of 100,000 commitments leaves the processor's caches between two walks.
 * {@link SharedWalk} runs the eight checks in one walk when {@code AgreementValidator} validates;
 * under a plain Jakarta {@code Validator} each rule runs its check alone with {@link #walk}. The
 * same check reports the same findings either way.
 */
abstract class CommitmentCheck {

  /** Checks the commitment at {@code index}. */
  abstract void commitment(int index, Commitment commitment, Findings findings);

  /** Called once after the last commitment; does nothing unless overridden. */
  void end(Findings findings) {}

  /** Runs {@code check} over {@code commitments} on its own. */
  static void walk(List<Commitment> commitments, CommitmentCheck check, Findings findings) {
    for (int i = 0; i < commitments.size(); i++) {
      check.commitment(i, commitments.get(i), findings);
    }
    check.end(findings);
  }
}
