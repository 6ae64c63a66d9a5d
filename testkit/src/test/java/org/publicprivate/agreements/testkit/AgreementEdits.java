package org.publicprivate.agreements.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.diff.ChangeKind;

/**
 * Small edits of an agreement whose parties, commitments and programmes have distinct ids, each
 * with the changes {@code AgreementDiff} must name: one attribute of one element changed, an
 * element added or removed, an id changed, or elements only reordered (no change).
 */
final class AgreementEdits {
  /** A change the diff must report: where, and what happened. */
  record Expected(String path, ChangeKind kind) {}

  /** An agreement before and after one edit, and the changes the edit makes. */
  record Edit(String description, Agreement before, Agreement after, List<Expected> changes) {
    @Override
    public String toString() {
      return description + " → " + changes;
    }
  }

  private AgreementEdits() {}

  /** Valid agreements, each with one edit drawn for it. */
  static Gen<Edit> edits() {
    return Gens.composite("edits", draw -> {
      Agreement before = draw.next(AgreementGens.validAgreements());
      int kind = draw.next(Gens.ints(0, 8));
      return switch (kind) {
        case 0 -> commitment(before, draw, "summary", c -> c.withSummary(c.summary() + " 변경"));
        case 1 -> commitment(before, draw, "status", c -> c.withStatus(
            CommitmentStatus.values()[(c.status().ordinal() + 1) % CommitmentStatus.values().length]));
        case 2 -> pledgedAmount(before, draw);
        case 3 -> party(before, draw);
        case 4 -> programme(before, draw);
        case 5 -> addCommitment(before, draw);
        case 6 -> removeCommitment(before, draw);
        case 7 -> renameCommitment(before, draw);
        default -> reorder(before, draw.next(Gens.longs(0, Long.MAX_VALUE)));
      };
    });
  }

  /** The agreement with its parties, commitments, programmes and sources shuffled. */
  static Agreement shuffled(Agreement agreement, long seed) {
    Random random = new Random(seed);
    return agreement
        .withParties(shuffled(agreement.parties(), random))
        .withCommitments(shuffled(agreement.commitments(), random))
        .withProgrammes(shuffled(agreement.programmes(), random))
        .withSources(shuffled(agreement.sources(), random));
  }

  /**
   * The agreement with its identified elements shuffled: sources only when each has an id, since
   * those without one are matched in their order.
   */
  static Agreement reordered(Agreement agreement, long seed) {
    Agreement shuffled = shuffled(agreement, seed);
    return agreement.sources().stream().allMatch(source -> source.id().isPresent())
        ? shuffled : shuffled.withSources(agreement.sources());
  }

  private static <T> List<T> shuffled(List<T> elements, Random random) {
    List<T> copy = new ArrayList<>(elements);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static Edit commitment(Agreement before, Gens.Draw draw, String attribute,
      UnaryOperator<Commitment> edit) {
    if (before.commitments().isEmpty()) {
      return addCommitment(before, draw);
    }
    int j = draw.next(Gens.ints(0, before.commitments().size() - 1));
    List<Commitment> commitments = new ArrayList<>(before.commitments());
    commitments.set(j, edit.apply(commitments.get(j)));
    return new Edit("commitment " + j + "'s " + attribute, before,
        before.withCommitments(commitments),
        List.of(new Expected("commitments[" + j + "]." + attribute, ChangeKind.CHANGED)));
  }

  private static Edit pledgedAmount(Agreement before, Gens.Draw draw) {
    if (before.commitments().isEmpty()) {
      return addCommitment(before, draw);
    }
    int j = draw.next(Gens.ints(0, before.commitments().size() - 1));
    Commitment commitment = before.commitments().get(j);
    List<Commitment> commitments = new ArrayList<>(before.commitments());
    Expected expected;
    if (commitment.pledgedAmount().isPresent()) {
      long won = commitment.pledgedAmount().get().won();
      commitments.set(j, commitment.withPledgedAmount(MoneyAmount.ofWon(won == 0 ? 1 : won - 1)));
      expected = new Expected("commitments[" + j + "].pledgedAmount.amount", ChangeKind.CHANGED);
    } else {
      commitments.set(j, commitment.withPledgedAmount(
          draw.next(ValueGens.money(1_000_000_000_000L))));
      expected = new Expected("commitments[" + j + "].pledgedAmount", ChangeKind.ADDED);
    }
    return new Edit("commitment " + j + "'s pledged amount", before,
        before.withCommitments(commitments), List.of(expected));
  }

  private static Edit party(Agreement before, Gens.Draw draw) {
    int i = draw.next(Gens.ints(0, before.parties().size() - 1));
    List<Party> parties = new ArrayList<>(before.parties());
    parties.set(i, parties.get(i).withName(parties.get(i).name() + " 변경"));
    return new Edit("party " + i + "'s name", before, before.withParties(parties),
        List.of(new Expected("parties[" + i + "].name", ChangeKind.CHANGED)));
  }

  private static Edit programme(Agreement before, Gens.Draw draw) {
    if (before.programmes().isEmpty()) {
      return party(before, draw);
    }
    int i = draw.next(Gens.ints(0, before.programmes().size() - 1));
    List<FundedProgramme> programmes = new ArrayList<>(before.programmes());
    ProgrammeStatus status = programmes.get(i).status();
    programmes.set(i, programmes.get(i).withStatus(
        ProgrammeStatus.values()[(status.ordinal() + 1) % ProgrammeStatus.values().length]));
    return new Edit("programme " + i + "'s status", before, before.withProgrammes(programmes),
        List.of(new Expected("programmes[" + i + "].status", ChangeKind.CHANGED)));
  }

  private static Edit addCommitment(Agreement before, Gens.Draw draw) {
    int k = draw.next(Gens.ints(0, before.commitments().size()));
    Commitment added = draw.next(AgreementGens.commitment(CommitmentId.of("c-added"),
        before.parties().stream().map(Party::id).toList(), List.of()));
    List<Commitment> commitments = new ArrayList<>(before.commitments());
    commitments.add(k, added);
    String path = before.commitments().isEmpty() ? "commitments" : "commitments[" + k + "]";
    return new Edit("a commitment added at " + k, before, before.withCommitments(commitments),
        List.of(new Expected(path, ChangeKind.ADDED)));
  }

  private static Edit removeCommitment(Agreement before, Gens.Draw draw) {
    if (before.commitments().isEmpty()) {
      return addCommitment(before, draw);
    }
    int k = draw.next(Gens.ints(0, before.commitments().size() - 1));
    List<Commitment> commitments = new ArrayList<>(before.commitments());
    commitments.remove(k);
    String path = commitments.isEmpty() ? "commitments" : "commitments[" + k + "]";
    return new Edit("commitment " + k + " removed", before, before.withCommitments(commitments),
        List.of(new Expected(path, ChangeKind.REMOVED)));
  }

  private static Edit renameCommitment(Agreement before, Gens.Draw draw) {
    if (before.commitments().isEmpty()) {
      return addCommitment(before, draw);
    }
    int j = draw.next(Gens.ints(0, before.commitments().size() - 1));
    List<Commitment> commitments = new ArrayList<>(before.commitments());
    commitments.set(j, commitments.get(j).withId(CommitmentId.of("c-renamed")));
    String path = "commitments[" + j + "]";
    return new Edit("commitment " + j + "'s id", before, before.withCommitments(commitments),
        List.of(new Expected(path, ChangeKind.ADDED), new Expected(path, ChangeKind.REMOVED)));
  }

  private static Edit reorder(Agreement before, long seed) {
    return new Edit("reordered with seed " + seed, before, reordered(before, seed), List.of());
  }
}
