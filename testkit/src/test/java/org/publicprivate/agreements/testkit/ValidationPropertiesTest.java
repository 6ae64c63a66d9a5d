package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.AgreementRules;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.Rule;
import org.publicprivate.agreements.validation.Severity;
import org.publicprivate.agreements.validation.ValidationReport;
import org.publicprivate.agreements.validation.Violation;

/**
 * The laws of validation over generated documents: valid documents of any size have no error, a
 * report does not depend on the thread, and nothing is dropped when many rules break at once.
 * (That every valid document of realistic size has no error, and that every mutation gives exactly
 * its code, is in {@link MutationsTest}.)
 */
class ValidationPropertiesTest {

  private static final AgreementValidator VALIDATOR = AgreementValidator.create(Locale.ENGLISH);
  private static final int THREADS = 8;
  private static final int DOCUMENTS_PER_RUN = 200;

  private static final Set<String> WARNINGS = Set.of("agreement.signing.partyWithoutSignatory",
      "agreement.effectivePeriod.beforeSigning", "party.withoutCommitment", "party.duplicateName",
      "commitment.due.outsideEffectivePeriod", "commitment.dependsOn.unfulfilled",
      "condition.programme.missing", "condition.unmet.commitmentFulfilled",
      "history.currentMismatch", "progress.unitNotPledged", "milestone.metWithoutDate");

  @Test
  void theIndependentCountersKnowExactlyTheRulesOfTheRuleSet() {
    List<Rule> rules = VALIDATOR.rules();

    assertThat(RuleByRule.CODES).containsExactlyInAnyOrderElementsOf(
        rules.stream().map(Rule::code).toList());
    assertThat(WARNINGS).containsExactlyInAnyOrderElementsOf(rules.stream()
        .filter(rule -> rule.severity() == Severity.WARNING).map(Rule::code).toList());
  }

  /** Mutations that cannot be combined: they change the same attribute, or undo each other. */
  private static final List<Set<String>> EXCLUSIVE = List.of(
      Set.of("text.blank", "text.tooLong"),
      Set.of("agreement.parties.min", "agreement.parties.duplicateId"),
      Set.of("agreement.parties.min", "agreement.parties.publicPrivate"),
      Set.of("agreement.signing.required", "amendment.beforeSigning"));

