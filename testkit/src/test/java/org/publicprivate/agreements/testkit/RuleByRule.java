package org.publicprivate.agreements.testkit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.ConditionStatus;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MilestoneStatus;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Sector;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.StatusChange;

/**
 * Counts the violations of each rule of MODEL.md in an agreement, one rule at a time and without
 * the validator, so that a test can compare the validator's report with the sum of the rules' own
 * counts.
 *
 * <p>A rule is violated once per offending place: per blank or overlong text, per repeated id (the
 * first occurrence is not an offence), per dangling reference, per unbalanced programme, per
 * annual budget out of its period or repeating a year, per party without a signatory or without a
 * commitment, per party repeating an earlier (non-blank) name, per due date out of the period, per
 * related agreement naming the agreement itself, per dependency or condition that breaks a rule, per
 * repeated unit or scheme, per group of commitments that depend on each other in a cycle; the rules
 * about the whole document (too few parties, no public–private mix, no signing, effective before
 * signing, a prevailing language not listed) once per document.
 */
final class RuleByRule {

  private static final int NAME_LIMIT = 300;
  private static final int PROSE_LIMIT = 4_000;

  private RuleByRule() {}

  /** The codes of the rules this counter counts. */
  static final Set<String> CODES = Collections.unmodifiableSet(
      everyRule(AgreementGens.validAgreements().samples(1L).findFirst().orElseThrow()).keySet());

  /** How many violations each rule has in {@code agreement}; rules without any are left out. */
  static Map<String, Integer> counts(Agreement agreement) {
    Map<String, Integer> counts = everyRule(agreement);
    counts.values().removeIf(count -> count == 0);
    return counts;
  }

