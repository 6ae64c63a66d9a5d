package org.publicprivate.agreements.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.ValidationReport;

/**
 * Documents built to make validation slow, read and validated: 20,000 commitments that share one
 * id (19,999 duplicates before the limit), 32,768 valid commitments whose ids all have one {@code
 * String} hash code (blocks of {@code Aa} and {@code BB}), and 32,768 parties whose ids do. The
 * report compares validating each with reading it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class HostileBenchmark {
  /** The shape of the document. */
  @Param({"sharedId20000", "collidingIds32768", "collidingPartyIds32768"})
  public String shape;

  private byte[] json;
  private ObjectMapper mapper;
  private Agreement agreement;
  private AgreementValidator validator;

  /** Builds and writes the document once per fork. */
  @Setup
  public void setUp() throws JsonProcessingException {
    agreement = document(shape);
    mapper = AgreementJson.newMapper();
    json = mapper.writeValueAsBytes(agreement);
    validator = AgreementValidator.create(Locale.ENGLISH);
  }

  /** Reading the document with our module. */
  @Benchmark
  public Agreement read() throws IOException {
    return mapper.readValue(json, Agreement.class);
  }

  /** Validating it with every rule. */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(agreement);
  }

  static Agreement document(String shape) {
    Agreement founding = Corpus.agreement(1);
    Commitment original = founding.commitments().get(0);
    List<Commitment> commitments = new ArrayList<>();
    switch (shape) {
      case "sharedId20000":
        for (int i = 0; i < 20_000; i++) {
          commitments.add(original);
        }
        break;
      case "collidingIds32768":
        for (int i = 0; i < 32_768; i++) {
          commitments.add(original.withId(CommitmentId.of(collidingId(i))));
        }
        break;
      case "collidingPartyIds32768":
        List<Party> parties = new ArrayList<>(founding.parties());
        for (int i = 0; i < 32_768; i++) {
          parties.add(founding.parties().get(1).withId(PartyId.of(collidingId(i))));
        }
        return founding.withParties(parties);
      default:
        throw new IllegalArgumentException("no document shape " + shape);
    }
    return founding.withCommitments(commitments);
  }

  /** Distinct ids of one {@code String.hashCode}: 15 blocks of "Aa" or "BB". */
  static String collidingId(int i) {
    StringBuilder id = new StringBuilder(30);
    for (int bit = 14; bit >= 0; bit--) {
      id.append((i >>> bit & 1) == 0 ? "Aa" : "BB");
    }
    return id.toString();
  }
}
