package org.publicprivate.agreements.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.params.provider.MethodSource;
import org.publicprivate.agreements.Agreement;

/**
 * The corpus of bad documents in {@code src/test/resources/bad-documents}: each file is the base
 * document ({@code bad-documents-base.json}, the Busan future-car MOU with every part of the format
 * present) with one thing broken, and {@code cases.tsv} says, for each file, the JSON path and a
 * stable part of the reason the strict reader must report.
 *
 * <p>The columns of {@code cases.tsv}: the file; the expected {@link
 * AgreementJsonException#jsonPath()}, empty for the document itself; a substring of {@link
 * AgreementJsonException#reason()}; what a plain mapper (the module on a mapper with Jackson's
 * default limits) does: empty when it reports the same path and reason, {@code limits} when only
 * {@link AgreementJson#newMapper()}'s limits give the expected answer but the plain mapper must
 * still reject the document, {@code limits-accepted} when only those limits reject it and the plain
 * mapper may read it; and the kind of error.
 */
class BadDocumentsTest {
  private static final String FOLDER = "/bad-documents/";
  private static final int MIN_CASES = 150;
  private static final int MIN_CASES_PER_KIND = 3;
  /** Longer reasons are not plain words any more, but echoes of the input. */
  private static final int MAX_REASON_LENGTH = 1_000;
  private static final Set<String> KINDS = Set.of("unknown-property", "duplicate-key",
      "null-required", "missing-required", "wrong-type", "fractional-won", "exponent-won",
      "negative-won", "digit-string", "huge-number", "currency", "enum", "format-version",
      "trailing", "invariant", "truncated", "encoding", "not-json", "nesting", "long-string");

  private static final ObjectMapper AGREEMENT_MAPPER = AgreementJson.newMapper();
  private static final ObjectMapper PLAIN_MAPPER =
      new ObjectMapper().registerModule(new AgreementModule());

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

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readRejectsWithThePathAndTheReason(Case c) {
    byte[] bytes = c.bytes();
    Throwable thrown = catchThrowable(() -> AgreementJson.read(bytes));

    assertThat(thrown)
        .as("%s must be rejected", c.file())
        .isNotNull()
        .isInstanceOf(AgreementJsonException.class)
        .isInstanceOf(JsonProcessingException.class);
    AgreementJsonException error = (AgreementJsonException) thrown;
    assertThat(error.jsonPath()).as("jsonPath() of %s (%s)", c.file(), error.getMessage())
        .isEqualTo(c.path());
    assertThat(error.reason()).as("reason() of %s", c.file()).contains(c.reason());
    assertThat(error.getMessage()).as("getMessage() of %s", c.file())
        .startsWith((c.path().isEmpty() ? "(document)" : c.path()) + ": ");
    assertThat(render(error.getPath())).as("getPath() of %s", c.file()).isEqualTo(c.path());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void plainMapperRejectsToo(Case c) {
    Throwable thrown = read(PLAIN_MAPPER, c);

    switch (c.plain()) {
      case "" -> {
        assertThat(thrown).as("%s must be rejected by a plain mapper too", c.file())
            .isNotNull()
            .isInstanceOf(AgreementJsonException.class);
        AgreementJsonException error = (AgreementJsonException) thrown;
        assertThat(error.jsonPath()).as("jsonPath() of %s (%s)", c.file(), error.getMessage())
            .isEqualTo(c.path());
        assertThat(error.reason()).as("reason() of %s", c.file()).contains(c.reason());
        assertThat(render(error.getPath())).as("getPath() of %s", c.file()).isEqualTo(c.path());
      }
      case "limits" -> assertThat(thrown)
          .as("%s must be rejected by a plain mapper too", c.file())
          .isInstanceOf(JsonProcessingException.class);
      // Before the module's reader starts (the first token of the document), a plain mapper reports
      // Jackson's own exception; AgreementJson.newMapper() reports an AgreementJsonException.
      case "root" -> assertThat(thrown)
          .as("%s must be rejected by a plain mapper too", c.file())
          .isInstanceOf(JsonProcessingException.class);
      // An undecodable UTF-32 document fails in the JDK-style reader Jackson wraps around the bytes,
      // with an IOException that is not a JsonProcessingException.
      case "root-io" -> assertThat(thrown)
          .as("%s must be rejected by a plain mapper too", c.file())
          .isInstanceOf(java.io.IOException.class);
      case "limits-accepted" -> {
        if (thrown != null) {
          assertThat(thrown).as("what a plain mapper throws for %s", c.file())
              .isInstanceOf(JsonProcessingException.class);
        }
      }
      default -> throw new AssertionError("unknown plain-mapper note " + c.plain());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reasonsAreShortPlainWords(Case c) {
    byte[] bytes = c.bytes();
    Throwable thrown = catchThrowable(() -> AgreementJson.read(bytes));

    if (thrown instanceof AgreementJsonException error) {
      assertThat(error.reason().length()).as("length of the reason for %s", c.file())
          .isLessThanOrEqualTo(MAX_REASON_LENGTH);
    }
  }

  @Test
  void theBaseDocumentOfTheMutationsReads() throws IOException {
    byte[] base = Corpus.resource("/bad-documents-base.json");

    Agreement agreement = AGREEMENT_MAPPER.readValue(base, Agreement.class);

    assertThat(PLAIN_MAPPER.readValue(base, Agreement.class)).isEqualTo(agreement);
    assertThat(agreement.programmes().get(0).fundingShares()).hasSize(2);
    assertThat(agreement.programmes().get(0).annualBudgets()).hasSize(4);
    assertThat(agreement.parties().get(1).businessRegistrationNumber()).isPresent();
    assertThat(agreement.parties().get(1).corporateRegistrationNumber()).isPresent();
    assertThat(agreement.effectivePeriod()).isPresent();
  }

  @Test
  void theTableAndTheFolderAgree() throws IOException {
    Set<String> files;
    try (Stream<Path> listing = Files.list(Corpus.folder("bad-documents"))) {
      files = listing.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("cases.tsv"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
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

  /** What reading the case throws, or null when it reads; errors such as StackOverflowError too. */
  private static Throwable read(ObjectMapper mapper, Case c) {
    byte[] bytes = c.bytes();
    return catchThrowable(() -> mapper.readValue(bytes, Agreement.class));
  }

  /** Jackson's references rendered independently of the module: {@code parties[1].kind}. */
  private static String render(List<JsonMappingException.Reference> path) {
    StringBuilder text = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        text.append('[').append(reference.getIndex()).append(']');
      }
    }
    return text.toString();
  }


}
