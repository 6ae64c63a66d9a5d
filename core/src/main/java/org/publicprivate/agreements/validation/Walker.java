package org.publicprivate.agreements.validation;

import java.util.ArrayList;
import java.util.List;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.Party;

/**
 * What one {@link WalkingRule} keeps while the validator walks one agreement's parties,
 * commitments and programmes once for every rule: each rule is called for the elements of the
 * lists it declares, in their order, then {@link #end()}.
 *
 * <p>An agreement of 100,000 commitments does not fit the processor's caches: rules that each
 * walked the commitments again would each wait for memory.
 */
abstract class Walker {
  static final int PARTIES = 1;
  static final int COMMITMENTS = 2;
  static final int PROGRAMMES = 4;

  /** The lists this walker visits, as a set of the bits above. */
  private final int parts;

  Walker(int parts) {
    this.parts = parts;
  }

  void party(int index, Party party) {}

  void commitment(int index, Commitment commitment) {}

  void programme(int index, FundedProgramme programme) {}

  /** Called once after the last element. */
  void end() {}

  /** Told of a walker that threw: it is called no more in this walk. */
  interface Failure {
    void failed(int walker, Throwable exception);
  }

  /**
   * Walks {@code agreement} once for all {@code walkers}. A walker that throws is reported to
   * {@code failure} with its index and skipped from then on; the others go on.
   */
  static void walk(Agreement agreement, List<Walker> walkers, Failure failure) {
    Walker[] all = walkers.toArray(new Walker[0]);
    boolean[] failed = new boolean[all.length];
    int[] parties = select(all, PARTIES);
    int[] commitments = select(all, COMMITMENTS);
    int[] programmes = select(all, PROGRAMMES);
    List<Party> partyList = agreement.parties();
    for (int i = 0; i < partyList.size(); i++) {
      Party party = partyList.get(i);
      for (int k : parties) {
        if (!failed[k]) {
          try {
            all[k].party(i, party);
          } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            failed[k] = true;
            failure.failed(k, e);
          }
        }
      }
    }
    List<Commitment> commitmentList = agreement.commitments();
    for (int i = 0; i < commitmentList.size(); i++) {
      Commitment commitment = commitmentList.get(i);
      for (int k : commitments) {
        if (!failed[k]) {
          try {
            all[k].commitment(i, commitment);
          } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            failed[k] = true;
            failure.failed(k, e);
          }
        }
      }
    }
    List<FundedProgramme> programmeList = agreement.programmes();
    for (int i = 0; i < programmeList.size(); i++) {
      FundedProgramme programme = programmeList.get(i);
      for (int k : programmes) {
        if (!failed[k]) {
          try {
            all[k].programme(i, programme);
          } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            failed[k] = true;
            failure.failed(k, e);
          }
        }
      }
    }
    for (int k = 0; k < all.length; k++) {
      if (!failed[k]) {
        try {
          all[k].end();
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
          failure.failed(k, e);
        }
      }
    }
  }

  private static int[] select(Walker[] all, int part) {
    List<Integer> selected = new ArrayList<>();
    for (int k = 0; k < all.length; k++) {
      if ((all[k].parts & part) != 0) {
        selected.add(k);
      }
    }
    return selected.stream().mapToInt(Integer::intValue).toArray();
  }
}
