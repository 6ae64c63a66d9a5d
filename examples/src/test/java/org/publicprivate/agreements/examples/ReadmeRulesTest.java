package org.publicprivate.agreements.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.Rule;

/**
 * The README's rule table is the rule set, row for row, and the output it shows for the house
 * rule is what the example prints.
 */
class ReadmeRulesTest {
  private static final Path README = Path.of("../README.md");

  @Test
  void theRuleTableListsEveryRuleWithItsSeverityAndEnglishDescriptionInOrder() throws IOException {
    List<String> table = new ArrayList<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(README)) {
      if (line.equals("| code | severity | rule |")) {
        inTable = true;
      } else if (inTable && line.startsWith("| `")) {
        table.add(line);
      } else if (inTable && !line.startsWith("|---")) {
        break;
      }
    }
    List<String> expected = new ArrayList<>();
    for (Rule rule : AgreementValidator.create(Locale.ENGLISH).rules()) {
      expected.add("| `" + rule.code() + "` | " + rule.severity() + " | "
          + rule.description(Locale.ENGLISH) + " |");
    }

    assertThat(table).containsExactlyElementsOf(expected);
  }

  @Test
  void theHouseRulesOutputIsWhatTheExamplePrints() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CompanyRegistrationNumberRule.printReport(new PrintStream(printed, true, StandardCharsets.UTF_8));
    String output = printed.toString(StandardCharsets.UTF_8);

    assertThat(output).startsWith("ERROR busan.company.brnRequired parties[1]");
    assertThat(Files.readString(README)).contains("```text\n" + output + "```\n");
  }
}
