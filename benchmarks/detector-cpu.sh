#!/usr/bin/env bash
# What the run-time deadlock detector costs in CPU while a benchmark runs: its thread's CPU time
# against the whole benchmark JVM's, read from `jcmd <pid> Thread.print` ("cpu=..ms" per thread)
# and /proc/<pid>/stat, twice, 20 s apart, in the middle of a long JMH fork (detection on).
# Usage: benchmarks/detector-cpu.sh OUT_FILE JMH_ARGS...   (e.g. BufferedChannel -p contender=gosafe -p pairs=4)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$1"; shift
JAVA="${GOSAFE_BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
JCMD="$(dirname "$JAVA")/jcmd"
JAR=benchmarks/target-bench/benchmarks.jar
TICKS=$(getconf CLK_TCK)
"$JAVA" -jar "$JAR" "$@" -f 1 -wi 2 -w 1s -i 40 -r 1s > "$OUT.jmh.txt" 2>&1 &
JMH=$!
sleep 12
PID=$(pgrep -f 'org.openjdk.jmh.runner.ForkedMain' | head -1)
sample() {
  local det proc
  det=$("$JCMD" "$PID" Thread.print | grep '"gosafe-deadlock-detector"' | sed -E 's/.*cpu=([0-9.]+)ms.*/\1/')
  proc=$(awk -v t="$TICKS" '{print ($14 + $15) * 1000 / t}' "/proc/$PID/stat")
  echo "$(date +%s.%N) $det $proc"
}
{
  uptime
  echo "# epoch detector_cpu_ms process_cpu_ms"
  A=$(sample); echo "$A"
  sleep 20
  B=$(sample); echo "$B"
  echo "$A $B" | awk '{dt=$4-$1; dd=$5-$2; dp=$6-$3;
    printf "over %.1f s: detector %.2f ms CPU, benchmark JVM %.0f ms CPU: detector share %.4f%% of the JVM CPU, %.4f%% of one core\n", dt, dd, dp, 100*dd/dp, 100*dd/(dt*1000)}'
} | tee "$OUT"
wait "$JMH"
grep -E '^Benchmark|thrpt' "$OUT.jmh.txt" | tail -2 >> "$OUT"
