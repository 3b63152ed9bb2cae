#!/usr/bin/env bash
# Builds the JMH jar and runs every gosafe benchmark (W1-W8, all contenders) in one JMH run.
# Usage: benchmarks/run.sh [RUN_NAME] [extra JMH options...]
#   RUN_NAME defaults to the UTC time; results go to benchmarks/results/RUN_NAME/
#   (jmh.json, jmh.txt, machine.txt with the load before and after the run).
# Settings fit a 2-core machine: one fork per benchmark/parameter set, 3 x 1 s warm-up,
# 5 x 1 s measurement (about 5 minutes for the 31 forks, W3 scaling and the W1 floor included;
# idle-run6, with scaling still a separate class, ran 37 forks in 6 minutes). See docs/BENCHMARKS.md.
# Set SKIP_BUILD=1 to reuse an existing jar. The build uses its own output folder (target-bench) so it
# does not collide with other builds in the same work tree.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_NAME="${1:-$(date -u +%Y%m%dT%H%M%SZ)}"
shift || true
JAVA="${GOSAFE_BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
JAR=benchmarks/target-bench/benchmarks.jar
OUT="benchmarks/results/$RUN_NAME"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  scripts/mvn -B -q -Dgosafe.target=target-bench -pl benchmarks -am -DskipTests package
fi
mkdir -p "$OUT"
{
  echo "run: $RUN_NAME"
  echo "date: $(date -u)"
  echo "java: $("$JAVA" -version 2>&1 | tr '\n' ' ')"
  echo "nproc: $(nproc)"
  lscpu | head -n 16
  echo "load before: $(uptime)"
} > "$OUT/machine.txt"

"$JAVA" -jar "$JAR" -f 1 -wi 3 -w 1s -i 5 -r 1s -foe true \
  -rf json -rff "$OUT/jmh.json" "$@" 2>&1 | tee "$OUT/jmh.txt"

echo "load after: $(uptime)" >> "$OUT/machine.txt"
cat "$OUT/machine.txt"
