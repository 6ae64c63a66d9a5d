package org.publicprivate.agreements.benchmarks.baseline;

import java.util.List;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.ConditionStatus;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.QuantityUnit;

/**
 * Baseline (a) for the version 2 benchmark document: {@link AgreementRecord}'s shape with the
 * version 2 parts that document holds (each commitment's quantities, conditions and dependencies),
 * read and written by the same plain {@code ObjectMapper} ({@link RecordJson}). Nothing is checked.
 */
public record VersionTwoRecord(
    int formatVersion,
    String id,
    String title,
    String englishTitle,
    AgreementKind kind,
    AgreementStatus status,
    String purpose,
    AgreementRecord.Signing signing,
    AgreementRecord.DateRange effectivePeriod,
    List<AgreementRecord.Party> parties,
    List<Commitment> commitments,
    List<AgreementRecord.Programme> programmes,
    List<AgreementRecord.RelatedAgreement> relatedAgreements,
    List<AgreementRecord.Source> sources,
    List<String> keywords) {

  /** A commitment of version 2, in the canonical order of its attributes. */
  public record Commitment(
      String id,
      List<String> parties,
      String summary,
      String englishSummary,
      CommitmentCategory category,
      ObligationLevel obligation,
      CommitmentStatus status,
      List<String> beneficiaries,
      AgreementRecord.Money pledgedAmount,
      List<Quantity> quantities,
      String due,
      String programme,
      List<Condition> conditions,
      List<String> dependsOn) {}

  /** A pledged number of a unit. */
  public record Quantity(long value, QuantityUnit unit, Qualifier qualifier, String label) {}

  /** A condition a commitment depends on. */
  public record Condition(
      ConditionKind kind, String description, String programme, ConditionStatus status) {}
}
