package org.publicprivate.agreements.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.publicprivate.agreements.benchmarks.report.Results.Result;

/**
 * Turns a run's results into the Markdown table of BENCHMARKS.md: for each comparison and size, our
 * figure, the baseline's, their ratio, the target for it and whether the run met it.
 *
 * <pre>{@code
 * java -cp benchmarks.jar org.publicprivate.agreements.benchmarks.report.ResultTable \
 *     jmh.json [startup.csv]
 * }</pre>
 */
public final class ResultTable {
  private final Results results;
  private final List<Row> rows = new ArrayList<>();

  private ResultTable(Results results) {
    this.results = results;
  }

  /** Prints the table of the JMH JSON result {@code args[0]} and the start-up CSV {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ResultTable JMH_RESULT.json [STARTUP.csv]");
      System.exit(2);
    }
    Results results = Results.readJmh(Path.of(args[0]));
    if (args.length == 2) {
      results.readStartup(Path.of(args[1]));
    }
    System.out.print(render(results));
  }

  /** The Markdown of the comparisons table and the summary by target. */
  static String render(Results results) {
    ResultTable table = new ResultTable(results);
    table.collect();
    return table.markdown();
  }

  private void collect() {
    // Round 2 (issue 12) tightened the read, write and allocation targets of round 1 (1.2×, 1.0×,
    // 1.3×) to the ones below, for both Jackson lines.
    Target read = new Target("read ≤ 1.1× records", 1.1);
    Target readHandwritten = new Target("read ≤ 1.5× hand-written", 1.5);
    Target write = new Target("write ≤ 0.8× records", 0.8);
    Target validateOne = new Target("validate ≤ 0.5× read at 1 commitment", 0.5);
    Target validateMany = new Target("validate ≤ 0.1× read at ≥ 1,000 commitments", 0.1);
    Target growth = new Target("cost per commitment 1k→100k ≤ 1.2×", 1.2);
    Target validateGrowth = new Target("validate cost per commitment 1k→100k ≤ 1.5×", 1.5);
    Target hostile = new Target("hostile document: validate ≤ 3× read", 3.0);
    Target money = new Target("Korean money ≥ 2× faster than NumberFormat", 0.5);
    Target allocation = new Target("read allocation ≤ 1.15× records", 1.15);
    Target startup = new Target("start-up ≤ 1.3× plain Jackson", 1.3);
    Target read3 = new Target("Jackson 3 read ≤ 1.1× records", 1.1);
    Target write3 = new Target("Jackson 3 write ≤ 0.8× records", 0.8);
    Target sameAsJackson2 = new Target("Jackson 3 module within 5% of the Jackson 2 module", 1.05);
    Target fingerprint = new Target("fingerprint ≤ 2× write at 1,000 commitments", 2.0);
    Target readVersionTwo = new Target("version 2 read ≤ 1.2× records of its shape", 1.2);
    for (Integer size : results.sizes()) {
      String n = size.toString();
      time("Read", "ours ÷ records (a)", "ReadBenchmark.ours", "ReadBenchmark.records", n, read);
      time("Read", "ours ÷ hand-written (b)", "ReadBenchmark.ours", "ReadBenchmark.handwritten", n,
          readHandwritten);
      time("Write", "ours ÷ records (a)", "WriteBenchmark.ours", "WriteBenchmark.records", n, write);
      time("Write", "ours ÷ hand-written (b)", "WriteBenchmark.ours", "WriteBenchmark.handwritten", n,
          null);
      time("Write", "to a stream: ours ÷ records (a)", "WriteBenchmark.oursToStream",
          "WriteBenchmark.recordsToStream", n, null);
      time("Validate", "validate ÷ read of the same document", "ValidateBenchmark.ours",
          "ReadBenchmark.ours", n, size == 1 ? validateOne : size >= 1_000 ? validateMany : null);
      time("Validate", "ours ÷ plain Jakarta Validator", "ValidateBenchmark.ours",
          "ValidateBenchmark.plainJakarta", n, null);
      time("Jackson 3", "read: ours ÷ records (plain Jackson 3)", "Jackson3Benchmark.readOurs",
          "Jackson3Benchmark.readRecords", n, read3);
      time("Jackson 3", "write: ours ÷ records (plain Jackson 3)", "Jackson3Benchmark.writeOurs",
          "Jackson3Benchmark.writeRecords", n, write3);
      time("Jackson 3", "read: Jackson 3 module ÷ Jackson 2 module", "Jackson3Benchmark.readOurs",
          "ReadBenchmark.ours", n, sameAsJackson2);
      time("Jackson 3", "write: Jackson 3 module ÷ Jackson 2 module", "Jackson3Benchmark.writeOurs",
          "WriteBenchmark.ours", n, sameAsJackson2);
      time("Fingerprint", "fingerprint ÷ write (ours)", "FingerprintBenchmark.fingerprint",
          "FingerprintBenchmark.write", n, size == 1_000 ? fingerprint : null);
      time("Fingerprint", "canonicalize our document ÷ plain ObjectMapper writing its tree",
          "FingerprintBenchmark.canonicalize", "FingerprintBenchmark.plainTreeWrite", n, null);
      time("Version 2", "read: ours ÷ records of the same shape", "VersionTwoBenchmark.readOurs",
          "VersionTwoBenchmark.readRecords", n, readVersionTwo);
      time("Version 2", "write: ours ÷ records of the same shape", "VersionTwoBenchmark.writeOurs",
          "VersionTwoBenchmark.writeRecords", n, null);
      time("Builders", "builders ÷ records constructors", "BuilderBenchmark.ours",
          "BuilderBenchmark.records", n, null);
      allocation("Allocation", "read: ours ÷ records (a)", "ReadBenchmark.ours",
          "ReadBenchmark.records", n, allocation);
      allocation("Allocation", "read: ours ÷ hand-written (b)", "ReadBenchmark.ours",
          "ReadBenchmark.handwritten", n, null);
      allocation("Allocation", "validate: ours ÷ plain Jakarta Validator",
          "ValidateBenchmark.ours", "ValidateBenchmark.plainJakarta", n, null);
      allocation("Allocation", "validate ÷ read (ours)", "ValidateBenchmark.ours",
          "ReadBenchmark.ours", n, null);
    }
    growth("Read", "ReadBenchmark.ours", growth);
    growth("Read", "ReadBenchmark.records", null);
    growth("Write", "WriteBenchmark.ours", growth);
    growth("Write", "WriteBenchmark.records", null);
    growth("Write", "WriteBenchmark.oursToStream", null);
    growth("Write", "WriteBenchmark.recordsToStream", null);
    growth("Validate", "ValidateBenchmark.ours", validateGrowth);
    for (String shape : List.of("sharedId20000", "collidingIds32768", "collidingPartyIds32768")) {
      time("Hostile", "validate ÷ read", "HostileBenchmark.validate:" + shape,
          "HostileBenchmark.read:" + shape, "", hostile);
    }
    for (String input : List.of("arrays", "french", "structures", "unicode", "values", "weird")) {
      time("RFC 8785", "canonicalize ÷ plain ObjectMapper writing its tree (" + input + ")",
          "CanonicalizeBenchmark.canonicalize:" + input,
          "CanonicalizeBenchmark.plainTreeWrite:" + input, "", null);
    }
    time("Money", "parse Korean units ÷ NumberFormat.parse", "MoneyBenchmark.parseKorean",
        "MoneyBenchmark.numberFormatParse", "", money);
    time("Money", "toKoreanString ÷ NumberFormat.format", "MoneyBenchmark.formatKorean",
        "MoneyBenchmark.numberFormatFormat", "", money);
    time("Money", "parse grouped digits ÷ NumberFormat.parse (same text)",
        "MoneyBenchmark.parseGrouped", "MoneyBenchmark.numberFormatParse", "", null);
    time("Money", "toString (₩) ÷ NumberFormat.format", "MoneyBenchmark.formatCanonical",
        "MoneyBenchmark.numberFormatFormat", "", null);
    time("Money", "parse Korean units ÷ Long.parseLong", "MoneyBenchmark.parseKorean",
        "MoneyBenchmark.longParse", "", null);
    time("Money", "toKoreanString ÷ Long.toString", "MoneyBenchmark.formatKorean",
        "MoneyBenchmark.longToString", "", null);
    time("Start-up", "JVM to first validated agreement ÷ plain Jackson records", "Startup.ours",
        "Startup.records", "", startup);
  }

