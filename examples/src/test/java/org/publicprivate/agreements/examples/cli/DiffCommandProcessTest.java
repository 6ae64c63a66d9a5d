package org.publicprivate.agreements.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code agreements diff} run as users run it, as its own Java process. */
class DiffCommandProcessTest {
  @Test
  void printsTheChangesInUtf8AndExitsOneWhenTheVersionsDiffer() throws Exception {
    CommandProcessTest.Result result = CommandProcessTest.agreements(
        List.of("-Dfile.encoding=US-ASCII", "-Dstdout.encoding=US-ASCII"),
        "diff", "--locale", "ko", DiffCommandTest.SIGNED.toString(),
        DiffCommandTest.REVISED.toString());

    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(DiffCommand.DIFFERENT);
    assertThat(new String(result.out(), StandardCharsets.UTF_8).lines().toList())
        .isEqualTo(DiffCommandTest.REVISED_KO);
  }

  @Test
  void exitsZeroWithoutOutputForTwoLayoutsOfOneAgreement() throws Exception {
    CommandProcessTest.Result result = CommandProcessTest.agreements(List.of(),
        "diff", DiffCommandTest.FOUNDING.toString(), DiffCommandTest.REORDERED.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
  }

  @Test
  void exitsTwoWithOneLineWhenAFileDoesNotRead() throws Exception {
    CommandProcessTest.Result result = CommandProcessTest.agreements(List.of(),
        "diff", DiffCommandTest.MALFORMED.toString(), DiffCommandTest.SIGNED.toString());

    assertThat(result.status()).isEqualTo(AgreementsCommand.UNREADABLE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines().toList()).singleElement().satisfies(line ->
        assertThat(line).startsWith(DiffCommandTest.MALFORMED + ": parties[1].kind: "));
  }
}
