package org.publicprivate.agreements.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;

/**
 * The corpus of bad documents in {@code src/test/resources/bad-documents}: each file is a base
 * document with one thing broken — {@code bad-documents-base.json} (the Busan future-car MOU with
 * every part of format version 1 present) for files 001 to 307, {@code bad-documents-base-v2.json}
 * (an invented investment agreement with every part of version 2 present) for files 308 to 454,
 * {@code bad-documents-base-v2-life.json} (the same agreement followed after its signing: sources
 * with ids, status histories, milestones, progress reports and an amendment) from 455 to 566, the
 * version 1 base declaring formatVersion 1 for 567 to 578, and the valid document {@code
 * 17-version-2-extensions.json} (that agreement with extensions on its four owners) from 579 on
 * — and {@code cases.tsv} says, for each file, the JSON path and a
 * stable part of the reason the strict reader must report. Both modules must report exactly that,
 * through {@code AgreementJson.read}, as their {@code AgreementJsonException}.
 *
 * <p>The columns of {@code cases.tsv}: the file; the expected {@code jsonPath()}, empty for the
 * document itself; a substring of {@code reason()}; what a plain mapper (the module on a mapper
 * with Jackson's default limits) does: empty when it reports the same path and reason, {@code
 * limits} when only {@code AgreementJson}'s limits give the expected answer but the plain mapper
 * must still reject the document, {@code limits-accepted} when only {@code AgreementJson.read}
 * rejects it (its limits, or its UTF-8 check: Jackson decodes UTF-16 with the JDK, which replaces
 * an unpaired surrogate with U+FFFD) and the plain mapper may read it, {@code root} and {@code root-io} when it fails before the module's
 * reader starts, with Jackson's own exception; and the kind of error.
 */
class BadDocumentsTest {
  private static final String FOLDER = "/bad-documents/";
  private static final int MIN_CASES = 400;
  private static final int MIN_CASES_PER_KIND = 3;
  /** Longer reasons are not plain words any more, but echoes of the input. */
  private static final int MAX_REASON_LENGTH = 1_000;
  private static final Set<String> KINDS = Set.of("unknown-property", "duplicate-key",
      "null-required", "missing-required", "wrong-type", "fractional-won", "exponent-won",
      "negative-won", "digit-string", "huge-number", "currency", "enum", "format-version",
      "trailing", "invariant", "truncated", "encoding", "not-json", "nesting", "long-string",
      "needs-version-2", "decimal-string", "decimals", "region-code", "language-tag",
      "extension");

  /** One row of {@code cases.tsv}. */
  record Case(String file, String path, String reason, String plain, String kind) {
    @Override
    public String toString() {
      return file;
    }

    byte[] bytes() {
      return Corpus.resource(FOLDER + file);
    }
  }

