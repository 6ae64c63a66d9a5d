package org.publicprivate.agreements.benchmarks.startup;

import java.io.IOException;
import java.io.InputStream;
import org.publicprivate.agreements.benchmarks.baseline.AgreementRecord;
import org.publicprivate.agreements.benchmarks.baseline.RecordJson;

/**
 * The start-up baseline: a whole JVM that reads the same document into the records baseline with a
 * plain {@code ObjectMapper}, prints the number of commitments and ends. Nothing is validated,
 * since plain records have no rules.
 */
public final class StartWithRecords {
  private StartWithRecords() {}

  /** Reads {@link StartupDocument} into records and prints the number of commitments. */
  public static void main(String[] args) throws IOException {
    try (InputStream in = StartupDocument.open()) {
      AgreementRecord agreement = RecordJson.newMapper().readValue(in, AgreementRecord.class);
      System.out.println(agreement.commitments().size() + " commitments");
    }
  }
}
