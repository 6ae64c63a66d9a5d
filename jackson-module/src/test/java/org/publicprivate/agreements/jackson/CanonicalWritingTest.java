package org.publicprivate.agreements.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.MoneyAmount;

class CanonicalWritingTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new AgreementModule());

  @Test
  void writesTheMinimalDocumentExactly() throws Exception {
    assertThat(mapper.writeValueAsString(Documents.minimal()))
        .isEqualTo("{\"formatVersion\":1,\"id\":\"a\",\"title\":\"협약\",\"kind\":\"MOU\","
            + "\"status\":\"DRAFT\"}");
  }

  @Test
  void writesFormatVersionFirstAndAttributesInTheModelsOrder() throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> root = new ObjectMapper().readValue(
        mapper.writeValueAsString(Documents.full()), Map.class);
    assertThat(root.keySet()).containsExactly("formatVersion", "id", "title", "englishTitle",
        "kind", "status", "purpose", "signing", "effectivePeriod", "parties", "commitments",
        "programmes", "relatedAgreements", "sources", "keywords");
    @SuppressWarnings("unchecked")
    Map<String, Object> party = ((List<Map<String, Object>>) root.get("parties")).get(1);
    assertThat(party.keySet()).containsExactly("id", "name", "englishName", "aliases", "kind",
        "businessRegistrationNumber", "corporateRegistrationNumber", "representative",
        "parentOrganisation", "website");
    @SuppressWarnings("unchecked")
    Map<String, Object> commitment = ((List<Map<String, Object>>) root.get("commitments")).get(0);
    assertThat(commitment.keySet()).containsExactly("id", "parties", "summary", "englishSummary",
        "category", "obligation", "status", "beneficiaries", "pledgedAmount", "due", "programme");
    @SuppressWarnings("unchecked")
    Map<String, Object> programme = ((List<Map<String, Object>>) root.get("programmes")).get(0);
    assertThat(programme.keySet()).containsExactly("id", "name", "englishName", "description",
        "funder", "leadParty", "period", "totalBudget", "fundingShares", "annualBudgets", "status");
  }

  @Test
  void writesValuesInTheirCanonicalForms() throws Exception {
    String json = mapper.writeValueAsString(Documents.full());
    assertThat(json)
        .contains("\"signing\":{\"date\":\"2024-03-04\",\"time\":\"14:30\",\"venue\":\"가나시청 대회의실\"")
        .contains("\"effectivePeriod\":{\"start\":\"2024-03-04\",\"end\":\"2027-12-31\"}")
        .contains("\"pledgedAmount\":{\"amount\":50000000000,\"currency\":\"KRW\"}")
        .contains("\"period\":{\"first\":2024,\"last\":2025}")
        .contains("\"annualBudgets\":[{\"year\":2024,\"amount\":{\"amount\":1200000000,\"currency\":\"KRW\"}}")
        .contains("\"businessRegistrationNumber\":\"124-81-00998\"")
        .contains("\"corporateRegistrationNumber\":\"130111-0006246\"")
        .contains("\"date\":\"2023-09\"")
        .contains("\"status\":\"PLEDGED\"");
  }

  @Test
  void leavesOutAbsentOptionalsAndEmptyLists() throws Exception {
    String json = mapper.writeValueAsString(Documents.minimal());
    assertThat(json).doesNotContain("parties", "null", "[]", "englishTitle", "signing");
  }

  @Test
  void writesTheSameBytesWhateverTheMappersBeanSettings() throws Exception {
    Agreement agreement = Documents.full();
    ObjectMapper sorting = JsonMapper.builder()
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .addModule(new AgreementModule())
        .build();
    assertThat(sorting.writeValueAsBytes(agreement)).isEqualTo(mapper.writeValueAsBytes(agreement));

    ObjectMapper indenting = new ObjectMapper().registerModule(new AgreementModule())
        .enable(SerializationFeature.INDENT_OUTPUT);
    String indented = indenting.writeValueAsString(agreement);
    assertThat(indented).startsWith("{\n  \"formatVersion\" : 1,\n  \"id\" : ");
    assertThat(mapper.writeValueAsString(mapper.readValue(indented, Agreement.class)))
        .isEqualTo(mapper.writeValueAsString(agreement));
  }

  @Test
  void equalValuesGiveIdenticalBytes() throws Exception {
    assertThat(mapper.writeValueAsBytes(Documents.full()))
        .isEqualTo(mapper.writeValueAsBytes(Agreement.builder().from(Documents.full()).build()));
  }

  @Test
  void amountsAsStringsWritesDigitStringsAndReadsBack() throws Exception {
    ObjectMapper strings = new ObjectMapper()
        .registerModule(AgreementModule.builder().amountsAsStrings(true).build());
    String json = strings.writeValueAsString(Documents.full());
    assertThat(json).contains("\"pledgedAmount\":{\"amount\":\"50000000000\",\"currency\":\"KRW\"}");
    assertThat(strings.readValue(json, Agreement.class)).isEqualTo(Documents.full());
    assertThat(mapper.readValue(json, Agreement.class)).isEqualTo(Documents.full());
    assertThat(strings.writeValueAsString(MoneyAmount.ofWon(Long.MAX_VALUE)))
        .isEqualTo("{\"amount\":\"9223372036854775807\",\"currency\":\"KRW\"}");
  }

  @Test
  void findAndRegisterModulesWritesTheSameBytesAsExplicitRegistration() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains(new AgreementModule().getTypeId());
    assertThat(found.writeValueAsBytes(Documents.full()))
        .isEqualTo(mapper.writeValueAsBytes(Documents.full()));
    assertThat(found.readValue(mapper.writeValueAsBytes(Documents.full()), Agreement.class))
        .isEqualTo(Documents.full());
  }

  @Test
  void partsAndMoneyCanBeWrittenAndReadOnTheirOwn() throws Exception {
    Agreement agreement = Documents.full();
    String party = mapper.writeValueAsString(agreement.parties().get(1));
    assertThat(party).startsWith("{\"id\":\"dara-industry\",\"name\":\"다라산업(주)\"");
    assertThat(mapper.readValue(party, org.publicprivate.agreements.Party.class))
        .isEqualTo(agreement.parties().get(1));
    String money = mapper.writeValueAsString(MoneyAmount.parse("200억 원"));
    assertThat(money).isEqualTo("{\"amount\":20000000000,\"currency\":\"KRW\"}");
    assertThat(mapper.readValue(money, MoneyAmount.class)).isEqualTo(MoneyAmount.parse("200억 원"));
  }

  @Test
  void agreementJsonWritesTheSameTextAsBytesAndAsAStringBeyondTheBasicPlane() throws Exception {
    Agreement withEmoji = Documents.minimal().withTitle("미래차 \uD83D\uDE97 협약 𠀀");
    ObjectMapper strict = AgreementJson.newMapper();
    byte[] bytes = strict.writeValueAsBytes(withEmoji);
    assertThat(bytes).isEqualTo(strict.writeValueAsString(withEmoji)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"title\":\"미래차 \uD83D\uDE97 협약 𠀀\"");
    assertThat(strict.readValue(bytes, Agreement.class)).isEqualTo(withEmoji);
  }

  @Test
  void writesTimesToTheMinuteOrToTheSecond() throws Exception {
    Agreement atNoon = Documents.minimal().withSigning(org.publicprivate.agreements.Signing.builder()
        .date(java.time.LocalDate.of(2023, 5, 22)).time(java.time.LocalTime.of(12, 0)).build());
    Agreement toTheSecond = atNoon.withSigning(atNoon.signing().get()
        .withTime(java.time.LocalTime.of(12, 0, 30)));
    assertThat(mapper.writeValueAsString(atNoon)).contains("\"time\":\"12:00\"");
    assertThat(mapper.writeValueAsString(toTheSecond)).contains("\"time\":\"12:00:30\"");
    assertThat(mapper.readValue(mapper.writeValueAsString(toTheSecond), Agreement.class))
        .isEqualTo(toTheSecond);
  }

  @Test
  void reportsTheVersionOfTheBuild() {
    assertThat(new AgreementModule().version().getGroupId()).isEqualTo("org.publicprivate.agreements");
    assertThat(new AgreementModule().version().getArtifactId()).isEqualTo("agreements-jackson");
    assertThat(new AgreementModule().version().isUnknownVersion()).isFalse();
  }
}
