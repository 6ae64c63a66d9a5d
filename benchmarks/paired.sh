#!/usr/bin/env bash
# The ratios the speed targets name, ours ÷ baseline, each pair measured in turns in one JVM
# (PairedRun: ~20 ms slices of thread CPU time, alternating; the median of the slices' ratios and
# its quartiles). A complement to run.sh's JMH figures for a machine whose speed drifts: see
# BENCHMARKS.md, "Paired ratios".
#
# Usage: benchmarks/paired.sh [SECONDS per pair, default 30] [COMMITMENTS, default 1000]
# About 11 pairs x (SECONDS + 15 s). Set CPUS=0 to pin the JVMs to one core with taskset.
set -euo pipefail

seconds=${1:-30}
commitments=${2:-1000}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

mvn -B -q -DskipTests package -pl benchmarks -am
jar=benchmarks/target/benchmarks.jar
pin=()
if [ -n "${CPUS:-}" ]; then
  pin=(taskset -c "$CPUS")
fi

echo "== load before the run: $(uptime)"
while read -r class ours baseline; do
  "${pin[@]}" java -Xms2g -Xmx2g -XX:+UseG1GC -cp "$jar" \
    org.publicprivate.agreements.benchmarks.report.PairedRun \
    "$class" "$ours" "$baseline" "$commitments" "$seconds"
done <<'PAIRS'
ReadBenchmark ours records
ReadBenchmark handwritten records
Jackson3Benchmark readOurs readRecords
VersionTwoBenchmark readOurs readRecords
HistoryBenchmark readOurs readRecords
WriteBenchmark ours records
Jackson3Benchmark writeOurs writeRecords
ModulesBenchmark readJackson3 readJackson2
ModulesBenchmark writeJackson3 writeJackson2
VersionTwoBenchmark writeOurs writeRecords
HistoryBenchmark writeOurs writeRecords
PAIRS
echo "== load after the run: $(uptime)"
