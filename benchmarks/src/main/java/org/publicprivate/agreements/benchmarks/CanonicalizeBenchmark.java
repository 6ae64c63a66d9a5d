package org.publicprivate.agreements.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.publicprivate.agreements.jackson.AgreementJson;

/**
 * {@code AgreementJson.canonicalize} on the inputs of RFC 8785's reference test data against a
 * plain {@code ObjectMapper} writing the same tree. The inputs are read from the format module's
 * test resources ({@code format/src/test/resources/rfc8785/input}, relative to the directory the
 * benchmarks run in, the project's root with {@code run.sh}); {@code
 * -Dagreements.rfc8785.inputs=DIR} points elsewhere.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CanonicalizeBenchmark {
  /** The RFC test input, by its file name (called shape, as the result table reads it). */
  @Param({"arrays", "french", "structures", "unicode", "values", "weird"})
  public String shape;

  private String input;
  private ObjectMapper plain;
  private JsonNode tree;

  /** Reads the input and its tree. */
  @Setup
  public void setUp() throws IOException {
    Path directory = Path.of(System.getProperty("agreements.rfc8785.inputs",
        "format/src/test/resources/rfc8785/input"));
    Path file = directory.resolve(shape + ".json");
    if (!Files.isRegularFile(file)) {
      throw new IOException("no RFC 8785 test input at " + file.toAbsolutePath()
          + "; run from the project's root or set -Dagreements.rfc8785.inputs");
    }
    input = Files.readString(file);
    plain = new ObjectMapper();
    tree = plain.readTree(input);
  }

  /** Ours: the input's text to its RFC 8785 form. */
  @Benchmark
  public String canonicalize() {
    return AgreementJson.canonicalize(input);
  }

  /** The baseline: a plain mapper writing the input's tree, read once beforehand. */
  @Benchmark
  public String plainTreeWrite() throws IOException {
    return plain.writeValueAsString(tree);
  }
}
