package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementRelation;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.AgreementStatusChange;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.CommitmentStatusChange;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.ExtensionValue;
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
import org.publicprivate.agreements.ProgrammeStatusChange;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.DocumentPath;
import org.publicprivate.agreements.validation.Findings;
import org.publicprivate.agreements.validation.Rule;

/**
 * Every rule of the model costs the same per element of a document at 500 elements and at 16,000
 * (five doublings; at most 1.5× as much per element), in each of the hostile shapes below: many parties, many commitments
 * sharing ids, dangling references of every kind, long and cyclic dependency chains, many
 * conditions, quantities, identifiers, programmes, budgets, sources, long texts, wide extensions,
 * and the life after signing: sources sharing an id, dangling source references, long status
 * histories, progress reports, milestones and amendments, each going wrong.
 * Each rule is checked alone ({@link Rule#check} with a sink that only counts), in every shape, so
 * that a slow rule is not hidden behind the others; the whole validator is checked per shape too.
 * The cost is the bytes allocated ({@link Growth}), never time.
 *
 * <p>Every rule the validator lists must name a shape in {@link #OFFENDED_BY} in which it reports
 * at every size: a new rule in {@code BuiltInRules} fails {@link #everyRuleHasAGrowthCase} until it
 * has one.
 */
class RuleGrowthTest {
  private static final int SMALLEST = 500;
  private static final int DOUBLINGS = 5;
  private static final PartyId CITY = PartyId.of("busan");
  private static final PartyId COMPANY = PartyId.of("hanbit");
  private static final ProgrammeId PROGRAMME = ProgrammeId.of("testbed");
  private static final LocalDate SIGNED_ON = LocalDate.of(2024, 3, 15);
  private static final SourceId PRESS = SourceId.of("press");

  /** For each rule's code, the shape in which it reports at every size. */
  private static final Map<String, String> OFFENDED_BY = Map.ofEntries(
      Map.entry("text.blank", "blank and too long texts"),
      Map.entry("text.tooLong", "blank and too long texts"),
      Map.entry("agreement.parties.min", "one party, many commitments"),
      Map.entry("agreement.parties.publicPrivate", "many companies without commitments"),
      Map.entry("agreement.parties.duplicateId", "parties sharing one id and name"),
      Map.entry("agreement.commitments.duplicateId", "commitments sharing one id"),
      Map.entry("agreement.programmes.duplicateId", "programmes sharing one id, unbalanced"),
      Map.entry("commitment.parties.min", "commitments without parties"),
      Map.entry("reference.unknownParty", "dangling references"),
      Map.entry("reference.unknownProgramme", "dangling references"),
      Map.entry("agreement.signing.required", "one party, many commitments"),
      Map.entry("agreement.signing.partyWithoutSignatory", "many companies without commitments"),
      Map.entry("agreement.effectivePeriod.beforeSigning", "many signatories of unknown parties"),
      Map.entry("party.withoutCommitment", "many companies without commitments"),
      Map.entry("party.duplicateName", "parties sharing one id and name"),
      Map.entry("programme.funding.unbalanced", "programmes sharing one id, unbalanced"),
      Map.entry("programme.annualBudgets.unbalanced", "programmes sharing one id, unbalanced"),
      Map.entry("programme.annualBudgets.outsidePeriod", "one programme, many budgets and shares"),
      Map.entry("programme.annualBudgets.duplicateYear", "one programme, many budgets and shares"),
      Map.entry("commitment.due.outsideEffectivePeriod", "commitments due after the period"),
      Map.entry("relatedAgreement.self", "many related agreements and sources"),
      Map.entry("reference.unknownCommitment", "dangling references"),
      Map.entry("commitment.dependsOn.cycle", "many cycles of two"),
      Map.entry("commitment.dependsOn.unfulfilled", "a long dependency chain"),
      Map.entry("commitment.amountQualifier.withoutAmount", "commitments sharing one id"),
      Map.entry("commitment.quantities.duplicateUnit", "one commitment, many conditions and quantities"),
      Map.entry("condition.programme.missing", "one commitment, many conditions and quantities"),
      Map.entry("condition.unmet.commitmentFulfilled",
          "one commitment, many conditions and quantities"),
      Map.entry("agreement.prevailingLanguage.notAmongLanguages", "many languages and identifiers"),
      Map.entry("party.identifiers.duplicateScheme", "many languages and identifiers"),
      Map.entry("agreement.sources.duplicateId", "sources sharing one id"),
      Map.entry("reference.unknownSource", "dangling source references"),
      Map.entry("history.outOfOrder", "long status histories going backwards"),
      Map.entry("history.currentMismatch", "long status histories going backwards"),
      Map.entry("progress.outOfOrder", "one commitment, many progress reports going backwards"),
      Map.entry("progress.unitNotPledged",
          "one commitment, many progress reports going backwards"),
      Map.entry("milestone.metWithoutDate", "one commitment, many milestones met and dated wrong"),
      Map.entry("milestone.dateWithoutMet", "one commitment, many milestones met and dated wrong"),
      Map.entry("amendment.beforeSigning", "many amendments before signing, going backwards"),
      Map.entry("amendment.outOfOrder", "many amendments before signing, going backwards"));

