package org.publicprivate.agreements.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.testkit.Growth;
import org.publicprivate.agreements.testkit.GrowthReport;

/**
 * The JSON readers of both Jackson lines cost the same per element at 500 elements and at 16,000
 * (five doublings; at most 1.5× as much per element): {@code AgreementJson.read} of bytes
 * and of a stream, the strict and the lenient mapper, {@code fingerprint} and {@code canonicalize},
 * over documents with many commitments in a long {@code dependsOn} chain, many parties with
 * identifiers, many commitments sharing one id, long and escaped texts, many sources and
 * programmes, a life after signing (long status histories and amendments, commitments with
 * histories, progress, milestones and sources), wide and deep extensions, many unknown
 * attributes, and documents refused only at their end (a bad constant, a duplicate name,
 * {@code formatVersion} 1 declared after many version 2 attributes). The cost is the bytes allocated ({@link Growth}), never time. The canonicalizer is
 * also given JSON of any kind: deep nesting, many numbers, long escaped strings.
 *
 * <p>{@link #everyReaderOfAgreementJsonHasAGrowthCase} lists by reflection the public static
 * methods of each {@code AgreementJson} that take a document, a text or an agreement: a new one
 * fails it until {@link #OPERATIONS} covers it.
 */
class JsonGrowthTest {
  private static final int SMALLEST = 500;
  private static final int DOUBLINGS = 5;
  /**
   * The bound of the document of 500 to 16,000 distinct unknown names, read leniently: past about
   * 6,000 distinct names Jackson's symbol table is not kept, and each name added costs more, a
   * step that is Jackson's and linear beyond it. Since the faster reader, the rest costs less and
   * the step shows as more: Jackson 2's {@code read(byte[])} 577 bytes per commitment up to 4,000,
   * 764 at 8,000 and 874 at 16,000 (959 and 985 per commitment added, flat), 1.51×; Jackson 3's
   * 1.37×. A cost that grew with the size would pass 2× by 16,000.
   */
  private static final double DISTINCT_NAMES_BOUND = 1.8;
  /** The methods of {@code AgreementJson} measured here, by signature. */
  private static final List<String> OPERATIONS = List.of("read(byte[])", "read(InputStream)",
      "fingerprint(Agreement)", "canonicalize(String)");

