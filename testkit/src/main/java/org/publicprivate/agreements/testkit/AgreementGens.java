package org.publicprivate.agreements.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementRelation;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.ConditionStatus;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.FundingSource;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Sector;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.SourceDocument;

/**
 * Generators of agreements and their parts.
 *
 * <p>{@link #validAgreements()} makes agreements that break no ERROR rule of the model (warnings
 * may occur); half of them hold parts of format version 2 (quantities, qualifiers, foreign
 * amounts, locations, conditions, dependencies on earlier commitments, identifiers, English names,
 * aliases, languages), the other half only version 1; half of those of version 2 carry {@link
 * ExtensionGens extensions} on the agreement, its parties, commitments and programmes; {@link #agreements()} makes anything the builders accept, valid or not. Both shrink
 * toward fewer parties, commitments and programmes and toward simpler values.
 *
 * <pre>{@code
 * Property.forAll(AgreementGens.validAgreements())
 *     .check(agreement -> validator.validate(agreement).isValid());
 * }</pre>
 */
public final class AgreementGens {
  private static final PartyKind[] PUBLIC_KINDS = {
    PartyKind.LOCAL_GOVERNMENT, PartyKind.CENTRAL_GOVERNMENT, PartyKind.PUBLIC_INSTITUTION
  };
  private static final long LARGEST_BUDGET = 10_000_000_000_000_000L;
  private static final int CHUNK = 50;

  private AgreementGens() {}

  /** The sizes of the generated documents: how many parties, commitments and programmes at most. */
  public record Sizes(int maxParties, int maxCommitments, int maxProgrammes) {
    /** Realistic documents: 2 to 12 parties, up to 40 commitments and 5 programmes. */
    public static final Sizes REALISTIC = new Sizes(12, 40, 5);
    /** Large documents: up to 60 parties, 2,000 commitments and 30 programmes. */
    public static final Sizes LARGE = new Sizes(60, 2_000, 30);

    /**
     * Creates the sizes.
     *
     * @throws IllegalArgumentException if fewer than 2 parties or a negative count is allowed
     */
    public Sizes {
      if (maxParties < 2 || maxCommitments < 0 || maxProgrammes < 0) {
        throw new IllegalArgumentException("Sizes need maxParties >= 2 and no negative count, were "
            + maxParties + ", " + maxCommitments + ", " + maxProgrammes);
      }
    }
  }

  /** Agreements of realistic size that break no ERROR rule. */
  public static Gen<Agreement> validAgreements() {
    return validAgreements(Sizes.REALISTIC);
  }

