package org.publicprivate.agreements.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The measurements of one run: JMH's JSON result ({@code -rf json}) and, optionally, the start-up
 * medians that {@code benchmarks/startup.sh} writes, by benchmark and size.
 */
final class Results {
  /** One benchmark at one size: time per operation in nanoseconds, and bytes allocated per operation. */
  record Result(double nanos, double errorNanos, double bytesPerOp) {}

  private final Map<String, Result> results = new HashMap<>();
  private final TreeSet<Integer> sizes = new TreeSet<>();

  /** Reads JMH's JSON result. */
  static Results readJmh(Path json) throws IOException {
    Results results = new Results();
    for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
      String benchmark = run.path("benchmark").asText();
      String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      String shape = run.path("params").path("shape").asText("");
      if (!shape.isEmpty()) {
        name = name + ":" + shape;
      }
      String size = run.path("params").path("commitments").asText("");
      if (!size.isEmpty()) {
        results.sizes.add(Integer.valueOf(size));
      }
      JsonNode primary = run.path("primaryMetric");
      double perNano = nanosPer(primary.path("scoreUnit").asText());
      double bytes = Double.NaN;
      for (Map.Entry<String, JsonNode> metric : run.path("secondaryMetrics").properties()) {
        // JMH names it "gc.alloc.rate.norm", older versions with a leading middle dot.
        if (metric.getKey().replace("\u00b7", "").equals("gc.alloc.rate.norm")) {
          bytes = metric.getValue().path("score").asDouble();
        }
      }
      double error = primary.path("scoreError").asDouble(Double.NaN);
      results.results.put(key(name, size), new Result(primary.path("score").asDouble() * perNano,
          error * perNano, bytes));
    }
    return results;
  }

  /**
   * Adds the start-up medians: lines of {@code name,median milliseconds,runs}, such as {@code
   * ours,412,15}, stored as {@code Startup.ours}.
   */
  void readStartup(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines) {
      String[] fields = line.split(",");
      if (fields.length >= 2 && !line.startsWith("#")) {
        results.put(key("Startup." + fields[0].trim(), ""),
            new Result(Double.parseDouble(fields[1].trim()) * 1e6, Double.NaN, Double.NaN));
      }
    }
  }

  /** The result of a benchmark ({@code ReadBenchmark.ours}) at a size, or with no size ({@code ""}). */
  Optional<Result> get(String benchmark, String size) {
    return Optional.ofNullable(results.get(key(benchmark, size)));
  }

  /** The sizes that any benchmark ran with, in ascending order. */
  TreeSet<Integer> sizes() {
    return sizes;
  }

  private static String key(String benchmark, String size) {
    return benchmark + "@" + size;
  }

  private static double nanosPer(String unit) {
    switch (unit) {
      case "ns/op":
        return 1;
      case "us/op":
        return 1e3;
      case "ms/op":
        return 1e6;
      case "s/op":
        return 1e9;
      default:
        throw new IllegalArgumentException("unexpected JMH score unit " + unit
            + "; the benchmarks run in average-time mode");
    }
  }
}
