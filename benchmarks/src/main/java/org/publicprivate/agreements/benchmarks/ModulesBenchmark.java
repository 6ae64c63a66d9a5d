package org.publicprivate.agreements.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.jackson.AgreementJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 module beside the Jackson 2 module: the same document read and written by each, in
 * one state, so that {@code PairedRun} can measure them in turns (issue 12: the Jackson 3 module
 * within 5% of the Jackson 2 module), for example {@code PairedRun ModulesBenchmark readJackson3
 * readJackson2 1000 10}. {@link ReadBenchmark}, {@link WriteBenchmark} and {@link
 * Jackson3Benchmark} set each module beside its own line's records; this class sets the modules
 * beside each other.
 *
 * <p>It is no JMH benchmark: JMH's table already sets {@code Jackson3Benchmark}'s scores beside
 * {@code ReadBenchmark}'s and {@code WriteBenchmark}'s, measured one after the other as JMH
 * measures any two of its benchmarks, and four more methods at six sizes would add at least 16
 * minutes to {@code run.sh full} (24 cases, two forks each of 20 s of iterations).
 */
public class ModulesBenchmark {
  /** How many commitments the document holds; set before {@link #setUp()}. */
  public int commitments;

  byte[] json;
  Agreement agreement;
  ObjectMapper jackson2;
  JsonMapper jackson3;

  /** Builds the agreement and writes it once. */
  public void setUp() throws IOException {
    jackson2 = AgreementJson.newMapper();
    jackson3 = org.publicprivate.agreements.jackson3.AgreementJson.newMapper();
    agreement = Corpus.agreement(commitments);
    json = jackson2.writeValueAsBytes(agreement);
  }

  /** The Jackson 2 module's strict reader. */
  public Agreement readJackson2() throws IOException {
    return jackson2.readValue(json, Agreement.class);
  }

  /** The Jackson 3 module's strict reader, of the same bytes. */
  public Agreement readJackson3() {
    return jackson3.readValue(json, Agreement.class);
  }

  /** The Jackson 2 module's canonical writer. */
  public byte[] writeJackson2() throws IOException {
    return jackson2.writeValueAsBytes(agreement);
  }

  /** The Jackson 3 module's canonical writer, of the same agreement. */
  public byte[] writeJackson3() {
    return jackson3.writeValueAsBytes(agreement);
  }
}
