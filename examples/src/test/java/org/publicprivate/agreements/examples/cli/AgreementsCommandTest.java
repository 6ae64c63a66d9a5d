package org.publicprivate.agreements.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.examples.BusanFutureCarMou;
import org.publicprivate.agreements.examples.GanasiInvestmentAgreement;
import org.publicprivate.agreements.examples.NaraeInvestmentAgreement;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.validation.AgreementValidator;

class AgreementsCommandTest {
  @TempDir static Path dir;
  static Path valid;
  static Path broken;
  static Path malformed;
  static Path empty;
  static Path garbage;
  static Path notCanonical;
  static Path investment;
  /** The investment agreement's record three years on, as the examples hold it. */
  static final Path FOLLOW_UP = Path.of("documents/narae-investment-2029.json");

  record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = AgreementsCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  @BeforeAll
  static void writeFiles() throws IOException {
    ObjectMapper mapper = AgreementJson.newMapper();
    valid = dir.resolve("busan.json");
    Files.write(valid, (AgreementJson.prettyWriter(mapper)
        .writeValueAsString(BusanFutureCarMou.agreement()) + "\n").getBytes(StandardCharsets.UTF_8));
    broken = dir.resolve("draft.json");
    Files.write(broken, mapper.writeValueAsBytes(GanasiInvestmentAgreement.withMistakes()));
    malformed = dir.resolve("malformed.json");
    Files.writeString(malformed, "{\"id\":\"x\",\"title\":\"t\",\"kind\":\"MOU\",\"status\":\"DRAFT\","
        + "\"parties\":[{\"id\":\"a\",\"name\":\"가\",\"kind\":\"CITY\"}]}");
    empty = dir.resolve("empty.json");
    Files.write(empty, new byte[0]);
    garbage = dir.resolve("garbage.bin");
    byte[] bytes = new byte[4096];
    new java.util.SplittableRandom(7).nextBytes(bytes);
    Files.write(garbage, bytes);
    investment = dir.resolve("narae.json");
    Files.write(investment, (AgreementJson.prettyWriter(mapper)
        .writeValueAsString(NaraeInvestmentAgreement.agreement()) + "\n")
        .getBytes(StandardCharsets.UTF_8));
    notCanonical = dir.resolve("compact.json");
    Files.write(notCanonical, mapper.writeValueAsBytes(BusanFutureCarMou.agreement()));
  }

  @Test
  void validatePrintsEachViolationAndExitsZeroWhenThereIsNoError() {
    Run run = run("validate", "--locale", "en", valid.toString());
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).containsExactly(
        valid + ": WARNING agreement.signing.partyWithoutSignatory parties[2]: party"
            + " \"busan-auto-parts-cooperative\" has no signatory",
        valid + ": WARNING agreement.signing.partyWithoutSignatory parties[3]: party"
            + " \"bug-university-council\" has no signatory",
        valid + ": WARNING agreement.signing.partyWithoutSignatory parties[4]: party"
            + " \"busan-technopark\" has no signatory");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validatePrintsKoreanMessagesForTheKoreanLocale() {
    Run run = run("validate", "--locale", "ko", valid.toString());
    assertThat(run.outLines()).first().asString()
        .endsWith("parties[2]: 당사자 \"busan-auto-parts-cooperative\"의 서명자가 없습니다");
  }

  @Test
  void warningsAsErrorsExitsOne() {
    assertThat(run("validate", "--warnings-as-errors", valid.toString()).status()).isEqualTo(1);
  }

  @Test
  void validateExitsOneWhenAFileBreaksARule() {
    Run run = run("validate", "--locale", "en", valid.toString(), broken.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).contains(
        broken + ": ERROR reference.unknownParty commitments[0].beneficiaries[0]: \"ganasi-city\""
            + " is not a party of this agreement",
        broken + ": ERROR agreement.signing.required signing: an agreement with status SIGNED must"
            + " record its signing");
  }

