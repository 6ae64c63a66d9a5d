package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;

/** The engine: one walk for the walking rules, a failing walker alone stops, no message left open. */
class RuleEngineTest {

  /** A walking rule that reports each commitment, and throws at the one with the given index. */
  private static class Counting extends WalkingRule {
    private final int throwAt;

    Counting(String code, int throwAt) {
      super(code, Severity.WARNING, "세기", "counts");
      this.throwAt = throwAt;
    }

    @Override
    Walker start(Agreement agreement, Findings findings) {
      return new Walker(Walker.COMMITMENTS) {
        @Override
        void commitment(int i, Commitment commitment) {
          if (i == throwAt) {
            throw new IllegalStateException("at " + i);
          }
          findings.report(DocumentPath.of("commitments").index(i));
        }
      };
    }
  }

  private static List<String> run(Rule... rules) {
    List<String> found = new ArrayList<>();
    for (Finding finding : new RuleEngine(List.of(rules)).run(ManyRulesAtOnceTest.document())) {
      found.add(finding.code() + " " + finding.severity() + " " + finding.path()
          + (finding.arguments().containsKey("exception")
              ? " " + finding.arguments().get("exception") : ""));
    }
    return found;
  }

  @Test
  void aWalkerThatThrowsStopsAloneAndTheOtherWalkersGoOn() {
    assertThat(run(new Counting("test.failing", 1), new Counting("test.whole", -1)))
        .containsExactly(
            "test.failing WARNING commitments[0]",
            "rule.failed WARNING  java.lang.IllegalStateException: at 1",
            "test.whole WARNING commitments[0]",
            "test.whole WARNING commitments[1]",
            "test.whole WARNING commitments[2]",
            "test.whole WARNING commitments[3]",
            "test.whole WARNING commitments[4]",
            "test.whole WARNING commitments[5]");
  }

  @Test
  void eachRuleCheckedAloneFindsWhatItFindsInTheSharedWalk() {
    Agreement agreement = ManyRulesAtOnceTest.document();
    List<Finding> together = new RuleEngine(BuiltInRules.ALL).run(agreement);
    for (Rule rule : BuiltInRules.ALL) {
      List<String> alone = new ArrayList<>();
      rule.check(agreement, (path, arguments) -> alone.add(path + " "
          + new TreeMap<>(arguments)));
      List<String> shared = together.stream().filter(f -> f.code().equals(rule.code()))
          .map(f -> f.path() + " " + new TreeMap<>(f.arguments())).toList();
      assertThat(alone).as(rule.code()).containsExactlyInAnyOrderElementsOf(shared);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "ko"})
  void everyMessageHasEveryParameterOfItsTemplate(String language) {
    AgreementValidator validator = AgreementValidator.create(Locale.forLanguageTag(language));
    List<Violation> violations = new ArrayList<>();
    violations.addAll(validator.validate(ManyRulesAtOnceTest.document()).violations());
    violations.addAll(
        validator.validate(ManyRulesAtOnceTest.loneSignedPartyWithoutASigning()).violations());

    assertThat(violations.stream().map(Violation::code).distinct()).hasSize(40);
    assertThat(violations).allSatisfy(violation ->
        assertThat(violation.message()).as(violation.code()).doesNotContain("{", "}"));
  }

  @Test
  void aFindingsArgumentsAreTextWrittenOnce() {
    List<Finding> found = new RuleEngine(List.of(new Counting("test.args", -1) {
      @Override
      Walker start(Agreement agreement, Findings findings) {
        findings.report(DocumentPath.of("title"), Map.of("n", 7, "list", List.of(1, 2)));
        return new Walker(0) {};
      }
    })).run(Documents.agreement());

    assertThat(found).singleElement()
        .satisfies(finding -> assertThat(finding.arguments())
            .isEqualTo(Map.of("n", "7", "list", "[1, 2]")));
  }
}
