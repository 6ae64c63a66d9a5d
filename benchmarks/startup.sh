#!/usr/bin/env bash
# Start-up: whole JVM processes, from launch to exit, of two tiny programs in the benchmarks jar:
#   ours     StartWithAgreements: read the founding agreement with our module and validate it
#   records  StartWithRecords:    read the same document into plain records with plain Jackson
# Runs them alternately RUNS times each (after one discarded warm-up run each, for the page cache)
# and prints "name,median milliseconds,runs" lines.
#
# Usage: benchmarks/startup.sh RUNS JAR
set -euo pipefail

runs=${1:?usage: startup.sh RUNS JAR}
jar=${2:?usage: startup.sh RUNS JAR}
package=org.publicprivate.agreements.benchmarks.startup

elapsed_ms() {
  local start end
  start=$(date +%s%N)
  java -cp "$jar" "$1" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

elapsed_ms "$package.StartWithAgreements" >/dev/null
elapsed_ms "$package.StartWithRecords" >/dev/null
ours=()
records=()
for ((i = 0; i < runs; i++)); do
  ours+=("$(elapsed_ms "$package.StartWithAgreements")")
  records+=("$(elapsed_ms "$package.StartWithRecords")")
done
echo "# name,median ms,runs; every run: ours ${ours[*]}; records ${records[*]}"
echo "ours,$(printf '%s\n' "${ours[@]}" | median),$runs"
echo "records,$(printf '%s\n' "${records[@]}" | median),$runs"
