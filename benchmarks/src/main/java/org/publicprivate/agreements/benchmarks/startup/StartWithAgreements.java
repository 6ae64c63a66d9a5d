package org.publicprivate.agreements.benchmarks.startup;

import java.io.IOException;
import java.io.InputStream;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.ValidationReport;

/**
 * A whole JVM from start to the first validated agreement: reads the founding agreement's JSON
 * with our module, validates it, prints the number of errors and ends. {@code benchmarks/startup.sh}
 * times it against {@link StartWithRecords}.
 */
public final class StartWithAgreements {
  private StartWithAgreements() {}

  /** Reads, validates and prints the number of errors of {@link StartupDocument}. */
  public static void main(String[] args) throws IOException {
    try (InputStream in = StartupDocument.open()) {
      Agreement agreement = AgreementJson.newMapper().readValue(in, Agreement.class);
      ValidationReport report = AgreementValidator.create().validate(agreement);
      System.out.println(agreement.commitments().size() + " commitments, "
          + report.errors().size() + " errors");
    }
  }
}
