#!/usr/bin/env bash
# Measures what run-time deadlock detection costs on W1-W3 (issue 7: under 10%): the gosafe
# contender with detection on (the default) and off (-Dgosafe.deadlockDetection=false), alternated
# ROUNDS times, FORKS JMH forks per setting and round. Prints the per-fork scores and the cost
# (1 - on/off of the medians) with a bootstrap 95% interval; raw JSON and uptime in
# benchmarks/results/RUN_NAME/. Reuses benchmarks/target-bench/benchmarks.jar (build it with
# benchmarks/run.sh or: scripts/mvn -Dgosafe.target=target-bench -pl benchmarks -am -DskipTests package).
# Usage: benchmarks/run-detector-overhead.sh RUN_NAME [ROUNDS=3] [FORKS=2]
# Environment: W1=0 skips W1; BUFFERED_PAIRS (default "1,4": W2 and W3; "4": W3 only; "": none).
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_NAME="$1"
ROUNDS="${2:-3}"
FORKS="${3:-2}"
W1="${W1:-1}"
BUFFERED_PAIRS="${BUFFERED_PAIRS-1,4}"
JAVA="${GOSAFE_BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
JAR=benchmarks/target-bench/benchmarks.jar
OUT="benchmarks/results/$RUN_NAME"
mkdir -p "$OUT"
for round in $(seq 1 "$ROUNDS"); do
  for mode in on off; do
    args=()
    if [[ "$mode" == off ]]; then
      args=(-jvmArgsAppend -Dgosafe.deadlockDetection=false)
    fi
    uptime > "$OUT/$mode-$round.uptime"
    if [[ "$W1" == 1 ]]; then
      "$JAVA" -jar "$JAR" 'PingPongBenchmark' -p contender=gosafe -p pairs=1 -p echoWork=0 \
        -f "$FORKS" -wi 3 -w 1s -i 5 -r 1s "${args[@]}" \
        -rf json -rff "$OUT/$mode-$round-w1.json" > "$OUT/$mode-$round-w1.txt" 2>&1
    fi
    if [[ -n "$BUFFERED_PAIRS" ]]; then
      "$JAVA" -jar "$JAR" 'BufferedChannelBenchmark' -p contender=gosafe -p pairs="$BUFFERED_PAIRS" \
        -f "$FORKS" -wi 3 -w 1s -i 5 -r 1s "${args[@]}" \
        -rf json -rff "$OUT/$mode-$round-buffered.json" > "$OUT/$mode-$round-buffered.txt" 2>&1
    fi
    uptime >> "$OUT/$mode-$round.uptime"
  done
done
python3 benchmarks/detector_overhead.py "$OUT" | tee "$OUT/summary.txt"
