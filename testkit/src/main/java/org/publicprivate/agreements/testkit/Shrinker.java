package org.publicprivate.agreements.testkit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.publicprivate.agreements.testkit.Choices.Span;

/**
 * Shrinks a failing counterexample by editing the choice sequence it was generated from.
 *
 * <p>A candidate sequence is kept when the value generated from it fails the property the same way
 * (the predicate is false, or the same exception type is thrown) and the choices actually read are
 * smaller in shortlex order: shorter, or as long and lexicographically smaller. Every kept candidate
 * is strictly smaller, so shrinking ends; every evaluation of the property counts as one step, and
 * shrinking also ends when the step budget is spent.
 *
 * <p>The passes, repeated while they improve: delete a span (a whole generated value, such as a
 * list element with its "one more" choice); set a span's choices to zero (the simplest value of
 * that part); lower each choice to zero or, by binary search, to the smallest value that still
 * fails. When these are stuck: lower a choice by one together with deleting a span after it, which
 * shrinks counts drawn by {@code flatMap} ("n elements follow") together with what they count;
 * lower equal choices together, so that two equal values (a duplicate id) stay equal while they
 * shrink; and move the whole of a choice onto one of the next few, so that {@code [814, 186]}
 * failing for a sum of 1,000 becomes {@code [0, 1000]}, whose zero can then go.
 */
final class Shrinker {

  /** How many spans after a lowered count, or choices after a moved one, the last passes try. */
  private static final int REACH = 8;

  private final Function<long[], Attempt> test;
  private final int maxSteps;
  /** Fingerprints of the sequences run so far, each with how many choices its run read. */
  private final Map<Long, Integer> tried = new HashMap<>();
  private Attempt best;
  private List<Span> spansLongestFirst;
  private int steps;

  Shrinker(Function<long[], Attempt> test, Attempt failing, int maxSteps) {
    this.test = test;
    this.maxSteps = maxSteps;
    becomeBest(failing);
  }

  /** Shrinks as far as the passes and the step budget allow, and returns the smallest failure. */
  Attempt shrink() {
    boolean improved = true;
    while (improved && !budgetSpent()) {
      improved = deleteSpans() | zeroSpans() | lowerChoices();
      if (!improved) {
        improved = lowerCountsWithWhatTheyCount() || lowerEqualChoicesTogether()
            || moveChoicesForward() || switchBranchAndSearch();
      }
    }
    return best;
  }

  /** How many times the property was evaluated. */
  int steps() {
    return steps;
  }

  /** Whether shrinking stopped because the step budget was spent. */
  boolean budgetSpent() {
    return steps >= maxSteps;
  }

  private boolean deleteSpans() {
    boolean improved = false;
    int i = 0;
    while (i < spansLongestFirst.size() && !budgetSpent()) {
      if (consider(without(best.choices(), spansLongestFirst.get(i)))) {
        improved = true;
      } else {
        i++;
      }
    }
    return improved;
  }

  private boolean zeroSpans() {
    boolean improved = false;
    for (int i = 0; i < spansLongestFirst.size() && !budgetSpent(); i++) {
      Span span = spansLongestFirst.get(i);
      long[] zeroed = best.choices().clone();
      Arrays.fill(zeroed, span.start(), Math.min(span.end(), zeroed.length), 0);
      improved |= consider(zeroed);
    }
    return improved;
  }

  private boolean lowerChoices() {
    boolean improved = false;
    for (int i = 0; i < best.choices().length && !budgetSpent(); i++) {
      long failing = best.choices()[i];
      if (failing == 0) {
        continue;
      }
      if (consider(with(best.choices(), i, 0))) {
        improved = true;
        continue;
      }
      long passing = 0;
      while (passing + 1 < failing && !budgetSpent()) {
        long middle = passing + (failing - passing) / 2;
        if (consider(with(best.choices(), i, middle))) {
          improved = true;
          failing = middle;
          if (i >= best.choices().length || best.choices()[i] != middle) {
            break;
          }
        } else {
          passing = middle;
        }
      }
    }
    return improved;
  }

