package org.publicprivate.agreements.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.ValidationReport;

/**
 * What a service does with the library, in a few lines: read a JSON agreement from a file, validate
 * it, print the report and the total pledged.
 *
 * <p>Run: {@code java -cp examples/target/agreements.jar
 * org.publicprivate.agreements.examples.ReadAndValidate FILE}
 */
public final class ReadAndValidate {
  private ReadAndValidate() {}

  /** Reads the agreement in {@code args[0]}, validates it and prints what it found. */
  public static void main(String[] args) throws IOException {
    PrintStream out = Console.utf8();
    ObjectMapper mapper = AgreementJson.newMapper();              // once per service
    AgreementValidator validator = AgreementValidator.create(Locale.KOREAN); // once per service

    Agreement agreement = mapper.readValue(Files.readAllBytes(Path.of(args[0])), Agreement.class);
    ValidationReport report = validator.validate(agreement);

    report.violations().forEach(out::println);
    out.println("valid: " + report.isValid());
    try {
      out.println("total pledged: " + agreement.totalPledged().toKoreanString());
    } catch (ArithmeticException e) {
      out.println("total pledged: more than the largest amount, " + MoneyAmount.ofWon(Long.MAX_VALUE));
    }
  }
}
