#!/usr/bin/env bash
# Builds the benchmark jar and measures what gosafe's checks cost in a build (issue 4,
# "Performance"): the source set compiled in-process with javac (a) plain, (b) with Error Prone and
# every check disabled, (c) with the 11 gosafe checks; then per-method analysis times.
# Usage: benchmarks/run-checker-overhead.sh [RUN_NAME] [options of CheckerOverhead...]
#   RUN_NAME defaults to the UTC time; results go to benchmarks/results/checker-overhead/RUN_NAME/
#   (summary.txt, machine.txt with the load before and after). Options, with their defaults:
#   --source generated|repo (generated: seeded classes; repo: test-corpus/ + examples/)
#   --classes 500 --seed 42 --warmup 2 --reps 5 --method-passes 3
# Set SKIP_BUILD=1 to reuse the jar. See docs/BENCHMARKS.md, "Checker overhead".
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_NAME="${1:-$(date -u +%Y%m%dT%H%M%SZ)}"
shift || true
JAVA="${GOSAFE_BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
TARGET=target-ovh
JAR=benchmarks/$TARGET/benchmarks.jar
OUT="benchmarks/results/checker-overhead/$RUN_NAME"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  scripts/mvn -B -q -Dgosafe.target=$TARGET -pl runtime,checker,benchmarks -DskipTests package
fi
# class path of the compiled code: the runtime, and checker-qual for the corpus's lock annotations
CODE_CP=runtime/$TARGET/gosafe-runtime-0.1.0-SNAPSHOT.jar:$(ls checker/$TARGET/lib/checker-qual-*.jar)
# the javac packages Error Prone and the gosafe checks use (checker/pom.xml, gosafe.javac.exports)
EXPORTS=()
for p in api code comp file main model parser processing tree util; do
  EXPORTS+=("--add-exports=jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED")
done
EXPORTS+=(--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED
          --add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED)

mkdir -p "$OUT"
{
  echo "run: $RUN_NAME"
  echo "date: $(date -u)"
  echo "java: $("$JAVA" -version 2>&1 | tr '\n' ' ')"
  echo "nproc: $(nproc)"
  lscpu | head -n 16
  echo "load before: $(uptime)"
} > "$OUT/machine.txt"

"$JAVA" -Xms2g -Xmx4g "${EXPORTS[@]}" -cp "$JAR" dev.gosafe.benchmarks.checker.CheckerOverhead \
  --classpath "$CODE_CP" --repo . --out "$OUT" "$@"

echo "load after: $(uptime)" >> "$OUT/machine.txt"
cat "$OUT/machine.txt"
