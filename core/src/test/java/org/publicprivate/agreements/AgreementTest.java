package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {
  private final Agreement agreement = Fixtures.agreement()
      .addCommitments(
          Fixtures.commitment("city-support", Fixtures.CITY),
          Fixtures.commitment("joint", Fixtures.CITY, Fixtures.COMPANY),
          Fixtures.commitment("company-investment", Fixtures.COMPANY)
              .withPledgedAmount(MoneyAmount.ofWon(30_000_000_000L)),
          Fixtures.commitment("company-hiring", Fixtures.COMPANY)
              .withPledgedAmount(MoneyAmount.ofWon(5_000_000_000L)))
      .addProgrammes(FundedProgramme.builder()
          .id(ProgrammeId.of("p"))
          .name("사업")
          .period(FiscalYears.of(2024, 2027))
          .totalBudget(MoneyAmount.ofWon(20_000_000_000L))
          .status(ProgrammeStatus.APPLIED)
          .build())
      .build();

  @Test
  void findsAPartyById() {
    assertThat(agreement.party(Fixtures.COMPANY).map(Party::name)).contains("다라산업");
    assertThat(agreement.party(PartyId.of("nobody"))).isEmpty();
  }

  @Test
  void findsTheFirstPartyWhenIdsRepeat() {
    Agreement twice = agreement.withParties(
        Fixtures.party(Fixtures.CITY, "first", PartyKind.LOCAL_GOVERNMENT),
        Fixtures.party(Fixtures.CITY, "second", PartyKind.COMPANY));
    assertThat(twice.party(Fixtures.CITY).map(Party::name)).contains("first");
  }

  @Test
  void findsAProgrammeById() {
    assertThat(agreement.programme(ProgrammeId.of("p")).map(FundedProgramme::name)).contains("사업");
    assertThat(agreement.programme(ProgrammeId.of("q"))).isEmpty();
  }

  @Test
  void commitmentsOfAPartyIncludeJointOnes() {
    assertThat(agreement.commitmentsOf(Fixtures.CITY))
        .extracting(c -> c.id().value())
        .containsExactly("city-support", "joint");
    assertThat(agreement.commitmentsOf(Fixtures.COMPANY))
        .extracting(c -> c.id().value())
        .containsExactly("joint", "company-investment", "company-hiring");
    assertThat(agreement.commitmentsOf(Fixtures.SCHOOL)).isEmpty();
  }

  @Test
  void totalPledgedSumsEveryPledgedAmount() {
    assertThat(agreement.totalPledged()).isEqualTo(MoneyAmount.ofWon(35_000_000_000L));
    assertThat(agreement.withCommitments(List.of()).totalPledged()).isEqualTo(MoneyAmount.ZERO);
  }

  @Test
  void totalPledgedOverflowIsAnArithmeticException() {
    Agreement huge = agreement.withCommitments(
        Fixtures.commitment("a", Fixtures.CITY).withPledgedAmount(MoneyAmount.ofWon(Long.MAX_VALUE)),
        Fixtures.commitment("b", Fixtures.CITY).withPledgedAmount(MoneyAmount.ofWon(1)));
    assertThatThrownBy(huge::totalPledged).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void sectorsAreThoseOfTheParties() {
    assertThat(agreement.sectors()).containsExactly(Sector.PUBLIC, Sector.PRIVATE, Sector.ACADEMIC);
    assertThatThrownBy(() -> agreement.sectors().add(Sector.CIVIL))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void listsKeepInsertionOrderAndCannotBeChanged() {
    assertThat(agreement.parties()).extracting(p -> p.id().value())
        .containsExactly("city", "company", "school");
    assertThatThrownBy(() -> agreement.parties().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> agreement.commitments().add(Fixtures.commitment("x", Fixtures.CITY)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBuilderFromAnAgreementBuildsAnEqualOne() {
    Agreement copy = Agreement.builder().from(agreement).build();
    assertThat(copy).isEqualTo(agreement).hasSameHashCodeAs(agreement);
    assertThat(copy.toString()).isEqualTo(agreement.toString());
  }

  @Test
  void withCopiesChangeOneAttribute() {
    Agreement signed = agreement.withStatus(AgreementStatus.SIGNED);
    assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
    assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
    assertThat(signed.withStatus(AgreementStatus.DRAFT)).isEqualTo(agreement);
    assertThat(signed.parties()).isEqualTo(agreement.parties());
  }

  @Test
  void toStringNamesTheAttributes() {
    assertThat(agreement.toString()).startsWith("Agreement{id=a-1, title=업무협약, aliases=[], kind=MOU");
  }

  @Test
  void aMissingRequiredAttributeIsAnIllegalArgumentExceptionNamingIt() {
    assertThatThrownBy(() -> Agreement.builder().id(AgreementId.of("x")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title")
        .hasMessageContaining("kind")
        .hasMessageContaining("status");
  }

  @Test
  void aNullAttributeIsANullPointerExceptionNamingIt() {
    assertThatThrownBy(() -> Agreement.builder().title(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("title");
    assertThatThrownBy(() -> Agreement.builder().addParties((Party) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("parties");
  }
}
