package org.publicprivate.agreements.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code agreements} command: validate, format, fingerprint, summarise, total and compare
 * agreement documents, and print the JSON Schema of the format and the list of validation rules.
 *
 * <pre>{@code
 * java -jar examples/target/agreements.jar validate busan.json
 * }</pre>
 *
 * <p>Exit status: 0 when every file reads and has no error; 1 when a file breaks a rule (or, with
 * {@code format --check}, is not canonical; with {@code diff}, the two versions differ); 2 when a
 * file cannot be read or parsed; 64 on a usage error.
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
      TotalsCommand.class,
      DiffCommand.class,
      SchemaCommand.class,
      RulesCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every file reads and has no error",
      "1:a file breaks a rule, or is not canonical (format --check), or the versions differ (diff)",
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

  /**
   * Where documents go as bytes ({@code format}): standard output itself, so that what is written
   * is exactly the writer's UTF-8, whatever the platform's charset.
   */
  private final OutputStream documentsOut;

  private AgreementsCommand(OutputStream documentsOut) {
    this.documentsOut = documentsOut;
  }

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    System.exit(run(stdout, err, args));
  }

  /**
   * Runs the command with standard output as bytes (documents are written to it unchanged; text in
   * UTF-8) and returns its exit status.
   */
  public static int run(OutputStream out, PrintWriter err, String... args) {
    PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    int status = run(text, out, err, args);
    try {
      out.flush();
    } catch (IOException e) {
      err.println("agreements: cannot write to standard output: " + e.getMessage());
      err.flush();
      return UNREADABLE;
    }
    return status;
  }

  /**
   * Runs the command with the given writers and returns its exit status. Documents that
   * {@code format} writes reach {@code out} through a strict UTF-8 decoder, which refuses (rather
   * than replaces) anything that is not UTF-8.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, new StrictUtf8Writer(out), err, args);
  }

  private static int run(PrintWriter out, OutputStream documentsOut, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new AgreementsCommand(documentsOut))
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

  /**
   * Writes a document's bytes to standard output, after any text printed before them.
   *
   * @throws IOException when standard output cannot be written
   */
  void writeDocument(PrintWriter text, byte[] document) throws IOException {
    text.flush();
    documentsOut.write(document);
    documentsOut.flush();
  }

  /** Bytes to a writer through a UTF-8 decoder that reports malformed input instead of replacing it. */
  private static final class StrictUtf8Writer extends OutputStream {
    private final PrintWriter writer;

    StrictUtf8Writer(PrintWriter writer) {
      this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      try {
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, length));
        writer.append(chars);
      } catch (CharacterCodingException e) {
        throw new IOException("output is not UTF-8", e);
      }
    }

    @Override
    public void flush() {
      writer.flush();
    }
  }
}
