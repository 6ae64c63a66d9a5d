package org.publicprivate.agreements.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementRelation;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.AgreementStatusChange;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.BusinessRegistrationNumber;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.CommitmentStatusChange;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.ConditionStatus;
import org.publicprivate.agreements.CorporateRegistrationNumber;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.ExtensionValue;
import org.publicprivate.agreements.Extensions;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.ForeignAmount;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.FundingSource;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MilestoneStatus;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.ProgrammeStatusChange;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.RegionCode;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Sector;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.SourceKind;
import org.publicprivate.agreements.StatusChange;
import org.publicprivate.agreements.attributes.AgreementAttribute;
import org.publicprivate.agreements.attributes.AmendmentAttribute;
import org.publicprivate.agreements.attributes.AnnualBudgetAttribute;
import org.publicprivate.agreements.attributes.Attribute;
import org.publicprivate.agreements.attributes.Attributes;
import org.publicprivate.agreements.attributes.CommitmentAttribute;
import org.publicprivate.agreements.attributes.ConditionAttribute;
import org.publicprivate.agreements.attributes.DateRangeAttribute;
import org.publicprivate.agreements.attributes.FiscalYearsAttribute;
import org.publicprivate.agreements.attributes.ForeignAmountAttribute;
import org.publicprivate.agreements.attributes.FundedProgrammeAttribute;
import org.publicprivate.agreements.attributes.FundingShareAttribute;
import org.publicprivate.agreements.attributes.IdentifierAttribute;
import org.publicprivate.agreements.attributes.LocationAttribute;
import org.publicprivate.agreements.attributes.MilestoneAttribute;
import org.publicprivate.agreements.attributes.PartyAttribute;
import org.publicprivate.agreements.attributes.PersonAttribute;
import org.publicprivate.agreements.attributes.ProgressReportAttribute;
import org.publicprivate.agreements.attributes.QuantityAttribute;
import org.publicprivate.agreements.attributes.RelatedAgreementAttribute;
import org.publicprivate.agreements.attributes.SignatoryAttribute;
import org.publicprivate.agreements.attributes.SigningAttribute;
import org.publicprivate.agreements.attributes.SourceDocumentAttribute;
import org.publicprivate.agreements.attributes.StatusChangeAttribute;

/**
 * The JSON Schema shipped in the jar: it is a valid draft 2020-12 schema, it matches the format
 * classes property for property, every document the writer produces validates against it, and
 * structurally broken documents do not.
 *
 * <p>The validator runs offline: meta-schemas come from the validator's jar, the agreement schema
 * from this module's resource, and fetching remote resources is switched off.
 */
class SchemaTest {
  private static final String ID = "https://publicprivate.org/agreements/agreement.schema.json";
  private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

  private static final SchemaRegistry REGISTRY = registry(Map.of(ID, AgreementSchema.text()));
  private static final Schema SCHEMA = REGISTRY.getSchema(SchemaLocation.of(ID));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper WRITER = new ObjectMapper().registerModule(new AgreementModule());
  private static final ObjectMapper STRING_WRITER = new ObjectMapper()
      .registerModule(AgreementModule.builder().amountsAsStrings(true).build());