  /**
   * Agreements of up to the given sizes that break no ERROR rule. Parties, commitments and
   * programmes are generated as lists and numbered afterwards, so that shrinking drops whole
   * elements and a failing property ends with as few of each as it needs.
   */
  public static Gen<Agreement> validAgreements(Sizes sizes) {
    return Gens.composite("validAgreements(" + sizes + ")", draw -> {
      List<Party> parties = draw.next(validParties(sizes.maxParties()));
      List<PartyId> partyIds = parties.stream().map(Party::id).toList();
      List<FundedProgramme> programmes = numbered(
          draw.next(upTo(sizes.maxProgrammes(), validProgramme(ProgrammeId.of("p-0"), partyIds))),
          (programme, i) -> programme.withId(ProgrammeId.of("p-" + i)));
      List<ProgrammeId> programmeIds = programmes.stream().map(FundedProgramme::id).toList();
      boolean version2 = draw.next(Gens.booleans());
      Gen<Version2Parts.Pledge> pledges = version2
          ? Version2Parts.pledges(programmeIds) : Gens.constant(Version2Parts.Pledge.NONE);
      List<Map.Entry<Commitment, Version2Parts.Pledge>> drawn = draw.next(upTo(
          sizes.maxCommitments(), Gens.combine(
              commitment(CommitmentId.of("c-0"), partyIds, programmeIds), pledges, Map::entry)));
      List<Commitment> commitments = new ArrayList<>(drawn.size());
      for (int i = 0; i < drawn.size(); i++) {
        commitments.add(drawn.get(i).getValue()
            .applyTo(drawn.get(i).getKey().withId(CommitmentId.of("c-" + i)), i));
      }
      AgreementId id = AgreementId.of("agreement-" + draw.next(Gens.ints(0, 9_999)));
      AgreementStatus status = draw.next(Gens.elements(AgreementStatus.values()));
      boolean signed = status == AgreementStatus.SIGNED || status == AgreementStatus.EXPIRED
          || status == AgreementStatus.TERMINATED;
      Optional<Signing> signing = signed
          ? Optional.of(draw.next(signing(partyIds)))
          : draw.next(Gens.optionals(signing(partyIds)));
      Agreement.Builder agreement = Agreement.builder();
      if (version2) {
        parties = new ArrayList<>(parties);
        for (int i = 0; i < parties.size(); i++) {
          parties.set(i, draw.next(Version2Parts.party(parties.get(i))));
        }
        if (signing.isPresent()) {
          signing = Optional.of(draw.next(Version2Parts.signing(signing.get())));
        }
        List<Locale> languages = draw.next(Version2Parts.languages());
        agreement.aliases(draw.next(Gens.listOf(title(), 0, 2)))
            .languages(languages)
            .prevailingLanguage(draw.next(Version2Parts.prevailingLanguage(languages)));
      }
      Agreement built = agreement
          .id(id)
          .title(draw.next(ValueGens.asTyped(title())))
          .englishTitle(draw.next(Gens.optionals(ValueGens.englishTexts())))
          .kind(draw.next(Gens.elements(AgreementKind.values())))
          .status(status)
          .purpose(draw.next(Gens.optionals(sentence())))
          .signing(signing)
          .effectivePeriod(draw.next(Gens.optionals(dateRanges())))
          .parties(parties)
          .commitments(commitments)
          .programmes(programmes)
          .relatedAgreements(draw.next(Gens.listOf(relatedAgreement(id), 0, 2)))
          .sources(draw.next(Gens.listOf(source(), 0, 2)))
          .keywords(draw.next(Gens.listOf(ValueGens.hangulWords(), 0, 3)))
          .build();
      Agreement withLife = version2 ? draw.next(LifeParts.addTo(built)) : built;
      // Drawn last, so that the draws of every other part stay where they were.
      return version2 && draw.next(Gens.booleans())
          ? draw.next(ExtensionGens.on(withLife)) : withLife;
    });
  }

