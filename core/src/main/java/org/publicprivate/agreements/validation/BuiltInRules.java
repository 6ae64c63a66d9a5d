package org.publicprivate.agreements.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the model, in the order of MODEL.md's tables (version 1's, then version 2's): the
 * one list that names them. Adding
 * a rule means a class, its message lines in the bundles, its tests, its mutation in the testkit
 * (for an ERROR) and one line here.
 */
final class BuiltInRules {
  /** Every rule of the model. */
  static final List<Rule> ALL = List.of(
      new NoBlankText(),
      new TextWithinLength(),
      new AtLeastTwoParties(),
      new PublicAndPrivateParties(),
      new UniquePartyIds(),
      new UniqueCommitmentIds(),
      new UniqueProgrammeIds(),
      new CommittingPartyNamed(),
      new KnownPartyReferences(),
      new KnownProgrammeReferences(),
      new SigningWhenSigned(),
      new SignatoryForEveryParty(),
      new EffectiveFromSigning(),
      new CommitmentFromEveryParty(),
      new DistinctPartyNames(),
      new BalancedFunding(),
      new BalancedAnnualBudgets(),
      new AnnualBudgetsWithinPeriod(),
      new OneBudgetPerYear(),
      new DueWithinEffectivePeriod(),
      new NoSelfReference(),
      new KnownCommitmentReferences(),
      new AcyclicDependencies(),
      new DependenciesFulfilled(),
      new QualifierWithAmount(),
      new OneQuantityPerUnit(),
      new ProgrammeSelectionNamesProgramme(),
      new ConditionsMetWhenFulfilled(),
      new PrevailingLanguageListed(),
      new OneIdentifierPerScheme(),
      new KnownSourceReferences(),
      new UniqueSourceIds(),
      new HistoryInOrder(),
      new HistoryEndsInCurrentStatus(),
      new ProgressInOrder(),
      new ProgressInPledgedUnits(),
      new MetMilestoneDated(),
      new MetOnOnlyWhenMet(),
      new AmendedAfterSigning(),
      new AmendmentsInOrder());

  /**
   * The first words of the model's codes and of codes the model reserves for its coming rules:
   * a user's rule may not start with one of them.
   */
  static final List<String> NAMESPACES = List.of(
      "agreement", "amendment", "commitment", "condition", "history", "milestone", "party",
      "programme", "progress", "reference", "relatedAgreement", "rule", "text");

  private BuiltInRules() {}

  /** The model's rules of one severity, in order. */
  static List<Rule> of(Severity severity) {
    List<Rule> selected = new ArrayList<>();
    for (Rule rule : ALL) {
      if (rule.severity() == severity) {
        selected.add(rule);
      }
    }
    return List.copyOf(selected);
  }
}