  /** Documents of {@code n} elements; each reads as an agreement, or fails as its name says. */
  static Map<String, IntFunction<String>> documents() {
    Map<String, IntFunction<String>> documents = new LinkedHashMap<>();
    documents.put("commitments in a long dependsOn chain", n -> document(2, "",
        list("commitments", n, i -> commitment("c-" + i, i == 0 ? "" : "\"dependsOn\": [\"c-"
            + (i - 1) + "\"], \"quantities\": [{\"value\": " + i + ", \"unit\": \"JOBS\"}], "))));
    documents.put("parties with identifiers", n -> document(2, "", list("parties", n,
        i -> "{\"id\": \"p-" + i + "\", \"name\": \"기업 " + i + "\", \"kind\": \"COMPANY\","
            + " \"identifiers\": [{\"scheme\": \"KR-BRN\", \"id\": \"" + i + "\"}]}")));
    documents.put("commitments sharing one id", n -> document(1, "",
        list("commitments", n, i -> commitment("same", ""))));
    documents.put("a long title", n -> document(1, "", "\"purpose\": \"" + "협".repeat(n) + "\""));
    documents.put("a long escaped title", n -> document(1, "",
        "\"purpose\": \"" + "\\u0041\\n\\ud55c".repeat(n / 3) + "\""));
    documents.put("many sources", n -> document(1, "", list("sources", n,
        i -> "{\"title\": \"보도 " + i + "\", \"url\": \"https://news.example/" + i + "\"}")));
    documents.put("many programmes with budgets", n -> document(1, "", list("programmes", n,
        i -> "{\"id\": \"p-" + i + "\", \"name\": \"사업\", \"period\": {\"first\": 2024, "
            + "\"last\": 2025}, \"totalBudget\": " + won(2000) + ", \"annualBudgets\": [{\"year\":"
            + " 2024, \"amount\": " + won(1000) + "}, {\"year\": 2025, \"amount\": " + won(1000)
            + "}], \"status\": \"PLANNED\"}")));
    documents.put("a life after signing: histories, progress, milestones, amendments",
        n -> document(2, "", "\"sources\": [{\"id\": \"press\", \"title\": \"보도\"}], "
            + list("statusHistory", n, i -> "{\"status\": \"DRAFT\", \"date\": \"2024-03\","
                + " \"source\": \"press\"}") + ", "
            + list("amendments", n, i -> "{\"date\": \"2025-01-02\", \"summary\": \"기한 연장 "
                + i + "\", \"changedPaths\": [\"commitments[" + i + "].due\"], \"source\":"
                + " \"press\"}") + ", "
            + list("commitments", n, i -> commitment("c-" + i, "\"status\": \"IN_PROGRESS\","
                + " \"quantities\": [{\"value\": 30, \"unit\": \"JOBS\"}], \"statusHistory\":"
                + " [{\"status\": \"PLEDGED\", \"date\": \"2024-03-15\"}, {\"status\":"
                + " \"IN_PROGRESS\", \"date\": \"2025\", \"note\": \"착공\", \"source\":"
                + " \"press\"}], \"progress\": [{\"asOf\": \"2025-06\", \"summary\": \"채용"
                + " 진행\", \"achieved\": [{\"value\": " + i % 30 + ", \"unit\": \"JOBS\"}],"
                + " \"spent\": " + won(1000) + ", \"source\": \"press\"}], \"milestones\":"
                + " [{\"description\": \"착공\", \"due\": \"2025-06\", \"status\": \"MET\","
                + " \"metOn\": \"2025-04-02\"}, {\"description\": \"준공\"}], \"sources\":"
                + " [\"press\"], "))));
    documents.put("deep extensions on many commitments", n -> document(2, "",
        list("commitments", n, i -> commitment("c-" + i, "\"extensions\": {\"busan:deep\": "
            + "[".repeat(15) + i + "]".repeat(15) + "}, "))));
    documents.put("unknown attributes, read leniently", n -> document(1, "",
        list("commitments", n, i -> commitment("c-" + i, "\"unknown" + i + "\": {\"a\": [1]}, "))));
    documents.put("a bad constant after many commitments", n -> document(1, "",
        list("commitments", n, i -> commitment("c-" + i, "")) + ", \"parties\": [{\"id\": \"x\","
            + " \"name\": \"x\", \"kind\": \"CITY\"}]"));
    documents.put("a duplicate name after many commitments", n -> document(1, "",
        list("commitments", n, i -> commitment("c-" + i, "")) + ", \"title\": \"다시\""));
    documents.put("formatVersion 1 declared after many version 2 attributes", n -> document(0,
        list("commitments", n, i -> commitment("c-" + i, "\"beneficiaryGroups\": [\"청년\"], "))
            + ", ", "\"formatVersion\": 1"));
    return documents;
  }

  /** A document whose one extension is an object of {@code n} members. */
  private static String wideExtension(int n) {
    return document(2, "", "\"extensions\": {\"busan:wide\": {" + join(n,
        i -> "\"m" + i + "\": " + i) + "}}");
  }

