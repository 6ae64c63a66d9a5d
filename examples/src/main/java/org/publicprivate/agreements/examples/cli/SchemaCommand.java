package org.publicprivate.agreements.examples.cli;

import java.util.concurrent.Callable;
import org.publicprivate.agreements.jackson.AgreementSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code agreements schema}: prints the JSON Schema of the format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of the canonical format.")
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AgreementSchema.text());
    return AgreementsCommand.OK;
  }
}
