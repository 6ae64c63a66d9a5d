package org.publicprivate.agreements.testkit;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementRelation;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.CommitmentStatusChange;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.FundingSource;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MilestoneStatus;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Sector;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.StatusChange;

/**
 * One {@link Mutation} for each ERROR rule of the model. Each adds or changes the least it can;
 * what it adds has ids starting with {@code x-}, which {@link AgreementGens#validAgreements()} never
 * uses, so nothing it adds collides with what was there.
 */
public final class Mutations {
  private static final List<Mutation> ALL = List.of(
      mutation("text.blank", "the title is blank", a -> a.withTitle(" ")),
      mutation("text.tooLong", "the title is 301 characters long", a -> a.withTitle("가".repeat(301))),
      new Mutation("agreement.parties.min", Set.of("agreement.parties.publicPrivate"),
          "only the first party is left, and every reference points to it", Mutations::oneParty),
      mutation("agreement.parties.publicPrivate", "every party becomes a local government",
          a -> a.withParties(a.parties().stream()
              .map(p -> p.withKind(PartyKind.LOCAL_GOVERNMENT)).toList())),
      mutation("agreement.parties.duplicateId", "the first party appears twice",
          a -> a.withParties(append(a.parties(), a.parties().get(0)))),
      mutation("agreement.commitments.duplicateId", "a commitment's id is used twice",
          a -> a.withCommitments(append(append(a.commitments(), commitment(a, "x-twice")),
              commitment(a, "x-twice")))),
      mutation("agreement.programmes.duplicateId", "a programme's id is used twice",
          a -> a.withProgrammes(append(append(a.programmes(), programme("x-twice", 1)),
              programme("x-twice", 1)))),
      mutation("commitment.parties.min", "a commitment names no committing party",
          a -> a.withCommitments(append(a.commitments(),
              commitment(a, "x-nobody").withParties(List.of())))),
      mutation("reference.unknownParty", "a commitment is made by a party that is not there",
          a -> a.withCommitments(append(a.commitments(),
              commitment(a, "x-stranger").withParties(PartyId.of("x-stranger"))))),
      mutation("reference.unknownProgramme", "a commitment names a programme that is not there",
          a -> a.withCommitments(append(a.commitments(),
              commitment(a, "x-programme").withProgramme(ProgrammeId.of("x-missing"))))),
      mutation("agreement.signing.required", "the agreement is signed but has no signing",
          a -> a.withStatus(AgreementStatus.SIGNED).withSigning(Optional.empty())),
      mutation("programme.funding.unbalanced", "a programme's funding shares exceed its budget",
          a -> a.withProgrammes(append(a.programmes(), programme("x-funding", 10)
              .withFundingShares(FundingShare.of(FundingSource.NATIONAL, MoneyAmount.ofWon(11)))))),
      mutation("programme.annualBudgets.unbalanced", "a programme's annual budgets fall short",
          a -> a.withProgrammes(append(a.programmes(), programme("x-annual", 10)
              .withAnnualBudgets(AnnualBudget.of(Year.of(2024), MoneyAmount.ofWon(9)))))),
      mutation("programme.annualBudgets.outsidePeriod", "a programme budgets a year after its period",
          a -> a.withProgrammes(append(a.programmes(), programme("x-late", 10)
              .withAnnualBudgets(AnnualBudget.of(Year.of(2026), MoneyAmount.ofWon(10)))))),
      mutation("programme.annualBudgets.duplicateYear", "a programme budgets one year twice",
          a -> a.withProgrammes(append(a.programmes(), programme("x-twice-a-year", 10)
              .withAnnualBudgets(AnnualBudget.of(Year.of(2024), MoneyAmount.ofWon(5)),
                  AnnualBudget.of(Year.of(2024), MoneyAmount.ofWon(5)))))),
      mutation("relatedAgreement.self", "the agreement names itself as related",
          a -> a.withRelatedAgreements(append(a.relatedAgreements(), RelatedAgreement.builder()
              .relation(AgreementRelation.REFERENCES)
              .title("자기 자신")
              .agreementId(a.id())
              .build()))),
      mutation("reference.unknownCommitment", "a commitment depends on one that is not there",
          a -> a.withCommitments(append(a.commitments(),
              commitment(a, "x-dangling").withDependsOn(CommitmentId.of("x-missing"))))),
      mutation("commitment.dependsOn.cycle", "a commitment depends on itself",
          a -> a.withCommitments(append(a.commitments(),
              commitment(a, "x-loop").withDependsOn(CommitmentId.of("x-loop"))))),
      mutation("commitment.amountQualifier.withoutAmount",
          "a commitment qualifies an amount it does not name",
          a -> a.withCommitments(append(a.commitments(),
              commitment(a, "x-qualified").withAmountQualifier(Qualifier.ABOUT)))),
      mutation("commitment.quantities.duplicateUnit", "a commitment pledges jobs twice",
          a -> a.withCommitments(append(a.commitments(), commitment(a, "x-jobs-twice")
              .withQuantities(Quantity.of(300, QuantityUnit.JOBS, Qualifier.AT_LEAST),
                  Quantity.of(100, QuantityUnit.JOBS))))),
      mutation("agreement.prevailingLanguage.notAmongLanguages",
          "the agreement is signed in Korean and English, and Chinese prevails",
          a -> a.withLanguages(List.of(Locale.forLanguageTag("ko"), Locale.forLanguageTag("en")))
              .withPrevailingLanguage(Locale.forLanguageTag("zh"))),
      mutation("party.identifiers.duplicateScheme",
          "the first party gets two identifiers in one register",
          a -> a.withParties(replaceFirst(a.parties(), p -> p.withIdentifiers(append(append(
              p.identifiers(), Identifier.of("XX-MUTATION", "1")),
              Identifier.of("XX-MUTATION", "2")))))),
      mutation("reference.unknownSource", "a commitment cites a source document that is not there",
          a -> a.withCommitments(append(a.commitments(),
              commitment(a, "x-sourced").withSources(SourceId.of("x-missing"))))),
      mutation("agreement.sources.duplicateId", "two source documents share an id",
          a -> a.withSources(append(append(a.sources(),
              SourceDocument.builder().id(SourceId.of("x-twice")).title("보도자료").build()),
              SourceDocument.builder().id(SourceId.of("x-twice")).title("기사").build()))),
      mutation("history.outOfOrder", "a commitment's status history goes back from June to January",
          a -> a.withCommitments(append(a.commitments(), commitment(a, "x-history")
              .withStatus(CommitmentStatus.PLEDGED)
              .withStatusHistory(
                  CommitmentStatusChange.of(CommitmentStatus.PLEDGED, PartialDate.of(2024, 6)),
                  CommitmentStatusChange.of(CommitmentStatus.PLEDGED, PartialDate.of(2024, 1)))))),
      mutation("progress.outOfOrder", "a commitment's progress goes back from June to January",
          a -> a.withCommitments(append(a.commitments(), commitment(a, "x-progress")
              .withProgress(ProgressReport.builder().asOf(PartialDate.of(2024, 6)).build(),
                  ProgressReport.builder().asOf(PartialDate.of(2024, 1)).build())))),
      mutation("milestone.dateWithoutMet", "a missed milestone has the date it was met",
          a -> a.withCommitments(append(a.commitments(), commitment(a, "x-milestone")
              .withMilestones(Milestone.builder().description("착공")
                  .status(MilestoneStatus.MISSED).metOn(PartialDate.of(2024)).build())))),
      mutation("amendment.beforeSigning",
          "an amendment comes first, a day before the signing (a signing is added when there is none)",
          Mutations::amendedBeforeSigning),
      mutation("amendment.outOfOrder", "two amendments after the others, the second a day earlier",
          Mutations::amendedBackwards));

