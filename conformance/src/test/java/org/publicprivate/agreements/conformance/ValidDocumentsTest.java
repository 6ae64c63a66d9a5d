package org.publicprivate.agreements.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.publicprivate.agreements.conformance.Generated.assertSameBytes;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.ConditionStatus;
import org.publicprivate.agreements.ForeignAmount;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.validation.AgreementValidator;

/**
 * The corpus of valid documents in {@code src/test/resources/valid-documents}: every file reads
 * with {@code AgreementJson.read} and the mappers of both modules, to equal agreements, and its
 * canonical form — what {@code AgreementJson.prettyWriter} writes for the agreement read, the same
 * bytes from both modules — reads back equal and writes the same bytes again.
 *
 * <p>The columns of {@code cases.tsv}: the file; {@code yes} when the file is its canonical form
 * byte for byte, {@code strings} when it is the canonical form with amounts as strings, {@code no}
 * when it is not canonical (and then it must differ from its canonical form, so that the column
 * cannot go stale); another file holding the same agreement, whose canonical form is the same, or
 * nothing; and what the file shows.
 */
class ValidDocumentsTest {
  private static final String FOLDER = "/valid-documents/";

  /** One row of {@code cases.tsv}. */
  record Case(String file, String canonical, String sameAs, String shows) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Case> cases() {
    List<String> lines = new String(Corpus.resource(FOLDER + "cases.tsv"), UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo("file\tcanonical\tsame agreement as\twhat it shows");
    List<Case> cases = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      assertThat(cells).as("cells of %s", line).hasSize(4);
      assertThat(cells[1]).as("canonical column of %s", line).isIn("yes", "no", "strings");
      cases.add(new Case(cells[0], cells[1], cells[2], cells[3]));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsWithEveryReaderAndItsCanonicalFormRewritesToTheSameBytes(Case c) {
    byte[] file = Corpus.resource(FOLDER + c.file());

    Agreement agreement = read(file);
    for (JsonLine line : JsonLine.both()) {
      assertThat(Generated.call(() -> line.readPlain(file, Agreement.class)))
          .as("read by a plain mapper with the module of %s", line).isEqualTo(agreement);
    }

    byte[] canonical = canonical(agreement, false);
    Agreement again = read(canonical);
    assertThat(again).as("the canonical form read back").isEqualTo(agreement);
    assertSameBytes(canonical(again, false), canonical, "the canonical form written again");

    switch (c.canonical()) {
      case "yes" -> assertSameBytes(canonical, file, c.file() + " as written canonically");
      case "strings" -> {
        assertSameBytes(canonical(agreement, true), file,
            c.file() + " as written canonically with amounts as strings");
        assertThat(Arrays.equals(canonical, file)).as("%s is canonical with numbers", c.file())
            .isFalse();
      }
      default -> assertThat(Arrays.equals(canonical, file))
          .as("%s is marked not canonical but is", c.file()).isFalse();
    }
    if (!c.sameAs().isEmpty()) {
      byte[] other = Corpus.resource(FOLDER + c.sameAs());
      assertThat(agreement).as("the agreement of %s", c.sameAs()).isEqualTo(read(other));
      assertSameBytes(canonical, canonical(read(other), false),
          "the canonical form of " + c.sameAs());
    }
  }

  /** The agreement both modules read from {@code document}, with {@code AgreementJson.read} and a mapper. */
  private static Agreement read(byte[] document) {
    Agreement first = null;
    for (JsonLine line : JsonLine.both()) {
      Agreement read = Generated.call(() -> line.read(document));
      assertThat(Generated.call(() -> line.readValue(document, Agreement.class)))
          .as("read by the mapper of %s", line).isEqualTo(read);
      if (first != null) {
        assertThat(read).as("read by %s", line).isEqualTo(first);
      }
      first = read;
    }
    return first;
  }

  /** The indented canonical form, the same bytes from both modules. */
  private static byte[] canonical(Agreement agreement, boolean amountsAsStrings) {
    byte[] first = null;
    for (JsonLine line : JsonLine.both()) {
      byte[] written = line.write(agreement, amountsAsStrings, true);
      if (first != null) {
        assertSameBytes(written, first, "written by " + line);
      }
      first = written;
    }
    return first;
  }

  @Test
  void theTableAndTheFolderAgree() throws IOException {
    Set<String> files;
    try (Stream<Path> listing = Files.list(Corpus.folder("valid-documents"))) {
      files = listing.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("cases.tsv"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    List<String> rows = cases().stream().map(Case::file).toList();

    assertThat(rows).as("rows of cases.tsv").doesNotHaveDuplicates();
    assertThat(new TreeSet<>(rows)).as("rows of cases.tsv against the files").isEqualTo(files);
    assertThat(cases()).extracting(Case::sameAs).filteredOn(name -> !name.isEmpty())
        .allMatch(files::contains, "a file of the corpus");
    assertThat(files).hasSizeGreaterThanOrEqualTo(10)
        .allMatch(name -> name.matches("\\d{2}-[a-z0-9-]+\\.json"), "named NN-slug.json");
  }

  @Test
  void koreanTextTypedInNfdWithSpaceAroundItReadsAsTrimmedNfc() {
    byte[] file = Corpus.resource(FOLDER + "03-korean-nfd-text.json");
    String nfd = Normalizer.normalize("부산광역시", Normalizer.Form.NFD);
    assertThat(new String(file, UTF_8)).contains(nfd).doesNotContain("부산광역시");

    Agreement agreement = read(file);

    assertThat(agreement.title()).isEqualTo("부산광역시-한빛자동차 미래차 업무협약");
    assertThat(agreement.parties().get(0).name()).isEqualTo("부산광역시");
    assertThat(agreement.parties().get(0).aliases()).containsExactly("부산시");
    assertThat(agreement.parties().get(0).representative().orElseThrow().title())
        .contains("부산광역시장");
    assertThat(agreement.commitments().get(0).summary()).isEqualTo("양 기관은 미래차 생태계 조성에 협력한다");
    assertThat(agreement.keywords()).containsExactly("미래차");
    assertThat(new String(canonical(agreement, false), UTF_8))
        .contains("\"title\": \"부산광역시-한빛자동차 미래차 업무협약\",")
        .contains("\"name\": \"부산광역시\",")
        .doesNotContain(nfd);
  }

  @Test
  void theLargestAmountAndZeroReadAsTheirWon() {
    Agreement agreement = read(Corpus.resource(FOLDER + "07-largest-amount.json"));

    assertThat(agreement.commitments().get(0).pledgedAmount())
        .contains(MoneyAmount.ofWon(Long.MAX_VALUE));
    assertThat(agreement.programmes().get(0).totalBudget()).isEqualTo(MoneyAmount.ofWon(Long.MAX_VALUE));
    assertThat(agreement.programmes().get(0).fundingShares().get(1).amount()).isEqualTo(MoneyAmount.ZERO);
    assertThat(agreement.programmes().get(0).period().first()).isEqualTo(Year.of(1));
    assertThat(agreement.programmes().get(0).period().last()).isEqualTo(Year.of(9999));
  }

  @Test
  void escapedCharactersReadAsTheCharactersAndOnlyWhatJsonRequiresIsEscapedWhenWritten() {
    Agreement agreement = read(Corpus.resource(FOLDER + "10-escaped-characters.json"));

    assertThat(agreement.title()).isEqualTo("\"따옴표\" 와 \\ 역슬래시 / 빗금");
    assertThat(agreement.purpose()).contains("첫 줄\n둘째 줄\t탭 \u0001 제어 문자 \u2028 줄 구분자 😀");
    assertThat(agreement.keywords()).containsExactly("é", "가");
    // Only what JSON requires is escaped. (The emoji, outside the Basic Multilingual Plane, is left
    // out: Jackson writes it as an escaped surrogate pair into bytes but as the character itself
    // into a String, so its canonical form is not settled yet.)
    assertThat(new String(canonical(agreement, false), UTF_8))
        .contains("\"title\": \"\\\"따옴표\\\" 와 \\\\ 역슬래시 / 빗금\",")
        .contains("\"purpose\": \"첫 줄\\n둘째 줄\\t탭 \\u0001 제어 문자 \u2028 줄 구분자 ")
        .contains("\"é\"", "\"가\"");
  }

  @Test
  void brokenValidationRulesReadAndAreLeftToTheValidator() {
    Agreement agreement = read(Corpus.resource(FOLDER + "11-rule-breaks-read.json"));

    assertThat(agreement.signing().orElseThrow().time()).contains(LocalTime.of(23, 59, 59));
    assertThat(AgreementValidator.create(Locale.ENGLISH).validate(agreement).codes())
        .contains("agreement.parties.min", "reference.unknownParty", "reference.unknownProgramme",
            "programme.funding.unbalanced");
  }

  @Test
  void alternativeFormsOfValuesReadAsTheirCanonicalValues() {
    Agreement agreement = read(Corpus.resource(FOLDER + "12-alternative-value-forms.json"));

    assertThat(agreement.signing().orElseThrow().time()).contains(LocalTime.of(9, 5));
    assertThat(agreement.commitments().get(0).status()).isEqualTo(CommitmentStatus.PLEDGED);
    assertThat(agreement.effectivePeriod().orElseThrow().start()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(agreement.effectivePeriod().orElseThrow().end()).isEmpty();
    assertThat(agreement.relatedAgreements().get(0).date()).contains(PartialDate.of(2021));
    assertThat(agreement.relatedAgreements().get(1).date())
        .contains(PartialDate.of(LocalDate.of(2021, 9, 15)));
    assertThat(new String(canonical(agreement, false), UTF_8))
        .startsWith("{\n  \"formatVersion\": 1,\n  \"id\": \"forms\",")
        .contains("\"time\": \"09:05\",")
        .contains("\"status\": \"PLEDGED\"")
        .contains("\"effectivePeriod\": {\n    \"start\": \"2025-03-01\"\n  },");
  }

  @Test
  void everyVersion1DocumentIsWrittenWithFormatVersion1AndEveryVersion2OneWith2() {
    for (Case c : cases()) {
      Agreement agreement = read(Corpus.resource(FOLDER + c.file()));
      String canonical = new String(canonical(agreement, false), UTF_8);
      int expected = c.file().contains("version-2-") ? 2 : 1;
      assertThat(canonical).as("the canonical form of %s", c.file())
          .startsWith("{\n  \"formatVersion\": " + expected + ",\n");
    }
  }

  @Test
  void version2ValuesInTheirAlternativeFormsReadAsTheirCanonicalValues() {
    Agreement agreement = read(Corpus.resource(FOLDER + "14-version-2-alternative-forms.json"));

    assertThat(agreement.languages()).extracting(Locale::toLanguageTag)
        .containsExactly("ko", "zh-Hans", "en-US");
    assertThat(agreement.prevailingLanguage()).contains(Locale.KOREAN);
    Commitment first = agreement.commitments().get(0);
    assertThat(first.foreignAmount()).contains(
        ForeignAmount.of(Currency.getInstance("EUR"), new BigDecimal("1500.5")));
    assertThat(first.quantities()).containsExactly(Quantity.of(300, QuantityUnit.JOBS),
        Quantity.of(0, QuantityUnit.PYEONG));
    assertThat(first.conditions()).containsExactly(Condition.builder().kind(ConditionKind.SITE)
        .status(ConditionStatus.PENDING).build());
    assertThat(first.location()).contains(Location.of("가나공장"));
    assertThat(first.dependsOn()).isEmpty();
    assertThat(agreement.commitments().get(1).foreignAmount().orElseThrow().amount())
        .isEqualTo(new BigDecimal("10000000000"));
  }

  @Test
  void aVersion2AttributeBeforeALateFormatVersion2Reads() {
    Agreement agreement = read(Corpus.resource(FOLDER + "15-version-2-declared-last.json"));

    assertThat(agreement.aliases()).containsExactly("늦은 버전");
  }
}
