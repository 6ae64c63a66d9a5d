#!/usr/bin/env bash
# Runs the JMH benchmarks and the start-up comparison, and writes JMH's JSON result and a Markdown
# table (ours, baseline, ratio, target, met) to benchmarks/target/results/.
#
# Usage: benchmarks/run.sh quick|full [extra JMH arguments, e.g. a benchmark regex]
#   quick  one fork, 3 warm-up and 3 measured iterations of 1 s, sizes 1, 1000 and 100000
#          commitments, 5 start-up runs each: a few minutes on 2 cores, a sanity check.
#   full   two forks, 5 warm-up and 5 measured iterations of 2 s, sizes 1 to 100000 by powers of
#          ten, 15 start-up runs each: about an hour on 2 cores.
# Every run measures allocation per operation with JMH's GC profiler (-prof gc).
set -euo pipefail

mode=${1:-quick}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

case "$mode" in
  quick)
    jmh_args=(-f 1 -wi 3 -w 1s -i 3 -r 1s -p commitments=1,1000,100000)
    startup_runs=5
    ;;
  full)
    jmh_args=(-f 2 -wi 5 -w 2s -i 5 -r 2s -p commitments=1,10,100,1000,10000,100000)
    startup_runs=15
    ;;
  *)
    echo "usage: benchmarks/run.sh quick|full [JMH arguments]" >&2
    exit 2
    ;;
esac

mvn -B -q -DskipTests package -pl benchmarks -am

jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
mkdir -p "$out"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
json="$out/jmh-$mode-$stamp.json"
startup="$out/startup-$mode-$stamp.csv"
table="$out/table-$mode-$stamp.md"

echo "== load before the run: $(uptime)"
java -jar "$jar" "${jmh_args[@]}" -prof gc -rf json -rff "$json" "$@"
echo "== start-up, $startup_runs runs each"
benchmarks/startup.sh "$startup_runs" "$jar" | tee "$startup"
echo "== load after the run: $(uptime)"

java -cp "$jar" org.publicprivate.agreements.benchmarks.report.ResultTable "$json" "$startup" \
  > "$table"
cat "$table"
echo "JMH result: $json"
echo "Table:      $table"