  private boolean lowerCountsWithWhatTheyCount() {
    for (int i = 0; i < best.choices().length && !budgetSpent(); i++) {
      if (best.choices()[i] == 0) {
        continue;
      }
      long[] lowered = with(best.choices(), i, best.choices()[i] - 1);
      if (consider(lowered)) {
        return true;
      }
      Integer read = tried.get(fingerprint(lowered));
      if (read == null) {
        return false; // the budget is spent
      }
      if (read >= lowered.length) {
        continue; // not a count: lowering it did not make the generators read fewer choices
      }
      int count = i;
      List<Span> after = best.spans().stream().filter(span -> span.start() > count)
          .sorted(Comparator.comparingInt(Span::start)).limit(REACH).toList();
      for (Span span : after) {
        if (consider(without(lowered, span))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean lowerEqualChoicesTogether() {
    Map<Long, List<Integer>> positions = new LinkedHashMap<>();
    for (int i = 0; i < best.choices().length; i++) {
      if (best.choices()[i] > 0) {
        positions.computeIfAbsent(best.choices()[i], value -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> equal : positions.values()) {
      if (equal.size() > 1 && (lowerTogether(equal) || zeroPairs(equal))) {
        return true;
      }
    }
    return false;
  }

  /** Binary search for the smallest value all the positions can take together. */
  private boolean lowerTogether(List<Integer> positions) {
    long value = best.choices()[positions.get(0)];
    long passing = -1;
    long failing = value;
    while (passing + 1 < failing && !budgetSpent()) {
      long middle = passing + (failing - passing) / 2;
      long[] candidate = best.choices().clone();
      positions.forEach(i -> candidate[i] = middle);
      if (!consider(candidate)) {
        passing = middle;
      } else if (best.choices().length != candidate.length) {
        return true; // the structure changed: the positions no longer apply
      } else {
        failing = middle;
      }
    }
    return failing < value;
  }

  /**
   * Zeroes two of the positions at a time: equal values may share a choice with structure (a
   * list's "one more" choices are ones), which must not go with them.
   */
  private boolean zeroPairs(List<Integer> positions) {
    int reach = Math.min(positions.size(), REACH);
    for (int a = 0; a < reach && positions.size() > 2; a++) {
      for (int b = a + 1; b < reach; b++) {
        long[] candidate = with(best.choices(), positions.get(a), 0);
        candidate[positions.get(b)] = 0;
        if (consider(candidate)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean moveChoicesForward() {
    for (int i = 0; i < best.choices().length && !budgetSpent(); i++) {
      long moved = best.choices()[i];
      for (int j = i + 1; moved > 0 && j <= i + REACH && j < best.choices().length; j++) {
        if (best.choices()[j] > Long.MAX_VALUE - moved) {
          continue;
        }
        long[] candidate = with(best.choices(), i, 0);
        candidate[j] += moved;
        if (consider(candidate)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Lowers a choice to zero and searches one of the next choices for the smallest value that still
   * fails. A choice that picks a branch (an edge case, an alternative of {@code oneOf}) changes the
   * meaning of the choices after it; leaving the branch only fails again when the choice that now
   * decides the value is searched too, up to the largest it can be.
   */
  private boolean switchBranchAndSearch() {
    for (int i = 0; i < best.choices().length && !budgetSpent(); i++) {
      if (best.choices()[i] == 0) {
        continue;
      }
      for (int j = i + 1; j <= i + REACH && j < best.choices().length && !budgetSpent(); j++) {
        long[] candidate = with(best.choices(), i, 0);
        candidate[j] = Long.MAX_VALUE;
        if (!consider(candidate)) {
          continue;
        }
        if (consider(with(best.choices(), j, 0))) {
          return true;
        }
        long passing = 0;
        long failing = best.choices()[j];
        while (passing + 1 < failing && !budgetSpent()) {
          long middle = passing + (failing - passing) / 2;
          if (consider(with(best.choices(), j, middle))) {
            failing = middle;
          } else {
            passing = middle;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Runs the property on a candidate smaller than the best and not run before, while the budget
   * lasts, and keeps what it generates if that fails the same way and is smaller.
   */
  private boolean consider(long[] candidate) {
    if (budgetSpent() || !shortlexLess(candidate, best.choices())) {
      return false;
    }
    long fingerprint = fingerprint(candidate);
    if (tried.containsKey(fingerprint)) {
      // A candidate not kept then is not kept now: the best only got smaller since.
      return false;
    }
    steps++;
    Attempt attempt = test.apply(candidate);
    tried.put(fingerprint, attempt.choices().length);
    if (attempt.failure() == null || !attempt.failure().sameKindAs(best.failure())
        || !shortlexLess(attempt.choices(), best.choices())) {
      return false;
    }
    becomeBest(attempt);
    return true;
  }

  private void becomeBest(Attempt attempt) {
    best = attempt;
    spansLongestFirst = attempt.spans().stream()
        .sorted(Comparator.comparingInt(Span::length).reversed()
            .thenComparingInt(Span::start))
        .toList();
  }

  private static long[] without(long[] choices, Span span) {
    int start = span.start();
    int end = Math.min(span.end(), choices.length);
    if (start >= end) {
      return choices;
    }
    long[] shorter = new long[choices.length - (end - start)];
    System.arraycopy(choices, 0, shorter, 0, start);
    System.arraycopy(choices, end, shorter, start, choices.length - end);
    return shorter;
  }

  private static long[] with(long[] choices, int index, long value) {
    long[] changed = choices.clone();
    changed[index] = value;
    return changed;
  }

  private static boolean shortlexLess(long[] a, long[] b) {
    return a.length != b.length ? a.length < b.length : Arrays.compare(a, b) < 0;
  }

  /**
   * A 64-bit hash of a sequence: keeping the sequences themselves could take hundreds of megabytes
   * for large values, and a collision only skips one candidate.
   */
  private static long fingerprint(long[] choices) {
    long hash = 0x9E37_79B9_7F4A_7C15L ^ choices.length;
    for (long choice : choices) {
      hash = (hash ^ choice) * 0xBF58_476D_1CE4_E5B9L;
      hash ^= hash >>> 31;
    }
    return hash;
  }
}
