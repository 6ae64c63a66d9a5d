package org.publicprivate.agreements.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.jackson.AgreementJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code agreements format FILE}: writes a document in its canonical form. */
@Command(name = "format", mixinStandardHelpOptions = true,
    description = "Writes the document in its canonical, indented form to standard output.")
final class FormatCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AgreementsCommand parent;

  @Parameters(paramLabel = "FILE", description = "The document; - reads standard input.")
  String file;

  @ArgGroup(exclusive = true)
  Mode mode = new Mode();

  static final class Mode {
    @Option(names = "--in-place", description = "Rewrite the file instead of printing it.")
    boolean inPlace;

    @Option(names = "--check", description = "Print nothing; exit 1 if the file is not canonical.")
    boolean check;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Documents documents = new Documents(System.in);
    byte[] original;
    Agreement agreement;
    try {
      original = documents.bytes(file);
      agreement = documents.read(file, original);
    } catch (Documents.UnreadableException e) {
      err.println(e.getMessage());
      return AgreementsCommand.UNREADABLE;
    }
    byte[] canonical = canonical(documents, agreement);
    if (mode.check) {
      if (Arrays.equals(original, canonical)) {
        return AgreementsCommand.OK;
      }
      err.println(file + ": not in canonical form; run: agreements format --in-place " + file);
      return AgreementsCommand.RULE_ERROR;
    }
    if (mode.inPlace) {
      if (Documents.STDIN.equals(file)) {
        err.println("agreements format: --in-place needs a file, not standard input");
        return AgreementsCommand.USAGE;
      }
      Files.write(Path.of(file), canonical);
      return AgreementsCommand.OK;
    }
    parent.writeDocument(out, canonical);
    return AgreementsCommand.OK;
  }

  /** The canonical file form: indented as {@link AgreementJson#prettyPrinter()}, ending in a newline. */
  static byte[] canonical(Documents documents, Agreement agreement) throws IOException {
    byte[] json = AgreementJson.prettyWriter(documents.mapper()).writeValueAsBytes(agreement);
    byte[] file = Arrays.copyOf(json, json.length + 1);
    file[json.length] = '\n';
    return file;
  }
}