  private Mutations() {}

  /** One mutation for each of the 29 ERROR rules, in the order of MODEL.md's tables. */
  public static List<Mutation> all() {
    return ALL;
  }

  /**
   * The mutation that breaks the rule with {@code code}.
   *
   * @throws IllegalArgumentException if no ERROR rule has that code
   */
  public static Mutation of(String code) {
    for (Mutation mutation : ALL) {
      if (mutation.code().equals(code)) {
        return mutation;
      }
    }
    throw new IllegalArgumentException("No ERROR rule has the code \"" + code + "\"; codes are "
        + ALL.stream().map(Mutation::code).toList());
  }

  /** The mutations, as a generator: for properties over every rule at once. */
  public static Gen<Mutation> mutations() {
    return Gens.elements(ALL);
  }

  private static Mutation mutation(String code, String description, UnaryOperator<Agreement> change) {
    return new Mutation(code, Set.of(), description, change);
  }

  private static Agreement oneParty(Agreement agreement) {
    Party first = agreement.parties().get(0);
    PartyId only = first.id();
    List<Commitment> commitments = agreement.commitments().stream()
        .map(c -> c.withParties(c.parties().stream().map(p -> only).distinct().toList())
            .withBeneficiaries(c.beneficiaries().stream().map(p -> only).distinct().toList()))
        .toList();
    List<FundedProgramme> programmes = agreement.programmes().stream()
        .map(p -> p.withLeadParty(p.leadParty().map(l -> only))
            .withFundingShares(p.fundingShares().stream()
                .map(s -> s.withContributor(s.contributor().map(c -> only))).toList()))
        .toList();
    return agreement
        .withParties(first.sector() == Sector.PUBLIC ? first : first.withKind(PartyKind.LOCAL_GOVERNMENT))
        .withCommitments(commitments)
        .withProgrammes(programmes)
        .withSigning(agreement.signing().map(s -> s.withSignatories(s.signatories().stream()
            .map(signatory -> signatory.withParty(only)).toList())));
  }

