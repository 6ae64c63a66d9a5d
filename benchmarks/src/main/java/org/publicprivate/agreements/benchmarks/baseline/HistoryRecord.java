package org.publicprivate.agreements.benchmarks.baseline;

import java.time.LocalDate;
import java.util.List;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.MilestoneStatus;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.SourceKind;

/**
 * Baseline (a) for the history benchmark document: {@link AgreementRecord}'s shape with the parts
 * of the life after signing that document holds (each commitment's pledged quantity, milestones,
 * progress reports, status history and cited sources; the agreement's status history and
 * identified sources), read and written by the same plain {@code ObjectMapper} ({@link
 * RecordJson}). Partial dates are strings; nothing is checked.
 */
public record HistoryRecord(
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
    List<AgreementStatusChange> statusHistory,
    List<Source> sources,
    List<String> keywords) {

  /** A commitment with its life after signing, in the canonical order of its attributes. */
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
      List<VersionTwoRecord.Quantity> quantities,
      String due,
      String programme,
      List<Milestone> milestones,
      List<ProgressReport> progress,
      List<CommitmentStatusChange> statusHistory,
      List<String> sources) {}

  /** A step on the way to a commitment's fulfilment. */
  public record Milestone(
      String description, String due, MilestoneStatus status, String metOn,
      List<VersionTwoRecord.Quantity> quantities) {}

  /** What a commitment had achieved as of a date. */
  public record ProgressReport(
      String asOf, String summary, List<VersionTwoRecord.Quantity> achieved,
      AgreementRecord.Money spent, String source) {}

  /** One entry of a commitment's status history. */
  public record CommitmentStatusChange(
      CommitmentStatus status, String date, String note, String source) {}

  /** One entry of the agreement's status history. */
  public record AgreementStatusChange(
      AgreementStatus status, String date, String note, String source) {}

  /** A source document with its id and kind. */
  public record Source(
      String id, SourceKind kind, String title, String publisher, String url,
      LocalDate publishedOn) {}
}