  /**
   * Anything the builders accept, valid or not: ids that repeat, references to nothing (parties,
   * programmes, commitments), dependencies in cycles, blank and overlong text, unbalanced budgets,
   * missing signings, units and schemes repeated, qualifiers without amounts, conditions unmet by
   * fulfilled commitments, a prevailing language not listed, and a life after signing that breaks
   * its rules: histories and progress reports that go backwards, histories that end in another
   * status than the current one, units achieved and never pledged, milestones met without a date
   * or dated without being met, amendments before the signing or out of order, references to no
   * source and source ids repeated. Most documents break several rules.
   */
  public static Gen<Agreement> agreements() {
    Gen<PartyId> partyIds = Gens.elements("a", "b", "c", "d").map(PartyId::of);
    Gen<ProgrammeId> programmeIds = Gens.elements("p", "q").map(ProgrammeId::of);
    // c9 is no commitment's id: a dangling dependency. Drawn among c1–c3, dependencies often close
    // cycles, a commitment depending on itself included.
    Gen<CommitmentId> dependencies = Gens.elements("c1", "c2", "c3", "c9").map(CommitmentId::of);
    Gen<String> anyText = Gens.frequency(6, ValueGens.hangulWords(), 1, Gens.constant(" "),
        1, Gens.strings(0xAC00, 0xAC10, 290, 320));
    Gen<Locale> languages = Gens.elements("ko", "en", "zh-Hans").map(Locale::forLanguageTag);
    Gen<Identifier> identifiers = Gens.combine(Gens.elements("XI-LEI", "KR-BRN"),
        Gens.elements("1", "2"), Identifier::of);
    Gen<Quantity> quantities = Gens.composite("quantity", d -> {
      QuantityUnit unit = d.next(Gens.elements(QuantityUnit.JOBS, QuantityUnit.SQUARE_METRES,
          QuantityUnit.OTHER));
      return Quantity.builder()
          .value(d.next(Gens.longs(0, Quantity.MAX_VALUE)))
          .unit(unit)
          .qualifier(d.next(Gens.elements(Qualifier.values())))
          .label(unit == QuantityUnit.OTHER ? Optional.of(d.next(Gens.elements("MW", "대")))
              : d.next(Gens.optionals(anyText)))
          .build();
    });
    Gen<Condition> conditions = Gens.composite("condition", d -> Condition.builder()
        .kind(d.next(Gens.elements(ConditionKind.PROGRAMME_SELECTION, ConditionKind.PERMIT)))
        .description(d.next(Gens.optionals(anyText)))
        .programme(d.next(Gens.optionals(Gens.elements("p", "r").map(ProgrammeId::of))))
        .status(d.next(Gens.elements(ConditionStatus.values())))
        .build());
    return Gens.composite("agreements", draw -> {
      AgreementId id = AgreementId.of(draw.next(Gens.elements("x", "y")));
      List<Party> parties = draw.next(Gens.listOf(Gens.composite("party", d -> Party.builder()
          .id(d.next(partyIds))
          .name(d.next(anyText))
          .kind(d.next(Gens.elements(PartyKind.values())))
          .identifiers(d.next(Gens.listOf(identifiers, 0, 2)))
          .build()), 0, 5));
      List<Commitment> commitments = draw.next(Gens.listOf(Gens.composite("commitment",
          d -> Commitment.builder()
              .id(d.next(Gens.elements("c1", "c2", "c3").map(CommitmentId::of)))
              .parties(d.next(Gens.listOf(partyIds, 0, 2)))
              .summary(d.next(anyText))
              .category(d.next(Gens.elements(CommitmentCategory.values())))
              .obligation(d.next(Gens.elements(ObligationLevel.values())))
              .status(d.next(Gens.elements(CommitmentStatus.values())))
              .beneficiaries(d.next(Gens.listOf(partyIds, 0, 1)))
              .beneficiaryGroups(d.next(Gens.listOf(anyText, 0, 1)))
              .pledgedAmount(d.next(Gens.optionals(ValueGens.money(LARGEST_BUDGET))))
              .amountQualifier(d.next(Gens.optionals(Gens.elements(Qualifier.values()))))
              .quantities(d.next(Gens.listOf(quantities, 0, 3)))
              .location(d.next(Gens.optionals(anyText.map(Location::of))))
              .programme(d.next(Gens.optionals(programmeIds)))
              .due(d.next(Gens.optionals(ValueGens.dates())))
              .conditions(d.next(Gens.listOf(conditions, 0, 2)))
              .dependsOn(d.next(Gens.listOf(dependencies, 0, 2)))
              .build()), 0, 6));
      List<FundedProgramme> programmes = draw.next(Gens.listOf(Gens.composite("programme",
          d -> FundedProgramme.builder()
              .id(d.next(programmeIds))
              .name(d.next(anyText))
              .leadParty(d.next(Gens.optionals(partyIds)))
              .period(d.next(ValueGens.fiscalYears()))
              .totalBudget(d.next(ValueGens.money()))
              .fundingShares(d.next(Gens.listOf(Gens.combine(Gens.elements(FundingSource.values()),
                  ValueGens.money(), FundingShare::of), 0, 2)))
              .annualBudgets(d.next(Gens.listOf(Gens.combine(ValueGens.years(),
                  ValueGens.money(), AnnualBudget::of), 0, 2)))
              .status(d.next(Gens.elements(ProgrammeStatus.values())))
              .build()), 0, 2));
      Agreement drawn = Agreement.builder()
          .id(id)
          .title(draw.next(anyText))
          .aliases(draw.next(Gens.listOf(anyText, 0, 1)))
          .kind(draw.next(Gens.elements(AgreementKind.values())))
          .status(draw.next(Gens.elements(AgreementStatus.values())))
          .languages(draw.next(Gens.listOf(languages, 0, 2)))
          .prevailingLanguage(draw.next(Gens.optionals(languages)))
          .signing(draw.next(Gens.optionals(signing(List.of(PartyId.of("a"), PartyId.of("z"))))))
          .effectivePeriod(draw.next(Gens.optionals(dateRanges())))
          .parties(parties)
          .commitments(commitments)
          .programmes(programmes)
          .relatedAgreements(draw.next(Gens.listOf(relatedAgreement(AgreementId.of("y")), 0, 1)))
          .build();
      return draw.next(ArbitraryLife.addTo(drawn, anyText));
    });
  }

