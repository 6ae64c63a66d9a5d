package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.BusinessRegistrationNumber;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.CorporateRegistrationNumber;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.Signing;

/**
 * The laws of the model's types: builders and copies, Unicode normalisation, hash codes, and the
 * text forms of the value types.
 */
class ModelPropertiesTest {

  /** Valid agreements and anything the builders accept, half and half. */
  private static final Gen<Agreement> ANY_AGREEMENT =
      Gens.oneOf(AgreementGens.validAgreements(), AgreementGens.agreements());

  private static final List<PartyId> PARTY_IDS =
      List.of(PartyId.of("a"), PartyId.of("b"), PartyId.of("c"));

  private static final Gen<Commitment> COMMITMENTS = AgreementGens.commitment(
      CommitmentId.of("c-1"), PARTY_IDS, List.of(ProgrammeId.of("p-1")));

  /** Hangul text as the model stores it: trimmed, in NFC. */
  private static final Gen<String> PLAIN_TEXT = Gens.listOf(ValueGens.hangulWords(), 1, 6)
      .map(words -> String.join(" ", words));

  // ---- builders and copies ----

  @PropertyTest
  void rebuildingAValidAgreementGivesAnEqualOne() {
    Property.forAll(AgreementGens.validAgreements()).verify(agreement -> {
      assertThat(Agreement.builder().from(agreement).build()).isEqualTo(agreement);
      for (Party party : agreement.parties()) {
        assertThat(Party.builder().from(party).build()).isEqualTo(party);
      }
      for (Commitment commitment : agreement.commitments()) {
        assertThat(Commitment.builder().from(commitment).build()).isEqualTo(commitment);
      }
      for (FundedProgramme programme : agreement.programmes()) {
        assertThat(FundedProgramme.builder().from(programme).build()).isEqualTo(programme);
      }
    });
  }

  @PropertyTest
  void rebuildingAnyAgreementGivesAnEqualOne() {
    Property.forAll(AgreementGens.agreements())
        .verify(agreement -> assertThat(Agreement.builder().from(agreement).build())
            .isEqualTo(agreement));
  }

  @PropertyTest
  void agreementCopiesChangeTheirOneAttributeAndNothingElse() {
    Property.forAll(ANY_AGREEMENT, NewAgreementValues.GEN).verify((agreement, values) -> {
      assertChangesOnly(agreement, Agreement::id, Agreement::withId, values.id());
      assertChangesOnly(agreement, Agreement::title, Agreement::withTitle, values.title());
      assertChangesOnly(agreement, Agreement::kind, Agreement::withKind, values.kind());
      assertChangesOnly(agreement, Agreement::status, Agreement::withStatus, values.status());
      assertChangesOnly(agreement, Agreement::purpose, Agreement::withPurpose, values.purpose());
      assertChangesOnly(agreement, Agreement::signing, Agreement::withSigning, values.signing());
      assertChangesOnly(agreement, Agreement::effectivePeriod, Agreement::withEffectivePeriod,
          values.effectivePeriod());
      assertChangesOnly(agreement, Agreement::parties, Agreement::withParties, values.parties());
      assertChangesOnly(agreement, Agreement::commitments, Agreement::withCommitments,
          values.commitments());
    });
  }

  @PropertyTest
  void partyCopiesChangeTheirOneAttributeAndNothingElse() {
    Property.forAll(AgreementGens.parties(), PLAIN_TEXT, Gens.elements(PartyKind.values()))
        .verify((party, name, kind) -> {
          assertChangesOnly(party, Party::name, Party::withName, name);
          assertChangesOnly(party, Party::kind, Party::withKind, kind);
          assertThat(party.withKind(kind).sector()).isEqualTo(kind.sector());
        });
  }

  @PropertyTest
  void commitmentCopiesChangeTheirOneAttributeAndNothingElse() {
    Property.forAll(COMMITMENTS, Gens.elements(CommitmentStatus.values()),
            Gens.elements(CommitmentCategory.values()))
        .verify((commitment, status, category) -> {
          assertChangesOnly(commitment, Commitment::status, Commitment::withStatus, status);
          assertChangesOnly(commitment, Commitment::category, Commitment::withCategory, category);
        });
  }