  /** The documents of each shape at each size, made once. */
  private static final Map<String, List<Agreement>> DOCUMENTS = new HashMap<>();

  /** The hostile shapes, each a document of {@code n} elements of its kind. */
  static Map<String, IntFunction<Agreement>> shapes() {
    Map<String, IntFunction<Agreement>> shapes = new LinkedHashMap<>();
    shapes.put("commitments sharing one id", n -> withCommitments(n, i -> commitment("same", CITY)
        .withAmountQualifier(Qualifier.ABOUT)));
    shapes.put("commitment ids of one hash code",
        n -> withCommitments(n, i -> commitment(collidingId(i), CITY)));
    shapes.put("parties sharing one id and name", n -> withParties(n, i -> party("same", "한빛")));
    shapes.put("party ids of one hash code",
        n -> withParties(n, i -> party(collidingId(i), "한빛 " + i)));
    shapes.put("many companies without commitments", n -> base().withParties(
        repeat(n, i -> party("company-" + i, "기업 " + i))));
    shapes.put("one party, many commitments", n -> base().withParties(city())
        .withSigning(java.util.Optional.empty()).withCommitments(repeat(n, i -> commitment("c-" + i,
            CITY))));
    shapes.put("commitments without parties", n -> withCommitments(n, i -> commitment("c-" + i)));
    shapes.put("dangling references", n -> withCommitments(n, i -> commitment("c-" + i,
        PartyId.of("nobody-" + i)).withBeneficiaries(PartyId.of("nobody-" + i))
        .withProgramme(ProgrammeId.of("none-" + i)).withDependsOn(CommitmentId.of("missing-" + i))));
    shapes.put("a long dependency chain", n -> withCommitments(n, i -> {
      Commitment c = commitment("c-" + i, CITY)
          .withStatus(i % 2 == 0 ? CommitmentStatus.FULFILLED : CommitmentStatus.PLEDGED);
      return i == 0 ? c : c.withDependsOn(CommitmentId.of("c-" + (i - 1)));
    }));
    shapes.put("one cycle through every commitment", n -> withCommitments(n,
        i -> commitment("c-" + i, CITY).withDependsOn(CommitmentId.of("c-" + (i + 1) % n))));
    shapes.put("many cycles of two", n -> withCommitments(n,
        i -> commitment("c-" + i, CITY).withDependsOn(CommitmentId.of("c-" + (i ^ 1)))));
    shapes.put("one commitment depending on every other", n -> withCommitments(n, i -> i > 0
        ? commitment("c-" + i, CITY)
        : commitment("c-0", CITY).withStatus(CommitmentStatus.FULFILLED)
            .withDependsOn(repeat(n, j -> CommitmentId.of("c-" + (j + 1) % n)))));
    shapes.put("one commitment, many conditions and quantities", n -> withCommitments(1,
        i -> commitment("c-0", CITY).withStatus(CommitmentStatus.FULFILLED)
            .withConditions(repeat(n, j -> Condition.of(ConditionKind.PROGRAMME_SELECTION,
                "국비 공모 선정 " + j)))
            .withQuantities(repeat(n, j -> Quantity.of(j, QuantityUnit.JOBS)))));
    shapes.put("commitments due after the period", n -> withCommitments(n,
        i -> commitment("c-" + i, CITY).withDue(LocalDate.of(2099, 1, 1 + i % 28))));
    shapes.put("programmes sharing one id, unbalanced", n -> base().withProgrammes(repeat(n,
        i -> programme(List.of(AnnualBudget.of(Year.of(2024), won(1))),
            List.of(FundingShare.of(FundingSource.NATIONAL, won(2)))))));
    shapes.put("one programme, many budgets and shares", n -> base().withProgrammes(programme(
        repeat(n, i -> AnnualBudget.of(Year.of(2000 + i % 50), won(1))),
        repeat(n, i -> FundingShare.of(FundingSource.NATIONAL, won(1))))));
    shapes.put("many signatories of unknown parties", n -> base()
        .withEffectivePeriod(DateRange.startingOn(SIGNED_ON.minusDays(1)))
        .withSigning(Signing.builder().date(SIGNED_ON).addAllSignatories(repeat(n,
            i -> Signatory.builder().party(PartyId.of("p-" + i)).name("서명 " + i).build()))
            .build()));
    shapes.put("many related agreements and sources", n -> base()
        .withRelatedAgreements(repeat(n, i -> RelatedAgreement.builder()
            .relation(AgreementRelation.REFERENCES).title("협약 " + i)
            .agreementId(base().id()).addCounterparty("부산광역시").build()))
        .withSources(repeat(n, i -> SourceDocument.builder().title("보도 " + i).build())));
    shapes.put("blank and too long texts", n -> withCommitments(n,
        i -> commitment("c-" + i, CITY).withSummary(i % 2 == 0 ? " " : "가".repeat(5_000)))
        .withTitle("협".repeat(n)).withKeywords(repeat(n, i -> "키".repeat(301))));
    shapes.put("many languages and identifiers", n -> base()
        .withLanguages(repeat(n, i -> Locale.forLanguageTag("ko-x-" + Integer.toString(i, 36))))
        .withPrevailingLanguage(Locale.ENGLISH)
        .withParties(city().withIdentifiers(repeat(n, i -> Identifier.of("KR-BRN", "id-" + i))),
            company()));
    shapes.put("wide extensions on many commitments", n -> withCommitments(n,
        i -> Commitment.builder().from(commitment("c-" + i, CITY))
            .putExtension("busan:desk", ExtensionValue.object(Map.of(
                "codes", ExtensionValue.list(ExtensionValue.of(i), ExtensionValue.of("a" + i)),
                "flag", ExtensionValue.of(true))))
            .build()));
    shapes.put("sources sharing one id", n -> base().withSources(repeat(n,
        i -> SourceDocument.builder().id(PRESS).title("보도 " + i).build())));
    shapes.put("source ids of one hash code", n -> base().withSources(repeat(n,
        i -> SourceDocument.builder().id(SourceId.of(collidingId(i))).title("보도 " + i)
            .build())));
    shapes.put("dangling source references", n -> withCommitments(n,
        i -> commitment("c-" + i, CITY).withSources(SourceId.of("rumour-" + i))
            .withProgress(ProgressReport.builder().asOf(PartialDate.of(2024))
                .source(SourceId.of("rumour-" + i)).build())
            .withStatusHistory(CommitmentStatusChange.builder().status(CommitmentStatus.PLEDGED)
                .date(PartialDate.of(2024)).source(SourceId.of("rumour-" + i)).build()))
        .withAmendments(repeat(n, i -> Amendment.builder().date(SIGNED_ON).summary("변경 " + i)
            .source(SourceId.of("rumour-" + i)).build())));
    shapes.put("long status histories going backwards", n -> base()
        .withStatusHistory(repeat(n, i -> AgreementStatusChange.of(AgreementStatus.DRAFT,
            PartialDate.of(SIGNED_ON.minusDays(i)))))
        .withProgrammes(programme(List.of(), List.of()).withStatusHistory(repeat(n,
            i -> ProgrammeStatusChange.of(ProgrammeStatus.PLANNED,
                PartialDate.of(SIGNED_ON.minusDays(i)))))));
    shapes.put("many commitments, each with a life after signing", n -> withCommitments(n,
        i -> commitment("c-" + i, CITY).withStatus(CommitmentStatus.FULFILLED)
            .withQuantities(Quantity.of(30, QuantityUnit.JOBS))
            .withStatusHistory(CommitmentStatusChange.of(CommitmentStatus.IN_PROGRESS,
                PartialDate.of(2025)), CommitmentStatusChange.of(CommitmentStatus.PLEDGED,
                PartialDate.of(2024, 3)))
            .withProgress(progress(PartialDate.of(2025, 6), QuantityUnit.PYEONG),
                progress(PartialDate.of(2024, 6, 30), QuantityUnit.JOBS))
            .withMilestones(Milestone.builder().description("착공 " + i)
                .status(MilestoneStatus.MET).build(), Milestone.builder().description("준공 " + i)
                .status(MilestoneStatus.MISSED).metOn(PartialDate.of(2025)).build())));
    shapes.put("one commitment, many progress reports going backwards", n -> withCommitments(1,
        i -> commitment("c-0", CITY).withQuantities(Quantity.of(30, QuantityUnit.JOBS))
            .withProgress(repeat(n, j -> progress(PartialDate.of(SIGNED_ON.plusDays(n - j)),
                j % 2 == 0 ? QuantityUnit.PYEONG : QuantityUnit.JOBS)))));
    shapes.put("one commitment, many milestones met and dated wrong", n -> withCommitments(1,
        i -> commitment("c-0", CITY).withMilestones(repeat(n, j -> j % 2 == 0
            ? Milestone.builder().description("착공 " + j).status(MilestoneStatus.MET).build()
            : Milestone.builder().description("준공 " + j).status(MilestoneStatus.PLANNED)
                .metOn(PartialDate.of(2025, 1 + j % 12)).build()))));
    shapes.put("many amendments before signing, going backwards", n -> base()
        .withAmendments(repeat(n, i -> Amendment.builder().date(SIGNED_ON.minusDays(i + 1))
            .summary("기한 연장 " + i).addChangedPaths("effectivePeriod.end").build())));
    shapes.put("blank and too long texts after signing", n -> withCommitments(n,
        i -> commitment("c-" + i, CITY)
            .withMilestones(Milestone.of("가".repeat(i % 2 == 0 ? 4_001 : 1)))
            .withStatusHistory(CommitmentStatusChange.builder().status(CommitmentStatus.PLEDGED)
                .date(PartialDate.of(2024)).note(i % 2 == 0 ? " " : "나".repeat(4_001)).build()))
        .withAmendments(repeat(n, i -> Amendment.builder().date(SIGNED_ON).summary(" ").build())));
    return shapes;
  }