  /**
   * 2 to {@code max} parties with distinct ids, the first of a public kind and the second of
   * another sector, so that the agreement is public–private.
   */
  public static Gen<List<Party>> validParties(int max) {
    Gen<PartyKind> otherSector = Gens.elements(java.util.Arrays.stream(PartyKind.values())
        .filter(kind -> kind.sector() != Sector.PUBLIC).toList());
    // Each party draws its kind with its other attributes, so that shrinking removes a party's
    // choices as one span and the parties after it keep theirs.
    return Gens.composite("validParties(" + max + ")", draw -> {
      List<Party> parties = new ArrayList<>();
      parties.add(draw.next(party(Gens.elements(PUBLIC_KINDS))));
      parties.add(draw.next(party(otherSector)));
      parties.addAll(draw.next(upTo(max - 2, party(Gens.elements(PartyKind.values())))));
      return numbered(parties, (party, i) -> party.withId(PartyId.of("party-" + i)));
    });
  }

  /** Parties of every kind, with every attribute sometimes set. */
  public static Gen<Party> parties() {
    return Gens.combine(ValueGens.partyIds(), party(Gens.elements(PartyKind.values())),
        (id, party) -> party.withId(id));
  }

  /** A party with the given id and kind, a realistic name for its kind, typed in any way. */
  public static Gen<Party> party(PartyId id, PartyKind kind) {
    return party(Gens.constant(kind)).map(party -> party.withId(id));
  }

  /** Parties of the kinds {@code kinds} draws, each with a realistic name for its kind. */
  private static Gen<Party> party(Gen<PartyKind> kinds) {
    return Gens.composite("party", draw -> {
      PartyKind kind = draw.next(kinds);
      return Party.builder()
          .id(PartyId.of("party"))
          .name(draw.next(ValueGens.asTyped(OrganisationNames.of(kind))))
          .englishName(draw.next(Gens.optionals(ValueGens.englishTexts())))
          .aliases(draw.next(Gens.listOf(ValueGens.hangulWords(), 0, 2)))
          .kind(kind)
          .businessRegistrationNumber(draw.next(Gens.optionals(
              ValueGens.businessRegistrationNumbers())))
          .corporateRegistrationNumber(draw.next(Gens.optionals(
              ValueGens.corporateRegistrationNumbers())))
          .representative(draw.next(Gens.optionals(ValueGens.persons())))
          .parentOrganisation(draw.next(Gens.optionals(ValueGens.hangulWords())))
          .website(draw.next(Gens.optionals(ValueGens.websites())))
          .build();
    });
  }

