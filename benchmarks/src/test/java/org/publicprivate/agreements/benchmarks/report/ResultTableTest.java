package org.publicprivate.agreements.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table is computed from JMH's JSON result as JMH 1.37 writes it. */
class ResultTableTest {
  @TempDir
  Path dir;

  private static String run(String benchmark, String size, double score, String unit, double bytes) {
    String params = size.isEmpty() ? "" : "\"params\": {\"commitments\": \"" + size + "\"},";
    return "{\"benchmark\": \"org.publicprivate.agreements.benchmarks." + benchmark + "\", "
        + "\"mode\": \"avgt\", " + params
        + "\"primaryMetric\": {\"score\": " + score + ", \"scoreError\": 0.5, \"scoreUnit\": \""
        + unit + "\"}, \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": " + bytes
        + ", \"scoreUnit\": \"B/op\"}}}";
  }

  @Test
  void comparesOursWithTheBaselineAndSaysWhetherTheTargetIsMet() throws IOException {
    Path json = dir.resolve("jmh.json");
    Files.writeString(json, "[" + String.join(",",
        run("ReadBenchmark.ours", "1000", 110, "us/op", 130_000),
        run("ReadBenchmark.records", "1000", 100, "us/op", 100_000),
        run("ReadBenchmark.handwritten", "1000", 50, "us/op", 90_000),
        run("MoneyBenchmark.parseKorean", "", 40, "ns/op", 0),
        run("MoneyBenchmark.numberFormatParse", "", 0.2, "us/op", 100)) + "]");

    String table = ResultTable.render(Results.readJmh(json));

    assertThat(table)
        .contains("| Read | ours ÷ records (a) | 1000 | 110 ± 0.50 µs | 100 ± 0.50 µs | 1.10× "
            + "| read ≤ 1.1× records | yes |")
        .contains("| Read | ours ÷ hand-written (b) | 1000 | 110 ± 0.50 µs | 50.0 ± 0.50 µs | 2.20× "
            + "| read ≤ 1.5× hand-written | **no** |")
        .contains("| Allocation | read: ours ÷ records (a) | 1000 | 127 KiB | 97.7 KiB | 1.30× "
            + "| read allocation ≤ 1.15× records | **no** |")
        .contains("| Money | parse Korean units ÷ NumberFormat.parse | — | 40.0 ± 0.50 ns "
            + "| 200 ± 500 ns | 0.20× | Korean money ≥ 2× faster than NumberFormat | yes |")
        .contains("| read ≤ 1.5× hand-written | 0 | 1 |");
  }

  @Test
  void holdsTheFingerprintToTwiceTheWriteTimeAtAThousandCommitmentsOnly() throws IOException {
    Path json = dir.resolve("jmh.json");
    Files.writeString(json, "[" + String.join(",",
        run("FingerprintBenchmark.fingerprint", "1000", 900, "us/op", 0),
        run("FingerprintBenchmark.write", "1000", 400, "us/op", 0),
        run("FingerprintBenchmark.fingerprint", "1", 3, "us/op", 0),
        run("FingerprintBenchmark.write", "1", 1, "us/op", 0)) + "]");

    String table = ResultTable.render(Results.readJmh(json));

    assertThat(table)
        .contains("| Fingerprint | fingerprint ÷ write (ours) | 1000 | 900 ± 0.50 µs | 400 ± 0.50 µs"
            + " | 2.25× | fingerprint ≤ 2× write at 1,000 commitments | **no** |")
        .contains("| Fingerprint | fingerprint ÷ write (ours) | 1 | 3.00 ± 0.50 µs | 1.00 ± 0.50 µs"
            + " | 3.00× | — | — |");
  }

  @Test
  void readsStartUpMediansInMilliseconds() throws IOException {
    Path json = dir.resolve("jmh.json");
    Files.writeString(json, "[]");
    Path csv = dir.resolve("startup.csv");
    Files.writeString(csv, "# name,median ms,runs\nours,520,15\nrecords,400,15\n");

    Results results = Results.readJmh(json);
    results.readStartup(csv);

    assertThat(ResultTable.render(results)).contains("| Start-up | JVM to first validated agreement"
        + " ÷ plain Jackson records | — | 520 ms | 400 ms | 1.30× | start-up ≤ 1.3× plain Jackson"
        + " | yes |");
  }
}