  /** JSON texts of any kind, for the canonicalizer, each of about {@code n} elements. */
  static Map<String, IntFunction<String>> texts() {
    Map<String, IntFunction<String>> texts = new LinkedHashMap<>();
    texts.put("deep nesting", n -> "[".repeat(n) + "]".repeat(n));
    texts.put("deep objects", n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n));
    texts.put("many numbers", n -> "[" + join(n, i -> i + ".5e" + (i % 300)) + "]");
    texts.put("members in reverse order", n -> "{" + join(n, i -> "\"k" + (n - i) + "\": " + i)
        + "}");
    texts.put("long escaped string", n -> "\"" + "\\u00e9\\t\\ud83d\\ude00".repeat(n / 4) + "\"");
    texts.put("members sharing a hash code", n -> "{" + join(n,
        i -> "\"" + collidingName(i) + "\": " + i) + "}");
    return texts;
  }

  static Stream<Arguments> documentCases() {
    List<Arguments> cases = new ArrayList<>();
    for (JsonLine line : JsonLine.both()) {
      for (String document : documents().keySet()) {
        cases.add(Arguments.of(line, document));
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> textCases() {
    List<Arguments> cases = new ArrayList<>();
    for (JsonLine line : JsonLine.both()) {
      for (String text : texts().keySet()) {
        cases.add(Arguments.of(line, text));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("documentCases")
  void readingCostsTheSamePerElementAtEverySize(JsonLine line, String shape) {
    IntFunction<String> text = documents().get(shape);
    boolean lenient = shape.contains("leniently");
    boolean refused = shape.startsWith("a bad") || shape.startsWith("a duplicate")
        || shape.startsWith("formatVersion 1");
    check(line + ", AgreementJson.read(byte[]), " + shape, n -> bytes(text, n),
        (byte[] document) -> outcome(line, () -> lenient
            ? line.readLeniently(document, Agreement.class) : line.read(document)));
    check(line + ", AgreementJson.read(InputStream), " + shape, n -> bytes(text, n),
        (byte[] document) -> outcome(line, () -> lenient
            ? line.readLeniently(document, Agreement.class)
            : line.read((InputStream) new ByteArrayInputStream(document))));
    check(line + ", the strict mapper, " + shape, n -> bytes(text, n),
        (byte[] document) -> outcome(line, () -> line.readValue(document, Agreement.class)));
    Object read = outcome(line, () -> lenient
        ? line.readLeniently(bytes(text, SMALLEST), Agreement.class) : line.read(bytes(text, SMALLEST)));
    if (refused) {
      assertThat(read).as("what %s says of '%s'", line, shape).isInstanceOf(String.class);
    } else {
      assertThat(read).as("what %s reads of '%s'", line, shape).isInstanceOf(Agreement.class);
      check(line + ", fingerprint and write, " + shape,
          n -> outcome(line, () -> lenient ? line.readLeniently(bytes(text, n), Agreement.class)
              : line.read(bytes(text, n))),
          (Object agreement) -> line.fingerprint((Agreement) agreement)
              + line.write(agreement, true, true).length);
      check(line + ", canonicalize, " + shape, text::apply, line::canonicalize);
    }
  }

  /**
   * One extension object of 150 to 4,800 members, each document read by a new mapper. Above 6,000
   * distinct member names, Jackson no longer keeps the names it has read for the next document (its
   * symbol table is not reused past that size, counting the names of every document the mapper has
   * read, so in the whole suite the step came at 4,800 with the shared mapper), so each read makes
   * every name anew: measured from 150
   * to 9,600 members, the bytes per member were 271 up to 4,800 and 435 (Jackson 2) or 397
   * (Jackson 3) at 9,600, one step, not a growth; many commitments with 500 to 16,000 distinct
   * unknown names, read leniently, cost 1,025 bytes each up to 4,000 and 1,414 to 1,441 per name
   * added beyond, the same at 8,000 as at 16,000. That step is Jackson's, and linear.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void aWideExtensionCostsTheSamePerMember(JsonLine line) {
    Agreement read = (Agreement) outcome(line, () -> line.read(wideExtension(150).getBytes(UTF_8)));
    assertThat(read.extensions()).containsKey("busan:wide");
    // Each read by a new mapper, whose symbol table holds no names of the documents other tests read.
    System.out.println(Growth.of(line + ", a new mapper's readValue, a wide extension",
        n -> Map.entry(line.newMapper(), wideExtension(n).getBytes(UTF_8)),
        (Map.Entry<JsonLine.Mapper, byte[]> mapperAndDocument) -> outcome(line,
            () -> mapperAndDocument.getKey().read(mapperAndDocument.getValue()))).sizes(150, 5)
        .check());
    System.out.println(Growth.of(line + ", fingerprint, a wide extension",
        n -> outcome(line, () -> line.read(wideExtension(n).getBytes(UTF_8))),
        (Object agreement) -> line.fingerprint((Agreement) agreement)).sizes(150, 5).check());
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("textCases")
  void canonicalizingCostsTheSamePerElementAtEverySize(JsonLine line, String shape) {
    IntFunction<String> text = texts().get(shape);
    check(line + ", canonicalize, " + shape, text::apply, (String json) -> {
      try {
        return line.canonicalize(json);
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
    });
  }

  static List<JsonLine> lines() {
    return JsonLine.both();
  }

  @Test
  void everyReaderOfAgreementJsonHasAGrowthCase() {
    for (Class<?> type : List.of(org.publicprivate.agreements.jackson.AgreementJson.class,
        org.publicprivate.agreements.jackson3.AgreementJson.class)) {
      TreeSet<String> found = new TreeSet<>();
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())
            && Arrays.stream(method.getParameterTypes()).anyMatch(p -> p == byte[].class
                || p == String.class || InputStream.class.isAssignableFrom(p)
                || java.io.Reader.class.isAssignableFrom(p) || p == Agreement.class)) {
          found.add(method.getName() + "(" + Arrays.stream(method.getParameterTypes())
              .map(Class::getSimpleName).collect(Collectors.joining(",")) + ")");
        }
      }
      assertThat(found).as("the readers of %s: give each new one a growth case", type.getName())
          .containsExactlyInAnyOrderElementsOf(OPERATIONS);
    }
  }

  private static <T> void check(String name, IntFunction<T> input,
      java.util.function.Function<T, Object> operation) {
    double bound = name.endsWith(", unknown attributes, read leniently")
        ? DISTINCT_NAMES_BOUND : Growth.DEFAULT_MAX_RATIO;
    GrowthReport report = Growth.of(name, input, operation).sizes(SMALLEST, DOUBLINGS)
        .maxRatio(bound).check();
    System.out.println(report);
  }

  private interface Reading {
    Object read() throws Exception;
  }

  /** The agreement read, or the message of the line's exception. */
  private static Object outcome(JsonLine line, Reading reading) {
    try {
      return reading.read();
    } catch (Exception e) {
      JsonLine.Failure failure = line.failure(e);
      if (failure == null) {
        throw new AssertionError("not the line's exception: " + e, e);
      }
      return failure.message();
    }
  }

  private static byte[] bytes(IntFunction<String> text, int n) {
    return text.apply(n).getBytes(UTF_8);
  }

  /** A document of {@code formatVersion} (none when 0) with the given members before and after. */
  private static String document(int formatVersion, String before, String after) {
    return "{" + (formatVersion > 0 ? "\"formatVersion\": " + formatVersion + ", " : "") + before
        + "\"id\": \"a\", \"title\": \"협약\", \"kind\": \"MOU\", \"status\": \"DRAFT\", " + after
        + "}";
  }

  private static String won(long amount) {
    return "{\"amount\": " + amount + ", \"currency\": \"KRW\"}";
  }

  private static String commitment(String id, String more) {
    return "{\"id\": \"" + id + "\", \"parties\": [\"busan\"], " + more + "\"summary\": \"지역 인재"
        + " 채용\", \"category\": \"EMPLOYMENT\", \"obligation\": \"INTENT\"}";
  }

  private static String list(String name, int n, IntFunction<String> element) {
    return "\"" + name + "\": [" + join(n, element) + "]";
  }

  private static String join(int n, IntFunction<String> element) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(i == 0 ? "" : ", ").append(element.apply(i));
    }
    return text.toString();
  }

  /** Distinct names that all have one {@code String.hashCode}: blocks of "Aa" and "BB". */
  private static String collidingName(int i) {
    StringBuilder name = new StringBuilder(32);
    for (int bit = 15; bit >= 0; bit--) {
      name.append((i >>> bit & 1) == 0 ? "Aa" : "BB");
    }
    return name.toString();
  }
}