  /**
   * A commitment with the given id, made by 1 to 3 of {@code parties}, for some of them, and tied
   * to one of {@code programmes} or none. Pledged amounts stay below 10^16 won, so that the total
   * of an agreement's pledges cannot overflow.
   */
  public static Gen<Commitment> commitment(CommitmentId id, List<PartyId> parties,
      List<ProgrammeId> programmes) {
    Gen<PartyId> party = Gens.elements(parties);
    // The same choices whether or not there are programmes, so that shrinking the programmes away
    // leaves the commitments' other choices where they were.
    Gen<Optional<ProgrammeId>> programme = Gens.optionals(Gens.ints(0, Integer.MAX_VALUE))
        .map(index -> programmes.isEmpty()
            ? Optional.<ProgrammeId>empty()
            : index.map(i -> programmes.get(i % programmes.size())));
    return Gens.composite("commitment", draw -> Commitment.builder()
        .id(id)
        .parties(draw.next(Gens.listOf(party, 1, 3)))
        .summary(draw.next(ValueGens.asTyped(sentence())))
        .englishSummary(draw.next(Gens.optionals(ValueGens.englishTexts())))
        .category(draw.next(Gens.elements(CommitmentCategory.values())))
        .obligation(draw.next(Gens.elements(ObligationLevel.values())))
        .status(draw.next(Gens.elements(CommitmentStatus.values())))
        .beneficiaries(draw.next(Gens.listOf(party, 0, 2)))
        .pledgedAmount(draw.next(Gens.optionals(ValueGens.money(LARGEST_BUDGET))))
        .due(draw.next(Gens.optionals(ValueGens.dates())))
        .programme(draw.next(programme))
        .build());
  }

  /**
   * A programme with the given id whose funding shares and annual budgets, when present, sum to
   * its total budget and whose budgets fall in distinct years of its period.
   */
  public static Gen<FundedProgramme> validProgramme(ProgrammeId id, List<PartyId> parties) {
    return Gens.composite("validProgramme", draw -> {
      FiscalYears period = draw.next(ValueGens.fiscalYears());
      MoneyAmount total = draw.next(ValueGens.money(LARGEST_BUDGET));
      List<FundingShare> shares = new ArrayList<>();
      if (draw.next(Gens.booleans())) {
        List<Long> ratios = draw.next(Gens.listOf(Gens.longs(0, 10), 1, 4));
        long[] weights = ratios.stream().mapToLong(r -> r + 1).toArray();
        for (MoneyAmount part : total.allocate(weights)) {
          shares.add(FundingShare.builder()
              .source(draw.next(Gens.elements(FundingSource.values())))
              .amount(part)
              .contributor(draw.next(Gens.optionals(Gens.elements(parties))))
              .build());
        }
      }
      List<AnnualBudget> budgets = new ArrayList<>();
      if (draw.next(Gens.booleans())) {
        int years = draw.next(Gens.ints(1, period.length()));
        long[] weights = new long[years];
        java.util.Arrays.fill(weights, 1);
        List<MoneyAmount> parts = total.allocate(weights);
        for (int i = 0; i < years; i++) {
          budgets.add(AnnualBudget.of(period.first().plusYears(i), parts.get(i)));
        }
      }
      return FundedProgramme.builder()
          .id(id)
          .name(draw.next(ValueGens.asTyped(programmeName())))
          .englishName(draw.next(Gens.optionals(ValueGens.englishTexts())))
          .description(draw.next(Gens.optionals(sentence())))
          .funder(draw.next(Gens.optionals(OrganisationNames.of(PartyKind.CENTRAL_GOVERNMENT))))
          .leadParty(draw.next(Gens.optionals(Gens.elements(parties))))
          .period(period)
          .totalBudget(total)
          .fundingShares(shares)
          .annualBudgets(budgets)
          .status(draw.next(Gens.elements(ProgrammeStatus.values())))
          .build();
    });
  }

  /**
   * Conditions of every kind and status (format version 2), each on one of {@code programmes} or
   * on none.
   */
  public static Gen<Condition> conditions(List<ProgrammeId> programmes) {
    return Version2Parts.conditions(programmes);
  }

