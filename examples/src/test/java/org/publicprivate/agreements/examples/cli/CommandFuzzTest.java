package org.publicprivate.agreements.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.testkit.Fuzz;
import org.publicprivate.agreements.testkit.FuzzInputs;
import org.publicprivate.agreements.testkit.FuzzReport;
import org.publicprivate.agreements.testkit.FuzzTarget;

/**
 * The {@code agreements} tool fuzzed as a user meets it: {@code agreements validate FILE} over the
 * testkit's structure-aware mutations of generated documents ({@link FuzzInputs#agreementDocuments}).
 * Each document ends with exit status 0 or 1 (read; valid or not), or 2 with a message that names
 * the file (does not read); never another status, a stack trace, an exception's class name or a
 * message that is only {@code null}.
 *
 * <p>{@value Fuzz#DEFAULT_INPUTS} documents in CI, as for every target; each run builds the command,
 * its mapper and its validator as a process of the tool does (a few milliseconds), so this is the
 * slowest of the fuzz tests. {@code -Dagreements.fuzz.inputs=10000000} is the long run, {@code
 * -Dagreements.fuzz.seed} repeats a run.
 */
class CommandFuzzTest {
  private static final ObjectMapper JSON = AgreementJson.newMapper();

  @TempDir Path dir;

  /** What one run printed and returned, for a document that read. */
  record Run(int status, String out, String err) {}

  /** Exit status 2 and its message: the documented outcome for a document that does not read. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  @Test
  void validateEndsEveryMutatedDocumentWithAStatusAndAMessageNamingTheFile() {
    Path file = dir.resolve("agreement.json");
    FuzzTarget<byte[], Run> target = FuzzTarget.of("agreements validate",
        (byte[] document) -> validate(file, document), (byte[] document) -> document.length,
        Unreadable.class);
    int inputs = Integer.getInteger("agreements.fuzz.inputs", Fuzz.DEFAULT_INPUTS);
    long seed = Long.getLong("agreements.fuzz.seed", System.nanoTime());

    FuzzReport report = Fuzz.run(target, FuzzInputs.agreementDocuments(CommandFuzzTest::write),
        inputs, seed);

    System.out.print(report);
    assertThat(report.values()).as("documents that read (seed %d)", seed).isBetween(1, inputs - 1);
  }

  private static Run validate(Path file, byte[] document) throws IOException, Unreadable {
    Files.write(file, document);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = AgreementsCommand.run(new PrintWriter(out), new PrintWriter(err), "validate",
        file.toString());
    String errors = err.toString();
    if (errors.contains("Exception") || errors.contains("\tat ") || errors.strip().endsWith(": null")) {
      throw new AssertionError("exit status " + status + " with: " + errors);
    }
    if (status == AgreementsCommand.UNREADABLE) {
      if (!errors.startsWith(file.toString())) {
        throw new AssertionError("a message that does not name the file: " + errors);
      }
      throw new Unreadable(errors.strip());
    }
    if (status != 0 && status != 1) {
      throw new AssertionError("exit status " + status + " with: " + errors);
    }
    return new Run(status, out.toString(), errors);
  }

  private static String write(org.publicprivate.agreements.Agreement agreement) {
    try {
      return new String(JSON.writeValueAsBytes(agreement), UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
