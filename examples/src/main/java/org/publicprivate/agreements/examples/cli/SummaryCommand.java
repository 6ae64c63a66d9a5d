package org.publicprivate.agreements.examples.cli;

import java.util.concurrent.Callable;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.examples.AgreementSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agreements summary FILE}: prints a short summary of the document. */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = "Prints a short summary of the document, in Korean or English.")
final class SummaryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The document; - reads standard input.")
  String file;

  @Mixin LocaleOption locale;

  @Override
  public Integer call() {
    Agreement agreement;
    try {
      agreement = new Documents(System.in).read(file);
    } catch (Documents.UnreadableException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return AgreementsCommand.UNREADABLE;
    }
    spec.commandLine().getOut().println(AgreementSummary.of(agreement, locale.locale()));
    return AgreementsCommand.OK;
  }
}
