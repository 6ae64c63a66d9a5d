package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.validation.Documents.CITY;
import static org.publicprivate.agreements.validation.Documents.COMPANY;
import static org.publicprivate.agreements.validation.Validators.english;
import static org.publicprivate.agreements.validation.Validators.korean;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Signing;

/**
 * Rule {@code reference.unknownParty}: a commitment's parties and beneficiaries, each signatory's
 * party, a programme's lead party and each funding contributor are parties of the agreement.
 */
class KnownPartyReferencesTest {
  private static final String CODE = "reference.unknownParty";

  @Test
  void reportsACommitmentByAPartyThatIsNotInTheAgreement() {
    Agreement agreement = inCommitmentParties(PartyId.of("busan-technopark"));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[1].parties[1]",
                "\"busan-technopark\" is not a party of this agreement"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[1].parties[1]",
                "\"busan-technopark\"는 이 협약의 당사자가 아닙니다"));
  }

  static Stream<Arguments> places() {
    return Stream.of(
        Arguments.of("commitments[1].parties[1]", place(KnownPartyReferencesTest::inCommitmentParties)),
        Arguments.of("commitments[0].beneficiaries[0]", place(KnownPartyReferencesTest::inBeneficiaries)),
        Arguments.of("signing.signatories[2].party", place(KnownPartyReferencesTest::inSignatories)),
        Arguments.of("programmes[0].leadParty", place(KnownPartyReferencesTest::inLeadParty)),
        Arguments.of(
            "programmes[0].fundingShares[1].contributor",
            place(KnownPartyReferencesTest::inContributor)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void reportsAnUnknownPartyInEachPlaceThatNamesOne(String path, Function<PartyId, Agreement> place) {
    Agreement agreement = place.apply(PartyId.of("ghost"));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(CODE, Severity.ERROR, path, "\"ghost\" is not a party of this agreement"));
    assertThat(korean(agreement))
        .containsExactly(
            new Violation(CODE, Severity.ERROR, path, "\"ghost\"는 이 협약의 당사자가 아닙니다"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void acceptsAKnownPartyInEachPlaceThatNamesOne(String path, Function<PartyId, Agreement> place) {
    assertThat(english(place.apply(CITY))).isEmpty();
    assertThat(english(place.apply(COMPANY))).isEmpty();
  }

  @Test
  void reportsEveryUnknownPartyAtOnceEachByItsOwnId() {
    FundedProgramme programme = Documents.programme();
    Agreement agreement =
        Documents.agreement()
            .withCommitments(
                Documents.citySupport().withBeneficiaries(PartyId.of("ghost-beneficiary"), COMPANY),
                Documents.companyCentre().withParties(COMPANY, PartyId.of("ghost-partner")))
            .withSigning(signingWithExtra(PartyId.of("ghost-signatory")))
            .withProgrammes(
                programme
                    .withLeadParty(PartyId.of("ghost-lead"))
                    .withFundingShares(
                        programme.fundingShares().get(0).withContributor(PartyId.of("ghost-state")),
                        programme.fundingShares().get(1),
                        programme.fundingShares().get(2).withContributor(PartyId.of("ghost-investor"))));

    assertThat(english(agreement))
        .containsExactly(
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[0].beneficiaries[0]",
                "\"ghost-beneficiary\" is not a party of this agreement"),
            new Violation(
                CODE,
                Severity.ERROR,
                "commitments[1].parties[1]",
                "\"ghost-partner\" is not a party of this agreement"),
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].fundingShares[0].contributor",
                "\"ghost-state\" is not a party of this agreement"),
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].fundingShares[2].contributor",
                "\"ghost-investor\" is not a party of this agreement"),
            new Violation(
                CODE,
                Severity.ERROR,
                "programmes[0].leadParty",
                "\"ghost-lead\" is not a party of this agreement"),
            new Violation(
                CODE,
                Severity.ERROR,
                "signing.signatories[2].party",
                "\"ghost-signatory\" is not a party of this agreement"));
  }

  @Test
  void acceptsAFundingShareWithoutAContributor() {
    Agreement agreement = Documents.agreement();

    assertThat(agreement.programmes().get(0).fundingShares().get(0).contributor()).isEmpty();
    assertThat(english(agreement)).isEmpty();
  }

  private static Function<PartyId, Agreement> place(Function<PartyId, Agreement> place) {
    return place;
  }

  private static Agreement inCommitmentParties(PartyId party) {
    return Documents.agreement()
        .withCommitments(
            Documents.citySupport(), Documents.companyCentre().withParties(COMPANY, party));
  }

  private static Agreement inBeneficiaries(PartyId party) {
    return Documents.agreement()
        .withCommitments(
            Documents.citySupport().withBeneficiaries(party), Documents.companyCentre());
  }

  private static Agreement inSignatories(PartyId party) {
    return Documents.agreement().withSigning(signingWithExtra(party));
  }

  private static Agreement inLeadParty(PartyId party) {
    return Documents.agreement().withProgrammes(Documents.programme().withLeadParty(party));
  }

  private static Agreement inContributor(PartyId party) {
    FundedProgramme programme = Documents.programme();
    return Documents.agreement()
        .withProgrammes(
            programme.withFundingShares(
                programme.fundingShares().get(0),
                programme.fundingShares().get(1).withContributor(party),
                programme.fundingShares().get(2)));
  }

  private static Signing signingWithExtra(PartyId party) {
    Signing signing = Documents.signing();
    return Signing.builder()
        .from(signing)
        .addSignatory(Documents.signatory(party, "최민준"))
        .build();
  }
}
