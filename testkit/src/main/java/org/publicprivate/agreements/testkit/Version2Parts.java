package org.publicprivate.agreements.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.ConditionStatus;
import org.publicprivate.agreements.ForeignAmount;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;

/**
 * The parts of format version 2 that {@link AgreementGens#validAgreements()} adds to valid
 * agreements, kept apart from the version 1 recipe: what a commitment pledges in numbers and
 * foreign currency, where, under which conditions and after which other commitments; parties'
 * identifiers; English names; the agreement's aliases and languages. Each part breaks no ERROR rule:
 * an amount's qualifier only beside an amount, one quantity per unit but OTHER, one identifier per
 * scheme, dependencies only on earlier commitments (so never a cycle), conditions only on the
 * agreement's programmes, a prevailing language among the languages listed.
 */
final class Version2Parts {
  private Version2Parts() {}

  /**
   * What one commitment adds in version 2, drawn before the commitment is numbered; {@code
   * dependencyDraws} become ids of earlier commitments once it is.
   */
  record Pledge(List<String> beneficiaryGroups, Optional<Qualifier> amountQualifier,
      Optional<ForeignAmount> foreignAmount, List<Quantity> quantities, Optional<Location> location,
      List<Condition> conditions, List<Integer> dependencyDraws) {

    /** Nothing of version 2. */
    static final Pledge NONE = new Pledge(List.of(), Optional.empty(), Optional.empty(), List.of(),
        Optional.empty(), List.of(), List.of());

    /** The commitment numbered {@code index} (its id {@code c-index}) with these parts. */
    Commitment applyTo(Commitment commitment, int index) {
      Set<CommitmentId> dependsOn = new LinkedHashSet<>();
      for (int draw : dependencyDraws) {
        if (index > 0) {
          dependsOn.add(CommitmentId.of("c-" + (draw % index)));
        }
      }
      return Commitment.builder().from(commitment)
          .beneficiaryGroups(beneficiaryGroups)
          .amountQualifier(commitment.pledgedAmount().isPresent() ? amountQualifier : Optional.empty())
          .foreignAmount(foreignAmount)
          .quantities(onePerUnit(quantities))
          .location(location)
          .conditions(conditions)
          .dependsOn(dependsOn)
          .build();
    }
  }

  /** The version 2 parts of a commitment of an agreement with the given programmes. */
  static Gen<Pledge> pledges(List<ProgrammeId> programmes) {
    return Gens.composite("pledge", draw -> new Pledge(
        draw.next(Gens.listOf(ValueGens.hangulWords(), 0, 2)),
        draw.next(Gens.optionals(Gens.elements(Qualifier.values()))),
        draw.next(Gens.optionals(ValueGens.foreignAmounts())),
        draw.next(Gens.listOf(ValueGens.quantities(), 0, 3)),
        draw.next(Gens.optionals(ValueGens.locations())),
        draw.next(Gens.listOf(AgreementGens.conditions(programmes), 0, 2)),
        draw.next(Gens.listOf(Gens.ints(0, Integer.MAX_VALUE), 0, 2))));
  }

  /** The first quantity of each unit, and every quantity of {@link QuantityUnit#OTHER}. */
  private static List<Quantity> onePerUnit(List<Quantity> quantities) {
    EnumSet<QuantityUnit> seen = EnumSet.noneOf(QuantityUnit.class);
    List<Quantity> kept = new ArrayList<>();
    for (Quantity quantity : quantities) {
      if (quantity.unit() == QuantityUnit.OTHER || seen.add(quantity.unit())) {
        kept.add(quantity);
      }
    }
    return kept;
  }

  /** A party with identifiers of distinct schemes and its representative's English name. */
  static Gen<Party> party(Party party) {
    return Gens.composite("party version 2", draw -> {
      List<Identifier> identifiers = new ArrayList<>();
      Set<String> schemes = new LinkedHashSet<>();
      for (Identifier identifier : draw.next(Gens.listOf(ValueGens.identifiers(), 0, 2))) {
        if (schemes.add(identifier.scheme())) {
          identifiers.add(identifier);
        }
      }
      Optional<String> englishName = draw.next(Gens.optionals(ValueGens.englishTexts()));
      Optional<Person> representative = party.representative()
          .map(person -> person.withEnglishName(englishName));
      return party.withIdentifiers(identifiers).withRepresentative(representative);
    });
  }

  /** A signing whose signatories sometimes have English names. */
  static Gen<Signing> signing(Signing signing) {
    return Gens.composite("signing version 2", draw -> {
      List<Signatory> signatories = new ArrayList<>();
      for (Signatory signatory : signing.signatories()) {
        signatories.add(signatory.withEnglishName(
            draw.next(Gens.optionals(ValueGens.englishTexts()))));
      }
      return signing.withSignatories(signatories);
    });
  }

  /** 0 to 3 distinct languages. */
  static Gen<List<Locale>> languages() {
    return Gens.listOf(ValueGens.languageTags(), 0, 3)
        .map(languages -> List.copyOf(new LinkedHashSet<>(languages)));
  }

  /**
   * A prevailing language: one of {@code languages} when there are any, else any or none (the
   * rule asks only that a listed set hold it).
   */
  static Gen<Optional<Locale>> prevailingLanguage(List<Locale> languages) {
    return languages.isEmpty()
        ? Gens.optionals(ValueGens.languageTags())
        : Gens.optionals(Gens.elements(languages));
  }

  /** Conditions of every kind and status, on one of {@code programmes} or on none. */
  static Gen<Condition> conditions(List<ProgrammeId> programmes) {
    Gen<Optional<ProgrammeId>> programme = Gens.optionals(Gens.ints(0, Integer.MAX_VALUE))
        .map(index -> programmes.isEmpty()
            ? Optional.<ProgrammeId>empty()
            : index.map(i -> programmes.get(i % programmes.size())));
    return Gens.composite("condition", draw -> Condition.builder()
        .kind(draw.next(Gens.elements(ConditionKind.values())))
        .description(draw.next(Gens.optionals(ValueGens.hangulWords())))
        .programme(draw.next(programme))
        .status(draw.next(Gens.elements(ConditionStatus.values())))
        .build());
  }
}
