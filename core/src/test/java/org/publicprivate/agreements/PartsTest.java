package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PartsTest {

  @ParameterizedTest
  @CsvSource({
      "CENTRAL_GOVERNMENT,PUBLIC", "LOCAL_GOVERNMENT,PUBLIC", "PUBLIC_INSTITUTION,PUBLIC",
      "COMPANY,PRIVATE", "COOPERATIVE,PRIVATE", "BUSINESS_ASSOCIATION,PRIVATE",
      "UNIVERSITY,ACADEMIC", "ACADEMIC_ASSOCIATION,ACADEMIC", "RESEARCH_INSTITUTE,ACADEMIC",
      "NON_PROFIT,CIVIL"})
  void everyPartyKindHasItsFixedSector(PartyKind kind, Sector sector) {
    assertThat(kind.sector()).isEqualTo(sector);
    assertThat(Fixtures.party(Fixtures.CITY, "x", kind).sector()).isEqualTo(sector);
  }

  @ParameterizedTest
  @EnumSource(PartyKind.class)
  void everyPartyKindHasAKoreanName(PartyKind kind) {
    assertThat(kind.koreanName()).isNotBlank().doesNotContainPattern("[A-Za-z]");
  }

  @Test
  void aCommitmentIsPledgedUnlessSaidOtherwise() {
    Commitment commitment = Fixtures.commitment("c", Fixtures.CITY);
    assertThat(commitment.status()).isEqualTo(CommitmentStatus.PLEDGED);
    assertThat(commitment.withStatus(CommitmentStatus.FULFILLED).status())
        .isEqualTo(CommitmentStatus.FULFILLED);
  }

  @Test
  void aCommitmentKnowsWhoMakesIt() {
    Commitment joint = Fixtures.commitment("c", Fixtures.CITY, Fixtures.COMPANY);
    assertThat(joint.isMadeBy(Fixtures.COMPANY)).isTrue();
    assertThat(joint.isMadeBy(Fixtures.SCHOOL)).isFalse();
  }

  @Test
  void aSigningTimeIsKoreaTime() {
    Signing signing = Signing.builder()
        .date(LocalDate.of(2023, 5, 22))
        .time(LocalTime.of(11, 0))
        .build();
    assertThat(signing.dateTime().get().getZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
    assertThat(signing.dateTime().get().toInstant().toString()).isEqualTo("2023-05-22T02:00:00Z");
    assertThat(signing.withTime(java.util.Optional.empty()).dateTime()).isEmpty();
  }

  @Test
  void aPartyKeepsEveryAttribute() {
    Party party = Party.builder()
        .id(PartyId.of("renault-korea"))
        .name("르노코리아자동차")
        .englishName("Renault Korea Motors")
        .kind(PartyKind.COMPANY)
        .representative(Person.of("스테판 드블레즈", "대표이사"))
        .parentOrganisation("르노그룹")
        .website(URI.create("https://www.renaultkorea.com"))
        .businessRegistrationNumber(BusinessRegistrationNumber.parse("124-81-00998"))
        .corporateRegistrationNumber(CorporateRegistrationNumber.parse("130111-0006246"))
        .build();
    assertThat(party.representative().get().title()).contains("대표이사");
    assertThat(party.website()).contains(URI.create("https://www.renaultkorea.com"));
    assertThat(party.businessRegistrationNumber().get()).hasToString("124-81-00998");
    assertThat(party.corporateRegistrationNumber().get()).hasToString("130111-0006246");
    assertThat(party.withName("르노코리아").name()).isEqualTo("르노코리아");
  }

  @Test
  void aSigningTimeIsInWholeSeconds() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Signing.builder()
            .date(LocalDate.of(2023, 5, 22)).time(LocalTime.of(11, 0, 0, 500)).build())
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("Signing.time must be a time of day in whole seconds, such as 11:00 or 11:00:30,"
            + " was 11:00:00.000000500");
    assertThat(Signing.builder().date(LocalDate.of(2023, 5, 22)).time(LocalTime.of(11, 0, 30))
        .build().time()).contains(LocalTime.of(11, 0, 30));
  }

  @Test
  void fiscalYearsFromIntsOutsideTheCalendarAreRejectedNamingTheAttribute() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FiscalYears.of(Integer.MIN_VALUE, 0))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("FiscalYears.first must be in the years 1 to 9999, was -2147483648");
  }

  @Test
  void webAddressesThatAreEqualAreStoredInOneSpelling() {
    Party shouted = Fixtures.party(Fixtures.CITY, "가나시", PartyKind.LOCAL_GOVERNMENT)
        .withWebsite(URI.create("HTTPS://WWW.Ganasi.Example:8443/a%2fb?q=%c3%a9#Top"));
    assertThat(shouted.website().get().toString())
        .isEqualTo("https://www.ganasi.example:8443/a%2Fb?q=%C3%A9#Top");
    Party quiet = shouted.withWebsite(URI.create("https://www.ganasi.example:8443/a%2Fb?q=%C3%A9#Top"));
    assertThat(quiet).isEqualTo(shouted);
    assertThat(quiet.website().get().toString()).isEqualTo(shouted.website().get().toString());
    SourceDocument source = SourceDocument.builder().title("기사")
        .url(URI.create("HTTP://News.Example/%7euser")).build();
    assertThat(source.url().get().toString()).isEqualTo("http://news.example/%7Euser");
    assertThat(Fixtures.party(Fixtures.CITY, "가나시", PartyKind.LOCAL_GOVERNMENT)
        .withWebsite(URI.create("relative/%2fpath")).website().get().toString())
        .isEqualTo("relative/%2Fpath");
  }

  @Test
  void annualBudgetsAndFundingSharesHaveShortFactories() {
    AnnualBudget budget = AnnualBudget.of(Year.of(2024), MoneyAmount.ofWon(5));
    assertThat(budget.year()).isEqualTo(Year.of(2024));
    assertThat(budget.amount()).isEqualTo(MoneyAmount.ofWon(5));
    FundingShare share = FundingShare.of(FundingSource.LOCAL, MoneyAmount.ofWon(7));
    assertThat(share.source()).isEqualTo(FundingSource.LOCAL);
    assertThat(share.contributor()).isEmpty();
  }
}
