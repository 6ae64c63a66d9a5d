package org.publicprivate.agreements.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text no model value may hold is refused on read with its path, before anything normalises it:
 * an unpaired surrogate ("x\uD800y" was read, then written raw by one writer and escaped by the
 * other), and a run of more than 30 combining marks (a title of "a" and 500,000 marks took 230
 * seconds to normalise, twice).
 */
class HostileTextTest {
  private static final String MINIMAL =
      new String(Corpus.resource("/valid-documents/01-minimal.json"), UTF_8);

  /** The minimal document with the given JSON text as its title and keywords. */
  private static byte[] document(String title, String keyword) {
    String document = MINIMAL.replaceFirst("\"title\": \"[^\"]*\"",
        Matcher.quoteReplacement("\"title\": " + title));
    document = document.substring(0, document.lastIndexOf('}'))
        + ", \"keywords\": [\"ok\", " + keyword + "]}";
    return document.getBytes(UTF_8);
  }

  static Stream<Arguments> unpairedSurrogates() {
    List<String> texts = List.of("\"x\\uD800y\"", "\"\\uDC00\"", "\"end\\uD83D\"",
        "\"\\uDE97\\uD83D\"", "\"\\uD800\\uD800\"");
    return JsonLine.both().stream().flatMap(line -> texts.stream().map(t -> Arguments.of(line, t)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("unpairedSurrogates")
  void refusesUnpairedSurrogatesWithThePath(JsonLine line, String text) {
    Throwable inTitle = catchThrowable(() -> line.read(document(text, "\"k\"")));
    Throwable inKeyword = catchThrowable(() -> line.read(document("\"t\"", text)));

    assertThat(line.failure(inTitle)).as("%s", inTitle).isNotNull()
        .satisfies(failure -> assertThat(failure.path()).isEqualTo("title"))
        .satisfies(failure -> assertThat(failure.reason())
            .startsWith("text is not valid Unicode: an unpaired surrogate at character "));
    assertThat(line.failure(inKeyword)).as("%s", inKeyword).isNotNull()
        .satisfies(failure -> assertThat(failure.path()).isEqualTo("keywords[1]"));
  }

  static Stream<Arguments> runsOfMarks() {
    return JsonLine.both().stream().flatMap(line -> Stream.of(512, 4 * 1024, 32 * 1024, 256 * 1024)
        .map(pairs -> Arguments.of(line, pairs)));
  }

  @ParameterizedTest(name = "{0}: {1} pairs of marks")
  @MethodSource("runsOfMarks")
  void refusesLongRunsOfCombiningMarksWithThePath(JsonLine line, int pairs) {
    String marks = "\"a" + "\u0316\u0301".repeat(pairs) + "\"";

    Throwable thrown = catchThrowable(() -> line.read(document(marks, "\"k\"")));

    JsonLine.Failure failure = line.failure(thrown);
    assertThat(failure).as("%s", thrown).isNotNull();
    assertThat(failure.path()).isEqualTo("title");
    assertThat(failure.reason()).isEqualTo("text has more than 30 combining marks in a row"
        + " (at character 32), beyond Unicode's stream-safe limit");
  }

  static List<JsonLine> lines() {
    return JsonLine.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void readsThirtyMarksInARowAndWritesThemComposedTheSameWayAsBytesAndString(JsonLine line)
      throws Exception {
    String title = "e" + "\u0301".repeat(30);

    var agreement = line.read(document("\"" + title + "\"", "\"🚗\""));

    assertThat(agreement.title()).isEqualTo("\u00e9" + "\u0301".repeat(29));
    assertThat(line.writeString(agreement))
        .isEqualTo(new String(line.write(agreement, false, false), UTF_8))
        .contains("\"🚗\"");
  }
}