  /** How many violations each rule has in {@code agreement}, zero included. */
  private static Map<String, Integer> everyRule(Agreement agreement) {
    Map<String, Integer> counts = new TreeMap<>();
    count(counts, "text.blank", texts(agreement).stream()
        .filter(text -> text.required() && text.value().isBlank()).count());
    count(counts, "text.tooLong", texts(agreement).stream()
        .filter(text -> text.value().codePointCount(0, text.value().length()) > text.limit())
        .count());
    count(counts, "agreement.parties.min", agreement.parties().size() < 2 ? 1 : 0);
    Set<Sector> sectors = agreement.sectors();
    count(counts, "agreement.parties.publicPrivate",
        !sectors.contains(Sector.PUBLIC) || sectors.equals(Set.of(Sector.PUBLIC)) ? 1 : 0);
    count(counts, "agreement.parties.duplicateId", repeats(agreement.parties(), Party::id));
    count(counts, "agreement.commitments.duplicateId",
        repeats(agreement.commitments(), Commitment::id));
    count(counts, "agreement.programmes.duplicateId",
        repeats(agreement.programmes(), FundedProgramme::id));
    count(counts, "commitment.parties.min",
        agreement.commitments().stream().filter(c -> c.parties().isEmpty()).count());
    count(counts, "reference.unknownParty", unknownParties(agreement));
    Set<ProgrammeId> programmes = new HashSet<>();
    agreement.programmes().forEach(programme -> programmes.add(programme.id()));
    count(counts, "reference.unknownProgramme", agreement.commitments().stream()
        .filter(c -> c.programme().filter(id -> !programmes.contains(id)).isPresent()).count()
        + agreement.commitments().stream().flatMap(c -> c.conditions().stream())
            .filter(condition -> condition.programme().filter(id -> !programmes.contains(id))
                .isPresent()).count());
    boolean signed = Set.of(AgreementStatus.SIGNED, AgreementStatus.EXPIRED,
        AgreementStatus.TERMINATED).contains(agreement.status());
    count(counts, "agreement.signing.required", signed && agreement.signing().isEmpty() ? 1 : 0);
    count(counts, "agreement.signing.partyWithoutSignatory",
        signed && agreement.signing().isPresent()
            ? agreement.parties().stream().filter(party -> agreement.signing().get().signatories()
                .stream().noneMatch(s -> s.party().equals(party.id()))).count()
            : 0);
    count(counts, "agreement.effectivePeriod.beforeSigning", agreement.signing().isPresent()
        && agreement.effectivePeriod().isPresent()
        && agreement.effectivePeriod().get().start().isBefore(agreement.signing().get().date())
        ? 1 : 0);
    count(counts, "party.withoutCommitment", agreement.parties().stream()
        .filter(party -> agreement.commitments().stream()
            .noneMatch(c -> c.parties().contains(party.id()))).count());
    count(counts, "party.duplicateName", repeats(agreement.parties().stream()
        .filter(party -> !party.name().isBlank()).toList(), Party::name));
    count(counts, "programme.funding.unbalanced", agreement.programmes().stream()
        .filter(p -> !p.fundingShares().isEmpty()
            && !sum(p.fundingShares().stream().map(FundingShare::amount)).equals(total(p)))
        .count());
    count(counts, "programme.annualBudgets.unbalanced", agreement.programmes().stream()
        .filter(p -> !p.annualBudgets().isEmpty()
            && !sum(p.annualBudgets().stream().map(b -> b.amount())).equals(total(p)))
        .count());
    count(counts, "programme.annualBudgets.outsidePeriod", agreement.programmes().stream()
        .mapToLong(p -> p.annualBudgets().stream()
            .filter(b -> !p.period().contains(b.year())).count())
        .sum());
    count(counts, "programme.annualBudgets.duplicateYear", agreement.programmes().stream()
        .mapToLong(p -> repeats(p.annualBudgets(), b -> b.year())).sum());
    count(counts, "commitment.due.outsideEffectivePeriod", agreement.effectivePeriod()
        .map(period -> agreement.commitments().stream()
            .filter(c -> c.due().filter(due -> !period.contains(due)).isPresent()).count())
        .orElse(0L));
    count(counts, "relatedAgreement.self", agreement.relatedAgreements().stream()
        .filter(r -> r.agreementId().filter(agreement.id()::equals).isPresent()).count());
    Set<CommitmentId> commitmentIds = new HashSet<>();
    agreement.commitments().forEach(c -> commitmentIds.add(c.id()));
    count(counts, "reference.unknownCommitment", agreement.commitments().stream()
        .flatMap(c -> c.dependsOn().stream()).filter(id -> !commitmentIds.contains(id)).count());
    count(counts, "commitment.dependsOn.cycle", DependencyCycles.count(agreement));
    count(counts, "commitment.dependsOn.unfulfilled", agreement.commitments().stream()
        .filter(c -> c.status() == CommitmentStatus.FULFILLED)
        .flatMap(c -> c.dependsOn().stream())
        .map(id -> agreement.commitments().stream().filter(d -> d.id().equals(id)).findFirst())
        .filter(d -> d.isPresent() && d.get().status() != CommitmentStatus.FULFILLED).count());
    count(counts, "commitment.amountQualifier.withoutAmount", agreement.commitments().stream()
        .filter(c -> c.amountQualifier().isPresent() && c.pledgedAmount().isEmpty()).count());
    count(counts, "commitment.quantities.duplicateUnit", agreement.commitments().stream()
        .mapToLong(c -> repeats(c.quantities().stream()
            .filter(q -> q.unit() != QuantityUnit.OTHER).toList(), Quantity::unit))
        .sum());
    count(counts, "condition.programme.missing", agreement.commitments().stream()
        .flatMap(c -> c.conditions().stream())
        .filter(condition -> condition.kind() == ConditionKind.PROGRAMME_SELECTION
            && condition.programme().isEmpty()).count());
    count(counts, "condition.unmet.commitmentFulfilled", agreement.commitments().stream()
        .filter(c -> c.status() == CommitmentStatus.FULFILLED)
        .flatMap(c -> c.conditions().stream())
        .filter(condition -> Set.of(ConditionStatus.PENDING, ConditionStatus.FAILED)
            .contains(condition.status())).count());
    count(counts, "agreement.prevailingLanguage.notAmongLanguages",
        !agreement.languages().isEmpty() && agreement.prevailingLanguage()
            .filter(language -> !agreement.languages().contains(language)).isPresent() ? 1 : 0);
    count(counts, "party.identifiers.duplicateScheme", agreement.parties().stream()
        .mapToLong(party -> repeats(party.identifiers(), Identifier::scheme)).sum());
    lifeAfterSigning(agreement, counts);
    return counts;
  }