  private void time(String family, String comparison, String ours, String baseline, String size,
      Target target) {
    Optional<Result> a = results.get(ours, size);
    Optional<Result> b = results.get(baseline, size);
    if (a.isPresent() && b.isPresent()) {
      rows.add(new Row(family, comparison, size, Units.time(a.get()), Units.time(b.get()),
          a.get().nanos() / b.get().nanos(), target));
    }
  }

  private void allocation(String family, String comparison, String ours, String baseline,
      String size, Target target) {
    Optional<Result> a = results.get(ours, size);
    Optional<Result> b = results.get(baseline, size);
    if (a.isPresent() && b.isPresent() && !Double.isNaN(a.get().bytesPerOp())
        && !Double.isNaN(b.get().bytesPerOp())) {
      rows.add(new Row(family, comparison, size, Units.bytes(a.get().bytesPerOp()),
          Units.bytes(b.get().bytesPerOp()), a.get().bytesPerOp() / b.get().bytesPerOp(), target));
    }
  }

  /** Time per commitment at 100,000 commitments against at 1,000. */
  private void growth(String family, String benchmark, Target target) {
    Optional<Result> small = results.get(benchmark, "1000");
    Optional<Result> large = results.get(benchmark, "100000");
    if (small.isPresent() && large.isPresent()) {
      double perSmall = small.get().nanos() / 1_000;
      double perLarge = large.get().nanos() / 100_000;
      String name = benchmark.substring(benchmark.indexOf('.') + 1);
      rows.add(new Row(family, "per commitment, " + name + ": at 100k ÷ at 1k", "1k→100k",
          Units.nanos(perLarge), Units.nanos(perSmall), perLarge / perSmall, target));
    }
  }

