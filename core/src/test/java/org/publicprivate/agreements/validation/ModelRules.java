package org.publicprivate.agreements.validation;

import static java.util.Map.entry;

import java.util.Map;

/**
 * The rules of MODEL.md's tables that are built (version 1's 21, the 9 of version 2's that issue
 * 14 builds and the 10 of the life after signing that issue 15 builds), by code, with the severity
 * the table gives each.
 */
final class ModelRules {
  static final Map<String, Severity> SEVERITIES =
      Map.ofEntries(
          entry("text.blank", Severity.ERROR),
          entry("text.tooLong", Severity.ERROR),
          entry("agreement.parties.min", Severity.ERROR),
          entry("agreement.parties.publicPrivate", Severity.ERROR),
          entry("agreement.parties.duplicateId", Severity.ERROR),
          entry("agreement.commitments.duplicateId", Severity.ERROR),
          entry("agreement.programmes.duplicateId", Severity.ERROR),
          entry("commitment.parties.min", Severity.ERROR),
          entry("reference.unknownParty", Severity.ERROR),
          entry("reference.unknownProgramme", Severity.ERROR),
          entry("agreement.signing.required", Severity.ERROR),
          entry("agreement.signing.partyWithoutSignatory", Severity.WARNING),
          entry("agreement.effectivePeriod.beforeSigning", Severity.WARNING),
          entry("party.withoutCommitment", Severity.WARNING),
          entry("party.duplicateName", Severity.WARNING),
          entry("programme.funding.unbalanced", Severity.ERROR),
          entry("programme.annualBudgets.unbalanced", Severity.ERROR),
          entry("programme.annualBudgets.outsidePeriod", Severity.ERROR),
          entry("programme.annualBudgets.duplicateYear", Severity.ERROR),
          entry("commitment.due.outsideEffectivePeriod", Severity.WARNING),
          entry("relatedAgreement.self", Severity.ERROR),
          entry("reference.unknownCommitment", Severity.ERROR),
          entry("commitment.dependsOn.cycle", Severity.ERROR),
          entry("commitment.dependsOn.unfulfilled", Severity.WARNING),
          entry("commitment.amountQualifier.withoutAmount", Severity.ERROR),
          entry("commitment.quantities.duplicateUnit", Severity.ERROR),
          entry("condition.programme.missing", Severity.WARNING),
          entry("condition.unmet.commitmentFulfilled", Severity.WARNING),
          entry("agreement.prevailingLanguage.notAmongLanguages", Severity.ERROR),
          entry("party.identifiers.duplicateScheme", Severity.ERROR),
          entry("reference.unknownSource", Severity.ERROR),
          entry("agreement.sources.duplicateId", Severity.ERROR),
          entry("history.outOfOrder", Severity.ERROR),
          entry("history.currentMismatch", Severity.WARNING),
          entry("progress.outOfOrder", Severity.ERROR),
          entry("progress.unitNotPledged", Severity.WARNING),
          entry("milestone.metWithoutDate", Severity.WARNING),
          entry("milestone.dateWithoutMet", Severity.ERROR),
          entry("amendment.beforeSigning", Severity.ERROR),
          entry("amendment.outOfOrder", Severity.ERROR));

  private ModelRules() {}
}