  /** The ten rules of the life after signing (issue 15). */
  private static void lifeAfterSigning(Agreement agreement, Map<String, Integer> counts) {
    Set<SourceId> sourceIds = new HashSet<>();
    agreement.sources().forEach(source -> source.id().ifPresent(sourceIds::add));
    List<Optional<SourceId>> references = new ArrayList<>();
    List<List<? extends StatusChange<?>>> histories = new ArrayList<>();
    List<Enum<?>> currents = new ArrayList<>();
    histories.add(agreement.statusHistory());
    currents.add(agreement.status());
    agreement.amendments().forEach(amendment -> references.add(amendment.source()));
    for (Commitment c : agreement.commitments()) {
      c.progress().forEach(report -> references.add(report.source()));
      c.sources().forEach(id -> references.add(Optional.of(id)));
      histories.add(c.statusHistory());
      currents.add(c.status());
    }
    for (FundedProgramme p : agreement.programmes()) {
      p.sources().forEach(id -> references.add(Optional.of(id)));
      histories.add(p.statusHistory());
      currents.add(p.status());
    }
    for (List<? extends StatusChange<?>> history : histories) {
      history.forEach(change -> references.add(change.source()));
    }
    count(counts, "reference.unknownSource", references.stream()
        .filter(reference -> reference.filter(id -> !sourceIds.contains(id)).isPresent()).count());
    count(counts, "agreement.sources.duplicateId", repeats(agreement.sources().stream()
        .filter(source -> source.id().isPresent()).toList(), source -> source.id().get()));
    long backwards = 0;
    long mismatches = 0;
    for (int h = 0; h < histories.size(); h++) {
      List<? extends StatusChange<?>> history = histories.get(h);
      backwards += backwards(history.stream().map(change -> change.date().earliest()).toList());
      mismatches += !history.isEmpty()
          && history.get(history.size() - 1).status() != currents.get(h) ? 1 : 0;
    }
    count(counts, "history.outOfOrder", backwards);
    count(counts, "history.currentMismatch", mismatches);
    count(counts, "progress.outOfOrder", agreement.commitments().stream()
        .mapToLong(c -> backwards(c.progress().stream().map(r -> r.asOf().earliest()).toList()))
        .sum());
    count(counts, "progress.unitNotPledged", agreement.commitments().stream()
        .mapToLong(c -> c.progress().stream().flatMap(r -> r.achieved().stream())
            .filter(q -> c.quantities().stream().noneMatch(p -> p.unit() == q.unit())).count())
        .sum());
    count(counts, "milestone.metWithoutDate", agreement.commitments().stream()
        .flatMap(c -> c.milestones().stream())
        .filter(m -> m.status() == MilestoneStatus.MET && m.metOn().isEmpty()).count());
    count(counts, "milestone.dateWithoutMet", agreement.commitments().stream()
        .flatMap(c -> c.milestones().stream())
        .filter(m -> m.status() != MilestoneStatus.MET && m.metOn().isPresent()).count());
    count(counts, "amendment.beforeSigning", agreement.signing()
        .map(signing -> agreement.amendments().stream()
            .filter(a -> a.date().isBefore(signing.date())).count())
        .orElse(0L));
    count(counts, "amendment.outOfOrder",
        backwards(agreement.amendments().stream().map(a -> a.date()).toList()));
  }

  /** How many days come before the day listed just before them. */
  private static long backwards(List<java.time.LocalDate> days) {
    long count = 0;
    for (int i = 1; i < days.size(); i++) {
      count += days.get(i).isBefore(days.get(i - 1)) ? 1 : 0;
    }
    return count;
  }

  private static void count(Map<String, Integer> counts, String code, long count) {
    counts.put(code, Math.toIntExact(count));
  }

  /** How many elements repeat the key of an earlier one. */
  private static <T, K> long repeats(List<T> elements, Function<T, K> key) {
    return elements.size() - elements.stream().map(key).distinct().count();
  }

  private static long unknownParties(Agreement agreement) {
    List<PartyId> references = new ArrayList<>();
    for (Commitment commitment : agreement.commitments()) {
      references.addAll(commitment.parties());
      references.addAll(commitment.beneficiaries());
    }
    agreement.signing().ifPresent(signing ->
        signing.signatories().forEach(signatory -> references.add(signatory.party())));
    for (FundedProgramme programme : agreement.programmes()) {
      programme.leadParty().ifPresent(references::add);
      programme.fundingShares().forEach(share -> share.contributor().ifPresent(references::add));
    }
    return references.stream().filter(id -> agreement.party(id).isEmpty()).count();
  }