  /** A signing with 0 to 3 signatories for some of {@code parties}. */
  public static Gen<Signing> signing(List<PartyId> parties) {
    Gen<Signatory> signatory = Gens.combine(Gens.elements(parties), ValueGens.persons(),
        (party, person) -> Signatory.builder().party(party).name(person.name())
            .title(person.title()).build());
    return Gens.composite("signing", draw -> Signing.builder()
        .date(draw.next(ValueGens.dates()))
        .time(draw.next(Gens.optionals(ValueGens.times())))
        .venue(draw.next(Gens.optionals(ValueGens.hangulWords())))
        .signatories(draw.next(Gens.listOf(signatory, 0, 3)))
        .build());
  }

  /** Date ranges, open-ended or closed. */
  public static Gen<DateRange> dateRanges() {
    return Gens.combine(ValueGens.dates(), Gens.optionals(Gens.ints(0, 3_650)),
        (start, days) -> days.map(d -> DateRange.of(start, start.plusDays(d)))
            .orElseGet(() -> DateRange.startingOn(start)));
  }

  /** A related agreement that never names {@code self}. */
  public static Gen<RelatedAgreement> relatedAgreement(AgreementId self) {
    Gen<Optional<AgreementId>> other = Gens.optionals(
        ValueGens.agreementIds().filter(id -> !id.equals(self), "not the agreement itself"));
    return Gens.composite("relatedAgreement", draw -> RelatedAgreement.builder()
        .relation(draw.next(Gens.elements(AgreementRelation.values())))
        .title(draw.next(title()))
        .date(draw.next(Gens.optionals(ValueGens.partialDates())))
        .agreementId(draw.next(other))
        .counterparties(draw.next(Gens.listOf(ValueGens.hangulWords(), 0, 2)))
        .build());
  }

  /** A source document. */
  public static Gen<SourceDocument> source() {
    return Gens.composite("source", draw -> SourceDocument.builder()
        .title(draw.next(title()))
        .publisher(draw.next(Gens.optionals(ValueGens.hangulWords())))
        .url(draw.next(Gens.optionals(ValueGens.websites())))
        .publishedOn(draw.next(Gens.optionals(ValueGens.dates())))
        .build());
  }

  /**
   * Lists of up to {@code max} elements. A list's expected length tops out near 25, so a larger
   * maximum is reached in chunks: a list of lists of {@value #CHUNK} / 5 to {@value #CHUNK}
   * elements each. Shrinking drops whole chunks and single elements down to a chunk's minimum.
   */
  private static <T> Gen<List<T>> upTo(int max, Gen<T> element) {
    if (max <= CHUNK) {
      return Gens.listOf(element, 0, max);
    }
    return Gens.listOf(Gens.listOf(element, CHUNK / 5, CHUNK), 0, (max + CHUNK - 1) / CHUNK)
        .map(chunks -> {
          List<T> all = new ArrayList<>();
          chunks.forEach(all::addAll);
          return all.size() <= max ? all : all.subList(0, max);
        });
  }

  private static <T> List<T> numbered(List<T> values, java.util.function.BiFunction<T, Integer, T> number) {
    List<T> numbered = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      numbered.add(number.apply(values.get(i), i));
    }
    return numbered;
  }

  private static Gen<String> title() {
    return Gens.combine(Gens.elements(OrganisationNames.PLACES), Gens.elements(
        " 미래차산업 생태계 구축에 관한 업무협약", " 투자협약", " 산학협력 협약", " 일자리 창출 협약",
        " 탄소중립 협력 업무협약"), String::concat);
  }

  private static Gen<String> programmeName() {
    return Gens.combine(Gens.elements(OrganisationNames.PLACES), Gens.elements(
        " 미래차 기술지원 기반 구축사업", " 투자기업 지원사업", " 지역혁신 인재양성사업",
        " 스마트공장 보급사업"), String::concat);
  }

  private static Gen<String> sentence() {
    return Gens.listOf(ValueGens.hangulWords(), 1, 12).map(words -> String.join(" ", words));
  }
}
