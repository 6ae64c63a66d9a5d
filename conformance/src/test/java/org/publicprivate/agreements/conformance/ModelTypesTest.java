package org.publicprivate.agreements.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.conformance.Generated.assertSameBytes;
import static org.publicprivate.agreements.conformance.Generated.call;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.BusinessRegistrationNumber;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CorporateRegistrationNumber;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.SourceDocument;

/**
 * Every public model type is read and written on its own by both modules, so that a user's own
 * type holding one, or a framework's error page showing one, works: the values come from the base
 * document of the bad-document corpus, which holds every part of the format.
 */
class ModelTypesTest {
  private static final Agreement BASE = Generated.call(
      () -> new Jackson2Line().read(Corpus.resource("/bad-documents-base.json")));

  /** A value of each public model type, with the type it is read as. */
  static List<Arguments> values() {
    Party company = BASE.parties().get(1);
    FundedProgramme programme = BASE.programmes().get(0);
    RelatedAgreement related = BASE.relatedAgreements().get(0);
    return List.of(
        Arguments.of(Agreement.class, BASE),
        Arguments.of(Party.class, company),
        Arguments.of(Person.class, company.representative().orElseThrow()),
        Arguments.of(Signing.class, BASE.signing().orElseThrow()),
        Arguments.of(Signatory.class, BASE.signing().orElseThrow().signatories().get(0)),
        Arguments.of(Commitment.class, BASE.commitments().get(0)),
        Arguments.of(FundedProgramme.class, programme),
        Arguments.of(FiscalYears.class, programme.period()),
        Arguments.of(FundingShare.class, programme.fundingShares().get(0)),
        Arguments.of(AnnualBudget.class, programme.annualBudgets().get(0)),
        Arguments.of(RelatedAgreement.class, related),
        Arguments.of(SourceDocument.class, BASE.sources().get(0)),
        Arguments.of(DateRange.class, BASE.effectivePeriod().orElseThrow()),
        Arguments.of(MoneyAmount.class, programme.totalBudget()),
        Arguments.of(AgreementId.class, BASE.id()),
        Arguments.of(PartyId.class, company.id()),
        Arguments.of(CommitmentId.class, BASE.commitments().get(0).id()),
        Arguments.of(ProgrammeId.class, programme.id()),
        Arguments.of(BusinessRegistrationNumber.class,
            company.businessRegistrationNumber().orElseThrow()),
        Arguments.of(CorporateRegistrationNumber.class,
            company.corporateRegistrationNumber().orElseThrow()),
        Arguments.of(PartialDate.class, related.date().orElseThrow()));
  }

  static Stream<Arguments> linesAndValues() {
    return JsonLine.both().stream().flatMap(line -> values().stream()
        .map(value -> Arguments.of(line, value.get()[0], value.get()[1])));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("linesAndValues")
  <T> void eachTypeIsWrittenAndReadOnItsOwn(JsonLine line, Class<T> type, T value) {
    byte[] written = line.write(value, false, false);

    assertThat(call(() -> line.readValue(written, type))).as("%s read back", type.getSimpleName())
        .isEqualTo(value);
    assertThat(line.writeString(value)).as("writeValueAsString").isEqualTo(new String(written, UTF_8));
    assertThat(new String(written, UTF_8)).as("%s written", type.getSimpleName())
        .doesNotContain("{}").isNotEqualTo("null");
  }

  @Test
  void idsRegistrationNumbersAndPartialDatesAreStrings() {
    Party company = BASE.parties().get(1);
    for (JsonLine line : JsonLine.both()) {
      assertThat(line.writeString(company.id())).isEqualTo("\"" + company.id().value() + "\"");
      assertThat(line.writeString(company.businessRegistrationNumber().orElseThrow()))
          .matches("\"\\d{3}-\\d{2}-\\d{5}\"");
      assertThat(line.writeString(company.corporateRegistrationNumber().orElseThrow()))
          .matches("\"\\d{6}-\\d{7}\"");
      assertThat(line.writeString(PartialDate.parse("2021-09"))).isEqualTo("\"2021-09\"");
      assertThat(line.writeString(MoneyAmount.ofWon(20_000_000_000L)))
          .isEqualTo("{\"amount\":20000000000,\"currency\":\"KRW\"}");
    }
  }

  /** A user's own type, as a service would declare it. */
  record Delivery(PartyId party, List<Commitment> commitments, MoneyAmount budget) {}

  @Test
  void aUsersOwnTypeHoldingModelTypesIsWrittenAndReadByBothModulesAlike() {
    Delivery delivery = new Delivery(BASE.parties().get(0).id(), BASE.commitments(),
        BASE.programmes().get(0).totalBudget());
    byte[] first = null;
    for (JsonLine line : JsonLine.both()) {
      byte[] written = line.write(delivery, false, false);
      assertThat(call(() -> line.readValue(written, Delivery.class))).as("read by %s", line)
          .isEqualTo(delivery);
      if (first != null) {
        assertSameBytes(written, first, "written by " + line);
      }
      first = written;
    }
    assertThat(new String(first, UTF_8)).startsWith("{\"party\":\"" + delivery.party().value() + "\",");
  }

  @Test
  void anErrorInsideAUsersOwnTypeNamesTheWholePath() {
    byte[] document = ("{\"party\":\"busan\",\"commitments\":[{\"id\":\"c1\",\"summary\":\"s\","
        + "\"category\":\"FUNDING\",\"obligation\":\"MAYBE\"}],\"budget\":null}").getBytes(UTF_8);
    for (JsonLine line : JsonLine.both()) {
      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
          () -> line.readValue(document, Delivery.class));
      JsonLine.Failure failure = line.failure(thrown);
      assertThat(failure).as("%s: %s", line, thrown).isNotNull();
      assertThat(failure.references()).as(line.toString()).isEqualTo("commitments[0].obligation");
      assertThat(failure.originalMessage()).as(line.toString())
          .startsWith("commitments[0].obligation: unknown ObligationLevel \"MAYBE\"");
    }
  }
}