  private static BigInteger sum(Stream<MoneyAmount> amounts) {
    return amounts.map(amount -> BigInteger.valueOf(amount.won()))
        .reduce(BigInteger.ZERO, BigInteger::add);
  }

  private static BigInteger total(FundedProgramme programme) {
    return BigInteger.valueOf(programme.totalBudget().won());
  }

  /** A text of the document, whether the model requires it, and its longest length. */
  private record Text(String value, boolean required, int limit) {}

  /** Every text of the document: names and titles up to 300 code points, prose up to 4,000. */
  private static List<Text> texts(Agreement agreement) {
    List<Text> texts = new ArrayList<>();
    name(texts, agreement.title());
    optionalName(texts, agreement.englishTitle());
    agreement.aliases().forEach(alias -> name(texts, alias));
    optionalProse(texts, agreement.purpose());
    agreement.amendments().forEach(a -> texts.add(new Text(a.summary(), true, PROSE_LIMIT)));
    agreement.statusHistory().forEach(change -> optionalProse(texts, change.note()));
    agreement.sources().forEach(source -> optionalName(texts, source.author()));
    agreement.programmes().forEach(programme -> programme.statusHistory()
        .forEach(change -> optionalProse(texts, change.note())));
    agreement.signing().ifPresent(signing -> {
      optionalName(texts, signing.venue());
      for (Signatory signatory : signing.signatories()) {
        name(texts, signatory.name());
        optionalName(texts, signatory.englishName());
        optionalName(texts, signatory.title());
      }
    });
    for (Party party : agreement.parties()) {
      name(texts, party.name());
      optionalName(texts, party.englishName());
      party.aliases().forEach(alias -> name(texts, alias));
      party.representative().ifPresent(person -> person(texts, person));
      optionalName(texts, party.parentOrganisation());
    }
    for (Commitment commitment : agreement.commitments()) {
      texts.add(new Text(commitment.summary(), true, PROSE_LIMIT));
      optionalProse(texts, commitment.englishSummary());
      commitment.beneficiaryGroups().forEach(group -> name(texts, group));
      commitment.quantities().forEach(quantity -> optionalName(texts, quantity.label()));
      for (Milestone milestone : commitment.milestones()) {
        texts.add(new Text(milestone.description(), true, PROSE_LIMIT));
        milestone.quantities().forEach(quantity -> optionalName(texts, quantity.label()));
      }
      for (ProgressReport report : commitment.progress()) {
        optionalProse(texts, report.summary());
        report.achieved().forEach(quantity -> optionalName(texts, quantity.label()));
      }
      commitment.statusHistory().forEach(change -> optionalProse(texts, change.note()));
      commitment.location().ifPresent(location -> name(texts, location.name()));
      commitment.conditions().forEach(condition -> optionalProse(texts, condition.description()));
    }
    for (FundedProgramme programme : agreement.programmes()) {
      name(texts, programme.name());
      optionalName(texts, programme.englishName());
      optionalProse(texts, programme.description());
      optionalName(texts, programme.funder());
      programme.fundingShares().forEach(share -> optionalProse(texts, share.note()));
    }
    for (RelatedAgreement related : agreement.relatedAgreements()) {
      name(texts, related.title());
      related.counterparties().forEach(counterparty -> name(texts, counterparty));
    }
    for (SourceDocument source : agreement.sources()) {
      name(texts, source.title());
      optionalName(texts, source.publisher());
    }
    agreement.keywords().forEach(keyword -> name(texts, keyword));
    return texts;
  }

  private static void person(List<Text> texts, Person person) {
    name(texts, person.name());
    optionalName(texts, person.englishName());
    optionalName(texts, person.title());
  }

  private static void name(List<Text> texts, String name) {
    texts.add(new Text(name, true, NAME_LIMIT));
  }

  private static void optionalName(List<Text> texts, Optional<String> name) {
    name.ifPresent(text -> texts.add(new Text(text, false, NAME_LIMIT)));
  }

  private static void optionalProse(List<Text> texts, Optional<String> prose) {
    prose.ifPresent(text -> texts.add(new Text(text, false, PROSE_LIMIT)));
  }
}