  /** A valid commitment by the agreement's first party. */
  private static Agreement amendedBeforeSigning(Agreement agreement) {
    // A signing added falls on the earliest amendment's day, so that the amendments kept follow it.
    LocalDate firstAmendment = LocalDate.of(2024, 1, 10);
    for (int i = 0; i < agreement.amendments().size(); i++) {
      LocalDate date = agreement.amendments().get(i).date();
      firstAmendment = i == 0 || date.isBefore(firstAmendment) ? date : firstAmendment;
    }
    Agreement signed = agreement.signing().isPresent() ? agreement
        : agreement.withSigning(Signing.builder().date(firstAmendment).build());
    LocalDate before = signed.signing().orElseThrow().date().minusDays(1);
    List<Amendment> amendments = new ArrayList<>();
    amendments.add(Amendment.builder().date(before).summary("서명 전 변경").build());
    amendments.addAll(signed.amendments());
    return signed.withAmendments(amendments);
  }

  /**
   * Two amendments after every other amendment and after the signing, the second a day before the
   * first: one step backwards, and none before the signing.
   */
  private static Agreement amendedBackwards(Agreement agreement) {
    LocalDate latest = agreement.signing().map(Signing::date).orElse(LocalDate.of(2024, 1, 1));
    for (Amendment amendment : agreement.amendments()) {
      latest = amendment.date().isAfter(latest) ? amendment.date() : latest;
    }
    List<Amendment> amendments = new ArrayList<>(agreement.amendments());
    amendments.add(Amendment.builder().date(latest.plusDays(10)).summary("기한 연장").build());
    amendments.add(Amendment.builder().date(latest.plusDays(9)).summary("하루 앞선 변경").build());
    return agreement.withAmendments(amendments);
  }

  private static Commitment commitment(Agreement agreement, String id) {
    return Commitment.builder()
        .id(CommitmentId.of(id))
        .addParty(agreement.parties().get(0).id())
        .summary("변이로 더한 약속")
        .category(CommitmentCategory.OTHER)
        .obligation(ObligationLevel.INTENT)
        .build();
  }

  /** A valid programme over 2024–2025 with the given budget and no shares or annual budgets. */
  private static FundedProgramme programme(String id, long won) {
    return FundedProgramme.builder()
        .id(ProgrammeId.of(id))
        .name("변이로 더한 사업")
        .period(FiscalYears.of(2024, 2025))
        .totalBudget(MoneyAmount.ofWon(won))
        .status(ProgrammeStatus.PLANNED)
        .build();
  }

  private static <T> List<T> replaceFirst(List<T> list, UnaryOperator<T> change) {
    List<T> changed = new ArrayList<>(list);
    changed.set(0, change.apply(changed.get(0)));
    return changed;
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> longer = new ArrayList<>(list);
    longer.add(element);
    return longer;
  }
}