  // ---- Unicode normalisation ----

  @PropertyTest
  void partiesNamedAsTypedEqualPartiesNamedInPlainText() {
    Property.forAll(AgreementGens.parties(), Typed.of(PLAIN_TEXT)).verify((party, name) -> {
      Party typed = Party.builder().from(party).name(name.typed()).build();
      Party plain = Party.builder().from(party).name(name.plain()).build();

      assertThat(typed).isEqualTo(plain).hasSameHashCodeAs(plain);
      assertThat(typed.name()).isEqualTo(name.plain());
      assertThat(party.withName(name.typed())).isEqualTo(plain);
    });
  }

  @PropertyTest
  void peopleNamedAsTypedEqualPeopleNamedInPlainText() {
    Property.forAll(Typed.of(ValueGens.koreanPersonNames()), Typed.of(PLAIN_TEXT))
        .verify((name, title) -> {
          Person typed = Person.of(name.typed(), title.typed());
          Person plain = Person.of(name.plain(), title.plain());

          assertThat(typed).isEqualTo(plain).hasSameHashCodeAs(plain);
          assertThat(typed.name()).isEqualTo(name.plain());
          assertThat(typed.title()).contains(title.plain());
        });
  }

  @PropertyTest
  void commitmentsSummarisedAsTypedEqualCommitmentsSummarisedInPlainText() {
    Property.forAll(COMMITMENTS, Typed.of(PLAIN_TEXT)).verify((commitment, summary) -> {
      Commitment typed = commitment.withSummary(summary.typed());
      Commitment plain = commitment.withSummary(summary.plain());

      assertThat(typed).isEqualTo(plain).hasSameHashCodeAs(plain);
      assertThat(typed.summary()).isEqualTo(summary.plain());
    });
  }

  @PropertyTest
  void agreementsTitledAsTypedEqualAgreementsTitledInPlainText() {
    Property.forAll(ANY_AGREEMENT, Typed.of(PLAIN_TEXT), Typed.of(ValueGens.hangulWords()))
        .verify((agreement, title, keyword) -> {
          Agreement typed = Agreement.builder().from(agreement)
              .title(title.typed()).keywords(List.of(keyword.typed())).build();
          Agreement plain = Agreement.builder().from(agreement)
              .title(title.plain()).keywords(List.of(keyword.plain())).build();

          assertThat(typed).isEqualTo(plain).hasSameHashCodeAs(plain);
          assertThat(typed.title()).isEqualTo(title.plain());
          assertThat(typed.keywords()).containsExactly(keyword.plain());
          assertThat(agreement.withTitle(title.typed()))
              .isEqualTo(agreement.withTitle(title.plain()));
        });
  }

  // ---- hash codes ----

  @PropertyTest
  void anAgreementsHashCodeIsTheSameForEveryEqualCopy() {
    Property.forAll(ANY_AGREEMENT).verify(agreement -> {
      Agreement copy = Agreement.builder().from(agreement).build();

      assertThat(copy).isNotSameAs(agreement).isEqualTo(agreement);
      assertThat(copy.hashCode()).isEqualTo(agreement.hashCode());
    });
  }

