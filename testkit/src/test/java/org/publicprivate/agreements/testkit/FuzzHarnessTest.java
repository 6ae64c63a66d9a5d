package org.publicprivate.agreements.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fuzz harness itself: it finds what it should, writes it down and repeats it by seed. */
class FuzzHarnessTest {

  @TempDir
  Path findings;

  @Test
  void anUndocumentedThrowableIsAFindingWrittenToItsFileWithTheSeed() throws IOException {
    String previous = System.setProperty("agreements.fuzz.findings", findings.toString());
    try {
      FuzzTarget<String, Integer> target = FuzzTarget.of("Integer.parseInt", Integer::parseInt,
          String::length, NumberFormatException.class);
      // A reader with a bug: an undocumented exception for any text holding a 7.
      FuzzTarget<String, Integer> buggy = FuzzTarget.of("buggy", (String text) -> {
        if (text.contains("7")) {
          throw new IllegalStateException("seven");
        }
        return Integer.parseInt(text);
      }, String::length, NumberFormatException.class);
      Gen<String> numbers = FuzzInputs.texts(Gens.longs(0, 1_000_000).map(String::valueOf));

      assertThat(Fuzz.run(target, numbers, 2_000, 42L).inputs()).isEqualTo(2_000);
      assertThatThrownBy(() -> Fuzz.run(buggy, numbers, 2_000, 42L))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("seed 42")
          .hasMessageContaining("-Dagreements.fuzz.seed=42")
          .hasMessageContaining("IllegalStateException: seven")
          .hasCauseInstanceOf(IllegalStateException.class);
      List<Path> written = new ArrayList<>();
      try (var files = Files.list(findings)) {
        files.filter(f -> f.getFileName().toString().endsWith(".txt")
            && !f.getFileName().toString().endsWith(".escaped.txt")).forEach(written::add);
      }
      assertThat(written).singleElement().satisfies(file -> {
        assertThat(file.getFileName().toString()).startsWith("buggy-42-");
        assertThat(Files.readString(file, UTF_8)).contains("7");
      });
    } finally {
      if (previous == null) {
        System.clearProperty("agreements.fuzz.findings");
      } else {
        System.setProperty("agreements.fuzz.findings", previous);
      }
    }
  }

  @Test
  void aValueThatDoesNotSurviveTheRoundTripIsAFinding() {
    String previous = System.setProperty("agreements.fuzz.findings", findings.toString());
    try {
      // Writes the value back off by one: the round trip must catch it.
      FuzzTarget<String, Long> target = FuzzTarget.of("Long.parseLong", Long::parseLong,
          String::length, NumberFormatException.class).roundTrip(value -> String.valueOf(value + 1));
      assertThatThrownBy(() -> Fuzz.run(target, Gens.longs(0, 9).map(String::valueOf), 10, 7L))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("reads back as");
    } finally {
      if (previous == null) {
        System.clearProperty("agreements.fuzz.findings");
      } else {
        System.setProperty("agreements.fuzz.findings", previous);
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameInputsAndTheReportCountsTheOutcomes() {
    FuzzTarget<String, Long> target = FuzzTarget.of("Long.parseLong", Long::parseLong,
        String::length, NumberFormatException.class).roundTrip(String::valueOf);
    Gen<String> inputs = FuzzInputs.texts(Gens.longs(0, 1_000_000).map(String::valueOf));
    FuzzReport first = Fuzz.run(target, inputs, 3_000, 5L);
    FuzzReport second = Fuzz.run(target, inputs, 3_000, 5L);

    assertThat(second.values()).isEqualTo(first.values());
    assertThat(first.values()).isBetween(1, 2_999);
    assertThat(first.sizes()).isNotEmpty();
    assertThat(first.sizes().stream().mapToInt(FuzzReport.SizeClass::inputs).sum())
        .as("inputs timed: all but the 1,000 of the warm-up").isEqualTo(2_000);
    assertThat(inputs.sample(Fuzz.inputSeed(5L, 17))).isEqualTo(inputs.sample(Fuzz.inputSeed(5L, 17)));
  }

  @Test
  void mutatedDocumentsAreStillMostlyJsonAndSometimesNot() {
    Gen<byte[]> documents = FuzzInputs.agreementDocuments(agreement ->
        "{\"id\":\"" + agreement.id() + "\",\"title\":\"" + agreement.title()
            + "\",\"parties\":[{\"id\":\"a\"},{\"id\":\"b\"}]}");
    List<String> texts = documents.samples(3L).limit(300).map(d -> new String(d, UTF_8)).toList();

    assertThat(texts).anyMatch(t -> t.startsWith("{\"id\":\"agreement-"));
    assertThat(texts).anyMatch(t -> !t.endsWith("}"));
    assertThat(texts).anyMatch(t -> t.contains("[[[[[[[[[[") || t.contains("{\"a\":{\"a\":"));
    assertThat(texts).anyMatch(t -> t.startsWith("\uFEFF"));
  }
}
