package org.publicprivate.agreements.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code agreements} command: validate, format, fingerprint and summarise agreement documents,
 * and print the JSON Schema of the format and the list of validation rules.
 *
 * <pre>{@code
 * java -jar examples/target/agreements.jar validate busan.json
 * }</pre>
 *
 * <p>Exit status: 0 when every file reads and has no error; 1 when a file breaks a rule (or, with
 * {@code format --check}, is not canonical); 2 when a file cannot be read or parsed; 64 on a usage
 * error.
 */
@Command(
    name = "agreements",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Validates, formats, fingerprints and summarises public-private agreements in their"
        + " canonical JSON.",
    subcommands = {
      ValidateCommand.class,
      FormatCommand.class,
      FingerprintCommand.class,
      SummaryCommand.class,
      SchemaCommand.class,
      RulesCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every file reads and has no error",
      "1:a file breaks a rule, or is not canonical (format --check)",
      "2:a file cannot be read or parsed",
      "64:usage error"
    })
public final class AgreementsCommand {
  /** Exit status when every file reads and has no error. */
  static final int OK = 0;
  /** Exit status when a file breaks a rule, or is not canonical. */
  static final int RULE_ERROR = 1;
  /** Exit status when a file cannot be read or parsed. */
  static final int UNREADABLE = 2;
  /** Exit status on a usage error (sysexits' EX_USAGE). */
  static final int USAGE = 64;

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /** Runs the command with the given output streams and returns its exit status. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new AgreementsCommand())
        .setOut(out)
        .setErr(err)
        .setParameterExceptionHandler((e, arguments) -> {
          CommandLine failed = e.getCommandLine();
          failed.getErr().println(e.getMessage());
          failed.usage(failed.getErr());
          return USAGE;
        })
        .setExecutionExceptionHandler((e, line, parsed) -> {
          line.getErr().println("agreements: " + e.getMessage());
          return UNREADABLE;
        });
    int status;
    try {
      status = commandLine.execute(args);
    } catch (Error e) {
      // Out of memory or stack, or a broken class path: one line, never a stack trace.
      err.println("agreements: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      status = UNREADABLE;
    }
    out.flush();
    err.flush();
    return status;
  }
}
