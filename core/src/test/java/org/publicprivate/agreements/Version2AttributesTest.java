package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The attributes of format version 2 on the version 1 types: optional, empty by default, normalised. */
class Version2AttributesTest {
  private static String typed(String text) {
    return "\u3000" + Normalizer.normalize(text, Normalizer.Form.NFD) + " ";
  }

  @Test
  void aVersion1ValueHasNoneOfThem() {
    Agreement agreement = Fixtures.agreement().addCommitment(Fixtures.commitment("c-1",
        Fixtures.CITY)).build();
    Commitment commitment = agreement.commitments().get(0);

    assertThat(agreement.aliases()).isEmpty();
    assertThat(agreement.languages()).isEmpty();
    assertThat(agreement.prevailingLanguage()).isEmpty();
    assertThat(agreement.parties().get(0).identifiers()).isEmpty();
    assertThat(Person.of("박형준").englishName()).isEmpty();
    assertThat(commitment.beneficiaryGroups()).isEmpty();
    assertThat(commitment.amountQualifier()).isEmpty();
    assertThat(commitment.foreignAmount()).isEmpty();
    assertThat(commitment.quantities()).isEmpty();
    assertThat(commitment.location()).isEmpty();
    assertThat(commitment.conditions()).isEmpty();
    assertThat(commitment.dependsOn()).isEmpty();
  }

  @Test
  void aCommitmentHoldsItsPledgesInNumbersPlaceConditionsAndDependencies() {
    Commitment road = Commitment.builder().from(Fixtures.commitment("road", Fixtures.CITY))
        .addBeneficiaryGroup(typed("지역 주민"))
        .pledgedAmount(MoneyAmount.parse("118억 원"))
        .amountQualifier(Qualifier.ABOUT)
        .foreignAmount(ForeignAmount.of(Currency.getInstance("USD"), new BigDecimal("100000000")))
        .addQuantity(Quantity.parse("300명 이상", QuantityUnit.JOBS))
        .location(Location.of("○○일반산업단지", RegionCode.of("26440")))
        .addCondition(Condition.of(ConditionKind.PROGRAMME_SELECTION, "국비 공모 선정"))
        .addDependsOn(CommitmentId.of("selection"))
        .build();

    assertThat(road.beneficiaryGroups()).containsExactly("지역 주민");
    assertThat(road.amountQualifier()).contains(Qualifier.ABOUT);
    assertThat(road.foreignAmount().orElseThrow().toKoreanString()).isEqualTo("1억 달러");
    assertThat(road.quantities()).containsExactly(Quantity.of(300, QuantityUnit.JOBS,
        Qualifier.AT_LEAST));
    assertThat(road.location().orElseThrow().regionCode()).contains(RegionCode.of("26440"));
    assertThat(road.conditions()).extracting(Condition::status)
        .containsExactly(ConditionStatus.PENDING);
    assertThat(road.dependsOn()).containsExactly(CommitmentId.of("selection"));
  }

  @Test
  void englishNamesAndAliasesAreStoredStrippedAndComposed() {
    Person person = Person.builder().name("박형준").englishName(" Park Heong-joon ").build();
    Signatory signatory = Signatory.builder().party(Fixtures.CITY).name("스테판 드블레즈")
        .englishName(typed("Stéphane Deblaise")).build();
    Agreement agreement = Fixtures.agreement().addAlias(typed("부산 미래차 협약")).build();

    assertThat(person.englishName()).contains("Park Heong-joon");
    assertThat(signatory.englishName()).contains("Stéphane Deblaise");
    assertThat(Person.builder().name("박형준").englishName("  ").build().englishName()).isEmpty();
    assertThat(agreement.aliases()).containsExactly("부산 미래차 협약");
  }

  @Test
  void aPartyHoldsItsIdentifiersInOrder() {
    Party party = Fixtures.party(Fixtures.COMPANY, "다라산업", PartyKind.COMPANY)
        .withIdentifiers(Identifier.of("XI-LEI", "9884004KA53VQ5J3J815"),
            Identifier.of("KR-CRN", "130111-0006246"));

    assertThat(party.identifiers()).extracting(Identifier::toString)
        .containsExactly("XI-LEI:9884004KA53VQ5J3J815", "KR-CRN:130111-0006246");
  }

  @Test
  void textOfTheNewAttributesMustBeStreamSafe() {
    String unsafe = "a" + "\u0301".repeat(31);

    assertThatThrownBy(() -> Commitment.builder().from(Fixtures.commitment("c", Fixtures.CITY))
        .addBeneficiaryGroup(unsafe).build())
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageStartingWith("Commitment.beneficiaryGroups must be valid, stream-safe");
    assertThatThrownBy(() -> Fixtures.agreement().addAlias(unsafe).build())
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageStartingWith("Agreement.aliases must be valid, stream-safe");
    assertThatThrownBy(() -> Person.builder().name("a").englishName(unsafe).build())
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageStartingWith("Person.englishName must be valid, stream-safe");
  }
}
