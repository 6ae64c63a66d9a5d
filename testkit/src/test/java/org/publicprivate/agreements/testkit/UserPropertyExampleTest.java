package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.validation.AgreementValidator;

/**
 * What a user of the library writes: properties of their own code, over agreements the testkit
 * generates. The code under test here stands for a web UI's "sign" button, which records the
 * signing of a draft; the properties say that whatever draft it is given, the document it produces
 * is one the validator accepts.
 */
class UserPropertyExampleTest {

  private final AgreementValidator validator = AgreementValidator.create(Locale.KOREAN);

  @PropertyTest(tries = 300)
  void noReportEverHasAnErrorForADocumentOurUiProduced() {
    Property.forAll(DRAFTS, ValueGens.dates(), ValueGens.hangulWords())
        .verify((draft, today, venue) -> {
          Agreement signed = SignButton.sign(draft, today, venue);

          assertThat(validator.validate(signed).errors()).isEmpty();
        });
  }

  @PropertyTest(tries = 300)
  void aDocumentSignedInOurUiHasASignatoryForEveryPartyAndTakesEffectNoEarlier() {
    Property.forAll(DRAFTS, ValueGens.dates(), ValueGens.hangulWords())
        .verify((draft, today, venue) -> {
          Agreement signed = SignButton.sign(draft, today, venue);

          assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
          assertThat(validator.validate(signed).codes()).doesNotContain(
              "agreement.signing.partyWithoutSignatory", "agreement.effectivePeriod.beforeSigning");
        });
  }

  @PropertyTest(tries = 300)
  void aVenueTypedOnAMacGivesTheSameDocument() {
    Gen<List<String>> venueAndAsTyped = Gens.composite("a venue and the venue as typed", draw -> {
      String venue = draw.next(ValueGens.hangulWords());
      return List.of(venue, draw.next(ValueGens.asTyped(Gens.constant(venue))));
    });
    LocalDate today = LocalDate.of(2023, 5, 22);

    Property.forAll(DRAFTS, venueAndAsTyped)
        .verify((draft, venue) -> assertThat(SignButton.sign(draft, today, venue.get(1)))
            .isEqualTo(SignButton.sign(draft, today, venue.get(0))));
  }

  /** Valid agreements as drafts: not amended yet (an amendment follows a signing). */
  private static final Gen<Agreement> DRAFTS =
      AgreementGens.validAgreements().map(agreement -> agreement.withAmendments(List.of()));

  /** Stands for the user's own code: what their UI does when someone signs a draft. */
  private static final class SignButton {

    /**
     * The draft, signed today at the venue by each party's representative (or, failing one, in the
     * party's name); signed on the day the agreement takes effect if that comes first.
     */
    static Agreement sign(Agreement draft, LocalDate today, String venue) {
      LocalDate date = draft.effectivePeriod().map(DateRange::start)
          .filter(start -> start.isBefore(today)).orElse(today);
      List<Signatory> signatories = draft.parties().stream()
          .map(party -> {
            Person person = party.representative().orElse(Person.of(party.name()));
            return Signatory.builder().party(party.id()).name(person.name())
                .title(person.title()).build();
          })
          .toList();
      return draft.withStatus(AgreementStatus.SIGNED).withSigning(Signing.builder()
          .date(date).venue(venue).signatories(signatories).build());
    }
  }
}