  static List<String> shapeNames() {
    return new ArrayList<>(shapes().keySet());
  }

  @BeforeAll
  static void makeDocuments() {
    for (Map.Entry<String, IntFunction<Agreement>> shape : shapes().entrySet()) {
      List<Agreement> documents = new ArrayList<>();
      for (int d = 0; d <= DOUBLINGS; d++) {
        documents.add(shape.getValue().apply(SMALLEST << d));
      }
      DOCUMENTS.put(shape.getKey(), documents);
    }
  }

  @Test
  void everyRuleHasAGrowthCase() {
    TreeSet<String> codes = new TreeSet<>();
    for (Rule rule : AgreementValidator.create().rules()) {
      codes.add(rule.code());
    }
    assertThat(new TreeSet<>(OFFENDED_BY.keySet()))
        .as("the rules with a shape in OFFENDED_BY: add one for each new rule")
        .isEqualTo(codes);
    assertThat(shapeNames()).containsAll(OFFENDED_BY.values());
    for (Rule rule : AgreementValidator.create().rules()) {
      for (Agreement document : DOCUMENTS.get(OFFENDED_BY.get(rule.code()))) {
        Counting findings = new Counting();
        rule.check(fresh(document), findings);
        assertThat(findings.count)
            .as("findings of %s in '%s' at %,d", rule.code(), OFFENDED_BY.get(rule.code()),
                size(document))
            .isPositive();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapeNames")
  void everyRuleAloneCostsTheSamePerElementAtEverySize(String shape) {
    List<Agreement> documents = DOCUMENTS.get(shape);
    GrowthReport worst = null;
    for (Rule rule : AgreementValidator.create().rules()) {
      GrowthReport report = Growth.of(rule.code() + " in '" + shape + "'",
          n -> fresh(documents.get(Integer.numberOfTrailingZeros(n / SMALLEST))),
          (Agreement document) -> {
            Counting findings = new Counting();
            rule.check(document, findings);
            return findings;
          }).sizes(SMALLEST, DOUBLINGS).check();
      if (worst == null || report.ratio() > worst.ratio()) {
        worst = report;
      }
    }
    System.out.println("the rule that grew most: " + worst);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapeNames")
  void theValidatorCostsTheSamePerElementAtEverySize(String shape) {
    List<Agreement> documents = DOCUMENTS.get(shape);
    AgreementValidator validator = AgreementValidator.create(Locale.ENGLISH);
    GrowthReport report = Growth.of("AgreementValidator.validate in '" + shape + "'",
        n -> fresh(documents.get(Integer.numberOfTrailingZeros(n / SMALLEST))),
        validator::validate).sizes(SMALLEST, DOUBLINGS).check();
    System.out.println(report);
  }

  /** A sink that counts findings and keeps nothing, so that only the rule's own cost counts. */
  private static final class Counting implements Findings {
    long count;

    @Override
    public void report(DocumentPath path, Map<String, ?> arguments) {
      count++;
    }
  }

  /** A copy of {@code document} whose lazily made maps of ids are not made yet. */
  private static Agreement fresh(Agreement document) {
    return Agreement.builder().from(document).build();
  }

  private static int size(Agreement document) {
    return Math.max(document.commitments().size(), document.parties().size());
  }

  /** Distinct valid ids that all have one {@code String.hashCode}: blocks of "Aa" and "BB". */
  private static String collidingId(int i) {
    StringBuilder id = new StringBuilder(32);
    for (int bit = 15; bit >= 0; bit--) {
      id.append((i >>> bit & 1) == 0 ? "Aa" : "BB");
    }
    return id.toString();
  }

  private static <T> List<T> repeat(int n, IntFunction<T> element) {
    List<T> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(element.apply(i));
    }
    return list;
  }

  /** A signed agreement of the city and a company, each committed and signing, in force. */
  private static Agreement base() {
    return Agreement.builder()
        .id(AgreementId.of("busan-mobility-mou-2024"))
        .title("부산 미래 모빌리티 실증 거점 조성에 관한 업무협약")
        .kind(AgreementKind.MOU)
        .status(AgreementStatus.SIGNED)
        .signing(Signing.builder().date(SIGNED_ON)
            .addSignatories(Signatory.builder().party(CITY).name("박형준").build(),
                Signatory.builder().party(COMPANY).name("김하늘").build())
            .build())
        .effectivePeriod(DateRange.of(SIGNED_ON, LocalDate.of(2026, 3, 14)))
        .addParties(city(), company())
        .addCommitments(commitment("city-support", CITY), commitment("company-centre", COMPANY))
        .build();
  }

  private static Agreement withCommitments(int n, IntFunction<Commitment> commitment) {
    return base().withCommitments(repeat(n, commitment));
  }

  private static Agreement withParties(int n, IntFunction<Party> party) {
    List<Party> parties = new ArrayList<>(n + 1);
    parties.add(city());
    parties.addAll(repeat(n, party));
    return base().withParties(parties);
  }

  private static Party city() {
    return Party.builder().id(CITY).name("부산광역시").kind(PartyKind.LOCAL_GOVERNMENT).build();
  }

  private static Party company() {
    return party(COMPANY.value(), "한빛모빌리티");
  }

  private static Party party(String id, String name) {
    return Party.builder().id(PartyId.of(id)).name(name).kind(PartyKind.COMPANY).build();
  }

  private static Commitment commitment(String id, PartyId... parties) {
    return Commitment.builder()
        .id(CommitmentId.of(id))
        .addParties(parties)
        .summary("지역 인재 채용")
        .category(CommitmentCategory.EMPLOYMENT)
        .obligation(ObligationLevel.INTENT)
        .build();
  }

  private static FundedProgramme programme(List<AnnualBudget> budgets, List<FundingShare> shares) {
    return FundedProgramme.builder()
        .id(PROGRAMME)
        .name("미래 모빌리티 실증 거점 구축사업")
        .period(FiscalYears.of(2024, 2027))
        .totalBudget(won(3))
        .addAllFundingShares(shares)
        .addAllAnnualBudgets(budgets)
        .status(ProgrammeStatus.SELECTED)
        .build();
  }

  private static ProgressReport progress(PartialDate asOf, QuantityUnit unit) {
    return ProgressReport.builder().asOf(asOf).addAchieved(Quantity.of(10, unit)).build();
  }

  private static MoneyAmount won(long won) {
    return MoneyAmount.ofWon(won);
  }
}
