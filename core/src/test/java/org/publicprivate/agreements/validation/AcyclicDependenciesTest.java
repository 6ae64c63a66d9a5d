package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.publicprivate.agreements.validation.Documents.CITY;
import static org.publicprivate.agreements.validation.Documents.COMPANY;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;

/**
 * Rule {@code commitment.dependsOn.cycle}: no commitment depends on itself, directly or through
 * others; each cycle is reported once, listing its ids in order.
 */
class AcyclicDependenciesTest {
  private static final String CODE = "commitment.dependsOn.cycle";

  /** A commitment of the city with the given id that depends on the given ids. */
  private static Commitment node(String id, String... dependsOn) {
    return Documents.commitment(id, CITY, COMPANY)
        .withDependsOn(java.util.Arrays.stream(dependsOn).map(CommitmentId::of).toList());
  }

  private static Agreement with(Commitment... commitments) {
    return Documents.agreement().withCommitments(commitments);
  }

  @Test
  void reportsACommitmentThatDependsOnItself() {
    Agreement agreement = with(node("road"), node("site", "road", "site"));

    assertThat(english(agreement)).containsExactly(new Violation(CODE, Severity.ERROR,
        "commitments[1].dependsOn[1]", "commitments depend on each other in a cycle: site → site"));
    assertThat(korean(agreement)).containsExactly(new Violation(CODE, Severity.ERROR,
        "commitments[1].dependsOn[1]", "약속들이 순환하여 서로에게 의존합니다: site → site"));
  }

  @Test
  void listsTheCycleInDependencyOrderFromItsFirstCommitment() {
    Agreement agreement = with(node("hiring", "plant"), node("road", "hiring"),
        node("plant", "site", "road"), node("site"));

    assertThat(english(agreement)).containsExactly(new Violation(CODE, Severity.ERROR,
        "commitments[0].dependsOn[0]",
        "commitments depend on each other in a cycle: hiring → plant → road → hiring"));
  }

  @Test
  void reportsEachSeparateCycleOnce() {
    Agreement agreement = with(node("a", "b"), node("b", "a"), node("c", "d"), node("d", "e"),
        node("e", "c"), node("f", "a", "c"));

    assertThat(english(agreement)).extracting(Violation::path, Violation::message).containsExactly(
        tuple("commitments[0].dependsOn[0]", "commitments depend on each other in a cycle: a → b → a"),
        tuple("commitments[2].dependsOn[0]",
            "commitments depend on each other in a cycle: c → d → e → c"));
  }

  @Test
  void reportsAGroupOfInterlockedCyclesOnceWithAShortestCycleThroughItsFirstCommitment() {
    // a → b → c → a and a → c → a: one group, whose shortest cycle through a is a → c → a.
    Agreement agreement = with(node("a", "b", "c"), node("b", "c"), node("c", "a", "b"));

    assertThat(english(agreement)).containsExactly(new Violation(CODE, Severity.ERROR,
        "commitments[0].dependsOn[1]", "commitments depend on each other in a cycle: a → c → a"));
  }

  @Test
  void acceptsDependenciesThatMeetWithoutACycle() {
    Agreement agreement = with(node("plant", "site", "road"), node("site", "permit"),
        node("road", "permit", "site"), node("permit"));

    assertThat(english(agreement)).isEmpty();
  }

  @Test
  void leavesDependenciesOnUnknownAndRepeatedIdsToTheirOwnRules() {
    Agreement agreement = with(node("a", "ghost", "b"), node("b"), node("b", "a"));

    assertThat(english(agreement)).extracting(Violation::code).containsExactlyInAnyOrder(
        "reference.unknownCommitment", "agreement.commitments.duplicateId");
  }

  @Test
  void findsTheCycleOfAHundredThousandCommitmentsInAChainWithoutRecursion() {
    int n = 100_000;
    List<Commitment> chain = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      chain.add(node("c-" + i, "c-" + ((i + 1) % n)));
    }
    Agreement agreement = Documents.agreement().withCommitments(chain);

    List<Violation> violations = english(agreement);

    assertThat(violations).extracting(Violation::code).containsExactly(CODE);
    assertThat(violations.get(0).path()).isEqualTo("commitments[0].dependsOn[0]");
    assertThat(violations.get(0).message())
        .startsWith("commitments depend on each other in a cycle: c-0 → c-1 → c-2 → ")
        .contains("c-99 → … (100000) → c-0")
        .doesNotContain("c-100 ");
  }

  // MAX_LISTED ids are listed in full; only a longer cycle is shortened with its length.
  @Test
  void listsACycleOfExactlyAHundredCommitmentsInFull() {
    int n = AcyclicDependencies.MAX_LISTED;
    List<Commitment> ring = new ArrayList<>(n);
    StringBuilder cycle = new StringBuilder();
    for (int i = 0; i < n; i++) {
      ring.add(node("c-" + i, "c-" + ((i + 1) % n)));
      cycle.append("c-").append(i).append(" → ");
    }

    assertThat(english(Documents.agreement().withCommitments(ring))).containsExactly(
        new Violation(CODE, Severity.ERROR, "commitments[0].dependsOn[0]",
            "commitments depend on each other in a cycle: " + cycle + "c-0"));
  }

  @Test
  void acceptsAChainOfAHundredThousandCommitmentsWithoutACycle() {
    int n = 100_000;
    List<Commitment> chain = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      chain.add(i + 1 < n ? node("c-" + i, "c-" + (i + 1)) : node("c-" + i));
    }

    assertThat(english(Documents.agreement().withCommitments(chain))).isEmpty();
  }
}