  private String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("| family | comparison | commitments | ours | baseline | ratio | target | met |\n");
    md.append("|---|---|---:|---:|---:|---:|---|---|\n");
    Map<Target, int[]> tally = new LinkedHashMap<>();
    for (Row row : rows) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f× | %s | %s |%n",
          row.family(), row.comparison(), row.size().isEmpty() ? "—" : row.size(), row.ours(),
          row.baseline(), row.ratio(), row.target() == null ? "—" : row.target().text(),
          row.target() == null ? "—" : row.met() ? "yes" : "**no**"));
      if (row.target() != null) {
        int[] count = tally.computeIfAbsent(row.target(), t -> new int[2]);
        count[row.met() ? 0 : 1]++;
      }
    }
    md.append("\n| target | rows met | rows missed |\n|---|---:|---:|\n");
    for (Map.Entry<Target, int[]> entry : tally.entrySet()) {
      md.append(String.format(Locale.ROOT, "| %s | %d | %d |%n", entry.getKey().text(),
          entry.getValue()[0], entry.getValue()[1]));
    }
    return md.toString();
  }

  /** A target of the issue: the largest ratio of ours to the baseline that meets it. */
  record Target(String text, double maxRatio) {}

  /** One line of the table. */
  record Row(String family, String comparison, String size, String ours, String baseline,
      double ratio, Target target) {
    boolean met() {
      return ratio <= target.maxRatio();
    }
  }
}
