package org.publicprivate.agreements.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.jackson.AgreementJson;

/** {@code agreements diff OLD NEW}, run in this process. */
class DiffCommandTest {
  static final Path FOUNDING = Path.of("src/main/resources/busan-future-car-mou-2023-05-22.json");
  static final Path REORDERED = Path.of("documents/busan-future-car-mou-reordered.json");
  static final Path SIGNED = Path.of("documents/narae-investment-agreement.json");
  static final Path REVISED = Path.of("documents/narae-investment-agreement-revised.json");
  static final Path MALFORMED = Path.of("documents/malformed-party-kind.json");

  /** What the command prints for the revised investment agreement, in Korean. */
  static final List<String> REVISED_KO = List.of(
      "변경  commitments[1].summary: \"2027년까지 나래일반산업단지에 약 2,000억 원을 투자하고 300명 이상을"
          + " 신규 고용한다\" → \"2027년까지 나래일반산업단지에 약 2,500억 원을 투자하고 300명 이상을 신규"
          + " 고용한다\"",
      "변경  commitments[1].pledgedAmount.amount: 200000000000 → 250000000000");

  @TempDir Path dir;

  static AgreementsCommandTest.Run run(String... args) {
    return AgreementsCommandTest.run(args);
  }

  @Test
  void printsNothingAndExitsZeroForTwoLayoutsOfOneAgreement() {
    AgreementsCommandTest.Run run = run("diff", FOUNDING.toString(), REORDERED.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void printsOneLinePerChangeInKoreanAndExitsOne() {
    AgreementsCommandTest.Run run = run("diff", "--locale", "ko", SIGNED.toString(),
        REVISED.toString());

    assertThat(run.status()).isEqualTo(DiffCommand.DIFFERENT);
    assertThat(run.outLines()).isEqualTo(REVISED_KO);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void printsOneLinePerChangeInEnglish() {
    AgreementsCommandTest.Run run = run("diff", "--locale", "en", SIGNED.toString(),
        REVISED.toString());

    assertThat(run.status()).isEqualTo(DiffCommand.DIFFERENT);
    assertThat(run.outLines()).hasSize(2)
        .last().isEqualTo("changed  commitments[1].pledgedAmount.amount: 200000000000 → 250000000000");
  }

  @Test
  void namesAnAddedOrRemovedElementWithItsWholeValueAsJson() throws IOException {
    Agreement signed = AgreementJson.read(Files.readAllBytes(SIGNED));
    Path fewer = dir.resolve("fewer.json");
    Files.write(fewer, AgreementJson.newMapper().writeValueAsBytes(
        signed.withCommitments(signed.commitments().subList(0, 3))));

    AgreementsCommandTest.Run removed = run("diff", "--locale", "en", SIGNED.toString(),
        fewer.toString());
    AgreementsCommandTest.Run added = run("diff", "--locale", "ko", fewer.toString(),
        SIGNED.toString());

    assertThat(removed.status()).isEqualTo(DiffCommand.DIFFERENT);
    assertThat(removed.outLines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("removed  commitments[3]: {\"id\":\"nordlicht-investment\",")
        .endsWith("} → (none)"));
    assertThat(added.outLines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("추가  commitments[3]: (없음) → {\"id\":\"nordlicht-investment\","));
  }

  @Test
  void writesJsonForMachines() throws IOException {
    AgreementsCommandTest.Run run = run("diff", "--format", "json", SIGNED.toString(),
        REVISED.toString());
    JsonNode diff = new ObjectMapper().readTree(run.out());

    assertThat(run.status()).isEqualTo(DiffCommand.DIFFERENT);
    assertThat(diff.get("old").asText()).isEqualTo(SIGNED.toString());
    assertThat(diff.get("new").asText()).isEqualTo(REVISED.toString());
    assertThat(diff.get("changes")).hasSize(2);
    JsonNode amount = diff.get("changes").get(1);
    assertThat(amount.get("path").asText()).isEqualTo("commitments[1].pledgedAmount.amount");
    assertThat(amount.get("kind").asText()).isEqualTo("CHANGED");
    assertThat(amount.get("before").asLong()).isEqualTo(200_000_000_000L);
    assertThat(amount.get("after").asLong()).isEqualTo(250_000_000_000L);
  }

  @Test
  void writesAnEmptyListOfChangesAsJsonForEqualVersions() throws IOException {
    AgreementsCommandTest.Run run = run("diff", "--format", "json", FOUNDING.toString(),
        REORDERED.toString());

    assertThat(run.status()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).get("changes")).isEmpty();
  }

  @Test
  void exitsTwoWithOneLineNamingTheFileAndTheJsonPathWhenAFileDoesNotRead() {
    AgreementsCommandTest.Run run = run("diff", SIGNED.toString(), MALFORMED.toString());

    assertThat(run.status()).isEqualTo(AgreementsCommand.UNREADABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
        .startsWith(MALFORMED + ": parties[1].kind: unknown PartyKind \"CORPORATION\""));
  }

  @Test
  void namesEveryFileThatDoesNotRead() {
    Path missing = dir.resolve("missing.json");
    AgreementsCommandTest.Run run = run("diff", missing.toString(), MALFORMED.toString());

    assertThat(run.status()).isEqualTo(AgreementsCommand.UNREADABLE);
    List<String> lines = run.err().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo(missing + ": cannot read: no such file");
    assertThat(lines.get(1)).startsWith(MALFORMED + ": parties[1].kind: ");
  }

  @Test
  void takesExactlyTwoFiles() {
    AgreementsCommandTest.Run run = run("diff", SIGNED.toString());

    assertThat(run.status()).isEqualTo(AgreementsCommand.USAGE);
    assertThat(run.err()).contains("Missing required parameter: 'NEW'");
  }

  @Test
  void theReadmeShowsWhatTheCommandPrints() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));

    assertThat(readme).contains("$ java -jar examples/target/agreements.jar diff --locale ko"
        + " examples/documents/narae-investment-agreement.json"
        + " examples/documents/narae-investment-agreement-revised.json\n"
        + String.join("\n", REVISED_KO) + "\n");
  }
}
