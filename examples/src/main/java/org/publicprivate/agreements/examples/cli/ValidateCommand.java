package org.publicprivate.agreements.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.ValidationReport;
import org.publicprivate.agreements.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agreements validate FILE...}: reads each document strictly and reports every violation. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Reads each document strictly and validates it; prints each violation as"
        + " FILE: SEVERITY code path: message.")
final class ValidateCommand implements Callable<Integer> {
  /** How reports are printed. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents to validate; - reads standard input.")
  List<String> files;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text for people (the default), json for machines.")
  Format format;

  @Option(names = "--warnings-as-errors", description = "Treat warnings as errors (exit status 1).")
  boolean warningsAsErrors;

  @Mixin LocaleOption locale;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Documents documents = new Documents(System.in);
    AgreementValidator validator = AgreementValidator.create(locale.locale());
    ObjectMapper json = AgreementJson.newMapper();
    ArrayNode results = json.createArrayNode();
    boolean unreadable = false;
    boolean broken = false;
    for (String file : files) {
      ObjectNode result = results.addObject().put("file", file);
      Agreement agreement;
      try {
        agreement = documents.read(file);
      } catch (Documents.UnreadableException e) {
        unreadable = true;
        result.put("readable", false).put("error", e.getMessage());
        if (format == Format.text) {
          err.println(e.getMessage());
        }
        continue;
      }
      ValidationReport report = validator.validate(agreement);
      boolean failed = !report.isValid() || (warningsAsErrors && !report.warnings().isEmpty());
      broken |= failed;
      result.put("readable", true).put("valid", !failed);
      ArrayNode violations = result.putArray("violations");
      for (Violation violation : report.violations()) {
        violations.addObject()
            .put("code", violation.code())
            .put("severity", violation.severity().name())
            .put("path", violation.path())
            .put("message", violation.message());
        if (format == Format.text) {
          out.println(file + ": " + violation);
        }
      }
    }
    if (format == Format.json) {
      out.println(results.toPrettyString());
    }
    return unreadable ? AgreementsCommand.UNREADABLE
        : broken ? AgreementsCommand.RULE_ERROR
        : AgreementsCommand.OK;
  }
}