  @PropertyTest(tries = 300)
  void agreementsBuiltIndependentlyFromTheSameSeedAreEqualWithEqualHashCodes() {
    Property.forAll(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE)).verify(seed -> {
      Agreement first = ANY_AGREEMENT.sample(seed);
      Agreement second = ANY_AGREEMENT.sample(seed);

      assertThat(second).isNotSameAs(first).isEqualTo(first);
      assertThat(second.hashCode()).isEqualTo(first.hashCode());
    });
  }

  // ---- text forms of the value types ----

  @PropertyTest
  void everyBusinessRegistrationNumberParsesBackFromItsText() {
    Property.forAll(ValueGens.businessRegistrationNumbers()).verify(number -> {
      assertThat(number.toString()).matches("\\d{3}-\\d{2}-\\d{5}");
      assertThat(BusinessRegistrationNumber.parse(number.toString())).isEqualTo(number);
      assertThat(BusinessRegistrationNumber.parse(number.value())).isEqualTo(number);
      assertThat(BusinessRegistrationNumber.of(number.value())).isEqualTo(number);
    });
  }

  @PropertyTest
  void everyCorporateRegistrationNumberParsesBackFromItsText() {
    Property.forAll(ValueGens.corporateRegistrationNumbers()).verify(number -> {
      assertThat(number.toString()).matches("\\d{6}-\\d{7}");
      assertThat(CorporateRegistrationNumber.parse(number.toString())).isEqualTo(number);
      assertThat(CorporateRegistrationNumber.parse(number.value())).isEqualTo(number);
      assertThat(CorporateRegistrationNumber.of(number.value())).isEqualTo(number);
    });
  }

  @PropertyTest
  void everyPartialDateParsesBackFromItsText() {
    Property.forAll(ValueGens.partialDates()).verify(date -> {
      int precision = date.day().isPresent() ? 10 : date.month().isPresent() ? 7 : 4;

      assertThat(date.toString()).hasSize(precision);
      assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    });
  }

  @PropertyTest
  void everyIdIsRebuiltFromItsText() {
    Property.forAll(ValueGens.idTexts()).verify(text -> {
      assertThat(AgreementId.of(text).toString()).isEqualTo(text);
      assertThat(PartyId.of(text).toString()).isEqualTo(text);
      assertThat(CommitmentId.of(text).toString()).isEqualTo(text);
      assertThat(ProgrammeId.of(text).toString()).isEqualTo(text);
      assertThat(AgreementId.of(AgreementId.of(text).value())).isEqualTo(AgreementId.of(text));
      assertThat(PartyId.of(PartyId.of(text).value())).isEqualTo(PartyId.of(text));
      assertThat(CommitmentId.of(CommitmentId.of(text).value())).isEqualTo(CommitmentId.of(text));
      assertThat(ProgrammeId.of(ProgrammeId.of(text).value())).isEqualTo(ProgrammeId.of(text));
    });
  }

  // ---- helpers ----

  /**
   * Checks that the copy {@code with} makes has {@code value} for the attribute, and that setting
   * the original value again gives back the original: so nothing else changed.
   */
  private static <V, A> void assertChangesOnly(V original, Function<V, A> attribute,
      BiFunction<V, A, V> with, A value) {
    V copy = with.apply(original, value);

    assertThat(attribute.apply(copy)).isEqualTo(value);
    assertThat(with.apply(copy, attribute.apply(original))).isEqualTo(original);
  }

  /** A text as the model stores it, and the same text as someone typed it, which differs. */
  private record Typed(String plain, String typed) {

    static Gen<Typed> of(Gen<String> plain) {
      return Gens.composite("typed", draw -> {
        String text = draw.next(plain);
        return new Typed(text, draw.next(ValueGens.asTyped(Gens.constant(text))
            .filter(typed -> !typed.equals(text), "typed otherwise than plain")));
      });
    }
  }

  /** A new value for several attributes of an agreement. */
  private record NewAgreementValues(AgreementId id, String title, AgreementKind kind,
      AgreementStatus status, Optional<String> purpose, Optional<Signing> signing,
      Optional<DateRange> effectivePeriod, List<Party> parties, List<Commitment> commitments) {

    static final Gen<NewAgreementValues> GEN = Gens.composite("new agreement values",
        draw -> new NewAgreementValues(
            draw.next(ValueGens.agreementIds()),
            draw.next(PLAIN_TEXT),
            draw.next(Gens.elements(AgreementKind.values())),
            draw.next(Gens.elements(AgreementStatus.values())),
            draw.next(Gens.optionals(PLAIN_TEXT)),
            draw.next(Gens.optionals(AgreementGens.signing(PARTY_IDS))),
            draw.next(Gens.optionals(AgreementGens.dateRanges())),
            draw.next(AgreementGens.validParties(4)),
            draw.next(Gens.listOf(COMMITMENTS, 0, 3))));
  }
}