  /**
   * Sets of mutations that touch different parts of a document, in the order of
   * {@link Mutations#all()}: at most one of the two that change the title, and
   * {@code agreement.parties.min} (which leaves one party, and so also breaks
   * {@code agreement.parties.publicPrivate}) never with the mutations that add a party or change
   * the parties' kinds. In that order, what {@code agreement.parties.min} does to references comes
   * before the mutations that add dangling ones.
   */
  private static final Gen<List<Mutation>> COMPATIBLE_MUTATIONS =
      Gens.listOf(Gens.booleans(), Mutations.all().size(), Mutations.all().size())
          .map(chosen -> {
            List<Mutation> mutations = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
              if (chosen.get(i) && compatible(mutations, Mutations.all().get(i))) {
                mutations.add(Mutations.all().get(i));
              }
            }
            return List.copyOf(mutations);
          });

  @PropertyTest(tries = 50)
  void aLargeValidAgreementHasNoError() {
    Property.forAll(AgreementGens.validAgreements(AgreementGens.Sizes.LARGE))
        .verify(agreement -> assertThat(VALIDATOR.validate(agreement).errors()).isEmpty());
  }

  @PropertyTest(tries = 10)
  void reportsTheSameFromEightThreadsAsFromOne() {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      Property.forAll(Gens.listOf(AgreementGens.agreements(), DOCUMENTS_PER_RUN, DOCUMENTS_PER_RUN))
          .verify(agreements -> {
            List<ValidationReport> alone = agreements.stream().map(VALIDATOR::validate).toList();
            // A validator new to the documents, so that its first use is concurrent too.
            AgreementValidator shared = AgreementValidator.create(Locale.ENGLISH);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<ValidationReport>>> runs = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
              runs.add(threads.submit(() -> {
                start.await();
                return agreements.stream().map(shared::validate).toList();
              }));
            }
            start.countDown();
            for (Future<List<ValidationReport>> run : runs) {
              assertThat(result(run)).isEqualTo(alone);
            }
          });
    } finally {
      threads.shutdownNow();
    }
  }

  @PropertyTest
  void reportsEveryRuleAsOftenAsTheRuleAloneIsBroken() {
    Property.forAll(AgreementGens.agreements()).verify(agreement -> {
      ValidationReport report = VALIDATOR.validate(agreement);
      Map<String, Integer> ruleByRule = RuleByRule.counts(agreement);

      assertThat(countByCode(report.violations())).isEqualTo(ruleByRule);
      assertThat(report.violations())
          .hasSize(ruleByRule.values().stream().mapToInt(Integer::intValue).sum())
          .allSatisfy(violation -> assertThat(violation.severity())
              .isEqualTo(WARNINGS.contains(violation.code()) ? Severity.WARNING : Severity.ERROR));
    });
  }

  /**
   * {@link AgreementValidator} runs the rules itself; a service's own Hibernate Validator, asked
   * for the default group and the warnings' group, must report the very same, and in the default
   * group alone exactly the errors.
   */
  @PropertyTest
  void reportsWhatAPlainHibernateValidatorReports() {
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH),
            Locale.ENGLISH, context -> Locale.ENGLISH, false))
        .buildValidatorFactory()) {
      Validator plain = factory.getValidator();
      Property.forAll(AgreementGens.agreements()).verify(agreement -> {
        List<String> both = plain
            .validate(agreement, Default.class, AgreementRules.Warnings.class).stream()
            .map(v -> v.getMessageTemplate() + " "
                + (v.getConstraintDescriptor().getPayload().isEmpty() ? "ERROR" : "WARNING") + " "
                + v.getPropertyPath() + " " + v.getMessage())
            .sorted().toList();
        List<String> defaultGroup = plain.validate(agreement).stream()
            .map(v -> v.getMessageTemplate() + " " + v.getPropertyPath() + " " + v.getMessage())
            .sorted().toList();
        ValidationReport report = VALIDATOR.validate(agreement);

        assertThat(report.violations().stream()
            .map(v -> "{" + v.code() + "} " + v.severity() + " " + v.path() + " " + v.message())
            .sorted().toList()).isEqualTo(both);
        assertThat(report.errors().stream()
            .map(v -> "{" + v.code() + "} " + v.path() + " " + v.message())
            .sorted().toList()).isEqualTo(defaultGroup);
      });
    }
  }

  @Test
  void theArbitraryDocumentsBreakManyRulesAtOnce() {
    List<Integer> rulesBroken = AgreementGens.agreements().samples(1L).limit(200)
        .map(agreement -> RuleByRule.counts(agreement).size()).toList();

    assertThat(rulesBroken.stream().filter(rules -> rules >= 5).count()).isGreaterThan(100);
    assertThat(rulesBroken).anyMatch(rules -> rules >= 10);
  }

  @Test
  void theArbitraryDocumentsBreakEachRuleOfVersionTwoSomewhere() {
    Set<String> broken = new java.util.TreeSet<>();
    AgreementGens.agreements().samples(1L).limit(1_000)
        .forEach(agreement -> broken.addAll(RuleByRule.counts(agreement).keySet()));

    assertThat(broken).contains("reference.unknownCommitment", "commitment.dependsOn.cycle",
        "commitment.dependsOn.unfulfilled", "commitment.amountQualifier.withoutAmount",
        "commitment.quantities.duplicateUnit", "condition.programme.missing",
        "condition.unmet.commitmentFulfilled", "agreement.prevailingLanguage.notAmongLanguages",
        "party.identifiers.duplicateScheme");
  }

  @Test
  void theArbitraryDocumentsBreakEachRuleOfTheLifeAfterSigningSomewhere() {
    Set<String> reported = new java.util.TreeSet<>();
    AgreementGens.agreements().samples(1L).limit(1_000).forEach(agreement ->
        VALIDATOR.validate(agreement).violations().forEach(v -> reported.add(v.code())));

    assertThat(reported).contains("history.outOfOrder", "history.currentMismatch",
        "progress.outOfOrder", "progress.unitNotPledged", "milestone.metWithoutDate",
        "milestone.dateWithoutMet", "amendment.beforeSigning", "amendment.outOfOrder",
        "reference.unknownSource", "agreement.sources.duplicateId");
  }

  @PropertyTest
  void breakingSeveralRulesAtOnceReportsEachErrorAsBreakingItAloneDoes() {
    Property.forAll(AgreementGens.validAgreements(), COMPATIBLE_MUTATIONS)
        .verify((valid, mutations) -> {
          Map<String, Integer> alone = new TreeMap<>();
          Agreement broken = valid;
          for (Mutation mutation : mutations) {
            errorCounts(mutation.apply(valid))
                .forEach((code, n) -> alone.merge(code, n, Integer::sum));
            broken = mutation.apply(broken);
          }
          Map<String, Integer> together = errorCounts(broken);

          assertThat(together).isEqualTo(alone);
          assertThat(together.keySet())
              .containsAll(mutations.stream().map(Mutation::code).toList());
        });
  }

  private static boolean compatible(List<Mutation> chosen, Mutation next) {
    return chosen.stream().noneMatch(mutation -> EXCLUSIVE.stream().anyMatch(group ->
        group.contains(mutation.code()) && group.contains(next.code())));
  }

  private static Map<String, Integer> errorCounts(Agreement agreement) {
    return countByCode(VALIDATOR.validate(agreement).errors());
  }

  private static Map<String, Integer> countByCode(List<Violation> violations) {
    return violations.stream()
        .collect(Collectors.toMap(Violation::code, v -> 1, Integer::sum, TreeMap::new));
  }

  private static <T> T result(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new AssertionError("validation failed on a thread", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a thread", e);
    }
  }
}
