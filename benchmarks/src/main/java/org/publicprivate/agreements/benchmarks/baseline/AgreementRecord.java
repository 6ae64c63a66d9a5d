package org.publicprivate.agreements.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementRelation;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.FundingSource;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.ProgrammeStatus;

/**
 * Baseline (a): the document as plain Java records of the same shape, what a service writes
 * instead of using this library, read and written by a plain {@code ObjectMapper} ({@link
 * RecordJson}). Ids, registration numbers, partial dates and URIs are strings, years are {@code int}s, optional values are null, lists may
 * be null; nothing is checked, normalised or derived.
 */
public record AgreementRecord(
    int formatVersion,
    String id,
    String title,
    String englishTitle,
    AgreementKind kind,
    AgreementStatus status,
    String purpose,
    Signing signing,
    DateRange effectivePeriod,
    List<Party> parties,
    List<Commitment> commitments,
    List<Programme> programmes,
    List<RelatedAgreement> relatedAgreements,
    List<Source> sources,
    List<String> keywords) {

  /** When, where and by whom; the time as {@code 11:00}, the way the canonical JSON writes it. */
  public record Signing(
      LocalDate date,
      @JsonFormat(pattern = "HH:mm") LocalTime time,
      String venue,
      List<Signatory> signatories) {}

  /** One person signing for a party. */
  public record Signatory(String party, String name, String title) {}

  /** A start date and an optional end date. */
  public record DateRange(LocalDate start, LocalDate end) {}

  /** An organisation taking part. */
  public record Party(
      String id,
      String name,
      String englishName,
      List<String> aliases,
      PartyKind kind,
      String businessRegistrationNumber,
      String corporateRegistrationNumber,
      Person representative,
      String parentOrganisation,
      String website) {}

  /** A named person with an optional title. */
  public record Person(String name, String title) {}

  /** What one or more parties undertake. */
  public record Commitment(
      String id,
      List<String> parties,
      String summary,
      String englishSummary,
      CommitmentCategory category,
      ObligationLevel obligation,
      CommitmentStatus status,
      List<String> beneficiaries,
      Money pledgedAmount,
      LocalDate due,
      String programme) {}

  /** An amount of money as the canonical JSON writes it. */
  public record Money(long amount, String currency) {}

  /** A funded programme. */
  public record Programme(
      String id,
      String name,
      String englishName,
      String description,
      String funder,
      String leadParty,
      FiscalYears period,
      Money totalBudget,
      List<FundingShare> fundingShares,
      List<AnnualBudget> annualBudgets,
      ProgrammeStatus status) {}

  /** First and last fiscal year. */
  public record FiscalYears(int first, int last) {}

  /** Who pays how much of a programme. */
  public record FundingShare(FundingSource source, Money amount, String contributor, String note) {}

  /** A programme's budget for one year. */
  public record AnnualBudget(int year, Money amount) {}

  /** Another agreement this one relates to. */
  public record RelatedAgreement(
      AgreementRelation relation,
      String title,
      String date,
      String agreementId,
      List<String> counterparties) {}

  /** A document the record is drawn from. */
  public record Source(String title, String publisher, String url, LocalDate publishedOn) {}
}
