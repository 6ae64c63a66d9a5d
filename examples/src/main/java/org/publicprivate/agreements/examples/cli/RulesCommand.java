package org.publicprivate.agreements.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agreements rules}: lists every validation rule with its code, severity and description. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Lists every validation rule: its code, severity and what it checks.")
final class RulesCommand implements Callable<Integer> {
  /** How the list is printed. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text for people (the default), json for machines.")
  Format format;

  @Mixin LocaleOption locale;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Locale language = locale.locale();
    List<Rule> rules = AgreementValidator.create(language).rules();
    if (format == Format.json) {
      ObjectMapper json = new ObjectMapper();
      ArrayNode list = json.createArrayNode();
      for (Rule rule : rules) {
        list.addObject()
            .put("code", rule.code())
            .put("severity", rule.severity().name())
            .put("description", rule.description(language));
      }
      out.println(list.toPrettyString());
      return AgreementsCommand.OK;
    }
    int width = rules.stream().mapToInt(rule -> rule.code().length()).max().orElse(0);
    for (Rule rule : rules) {
      out.println(String.format(Locale.ROOT, "%-" + width + "s  %-7s  %s",
          rule.code(), rule.severity(), rule.description(language)));
    }
    return AgreementsCommand.OK;
  }
}