  static SchemaRegistry registry(Map<String, String> schemas) {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .formatAssertionsEnabled(true)
        .build();
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(config)
        .schemaLoader(loader -> loader.fetchRemoteResources(false))
        .schemas(schemas));
  }

  // ---- the schema itself ----

  @Test
  void theAccessorsReadTheResource() throws IOException {
    byte[] bytes;
    try (InputStream in = AgreementSchema.openStream()) {
      bytes = in.readAllBytes();
    }
    assertThat(AgreementSchema.text()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    assertThat(AgreementSchema.text()).startsWith("{").contains("\"$defs\"");
    Module module = AgreementSchema.class.getModule();
    if (module.isNamed()) {
      try (InputStream in = module.getResourceAsStream(AgreementSchema.RESOURCE)) {
        assertThat(in).as(AgreementSchema.RESOURCE).isNotNull();
        assertThat(in.readAllBytes()).isEqualTo(bytes);
      }
    }
  }

  @Test
  void theResourceNameFindsTheSchemaOnTheClassPath() throws IOException, URISyntaxException {
    // The tests run on the module path, where a resource in a package of a named module is
    // encapsulated from ClassLoader.getResource; a class-path loader sees the jar's content as an
    // application without modules does.
    URL classes = AgreementSchema.class.getProtectionDomain().getCodeSource().getLocation();
    assertThat(Path.of(classes.toURI())).exists();
    try (URLClassLoader classPath = new URLClassLoader(new URL[] {classes}, null);
        InputStream in = classPath.getResourceAsStream(AgreementSchema.RESOURCE)) {
      assertThat(in).as(AgreementSchema.RESOURCE).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(AgreementSchema.text());
    }
  }

  @Test
  void isAValidDraft202012SchemaAccordingToTheMetaSchema() {
    Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA));
    assertThat(metaSchema.validate(AgreementSchema.text(), InputFormat.JSON)).isEmpty();
    // the meta-schema does reject a broken schema, so the check above means something
    assertThat(metaSchema.validate("{\"type\": \"objekt\", \"required\": \"id\"}", InputFormat.JSON))
        .isNotEmpty();
  }

  @Test
  void declaresItsDialectAndIdentifier() throws IOException {
    JsonNode schema = JSON.readTree(AgreementSchema.text());
    assertThat(schema.path("$schema").asText()).isEqualTo(META_SCHEMA);
    assertThat(schema.path("$id").asText()).isEqualTo(ID);
    assertThat(schema.path("title").asText()).isNotBlank();
    assertThat(schema.path("description").asText()).isNotBlank();
    assertThat(schema.path("$ref").asText()).isEqualTo("#/$defs/Agreement");
  }

  @Test
  void loadsFromItsTextAloneWithoutFetchingItsId() {
    Schema fromText = registry(Map.of()).getSchema(AgreementSchema.text(), InputFormat.JSON);
    assertThat(fromText.validate(write(WRITER, minimalAgreement()), InputFormat.JSON)).isEmpty();
    assertThat(fromText.validate("{\"id\": \"a\"}", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void theValidatorIsOfflineAndRefusesToFetchRemoteSchemas() {
    // Without fetchRemoteResources the registry has no loader that goes on the network: only the
    // schemas given to it and the meta-schemas in the validator's jar.
    SchemaRegistry offline = registry(Map.of());
    assertThatThrownBy(() -> offline
        .getSchema("{\"$ref\": \"https://publicprivate.org/agreements/elsewhere.schema.json\"}",
            InputFormat.JSON)
        .validate("{}", InputFormat.JSON))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining("elsewhere.schema.json");
  }

  @Test
  void everyObjectDefinitionHasTheDeclaredAttributesInCanonicalOrder() throws IOException {
    JsonNode defs = JSON.readTree(AgreementSchema.text()).path("$defs");
    for (Class<? extends Attribute> declarations : Attributes.types()) {
      List<Attribute> attributes = Attributes.of(declarations);
      String name = attributes.get(0).ownerName();
      JsonNode def = defs.path(name);
      assertThat(def.path("type").asText()).as(name).isEqualTo("object");
      assertThat(def.path("additionalProperties").isBoolean()
          && !def.path("additionalProperties").booleanValue()).as(name + " is closed").isTrue();
      assertThat(names(def.path("properties"))).as(name).containsExactlyElementsOf(names(declarations));
      assertThat(texts(def.path("required"))).as(name + " required")
          .containsExactlyElementsOf(requiredNames(declarations));
    }
    assertThat(Attributes.types()).hasSize(23);
  }

  /**
   * The schema's pattern of extension names and its range of whole numbers take what the model
   * takes ({@link Extensions#isName}, {@link ExtensionValue#MAX_WHOLE_NUMBER}) and nothing else.
   */
  @ParameterizedTest
  @ValueSource(strings = {"busan:investmentDeskId", "a:b", "x-1:Flag_x-1", "city-hall:v2.note",
      "abcdefghijklmnopqrstuvwxyz012345:n", "deskId", "Busan:deskId", "busan:", ":deskId",
      "busan:desk:id", "busan:1desk", "1busan:desk", "busan_city:desk", "부산:deskId",
      "busan:desk id", "", "abcdefghijklmnopqrstuvwxyz0123456:n"})
  void extensionNamesAndNumbersMatchTheModel(String name) throws IOException {
    JsonNode extensions = JSON.readTree(AgreementSchema.text()).path("$defs").path("Extensions");
    String pattern = extensions.path("propertyNames").path("pattern").asText();
    assertThat(java.util.regex.Pattern.compile(pattern).matcher(name).find()).as(name)
        .isEqualTo(Extensions.isName(name));

    JsonNode number = JSON.readTree(AgreementSchema.text()).path("$defs").path("ExtensionValue")
        .path("anyOf").path(1);
    assertThat(number.path("type").asText()).isEqualTo("integer");
    assertThat(number.path("maximum").longValue()).isEqualTo(ExtensionValue.MAX_WHOLE_NUMBER);
    assertThat(number.path("minimum").longValue()).isEqualTo(-ExtensionValue.MAX_WHOLE_NUMBER);
  }

  @Test
  void everyEnumerationListsEveryConstantOfTheModel() throws IOException {
    JsonNode defs = JSON.readTree(AgreementSchema.text()).path("$defs");
    List<Class<? extends Enum<?>>> enums = List.of(Sector.class, PartyKind.class,
        AgreementKind.class, AgreementStatus.class, CommitmentCategory.class, ObligationLevel.class,
        CommitmentStatus.class, ProgrammeStatus.class, FundingSource.class,
        AgreementRelation.class, Qualifier.class, QuantityUnit.class, ConditionKind.class,
        ConditionStatus.class, MilestoneStatus.class, SourceKind.class);
    for (Class<? extends Enum<?>> type : enums) {
      List<String> constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
      JsonNode def = defs.path(type.getSimpleName());
      assertThat(def.path("type").asText()).as(type.getSimpleName()).isEqualTo("string");
      assertThat(texts(def.path("enum"))).as(type.getSimpleName())
          .containsExactlyElementsOf(constants);
    }
  }

  @Test
  void setsNoLengthLimitOnText() {
    // Text limits are validation rules (text.tooLong), not format rules.
    assertThat(AgreementSchema.text()).doesNotContain("maxLength").doesNotContain("minLength");
  }

  // ---- what the writer produces validates ----

  @Test
  void theFullFoundingAgreementAsWrittenValidates() throws IOException {
    String json = write(WRITER, fullAgreement());
    assertThat(errors(json)).isEmpty();
    assertThat(json).contains("\"amount\":20000000000");
  }

  @Test
  void theFullFoundingAgreementAsWrittenWithAmountsAsStringsValidates() throws IOException {
    String json = write(STRING_WRITER, fullAgreement());
    assertThat(errors(json)).isEmpty();
    assertThat(json).contains("\"amount\":\"20000000000\"").doesNotContain("\"amount\":2");
  }

  @Test
  void theFullAgreementSetsEveryPropertyOfEveryObject() throws IOException {
    JsonNode root = JSON.readTree(write(WRITER, fullAgreement()));
    assertThat(names(root)).containsExactlyElementsOf(names(AgreementAttribute.class));
    assertThat(names(root.path("signing"))).containsExactlyElementsOf(names(SigningAttribute.class));
    assertThat(names(root.path("signing").path("signatories").path(0)))
        .containsExactlyElementsOf(names(SignatoryAttribute.class));
    assertThat(names(root.path("effectivePeriod")))
        .containsExactlyElementsOf(names(DateRangeAttribute.class));
    assertThat(names(root.path("parties").path(0))).containsExactlyElementsOf(names(PartyAttribute.class));
    assertThat(names(root.path("parties").path(0).path("representative")))
        .containsExactlyElementsOf(names(PersonAttribute.class));
    assertThat(names(root.path("commitments").path(0)))
        .containsExactlyElementsOf(names(CommitmentAttribute.class));
    assertThat(names(root.path("commitments").path(0).path("pledgedAmount")))
        .containsExactly("amount", "currency");
    assertThat(names(root.path("parties").path(0).path("identifiers").path(0)))
        .containsExactlyElementsOf(names(IdentifierAttribute.class));
    JsonNode commitment = root.path("commitments").path(0);
    assertThat(names(commitment.path("foreignAmount")))
        .containsExactlyElementsOf(names(ForeignAmountAttribute.class));
    assertThat(names(commitment.path("quantities").path(0)))
        .containsExactlyElementsOf(names(QuantityAttribute.class));
    assertThat(names(commitment.path("location")))
        .containsExactlyElementsOf(names(LocationAttribute.class));
    assertThat(names(commitment.path("conditions").path(0)))
        .containsExactlyElementsOf(names(ConditionAttribute.class));
    assertThat(root.path("formatVersion").intValue()).isEqualTo(2);
    JsonNode programme = root.path("programmes").path(0);
    assertThat(names(programme)).containsExactlyElementsOf(names(FundedProgrammeAttribute.class));
    assertThat(names(programme.path("period"))).containsExactlyElementsOf(names(FiscalYearsAttribute.class));
    assertThat(names(programme.path("fundingShares").path(0)))
        .containsExactlyElementsOf(names(FundingShareAttribute.class));
    assertThat(names(programme.path("annualBudgets").path(0)))
        .containsExactlyElementsOf(names(AnnualBudgetAttribute.class));
    assertThat(names(root.path("relatedAgreements").path(0)))
        .containsExactlyElementsOf(names(RelatedAgreementAttribute.class));
    assertThat(names(root.path("sources").path(0))).containsExactlyElementsOf(names(SourceDocumentAttribute.class));
    assertThat(names(commitment.path("milestones").path(0)))
        .containsExactlyElementsOf(names(MilestoneAttribute.class));
    assertThat(names(commitment.path("progress").path(0)))
        .containsExactlyElementsOf(names(ProgressReportAttribute.class));
    for (JsonNode owner : List.of(root, commitment, programme)) {
      assertThat(names(owner.path("statusHistory").path(0)))
          .containsExactlyElementsOf(names(StatusChangeAttribute.class));
    }
    assertThat(names(root.path("amendments").path(0)))
        .containsExactlyElementsOf(names(AmendmentAttribute.class));
  }

  @Test
  void aMinimalAgreementAsWrittenValidates() throws IOException {
    for (ObjectMapper writer : List.of(WRITER, STRING_WRITER)) {
      String json = write(writer, minimalAgreement());
      assertThat(errors(json)).as(json).isEmpty();
      assertThat(names(JSON.readTree(json)))
          .containsExactly("formatVersion", "id", "title", "kind", "status");
    }
  }

  @Test
  void agreementsUsingEveryEnumConstantValidateAsWritten() {
    int rounds = Stream.of(PartyKind.values(), AgreementKind.values(), AgreementStatus.values(),
            CommitmentCategory.values(), ObligationLevel.values(), CommitmentStatus.values(),
            ProgrammeStatus.values(), FundingSource.values(), AgreementRelation.values())
        .mapToInt(values -> values.length).max().orElseThrow();
    for (int i = 0; i < rounds; i++) {
      Agreement agreement = everyConstant(i);
      for (ObjectMapper writer : List.of(WRITER, STRING_WRITER)) {
        String json = write(writer, agreement);
        assertThat(errors(json)).as(json).isEmpty();
      }
    }
  }

  @Test
  void extremeValuesAsWrittenValidate() {
    String maxId = "a" + "Z9._:-".repeat(10) + "xyz";
    assertThat(maxId).hasSize(64);
    Agreement extreme = Agreement.builder().from(minimalAgreement())
        .id(AgreementId.of(maxId))
        .signing(Signing.builder()
            .date(LocalDate.of(1, 1, 1))
            .time(LocalTime.of(23, 59, 59))
            .build())
        .effectivePeriod(DateRange.of(LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31)))
        .addProgramme(FundedProgramme.builder()
            .id(ProgrammeId.of("0"))
            .name("")
            .period(FiscalYears.of(1, 9999))
            .totalBudget(MoneyAmount.ofWon(Long.MAX_VALUE))
            .addFundingShare(FundingShare.of(FundingSource.OTHER, MoneyAmount.ZERO))
            .addAnnualBudget(AnnualBudget.of(Year.of(9999), MoneyAmount.ofWon(Long.MAX_VALUE)))
            .status(ProgrammeStatus.PLANNED)
            .build())
        .addRelatedAgreement(RelatedAgreement.builder()
            .relation(AgreementRelation.AMENDS)
            .title("x")
            .date(PartialDate.of(1))
            .build())
        .addSource(SourceDocument.builder()
            .title("위키백과")
            .url(URI.create("https://ko.wikipedia.org/wiki/부산광역시?q=미래차#역사"))
            .build())
        .addSource(SourceDocument.builder().title("relative").url(URI.create("press/2023-05-22.html"))
            .build())
        .build();
    for (ObjectMapper writer : List.of(WRITER, STRING_WRITER)) {
      String json = write(writer, extreme);
      assertThat(errors(json)).as(json).isEmpty();
    }
    assertThat(write(WRITER, extreme)).contains("\"time\":\"23:59:59\"")
        .contains("\"amount\":" + Long.MAX_VALUE).contains("\"date\":\"0001\"");
    assertThat(write(STRING_WRITER, extreme)).contains("\"amount\":\"" + Long.MAX_VALUE + "\"");
  }

  // ---- documents the schema accepts that the writer does not produce ----

  static Stream<Arguments> acceptedVariants() {
    return Stream.of(
        variant("formatVersion absent", root -> root.remove("formatVersion")),
        variant("empty lists", root -> {
          for (String list : List.of("parties", "commitments", "programmes", "relatedAgreements",
              "sources", "keywords")) {
            root.putArray(list);
          }
        }),
        variant("empty nested lists", root -> {
          party(root).putArray("aliases");
          commitment(root).putArray("parties");
          commitment(root).putArray("beneficiaries");
          programme(root).putArray("fundingShares");
          programme(root).putArray("annualBudgets");
          object(root, "/relatedAgreements/0").putArray("counterparties");
          object(root, "/signing").putArray("signatories");
        }),
        variant("commitment status absent", root -> commitment(root).remove("status")),
        variant("effective period without an end", root -> object(root, "/effectivePeriod").remove("end")),
        variant("time with zero seconds", root -> object(root, "/signing").put("time", "11:00:00")),
        variant("time with seconds", root -> object(root, "/signing").put("time", "00:00:59")),
        variant("amount zero", root -> money(root).put("amount", 0)),
        variant("amount 2^53 + 1", root -> money(root).put("amount", 9_007_199_254_740_993L)),
        variant("amount largest integer", root -> money(root).put("amount", Long.MAX_VALUE)),
        variant("amount zero as a string", root -> money(root).put("amount", "0")),
        variant("amount largest as a string", root -> money(root).put("amount", "9223372036854775807")),
        variant("amount 19 digits below the largest as a string",
            root -> money(root).put("amount", "9223372036854775799")),
        variant("amount 18 nines as a string", root -> money(root).put("amount", "999999999999999999")),
        variant("partial date to the year", root -> related(root).put("date", "2021")),
        variant("partial date to the day", root -> related(root).put("date", "2021-09-15")),
        variant("partial date on a leap day", root -> related(root).put("date", "2024-02-29")),
        variant("year 1 to 9999", root -> object(root, "/programmes/0/period").put("first", 1)
            .put("last", 9999)),
        variant("date in year 0001", root -> object(root, "/signing").put("date", "0001-01-01")),
        variant("id with every allowed character", root -> root.put("id", "A-z_0.9:x")),
        variant("id of 64 characters", root -> root.put("id", "x".repeat(64))),
        variant("empty optional text", root -> root.put("englishTitle", "")),
        variant("blank required text", root -> root.put("title", " ")),
        variant("text over 300 characters", root -> root.put("title", "가".repeat(301))),
        variant("a relative website", root -> party(root).put("website", "busan.go.kr")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedVariants")
  void acceptsDocumentsTheStrictReaderAccepts(String name, Consumer<ObjectNode> change)
      throws IOException {
    String json = changed(change);
    assertThat(errors(json)).as(json).isEmpty();
    assertThatCode(() -> WRITER.readValue(json, Agreement.class)).as(json).doesNotThrowAnyException();
  }

  // ---- structurally broken documents are rejected ----

  /** Whether the strict Java reader rejects a document too, or is more lenient than the schema. */
  enum Reader { REJECTS, ACCEPTS }

  static Stream<Arguments> rejected() {
    return Stream.of(
        // unknown properties
        bad("unknown root property", root -> root.put("signedBy", "nobody")),
        bad("unknown party property", root -> party(root).put("sector", "PUBLIC")),
        bad("unknown person property", root -> object(root, "/parties/0/representative").put("age", 60)),
        bad("unknown signing property", root -> object(root, "/signing").put("place", "부산")),
        bad("unknown signatory property", root -> object(root, "/signing/signatories/0").put("x", 1)),
        bad("unknown commitment property", root -> commitment(root).put("amount", 1)),
        bad("unknown programme property", root -> programme(root).put("budget", 1)),
        bad("unknown fiscal years property", root -> object(root, "/programmes/0/period").put("n", 4)),
        bad("unknown funding share property", root -> object(root, "/programmes/0/fundingShares/0")
            .put("share", 0.5)),
        bad("unknown annual budget property", root -> object(root, "/programmes/0/annualBudgets/0")
            .put("quarter", 1)),
        bad("unknown related agreement property", root -> related(root).put("url", "x")),
        bad("unknown source property", root -> object(root, "/sources/0").put("reporter", "x")),
        bad("unknown date range property", root -> object(root, "/effectivePeriod").put("days", 1)),
        bad("unknown money property", root -> money(root).put("unit", "원")),
        // missing required properties
        bad("root without id", root -> root.remove("id")),
        bad("root without title", root -> root.remove("title")),
        bad("root without kind", root -> root.remove("kind")),
        bad("root without status", root -> root.remove("status")),
        bad("party without id", root -> party(root).remove("id")),
        bad("party without name", root -> party(root).remove("name")),
        bad("party without kind", root -> party(root).remove("kind")),
        bad("person without name", root -> object(root, "/parties/0/representative").remove("name")),
        bad("signing without date", root -> object(root, "/signing").remove("date")),
        bad("signatory without party", root -> object(root, "/signing/signatories/0").remove("party")),
        bad("signatory without name", root -> object(root, "/signing/signatories/0").remove("name")),
        bad("commitment without id", root -> commitment(root).remove("id")),
        bad("commitment without summary", root -> commitment(root).remove("summary")),
        bad("commitment without category", root -> commitment(root).remove("category")),
        bad("commitment without obligation", root -> commitment(root).remove("obligation")),
        bad("programme without period", root -> programme(root).remove("period")),
        bad("programme without total budget", root -> programme(root).remove("totalBudget")),
        bad("programme without status", root -> programme(root).remove("status")),
        bad("fiscal years without last", root -> object(root, "/programmes/0/period").remove("last")),
        bad("funding share without source", root -> object(root, "/programmes/0/fundingShares/0")
            .remove("source")),
        bad("annual budget without year", root -> object(root, "/programmes/0/annualBudgets/0")
            .remove("year")),
        bad("related agreement without relation", root -> related(root).remove("relation")),
        bad("source without title", root -> object(root, "/sources/0").remove("title")),
        bad("date range without start", root -> object(root, "/effectivePeriod").remove("start")),
        bad("money without currency", root -> money(root).remove("currency")),
        bad("money without amount", root -> money(root).remove("amount")),
        // wrong types
        bad("a document that is an array", root -> { }, "[]"),
        bad("title as a number", root -> root.put("title", 42)),
        bad("parties as an object", root -> root.putObject("parties")),
        bad("a party as a string", root -> ((ArrayNode) root.get("parties")).set(0, "busan")),
        bad("a keyword as a number", root -> ((ArrayNode) root.get("keywords")).add(2023)),
        bad("aliases as a string", root -> party(root).put("aliases", "부산시")),
        bad("formatVersion as a string", root -> root.put("formatVersion", "1")),
        bad("year as a string", root -> object(root, "/programmes/0/period").put("first", "2024")),
        bad("year as a fraction", root -> object(root, "/programmes/0/period").put("first", 2024.5)),
        bad("amount as a boolean", root -> money(root).put("amount", true)),
        bad("amount as an object", root -> money(root).putObject("amount").put("won", 1)),
        bad("money as a number", root -> commitment(root).put("pledgedAmount", 20_000_000_000L)),
        bad("money as a Korean string", root -> commitment(root).put("pledgedAmount", "200억 원")),
        bad("a commitment party as an object", root -> ((ArrayNode) commitment(root).get("parties"))
            .addObject().put("id", "busan")),
        bad("signing as a date", root -> root.put("signing", "2023-05-22")),
        // amounts
        bad("negative amount", root -> money(root).put("amount", -1)),
        bad("negative amount as a string", root -> money(root).put("amount", "-1")),
        bad("fractional amount", root -> money(root).put("amount", 1.5)),
        bad("fractional amount as a string", root -> money(root).put("amount", "1.5")),
        bad("amount in an exponent as a string", root -> money(root).put("amount", "2e10")),
        bad("amount with commas", root -> money(root).put("amount", "20,000,000,000")),
        bad("amount with spaces", root -> money(root).put("amount", " 1")),
        bad("amount with a plus sign", root -> money(root).put("amount", "+1")),
        bad("amount with a leading zero", root -> money(root).put("amount", "01")),
        bad("amount as an empty string", root -> money(root).put("amount", "")),
        bad("amount above the largest", root -> money(root)
            .put("amount", BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE))),
        bad("amount above the largest as a string",
            root -> money(root).put("amount", "9223372036854775808")),
        bad("amount of 19 nines as a string", root -> money(root).put("amount", "9999999999999999999")),
        bad("amount of 20 digits as a string", root -> money(root).put("amount", "10000000000000000000")),
        bad("currency USD", root -> money(root).put("currency", "USD")),
        bad("currency in lower case", root -> money(root).put("currency", "krw")),
        bad("currency as a symbol", root -> money(root).put("currency", "₩")),
        // enumerations
        bad("agreement kind in lower case", root -> root.put("kind", "mou")),
        bad("unknown agreement status", root -> root.put("status", "ACTIVE")),
        bad("unknown party kind", root -> party(root).put("kind", "GOVERNMENT")),
        bad("a sector as a party kind", root -> party(root).put("kind", "PUBLIC")),
        bad("unknown commitment category", root -> commitment(root).put("category", "MONEY")),
        bad("unknown obligation level", root -> commitment(root).put("obligation", "SHALL")),
        bad("unknown commitment status", root -> commitment(root).put("status", "DONE")),
        bad("unknown programme status", root -> programme(root).put("status", "APPROVED")),
        bad("unknown funding source", root -> object(root, "/programmes/0/fundingShares/0")
            .put("source", "CITY")),
        bad("unknown relation", root -> related(root).put("relation", "FOLLOWS")),
        bad("an enum constant as its ordinal", root -> root.put("kind", 0)),
        // dates, times, years
        bad("date without zero padding", root -> object(root, "/signing").put("date", "2023-5-22")),
        bad("date with slashes", root -> object(root, "/signing").put("date", "2023/05/22")),
        bad("date of two-digit year", root -> object(root, "/signing").put("date", "23-05-22")),
        bad("date with a time", root -> object(root, "/signing").put("date", "2023-05-22T11:00")),
        bad("date that does not exist", root -> object(root, "/effectivePeriod").put("end", "2023-02-30")),
        bad("date on 29 February of a common year", root -> commitment(root).put("due", "2023-02-29")),
        bad("date in month 13", root -> object(root, "/sources/0").put("publishedOn", "2023-13-01")),
        bad("date of five-digit year", root -> object(root, "/signing").put("date", "12023-05-22")),
        bad("time with AM", root -> object(root, "/signing").put("time", "11:00 AM")),
        bad("time 24:00", root -> object(root, "/signing").put("time", "24:00")),
        bad("time of one digit hour", root -> object(root, "/signing").put("time", "9:00")),
        bad("time with a zone", root -> object(root, "/signing").put("time", "11:00+09:00")),
        bad("time with fractions of a second", root -> object(root, "/signing").put("time", "11:00:00.5")),
        bad("year 0", root -> object(root, "/programmes/0/annualBudgets/0").put("year", 0)),
        bad("year 10000", root -> object(root, "/programmes/0/period").put("last", 10000)),
        bad("partial date of two-digit year", root -> related(root).put("date", "21-09")),
        bad("partial date in month 13", root -> related(root).put("date", "2021-13")),
        bad("partial date without zero padding", root -> related(root).put("date", "2021-9")),
        bad("partial date in year 0", root -> related(root).put("date", "0000")),
        bad("partial date that does not exist", root -> related(root).put("date", "2021-09-31")),
        bad("partial date as a number", root -> related(root).put("date", 2021)),
        // identifiers and registration numbers
        bad("id starting with a hyphen", root -> root.put("id", "-busan")),
        bad("empty id", root -> root.put("id", "")),
        bad("id of 65 characters", root -> root.put("id", "x".repeat(65))),
        bad("id with a space", root -> party(root).put("id", "busan city")),
        bad("id in Hangul", root -> commitment(root).put("id", "부산")),
        bad("id with a slash", root -> programme(root).put("id", "a/b")),
        bad("id with a trailing newline", root -> root.put("id", "busan\n")),
        bad("commitment party id with a space", root -> ((ArrayNode) commitment(root).get("parties"))
            .set(0, "renault korea")),
        bad("business number with a wrong grouping",
            root -> party(root).put("businessRegistrationNumber", "1248-1-00998")),
        bad("business number with nine digits",
            root -> party(root).put("businessRegistrationNumber", "124-81-0099")),
        bad("corporate number with a wrong grouping",
            root -> party(root).put("corporateRegistrationNumber", "1301-110006246")),
        // the version
        bad("formatVersion 3", root -> root.put("formatVersion", 3)),
        bad("formatVersion 0", root -> root.put("formatVersion", 0)),
        // version 2 values
        bad("negative quantity", root -> quantity(root).put("value", -1)),
        bad("quantity above 2^53-1", root -> quantity(root).put("value", 9007199254740992L)),
        bad("unknown quantity unit", root -> quantity(root).put("unit", "HECTARES")),
        bad("quantity of OTHER without a label", root -> quantity(root).put("unit", "OTHER")
            .remove("label")),
        bad("foreign amount in won", root -> object(root, "/commitments/0/foreignAmount")
            .put("currency", "KRW")),
        bad("foreign amount with a lower-case currency",
            root -> object(root, "/commitments/0/foreignAmount").put("currency", "usd")),
        bad("negative foreign amount", root -> object(root, "/commitments/0/foreignAmount")
            .put("amount", "-5")),
        bad("foreign amount with an exponent", root -> object(root, "/commitments/0/foreignAmount")
            .put("amount", "1e8")),
        bad("region code of three digits", root -> object(root, "/commitments/0/location")
            .put("regionCode", "264")),
        bad("language tag with an underscore",
            root -> ((ArrayNode) root.get("languages")).set(0, "en_US")),
        bad("unknown condition kind", root -> object(root, "/commitments/0/conditions/0")
            .put("kind", "ELECTION")),
        bad("identifier scheme in lower case", root -> object(root, "/parties/0/identifiers/0")
            .put("scheme", "xi-lei")),
        bad("dependsOn id with a space", root -> ((ArrayNode) commitment(root).get("dependsOn"))
            .set(0, "busan admin")),
        // a URI java.net.URI does not read
        bad("website with a space", root -> party(root).put("website", "https://busan go.kr")),
        // nulls: the Java reader takes null for a required property as an error
        bad("null title", root -> root.putNull("title")),
        bad("null amount", root -> money(root).putNull("amount")),
        bad("null element of a list", root -> ((ArrayNode) root.get("keywords")).addNull()),
        // canonical form only: the Java reader is more lenient about these, writers never emit them
        lenient("null for an optional text", root -> root.putNull("englishTitle")),
        lenient("null for an optional object", root -> root.putNull("signing")),
        lenient("null for a list", root -> root.putNull("parties")),
        lenient("null for commitment status", root -> commitment(root).putNull("status")),
        lenient("null for formatVersion", root -> root.putNull("formatVersion")),
        lenient("business number without hyphens",
            root -> party(root).put("businessRegistrationNumber", "1248100998")),
        lenient("corporate number without the hyphen",
            root -> party(root).put("corporateRegistrationNumber", "1301110006246")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void rejectsStructurallyBrokenDocuments(String name, Consumer<ObjectNode> change, String literal,
      Reader reader) throws IOException {
    String json = literal != null ? literal : changed(change);
    assertThat(errors(json)).as(json).isNotEmpty();
    if (reader == Reader.REJECTS) {
      assertThatThrownBy(() -> WRITER.readValue(json, Agreement.class)).as(json)
          .isInstanceOf(JsonProcessingException.class);
    } else {
      assertThatCode(() -> WRITER.readValue(json, Agreement.class)).as(json)
          .doesNotThrowAnyException();
    }
  }

  // ---- hard invariants a schema cannot express: the schema accepts, the Java reader refuses ----

  static Stream<Arguments> beyondTheSchema() {
    return Stream.of(
        variant("business number with a wrong check digit",
            root -> party(root).put("businessRegistrationNumber", "124-81-00999")),
        variant("corporate number with a wrong check digit",
            root -> party(root).put("corporateRegistrationNumber", "130111-0006247")),
        variant("effective period ending before it starts",
            root -> object(root, "/effectivePeriod").put("end", "2023-05-21")),
        variant("fiscal years whose last precedes the first",
            root -> object(root, "/programmes/0/period").put("first", 2027).put("last", 2024)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("beyondTheSchema")
  void leavesHardInvariantsBeyondItsReachToTheReader(String name, Consumer<ObjectNode> change) {
    String json = changed(change);
    assertThat(errors(json)).as(json).isEmpty();
    assertThatThrownBy(() -> WRITER.readValue(json, Agreement.class)).as(json)
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void leavesDuplicatePropertiesToTheReader() {
    String json = write(WRITER, minimalAgreement()).replace("\"title\":", "\"title\":\"again\",\"title\":");
    assertThat(errors(json)).as(json).isEmpty();
    assertThatThrownBy(() -> WRITER.readValue(json, Agreement.class))
        .isInstanceOf(JsonProcessingException.class).hasMessageContaining("twice");
  }

  @Test
  void leavesIntegersWrittenWithAFractionToTheReader() {
    // JSON Schema's data model has numbers, not their spelling: 5.0 is an integer and equals 5.
    // The Java reader takes integers only written as digits. 5.5 is refused by both.
    String amount = changed(root -> money(root).put("amount", 5.0));
    String year = changed(root -> object(root, "/programmes/0/period").put("first", 2024.0));
    String version = changed(root -> root.put("formatVersion", 1.0));
    for (String json : List.of(amount, year, version)) {
      assertThat(json).contains(".0");
      assertThat(errors(json)).as(json).isEmpty();
      assertThatThrownBy(() -> WRITER.readValue(json, Agreement.class)).as(json)
          .isInstanceOf(JsonProcessingException.class);
    }
  }

  @Test
  void rejectsEachErrorWhereItIs() {
    String json = changed(root -> party(root).put("kind", "GOVERNMENT"));
    assertThat(errors(json)).extracting(error -> error.getInstanceLocation().toString())
        .containsExactly("/parties/0/kind");
  }

  // ---- helpers ----

  private static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  private static String write(ObjectMapper writer, Agreement agreement) {
    try {
      return writer.writeValueAsString(agreement);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** The full agreement as written, changed. */
  private static String changed(Consumer<ObjectNode> change) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(write(WRITER, fullAgreement()));
      change.accept(root);
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static Arguments variant(String name, Consumer<ObjectNode> change) {
    return Arguments.of(name, change);
  }

  private static Arguments bad(String name, Consumer<ObjectNode> change) {
    return Arguments.of(name, change, null, Reader.REJECTS);
  }

  private static Arguments bad(String name, Consumer<ObjectNode> change, String literal) {
    return Arguments.of(name, change, literal, Reader.REJECTS);
  }

  private static Arguments lenient(String name, Consumer<ObjectNode> change) {
    return Arguments.of(name, change, null, Reader.ACCEPTS);
  }

  private static ObjectNode object(ObjectNode root, String pointer) {
    JsonNode node = root.at(pointer);
    if (!node.isObject()) {
      throw new AssertionError("no object at " + pointer);
    }
    return (ObjectNode) node;
  }

  private static ObjectNode party(ObjectNode root) {
    return object(root, "/parties/0");
  }

  private static ObjectNode commitment(ObjectNode root) {
    return object(root, "/commitments/0");
  }

  private static ObjectNode programme(ObjectNode root) {
    return object(root, "/programmes/0");
  }

  private static ObjectNode related(ObjectNode root) {
    return object(root, "/relatedAgreements/0");
  }

  private static ObjectNode quantity(ObjectNode root) {
    return object(root, "/commitments/0/quantities/0");
  }

  private static ObjectNode money(ObjectNode root) {
    return object(root, "/commitments/0/pledgedAmount");
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static List<String> names(Class<? extends Attribute> declarations) {
    return Attributes.of(declarations).stream().map(Attribute::jsonName).toList();
  }

  private static List<String> requiredNames(Class<? extends Attribute> declarations) {
    return Attributes.of(declarations).stream().filter(Attribute::isRequired)
        .map(Attribute::jsonName).toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }

  // ---- agreements ----

  static final PartyId BUSAN = PartyId.of("busan");
  static final PartyId RENAULT_KOREA = PartyId.of("renault-korea");
  static final PartyId TECHNOPARK = PartyId.of("busan-technopark");
  static final ProgrammeId EXPORT_PROGRAMME = ProgrammeId.of("export-future-car-2024");

  /** An agreement with nothing but what is required. */
  static Agreement minimalAgreement() {
    return Agreement.builder()
        .id(AgreementId.of("minimal"))
        .title("업무협약")
        .kind(AgreementKind.MOU)
        .status(AgreementStatus.DRAFT)
        .build();
  }

  /**
   * The founding example (the Busan future-car MOU of 22 May 2023) with every optional attribute
   * of every type set; what the press did not report (registration numbers, effective period, the
   * programme's split) is made up for the test.
   */
  private static final SourceId ARTICLE = SourceId.of("article-2023-05-22");

  static Agreement fullAgreement() {
    return Agreement.builder()
        .id(AgreementId.of("busan-future-car-mou-2023-05-22"))
        .title("부산 미래차산업 생태계 구축에 관한 업무협약")
        .englishTitle("Memorandum of understanding on building Busan's future-car industry ecosystem")
        .addAlias("부산 미래차 협약")
        .kind(AgreementKind.MOU)
        .status(AgreementStatus.SIGNED)
        .purpose("르노코리아자동차의 '(가칭)부산에코클러스터센터' 설립과 연계하여 부산 미래차산업 생태계 조성에"
            + " 뜻을 모으고 상생 협력")
        .addLanguages(Locale.KOREAN, Locale.forLanguageTag("fr"))
        .prevailingLanguage(Locale.KOREAN)
        .signing(Signing.builder()
            .date(LocalDate.of(2023, 5, 22))
            .time(LocalTime.of(11, 0))
            .venue("부산유라시아플랫폼")
            .addSignatories(
                Signatory.builder().party(BUSAN).name("박형준").englishName("Park Heong-joon")
                    .title("부산광역시장").build(),
                Signatory.builder().party(RENAULT_KOREA).name("스테판 드블레즈")
                    .englishName("Stéphane Deblaise").title("대표이사").build(),
                Signatory.builder().party(TECHNOPARK).name("김형균").build())
            .build())
        .effectivePeriod(DateRange.of(LocalDate.of(2023, 5, 22), LocalDate.of(2025, 5, 21)))
        .addParties(
            Party.builder()
                .id(RENAULT_KOREA)
                .name("르노코리아자동차")
                .englishName("Renault Korea Motors")
                .addAlias("르노코리아")
                .kind(PartyKind.COMPANY)
                .businessRegistrationNumber(BusinessRegistrationNumber.parse("124-81-00998"))
                .corporateRegistrationNumber(CorporateRegistrationNumber.parse("130111-0006246"))
                .addIdentifier(Identifier.of("XI-LEI", "9884004KA53VQ5J3J815"))
                .representative(Person.builder().name("스테판 드블레즈").englishName("Stéphane Deblaise")
                    .title("대표이사").build())
                .parentOrganisation("르노그룹")
                .website(URI.create("https://www.renaultkoream.com/"))
                .putExtension("busan:investorCode", ExtensionValue.of("INV-0142"))
                .build(),
            Party.builder()
                .id(BUSAN)
                .name("부산광역시")
                .englishName("Busan Metropolitan City")
                .addAlias("부산시")
                .kind(PartyKind.LOCAL_GOVERNMENT)
                .representative(Person.of("박형준", "부산광역시장"))
                .website(URI.create("https://www.busan.go.kr"))
                .build(),
            Party.builder()
                .id(TECHNOPARK)
                .name("부산테크노파크")
                .kind(PartyKind.PUBLIC_INSTITUTION)
                .build())
        .addCommitments(
            Commitment.builder()
                .id(CommitmentId.of("renault-eco-cluster-center"))
                .addParty(RENAULT_KOREA)
                .summary("부산공장 내 연구개발 기능을 수행하는 '(가칭)부산에코클러스터센터' 설립")
                .englishSummary("Found the tentatively named Busan Eco Cluster Center")
                .category(CommitmentCategory.FACILITY)
                .obligation(ObligationLevel.BEST_EFFORTS)
                .status(CommitmentStatus.IN_PROGRESS)
                .addBeneficiary(BUSAN)
                .addBeneficiaryGroup("지역 청년")
                .pledgedAmount(MoneyAmount.parse("200억 원"))
                .amountQualifier(Qualifier.ABOUT)
                .foreignAmount(ForeignAmount.parse("1,500만 달러"))
                .addQuantity(Quantity.of(300, QuantityUnit.JOBS, Qualifier.AT_LEAST, "신규 고용"))
                .addQuantity(Quantity.parse("3만 3,000㎡", QuantityUnit.SQUARE_METRES))
                .location(Location.of("부산공장", RegionCode.of("26440")))
                .due(LocalDate.of(2024, 12, 31))
                .programme(EXPORT_PROGRAMME)
                .addCondition(Condition.builder().kind(ConditionKind.PROGRAMME_SELECTION)
                    .description("국비 공모 선정").programme(EXPORT_PROGRAMME).build())
                .addDependsOn(CommitmentId.of("busan-administrative-support"))
                .addMilestone(Milestone.builder().description("센터 착공").due(PartialDate.of(2024))
                    .status(MilestoneStatus.MET).metOn(PartialDate.of(2024, 3))
                    .addQuantity(Quantity.of(100, QuantityUnit.JOBS)).build())
                .addProgress(ProgressReport.builder().asOf(PartialDate.of(2024, 12))
                    .summary("1단계 고용").addAchieved(Quantity.of(120, QuantityUnit.JOBS))
                    .spent(MoneyAmount.parse("50억 원")).source(ARTICLE).build())
                .addStatusHistory(CommitmentStatusChange.builder()
                    .status(CommitmentStatus.IN_PROGRESS).date(PartialDate.of(2024, 3))
                    .note("착공").source(ARTICLE).build())
                .addSource(ARTICLE)
                .putExtension("busan:dashboard", ExtensionValue.object(Map.of(
                    "visible", ExtensionValue.of(true),
                    "tags", ExtensionValue.list(ExtensionValue.of("미래차"),
                        ExtensionValue.of(-ExtensionValue.MAX_WHOLE_NUMBER)),
                    "empty", ExtensionValue.list())))
                .build(),
            Commitment.builder()
                .id(CommitmentId.of("busan-administrative-support"))
                .addParty(BUSAN)
                .addParty(TECHNOPARK)
                .summary("미래차 산업 육성을 위한 인재 양성과 연구개발 확대를 위해 행정적으로 지원")
                .category(CommitmentCategory.ADMINISTRATIVE_SUPPORT)
                .obligation(ObligationLevel.BEST_EFFORTS)
                .build())
        .addProgramme(FundedProgramme.builder()
            .id(EXPORT_PROGRAMME)
            .name("수출주도 미래차산업 혁신성장 기술지원 기반 구축사업")
            .englishName("Export-led future-car industry innovation growth technical support"
                + " infrastructure project")
            .description("르노코리아자동차의 연구센터 설립과 연계하여 국비사업으로 추진 중")
            .funder("산업통상자원부")
            .leadParty(BUSAN)
            .period(FiscalYears.of(2024, 2027))
            .totalBudget(MoneyAmount.parse("200억 원"))
            .addFundingShare(FundingShare.builder()
                .source(FundingSource.LOCAL)
                .amount(MoneyAmount.parse("100억 원"))
                .contributor(BUSAN)
                .note("시비")
                .build())
            .addFundingShare(FundingShare.builder()
                .source(FundingSource.NATIONAL)
                .amount(MoneyAmount.parse("100억 원"))
                .note("국비")
                .build())
            .addAnnualBudget(AnnualBudget.of(Year.of(2024), MoneyAmount.parse("50억 원")))
            .addAnnualBudget(AnnualBudget.of(Year.of(2025), MoneyAmount.parse("50억 원")))
            .addAnnualBudget(AnnualBudget.of(Year.of(2026), MoneyAmount.parse("50억 원")))
            .addAnnualBudget(AnnualBudget.of(Year.of(2027), MoneyAmount.parse("50억 원")))
            .status(ProgrammeStatus.APPLIED)
            .addStatusHistory(ProgrammeStatusChange.builder()
                .status(ProgrammeStatus.APPLIED).date(PartialDate.of(2023, 6))
                .note("공모 신청").source(ARTICLE).build())
            .addSource(ARTICLE)
            .putExtension("busan:caseNumber", ExtensionValue.of(ExtensionValue.MAX_WHOLE_NUMBER))
            .build())
        .addAmendment(Amendment.builder().date(LocalDate.of(2024, 6, 30)).summary("기한 연장")
            .addChangedPath("commitments[0].due").source(ARTICLE).build())
        .addStatusHistory(AgreementStatusChange.builder().status(AgreementStatus.SIGNED)
            .date(PartialDate.of(2023, 5, 22)).note("서명").source(ARTICLE).build())
        .addRelatedAgreement(RelatedAgreement.builder()
            .relation(AgreementRelation.CONTINUES)
            .title("미래차 전략산업 생태계 구축 및 일자리 창출 공동노력 합의")
            .date(PartialDate.of(2021, 9))
            .agreementId(AgreementId.of("busan-renault-future-car-2021-09"))
            .addCounterparties("부산광역시", "르노그룹")
            .build())
        .addSource(SourceDocument.builder()
            .id(ARTICLE)
            .kind(SourceKind.NEWS_ARTICLE)
            .title("부산시, 르노코리아자동차 등과 지역 주도 미래차 생태계 조성")
            .author("기자")
            .publisher("일간환경연합")
            .url(URI.create("https://example.org/news/2023/05/22/busan-future-car"))
            .publishedOn(LocalDate.of(2023, 5, 22))
            .publishedTime(LocalTime.of(9, 0))
            .language(Locale.KOREAN)
            .retrievedOn(LocalDate.of(2023, 5, 23))
            .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            .build())
        .addKeywords("미래차", "부산에코클러스터센터", "지산학연 협력")
        .putExtension("busan:investmentDeskId", ExtensionValue.of("DESK-2023-0522"))
        .putExtension("busan:review", ExtensionValue.object(Map.of()))
        .build();
  }

  /** An agreement that uses the {@code i}-th constant (modulo their count) of every enumeration. */
  static Agreement everyConstant(int i) {
    PartyKind kind = pick(PartyKind.values(), i);
    return Agreement.builder().from(fullAgreement())
        .kind(pick(AgreementKind.values(), i))
        .status(pick(AgreementStatus.values(), i))
        .parties(List.of(fullAgreement().parties().get(0).withKind(kind)))
        .commitments(List.of(fullAgreement().commitments().get(0)
            .withCategory(pick(CommitmentCategory.values(), i))
            .withObligation(pick(ObligationLevel.values(), i))
            .withStatus(pick(CommitmentStatus.values(), i))))
        .programmes(List.of(fullAgreement().programmes().get(0)
            .withStatus(pick(ProgrammeStatus.values(), i))
            .withFundingShares(FundingShare.of(pick(FundingSource.values(), i),
                MoneyAmount.ofWon(20_000_000_000L)))))
        .relatedAgreements(List.of(fullAgreement().relatedAgreements().get(0)
            .withRelation(pick(AgreementRelation.values(), i))))
        .build();
  }

  private static <T> T pick(T[] values, int i) {
    return values[i % values.length];
  }
}
