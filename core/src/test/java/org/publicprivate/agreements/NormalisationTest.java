package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NormalisationTest {
  private static String nfd(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD);
  }

  @Test
  void hangulTypedInNfdEqualsTheSameNameInNfc() {
    Party typedOnAMac = Fixtures.party(Fixtures.CITY, nfd("부산광역시"), PartyKind.LOCAL_GOVERNMENT);
    Party typedElsewhere = Fixtures.party(Fixtures.CITY, "부산광역시", PartyKind.LOCAL_GOVERNMENT);
    assertThat(nfd("부산광역시")).isNotEqualTo("부산광역시");
    assertThat(typedOnAMac.name()).isEqualTo("부산광역시");
    assertThat(typedOnAMac).isEqualTo(typedElsewhere).hasSameHashCodeAs(typedElsewhere);
  }

  @ParameterizedTest
  @ValueSource(strings = {"  부산시", "부산시  ", "\t부산시\n", "\u3000부산시\u3000", " \u2003부산시"})
  void stripsSurroundingWhiteSpaceIncludingTheIdeographicSpace(String typed) {
    assertThat(Fixtures.party(Fixtures.CITY, typed, PartyKind.LOCAL_GOVERNMENT).name())
        .isEqualTo("부산시");
  }

  @Test
  void keepsTextOfLatinCharactersAndHangulSyllablesAsItIsBecauseItIsAlreadyComposed() {
    StringBuilder everyOne = new StringBuilder();
    for (char c = '!'; c < '\u0300'; c++) {
      everyOne.append(c);
    }
    for (char c = '\uAC00'; c <= '\uD7A3'; c++) {
      everyOne.append(c);
    }
    String text = everyOne.toString();

    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    assertThat(Person.of(text).name()).isSameAs(text);
  }

  @Test
  void composesHangulSyllablesFollowedByATrailingConsonantJamo() {
    String syllableAndJamo = "\uAC00\u11A8"; // 가 + ᆨ is 각 in NFC
    assertThat(Person.of(syllableAndJamo).name()).isEqualTo("각");
  }

  @Test
  void composesLatinLettersFollowedByACombiningMark() {
    assertThat(Person.of("Rene\u0301").name()).isEqualTo("René");
  }

  @Test
  void composesALetterFollowedByTheFirstCombiningMark() {
    assertThat(Person.of("Vale\u0300re").name()).isEqualTo("Val\u00E8re");
  }

  @Test
  void composesACompatibilityIdeographIntoItsUnifiedIdeograph() {
    assertThat(Person.of("\uF900").name()).isEqualTo("\u8C48");
  }

  @Test
  void composesHangulWrittenInJamoAlone() {
    assertThat(Person.of("\u1100\u1161\u11A8").name()).isEqualTo("각");
  }

  @Test
  void keepsWhiteSpaceInsideText() {
    assertThat(Person.of("스테판  드블레즈").name()).isEqualTo("스테판  드블레즈");
  }

  @Test
  void blankOptionalTextIsAbsent() {
    Person person = Person.builder().name("박형준").title(" \u3000 ").build();
    assertThat(person.title()).isEmpty();
    assertThat(person).isEqualTo(Person.of("박형준"));
  }

  @Test
  void blankRequiredTextIsKeptEmptyForTheValidatorToReport() {
    assertThat(Person.of("   ").name()).isEmpty();
  }

  @Test
  void normalisesEveryTextAttributeOfEveryType() {
    Agreement agreement = Fixtures.agreement()
        .title(nfd(" 업무협약 "))
        .englishTitle(" MOU ")
        .purpose(" ")
        .addKeywords(nfd(" 미래차 "))
        .addCommitments(Commitment.builder()
            .id(CommitmentId.of("c"))
            .addParties(Fixtures.CITY)
            .summary(nfd(" 행정 지원 "))
            .englishSummary("\t")
            .category(CommitmentCategory.ADMINISTRATIVE_SUPPORT)
            .obligation(ObligationLevel.BINDING)
            .build())
        .addRelatedAgreements(RelatedAgreement.builder()
            .relation(AgreementRelation.CONTINUES)
            .title(nfd(" 합의 "))
            .addCounterparties(nfd(" 르노그룹 "))
            .build())
        .addSources(SourceDocument.builder().title(" 기사 ").publisher(" ").build())
        .signing(Signing.builder()
            .date(java.time.LocalDate.of(2023, 5, 22))
            .venue(nfd(" 부산유라시아플랫폼 "))
            .addSignatories(Signatory.builder().party(Fixtures.CITY).name(nfd(" 박형준 ")).title("").build())
            .build())
        .addProgrammes(FundedProgramme.builder()
            .id(ProgrammeId.of("p"))
            .name(nfd(" 사업 "))
            .description(" ")
            .funder(" 산업통상자원부 ")
            .period(FiscalYears.of(2024, 2027))
            .totalBudget(MoneyAmount.ofWon(10))
            .status(ProgrammeStatus.PLANNED)
            .addFundingShares(FundingShare.builder()
                .source(FundingSource.NATIONAL).amount(MoneyAmount.ofWon(10)).note(" 국비 ").build())
            .build())
        .build();

    assertThat(agreement.title()).isEqualTo("업무협약");
    assertThat(agreement.englishTitle()).contains("MOU");
    assertThat(agreement.purpose()).isEmpty();
    assertThat(agreement.keywords()).containsExactly("미래차");
    assertThat(agreement.commitments().get(0).summary()).isEqualTo("행정 지원");
    assertThat(agreement.commitments().get(0).englishSummary()).isEmpty();
    assertThat(agreement.relatedAgreements().get(0).title()).isEqualTo("합의");
    assertThat(agreement.relatedAgreements().get(0).counterparties()).containsExactly("르노그룹");
    assertThat(agreement.sources().get(0).title()).isEqualTo("기사");
    assertThat(agreement.sources().get(0).publisher()).isEmpty();
    assertThat(agreement.signing().get().venue()).contains("부산유라시아플랫폼");
    assertThat(agreement.signing().get().signatories().get(0).name()).isEqualTo("박형준");
    assertThat(agreement.signing().get().signatories().get(0).title()).isEmpty();
    FundedProgramme programme = agreement.programmes().get(0);
    assertThat(programme.name()).isEqualTo("사업");
    assertThat(programme.description()).isEmpty();
    assertThat(programme.funder()).contains("산업통상자원부");
    assertThat(programme.fundingShares().get(0).note()).contains("국비");
  }

  @Test
  void normalisesPartyAliasesAndParentOrganisation() {
    Party party = Party.builder()
        .id(Fixtures.COMPANY)
        .name("르노코리아자동차")
        .englishName("  ")
        .addAliases(nfd(" 르노코리아 "), "르노")
        .parentOrganisation(nfd(" 르노그룹 "))
        .kind(PartyKind.COMPANY)
        .build();
    assertThat(party.aliases()).containsExactly("르노코리아", "르노");
    assertThat(party.englishName()).isEmpty();
    assertThat(party.parentOrganisation()).contains("르노그룹");
  }

  @Test
  void anAlreadyNormalisedValueIsKeptAsItIs() {
    Party party = Fixtures.party(Fixtures.CITY, "부산광역시", PartyKind.LOCAL_GOVERNMENT);
    assertThat(party.withKind(PartyKind.LOCAL_GOVERNMENT)).isSameAs(party);
  }
}