  @Test
  void validateExitsTwoWhenAFileCannotBeParsedNamingFilePathAndReason() {
    Run run = run("validate", valid.toString(), malformed.toString(), broken.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith(malformed + ": parties[0].kind: unknown PartyKind"
        + " \"CITY\"; expected one of CENTRAL_GOVERNMENT,");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    assertThat(run.out()).contains(broken + ": ERROR");
  }

  @Test
  void validateExitsTwoForMissingEmptyAndBinaryFiles() {
    Run missing = run("validate", dir.resolve("nowhere.json").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err().strip()).isEqualTo(dir.resolve("nowhere.json") + ": cannot read: no such file");

    Run emptyRun = run("validate", empty.toString());
    assertThat(emptyRun.status()).isEqualTo(2);
    assertThat(emptyRun.err().strip()).isEqualTo(empty + ": (document): the file is empty");

    Run binary = run("validate", garbage.toString());
    assertThat(binary.status()).isEqualTo(2);
    assertThat(binary.err()).startsWith(garbage + ": ").doesNotContain("\tat ");
  }

  @Test
  void validateReadsStandardInput() throws IOException {
    java.io.InputStream original = System.in;
    try {
      System.setIn(Files.newInputStream(broken));
      Run run = run("validate", "-");
      assertThat(run.status()).isEqualTo(1);
      assertThat(run.out()).contains("-: ERROR agreement.signing.required signing:");
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void validateWritesJsonReportsForMachines() throws IOException {
    Run run = run("validate", "--format", "json", "--locale", "en", valid.toString(),
        malformed.toString());
    assertThat(run.status()).isEqualTo(2);
    JsonNode reports = new ObjectMapper().readTree(run.out());
    assertThat(reports).hasSize(2);
    assertThat(reports.get(0).get("valid").asBoolean()).isTrue();
    assertThat(reports.get(0).get("violations").get(0).get("code").asText())
        .isEqualTo("agreement.signing.partyWithoutSignatory");
    assertThat(reports.get(0).get("violations").get(0).get("severity").asText()).isEqualTo("WARNING");
    assertThat(reports.get(1).get("readable").asBoolean()).isFalse();
    assertThat(reports.get(1).get("error").asText()).contains("parties[0].kind");
  }

  @Test
  void usageErrorsExitSixtyFour() {
    assertThat(run("validate").status()).isEqualTo(64);
    assertThat(run("validate", "--format", "xml", valid.toString()).status()).isEqualTo(64);
    assertThat(run("validate", "--locale", "fr", valid.toString()).status()).isEqualTo(64);
    assertThat(run("frobnicate").status()).isEqualTo(64);
    assertThat(run("format", "--check", "--in-place", valid.toString()).status()).isEqualTo(64);
    Run noFile = run("validate");
    assertThat(noFile.err()).contains("Missing required parameter: 'FILE'").contains("Usage:");
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(run("--help").out()).contains("Usage: agreements").contains("64   usage error");
    Run version = run("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).startsWith("agreements 0.1.0");
  }

  @Test
  void fingerprintPrintsOneLinePerFileTheSameForEveryLayoutOfOneAgreement() {
    Run run = run("fingerprint", valid.toString(), notCanonical.toString(), broken.toString());

    String busan = AgreementJson.fingerprint(BusanFutureCarMou.agreement());
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).containsExactly(
        busan + "  " + valid,
        busan + "  " + notCanonical,
        AgreementJson.fingerprint(GanasiInvestmentAgreement.withMistakes()) + "  " + broken);
    assertThat(busan).matches("sha256:[0-9a-f]{64}");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void fingerprintExitsTwoForAFileThatDoesNotReadWithOneLineAndStillPrintsTheOthers() {
    Run run = run("fingerprint", malformed.toString(), valid.toString(), empty.toString(),
        dir.resolve("nowhere.json").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.outLines()).containsExactly(
        AgreementJson.fingerprint(BusanFutureCarMou.agreement()) + "  " + valid);
    assertThat(run.err().split("\n")).containsExactly(
        malformed + ": parties[0].kind: unknown PartyKind \"CITY\"; expected one of"
            + " CENTRAL_GOVERNMENT, LOCAL_GOVERNMENT, PUBLIC_INSTITUTION, COMPANY, COOPERATIVE,"
            + " BUSINESS_ASSOCIATION, UNIVERSITY, ACADEMIC_ASSOCIATION, RESEARCH_INSTITUTE,"
            + " NON_PROFIT (line 1, column 94)",
        empty + ": (document): the file is empty",
        dir.resolve("nowhere.json") + ": cannot read: no such file");
    assertThat(run("fingerprint").status()).isEqualTo(64);
  }

  @Test
  void formatWritesTheCanonicalFormAndCheckTellsWhetherAFileIsCanonical() throws IOException {
    Run formatted = run("format", notCanonical.toString());
    assertThat(formatted.status()).isZero();
    assertThat(formatted.out()).isEqualTo(Files.readString(valid));
    assertThat(run("format", "--check", valid.toString()).status()).isZero();
    Run check = run("format", "--check", notCanonical.toString());
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.err()).contains("not in canonical form");
  }

  @Test
  void formatInPlaceRewritesTheFile() throws IOException {
    Path copy = dir.resolve("rewrite.json");
    Files.copy(notCanonical, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(run("format", "--in-place", copy.toString()).status()).isZero();
    assertThat(Files.readString(copy)).isEqualTo(Files.readString(valid));
    assertThat(run("format", "--check", copy.toString()).status()).isZero();
  }

  @Test
  void formatKeepsExtensionsAndAFileWithThemFormatsToItself() throws IOException {
    Path extended = Path.of("documents/busan-future-car-mou-with-extensions.json");
    String file = Files.readString(extended);
    assertThat(run("format", "--check", extended.toString()).status()).isZero();
    assertThat(run("format", extended.toString()).out()).isEqualTo(file);

    // The same document on one line, its extensions' members in reverse order.
    ObjectMapper trees = new ObjectMapper();
    JsonNode root = trees.readTree(file);
    Path shuffled = dir.resolve("extensions-reversed.json");
    Files.writeString(shuffled, trees.writeValueAsString(reverseExtensions(root)));
    assertThat(Files.readString(shuffled)).isNotEqualTo(file).contains("\"busan:investmentDeskId\"");
    Run formatted = run("format", shuffled.toString());
    assertThat(formatted.status()).isZero();
    assertThat(formatted.out()).isEqualTo(file)
        .contains("\"busan:investmentDeskId\": \"INV-2023-0142\"");
  }

  /** {@code node} with the members of every object inside an {@code extensions} reversed. */
  private static JsonNode reverseExtensions(JsonNode node) {
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(reverseExtensions(element)));
      return copy;
    }
    if (!node.isObject()) {
      return node;
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    for (String name : names) {
      JsonNode value = reverseExtensions(node.get(name));
      copy.set(name, name.equals("extensions") ? reversedMembers(value) : value);
    }
    return copy;
  }

  private static JsonNode reversedMembers(JsonNode node) {
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(reversedMembers(element)));
      return copy;
    }
    if (!node.isObject()) {
      return node;
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    names.forEach(name -> copy.set(name, reversedMembers(node.get(name))));
    return copy;
  }

  @Test
  void formatOfAnUnreadableFileExitsTwo() {
    assertThat(run("format", malformed.toString()).status()).isEqualTo(2);
  }

  @Test
  void schemaPrintsTheJsonSchema() throws IOException {
    Run run = run("schema");
    assertThat(run.status()).isZero();
    JsonNode schema = new ObjectMapper().readTree(run.out());
    assertThat(schema.isObject()).isTrue();
  }

  @Test
  void summaryPrintsTheSummaryInEitherLanguage() {
    Run korean = run("summary", "--locale", "ko", valid.toString());
    assertThat(korean.status()).isZero();
    assertThat(korean.out()).startsWith("부산 미래차산업 생태계 구축에 관한 업무협약\n")
        .contains("200억 원, 회계연도 2024–2027, 상태: 신청");
    Run english = run("summary", "--locale", "en", valid.toString());
    assertThat(english.out()).contains("fiscal years 2024–2027, status: APPLIED");
    assertThat(run("summary", garbage.toString()).status()).isEqualTo(2);
  }

  @Test
  void summaryWritesQuantitiesQualifiersForeignAmountsAndConditionsInKorean() {
    Run run = run("summary", "--locale", "ko", investment.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("[의무] 약 2,000억 원 · 300명 이상\n")
        .contains("[노력] 1억 달러 · 약 50명\n")
        .contains("    조건: 국비 공모 선정 (대기)\n");
  }

  @Test
  void summaryOfAFollowedUpRecordPutsAchievedBesidePledgedWithMilestonesHistoryAndSources() {
    Run korean = run("summary", "--locale", "ko", FOLLOW_UP.toString());
    Run english = run("summary", "--locale", "en", FOLLOW_UP.toString());

    assertThat(korean.status()).isZero();
    assertThat(korean.out())
        .contains("    실적: 일자리 300명 이상 중 80명 (26%), 2027-06 기준 [출처: narae-council-2027-07-08]\n"
            + "    실적: 집행 약 2,000억 원 중 600억 원 (30%), 2027-06 기준 [출처: narae-council-2027-07-08]\n")
        .contains("    이정표: 공장 착공 — 달성 (기한 2026-12, 달성 2027-01-14)\n")
        .contains("    상태 이력:\n      2026-03-09 약속 [출처: narae-agreement-text]\n"
            + "      2027-01-14 이행 중 — 공장 착공 [출처: naraeilbo-2027-01-15]\n")
        .contains("\n출처:\n  narae-agreement-text: 협약서 원문 · ");
    assertThat(english.status()).isZero();
    assertThat(english.out())
        .contains("    Progress: JOBS 120명 of 300명 이상 (40%), as of 2028-12"
            + " [source: narae-data-2029-01-31]\n")
        .contains("    Milestone: 1단계 생산라인 가동 — MISSED (due 2027-12) · 150명\n")
        .contains("  Status history:\n    2026-02 APPLIED — 국토교통부 공모에 신청"
            + " [source: narae-press-2026-03-09]\n")
        .contains("\nAmendments:\n  2027-09-01 ")
        .contains("\nSources:\n  narae-agreement-text: AGREEMENT_TEXT · ");
  }

  @Test
  void totalsPutsWhatTheLatestReportsAchieveBesideEachUnitPledged() {
    Run run = run("totals", "--locale", "en", investment.toString(), FOLLOW_UP.toString());

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(4);
    assertThat(run.outLines().get(0)).endsWith(
        "pledged (KRW)  JOBS (명)  achieved (명)  SQUARE_METRES (㎡)  achieved (㎡)");
    assertThat(run.outLines().get(1)).endsWith("2,000억 원        350              0"
        + "              33,000              0");
    assertThat(run.outLines().get(2)).endsWith("2,000억 원        350            120"
        + "              33,000              0");
    assertThat(run.outLines().get(3)).startsWith("total").endsWith("4,000억 원        700"
        + "            120              66,000              0");
  }

  @Test
  void totalsJsonGivesWhatIsAchievedForEveryUnit() throws IOException {
    Run run = run("totals", "--format", "json", FOLLOW_UP.toString(), valid.toString());
    JsonNode totals = new ObjectMapper().readTree(run.out());

    assertThat(run.status()).isZero();
    assertThat(totals.get("documents").get(0).get("achieved").get("JOBS").asLong())
        .isEqualTo(120);
    assertThat(totals.get("documents").get(1).get("achieved").get("JOBS").asLong()).isZero();
    assertThat(totals.get("total").get("achieved").get("JOBS").asLong()).isEqualTo(120);
    assertThat(totals.get("total").get("achieved").get("PEOPLE").asLong()).isZero();
    assertThat(totals.get("total").get("achieved").has("OTHER")).isFalse();
  }

  @Test
  void totalsPrintsOneTableOfEveryDocumentAndTheSum() {
    Run run = run("totals", "--locale", "ko", valid.toString(), investment.toString(),
        broken.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).containsExactly(
        padded("파일", 2) + "   약정 금액  일자리(명)  면적(㎡)",
        padded(valid.toString(), 0) + "        0 원           0         0",
        padded(investment.toString(), 0) + "  2,000억 원         350    33,000",
        padded(broken.toString(), 0) + "    500억 원           0         0",
        padded("합계", 2) + "  2,500억 원         350    33,000");
  }

  /**
   * {@code name} and the spaces that fill the file column, as wide as the longest file name:
   * {@code wide} is the number of its characters that take two columns in a terminal.
   */
  private static String padded(String name, int wide) {
    int column = List.of(valid, investment, broken).stream()
        .mapToInt(path -> path.toString().length()).max().orElseThrow();
    return name + " ".repeat(column - name.length() - wide);
  }

  @Test
  void totalsWritesJsonForMachines() throws IOException {
    Run run = run("totals", "--format", "json", investment.toString(), valid.toString());
    JsonNode totals = new ObjectMapper().readTree(run.out());

    assertThat(run.status()).isZero();
    assertThat(totals.get("documents")).hasSize(2);
    assertThat(totals.get("documents").get(0).get("file").asText())
        .isEqualTo(investment.toString());
    assertThat(totals.get("documents").get(0).get("pledged").get("JOBS").asLong()).isEqualTo(350);
    assertThat(totals.get("documents").get(1).get("pledged").get("JOBS").asLong()).isZero();
    assertThat(totals.get("total").get("totalPledged").get("amount").asLong())
        .isEqualTo(200_000_000_000L);
    assertThat(totals.get("total").get("pledged").get("SQUARE_METRES").asLong())
        .isEqualTo(33_000);
    assertThat(totals.get("total").get("pledged").has("OTHER")).isFalse();
  }

  @Test
  void totalsExitsTwoWithOneLineWhenAFileDoesNotRead() {
    Run run = run("totals", valid.toString(), malformed.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith(malformed + ": parties[0].kind: unknown PartyKind \"CITY\"");
  }

  @Test
  void totalsExitsTwoWithOneLineWhenADocumentsSumExceedsALong() throws IOException {
    Agreement base = NaraeInvestmentAgreement.agreement();
    List<Commitment> commitments = new ArrayList<>();
    for (int i = 0; i < 1_025; i++) {
      commitments.add(base.commitments().get(2).withId(CommitmentId.of("c-" + i))
          .withDependsOn().withQuantities(org.publicprivate.agreements.Quantity.of(
              org.publicprivate.agreements.Quantity.MAX_VALUE,
              org.publicprivate.agreements.QuantityUnit.JOBS)));
    }
    Path huge = dir.resolve("huge.json");
    Files.write(huge, AgreementJson.newMapper().writeValueAsBytes(base.withCommitments(commitments)));

    Run run = run("totals", huge.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip()).isEqualTo(huge + ": cannot total: Agreement.pledged(JOBS)"
        + " overflows: the sum exceeds 9,223,372,036,854,775,807 at commitments[1024].quantities[0]");
  }

  @Test
  void validatesAFiftyMegabyteDocument() throws IOException {
    Agreement base = BusanFutureCarMou.agreement();
    Commitment template = base.commitments().get(0);
    List<Commitment> commitments = new ArrayList<>();
    for (int i = 0; i < 150_000; i++) {
      commitments.add(template.withId(CommitmentId.of("c-" + i))
          .withSummary(template.summary() + " " + i));
    }
    Path big = dir.resolve("big.json");
    Files.write(big, AgreementJson.newMapper().writeValueAsBytes(base.withCommitments(commitments)));
    assertThat(Files.size(big)).isGreaterThan(50L * 1000 * 1000);
    Run run = run("validate", "--locale", "en", big.toString());
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(7)
        .filteredOn(line -> line.contains("party.withoutCommitment")).hasSize(4);
  }

  @Test
  void rulesListsEveryRuleWithItsCodeSeverityAndDescription() {
    Run run = run("rules", "--locale", "en");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(AgreementValidator.create().rules().size());
    assertThat(run.outLines().get(0)).isEqualTo(
        "text.blank                                      ERROR    a required text (a title, a name, a"
            + " summary…) is blank");
    assertThat(run.outLines().get(11)).isEqualTo(
        "agreement.signing.partyWithoutSignatory         WARNING  a signed agreement has a party with no"
            + " signatory");
  }

  @Test
  void rulesPrintsJsonForToolsInKorean() throws IOException {
    Run run = run("rules", "--locale", "ko", "--format", "json");
    JsonNode rules = new ObjectMapper().readTree(run.out());

    assertThat(run.status()).isZero();
    assertThat(rules).hasSize(AgreementValidator.create().rules().size());
    assertThat(rules.get(2).get("code").asText()).isEqualTo("agreement.parties.min");
    assertThat(rules.get(2).get("severity").asText()).isEqualTo("ERROR");
    assertThat(rules.get(2).get("description").asText()).isEqualTo("당사자가 둘 미만입니다");
  }
}