  static List<Case> cases() {
    String table = new String(Corpus.resource(FOLDER + "cases.tsv"), UTF_8);
    List<String> lines = table.lines().collect(Collectors.toList());
    assertThat(lines.get(0))
        .isEqualTo("file\texpected path\texpected reason\tplain mapper\tkind");
    List<Case> cases = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      assertThat(cells).as("cells of %s", line).hasSize(5);
      cases.add(new Case(cells[0], cells[1], cells[2], cells[3], cells[4]));
    }
    return cases;
  }

  /** The rows of {@code jackson3-differences.tsv} by file. */
  static Map<String, String[]> jackson3Differences() {
    Map<String, String[]> differences = new TreeMap<>();
    String table = new String(Corpus.resource(FOLDER + "jackson3-differences.tsv"), UTF_8);
    table.lines().skip(1).map(line -> line.split("\t", -1))
        .forEach(cells -> differences.put(cells[0], cells));
    return differences;
  }

  /**
   * Every case for each line. Where Jackson 3's parser finds a malformed document at another token
   * than Jackson 2's, {@code jackson3-differences.tsv} gives its path and reason, and why.
   */
  static Stream<Arguments> linesAndCases() {
    List<Case> cases = cases();
    Map<String, String[]> differences = jackson3Differences();
    assertThat(cases).extracting(Case::file).containsAll(differences.keySet());
    return JsonLine.both().stream().flatMap(line -> cases.stream().map(c -> {
      String[] difference = line instanceof Jackson3Line ? differences.get(c.file()) : null;
      return Arguments.of(line, difference == null
          ? c
          : new Case(c.file(), difference[1], difference[2], c.plain(), c.kind()));
    }));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("linesAndCases")
  void readRejectsWithThePathAndTheReason(JsonLine line, Case c) {
    byte[] bytes = c.bytes();
    Throwable thrown = catchThrowable(() -> line.read(bytes));

    assertThat(thrown).as("%s must be rejected", c.file()).isNotNull();
    JsonLine.Failure error = line.failure(thrown);
    assertThat(error).as("%s: the module's exception, not %s", c.file(), thrown).isNotNull();
    assertThat(line.isJacksonException(thrown)).as("a Jackson exception").isTrue();
    assertThat(error.path()).as("jsonPath() of %s (%s)", c.file(), error.message())
        .isEqualTo(c.path());
    assertThat(error.reason()).as("reason() of %s", c.file()).contains(c.reason());
    String prefix = (c.path().isEmpty() ? "(document)" : c.path()) + ": ";
    assertThat(error.originalMessage()).as("getOriginalMessage() of %s", c.file())
        .isEqualTo(prefix + error.reason());
    assertThat(error.message()).as("getMessage() of %s", c.file())
        .startsWith(error.originalMessage()).containsPattern("\\(line \\d+, column \\d+\\)$");
    assertThat(error.references()).as("getPath() of %s", c.file()).isEqualTo(c.path());
    assertThat(error.reason().length()).as("length of the reason for %s", c.file())
        .isLessThanOrEqualTo(MAX_REASON_LENGTH);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("linesAndCases")
  void plainMapperRejectsToo(JsonLine line, Case c) {
    byte[] bytes = c.bytes();
    Throwable thrown = catchThrowable(() -> line.readPlain(bytes, Agreement.class));

    switch (c.plain()) {
      case "" -> {
        JsonLine.Failure error = line.failure(thrown);
        assertThat(error).as("%s must be rejected by a plain mapper too, not with %s", c.file(),
            thrown).isNotNull();
        assertThat(error.path()).as("jsonPath() of %s (%s)", c.file(), error.message())
            .isEqualTo(c.path());
        assertThat(error.reason()).as("reason() of %s", c.file()).contains(c.reason());
        assertThat(error.references()).as("getPath() of %s", c.file()).isEqualTo(c.path());
      }
      // Only AgreementJson's limits give the expected answer; Jackson's default limits reject it
      // in their own words.
      case "limits" -> assertThat(line.isJacksonException(thrown))
          .as("%s must be rejected by a plain mapper too: %s", c.file(), thrown).isTrue();
      // Before the module's reader starts (the first token of the document), a plain mapper reports
      // Jackson's own exception; AgreementJson.read reports the module's.
      case "root" -> assertThat(line.isJacksonException(thrown))
          .as("%s must be rejected by a plain mapper too: %s", c.file(), thrown).isTrue();
      // An undecodable UTF-32 document fails in the reader Jackson wraps around the bytes, with an
      // IOException (Jackson 2) or Jackson's wrapper of one (Jackson 3).
      case "root-io" -> assertThat(line.isJacksonException(thrown)
              || thrown instanceof java.io.IOException)
          .as("%s must be rejected by a plain mapper too: %s", c.file(), thrown).isTrue();
      case "limits-accepted" -> {
        if (thrown != null) {
          assertThat(line.isJacksonException(thrown))
              .as("what a plain mapper throws for %s: %s", c.file(), thrown).isTrue();
        }
      }
      default -> throw new AssertionError("unknown plain-mapper note " + c.plain());
    }
  }

  /**
   * Both modules give the same message, path, reason, line and column, except for the words of
   * Jackson's own parser after "the input is not valid JSON: " (Jackson 3 says "property name"
   * where Jackson 2 says "field name"), and the one case of {@code jackson3-differences.tsv}.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void bothModulesGiveTheSameMessageWithTheSameLineAndColumn(Case c) {
    byte[] bytes = c.bytes();
    List<String> messages = JsonLine.both().stream()
        .map(line -> line.failure(catchThrowable(() -> line.read(bytes))).message())
        .map(message -> message.replaceFirst(
            "(not valid JSON|the reader allows): .*( \\(line \\d+, column \\d+\\))$", "$1: …$2"))
        .toList();

    if (!jackson3Differences().containsKey(c.file())) {
      assertThat(messages.get(1)).as("%s: Jackson 3's message", c.file())
          .isEqualTo(messages.get(0));
    }
  }

  @Test
  void theBaseDocumentOfTheMutationsReads() throws Exception {
    Agreement agreement = readByEveryReader("/bad-documents-base.json");

    assertThat(agreement.programmes().get(0).fundingShares()).hasSize(2);
    assertThat(agreement.programmes().get(0).annualBudgets()).hasSize(4);
    assertThat(agreement.parties().get(1).businessRegistrationNumber()).isPresent();
    assertThat(agreement.parties().get(1).corporateRegistrationNumber()).isPresent();
    assertThat(agreement.effectivePeriod()).isPresent();
  }

  @Test
  void theVersion2BaseDocumentReadsWithEveryPartOfVersion2() throws Exception {
    Agreement agreement = readByEveryReader("/bad-documents-base-v2.json");

    Commitment first = agreement.commitments().get(0);
    assertThat(first.quantities()).hasSize(3);
    assertThat(first.conditions()).hasSize(2);
    assertThat(first.foreignAmount()).isPresent();
    assertThat(first.location()).isPresent();
    assertThat(first.dependsOn()).hasSize(1);
    assertThat(first.beneficiaryGroups()).hasSize(2);
    assertThat(first.amountQualifier()).isPresent();
    assertThat(agreement.parties().get(1).identifiers()).hasSize(2);
    assertThat(agreement.languages()).hasSize(3);
    assertThat(agreement.prevailingLanguage()).isPresent();
    assertThat(agreement.aliases()).hasSize(2);
  }

  @Test
  void theLifeBaseDocumentReadsWithEveryPartOfTheLifeAfterSigning() throws Exception {
    Agreement agreement = readByEveryReader("/bad-documents-base-v2-life.json");

    Commitment first = agreement.commitments().get(0);
    assertThat(first.milestones()).hasSize(2);
    assertThat(first.progress()).hasSize(2);
    assertThat(first.statusHistory()).hasSize(2);
    assertThat(first.sources()).hasSize(2);
    assertThat(agreement.programmes().get(0).statusHistory()).hasSize(2);
    assertThat(agreement.programmes().get(0).sources()).hasSize(1);
    assertThat(agreement.amendments()).hasSize(1);
    assertThat(agreement.amendments().get(0).changedPaths()).hasSize(2);
    assertThat(agreement.statusHistory()).hasSize(1);
    assertThat(agreement.sources()).hasSize(3)
        .allSatisfy(source -> assertThat(source.id()).isPresent());
    assertThat(agreement.sources().get(1).sha256()).isPresent();
    assertThat(agreement.sources().get(1).publishedTime()).isPresent();
  }

  /** The agreement of a base document, the same from both modules and their plain mappers. */
  private static Agreement readByEveryReader(String resource) throws Exception {
    byte[] base = Corpus.resource(resource);
    Agreement agreement = JsonLine.both().get(0).read(base);
    for (JsonLine line : JsonLine.both()) {
      assertThat(line.read(base)).as("read by %s", line).isEqualTo(agreement);
      assertThat(line.readPlain(base, Agreement.class)).as("a plain mapper of %s", line)
          .isEqualTo(agreement);
    }
    return agreement;
  }

  @Test
  void theTableAndTheFolderAgree() throws IOException {
    Set<String> files;
    try (Stream<Path> listing = Files.list(Corpus.folder("bad-documents"))) {
      files = listing.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("cases.tsv"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    files.remove("jackson3-differences.tsv");
    List<String> rows = cases().stream().map(Case::file).collect(Collectors.toList());

    assertThat(rows).as("rows of cases.tsv").doesNotHaveDuplicates();
    assertThat(new TreeSet<>(rows)).as("rows of cases.tsv against the files")
        .isEqualTo(files);
    assertThat(files).hasSizeGreaterThanOrEqualTo(MIN_CASES)
        .allMatch(name -> name.matches("\\d{3}-[a-z0-9-]+\\.(json|bin)"), "named NNN-slug.json or .bin");
  }

  @Test
  void everyKindOfErrorHasSeveralCases() {
    Map<String, Long> byKind = new TreeMap<>(cases().stream()
        .collect(Collectors.groupingBy(Case::kind, Collectors.counting())));
    StringBuilder summary = new StringBuilder("Bad documents by kind:\n");
    byKind.forEach((kind, count) -> summary.append(String.format("  %-18s %3d%n", kind, count)));
    summary.append(String.format("  %-18s %3d%n", "total", cases().size()));
    System.out.print(summary);

    assertThat(byKind.keySet()).as("kinds").isEqualTo(new TreeSet<>(KINDS));
    assertThat(byKind).allSatisfy((kind, count) ->
        assertThat(count).as("cases of kind %s", kind).isGreaterThanOrEqualTo(MIN_CASES_PER_KIND));
  }
}
