package org.publicprivate.agreements.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.jackson.AgreementJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agreements fingerprint FILE…}: prints each document's fingerprint and its file name, as
 * {@code sha256sum} prints hashes; a file that does not read is one line on standard error, and
 * the others are still printed.
 */
@Command(name = "fingerprint", mixinStandardHelpOptions = true,
    description = {"Prints the fingerprint of each document and its file name: sha256: and the"
        + " SHA-256 of the document's RFC 8785 form with amounts as strings, the same for every"
        + " copy of one agreement whatever its layout."})
final class FingerprintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Documents to fingerprint; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Documents documents = new Documents(System.in);
    int status = AgreementsCommand.OK;
    for (String file : files) {
      try {
        Agreement agreement = documents.read(file);
        out.println(AgreementJson.fingerprint(agreement) + "  " + file);
      } catch (Documents.UnreadableException e) {
        err.println(e.getMessage());
        status = AgreementsCommand.UNREADABLE;
      }
    }
    return status;
  }
}
