#!/usr/bin/env bash
# Source engine throughput (issue 6): lines per second of `bin/gosafe check --engine source`, whole
# process, pinned to one core, on the sources of well-known libraries from Maven Central; the javac
# engine on the libraries that compile without a class path, for comparison.
#
# Usage: benchmarks/run-source-throughput.sh [RUN_NAME] [ROUNDS]
#   Fetches the -sources.jar artifacts below with Maven (into ~/.m2), unpacks them under
#   benchmarks/target-srcbody/, builds the checker if bin/gosafe needs it, then runs each set
#   ROUNDS times (default 3). Results: benchmarks/results/RUN_NAME/{runs.tsv,machine.txt}.
#   Read docs/BENCHMARKS.md ("Source engine throughput") for what the figures mean.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_NAME="${1:-srcbody-$(date -u +%Y%m%dT%H%M%SZ)}"
ROUNDS="${2:-3}"
OUT="benchmarks/results/$RUN_NAME"
BODY=benchmarks/target-srcbody
mkdir -p "$OUT" "$BODY"

# group:artifact:version; the first four have no compile-time dependencies (the javac engine runs on them)
NO_DEPS=(
  org.apache.commons:commons-lang3:3.17.0
  org.apache.commons:commons-collections4:4.4
  commons-io:commons-io:2.18.0
  org.apache.commons:commons-math3:3.6.1
)
WITH_DEPS=(
  com.google.guava:guava:33.0.0-jre
  com.fasterxml.jackson.core:jackson-core:2.18.2
  com.fasterxml.jackson.core:jackson-databind:2.18.2
  com.github.javaparser:javaparser-core:3.28.2
)

fetch() {
  local gav="$1" g a v jar dir
  IFS=: read -r g a v <<< "$gav"
  dir="$BODY/$a-$v"
  if [[ ! -d "$dir" ]]; then
    mvn -q -B dependency:get -Dartifact="$gav:jar:sources" -Dtransitive=false >&2
    jar="$HOME/.m2/repository/${g//.//}/$a/$v/$a-$v-sources.jar"
    mkdir -p "$dir"
    (cd "$dir" && unzip -q -o "$jar" '*.java')
  fi
  echo "$dir"
}

dirs_all=()
dirs_nodeps=()
for gav in "${NO_DEPS[@]}"; do d="$(fetch "$gav")"; dirs_all+=("$d"); dirs_nodeps+=("$d"); done
for gav in "${WITH_DEPS[@]}"; do d="$(fetch "$gav")"; dirs_all+=("$d"); done

lines() { find "$@" -name '*.java' -print0 | xargs -0 cat | wc -l; }

bin/gosafe check --help > /dev/null # builds the checker first if needed
{
  echo "run: $RUN_NAME"
  echo "date: $(date -u)"
  echo "commit: $(git rev-parse --short HEAD) $(git status --porcelain | grep -q . && echo '(work tree modified)')"
  echo "java: $(/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -version 2>&1 | head -n 1)"
  echo "nproc: $(nproc)"
  lscpu | grep -E 'Model name|^CPU\(s\)|Thread' || true
  echo "load before: $(uptime)"
} > "$OUT/machine.txt"

printf 'set\tengine\tround\tlines\tfiles\twall_s\tuser_s\tsys_s\tmax_rss_kb\texit\tlines_per_s\n' > "$OUT/runs.tsv"
measure() { # name engine dirs...
  local name="$1" engine="$2"; shift 2
  local n files
  n="$(lines "$@")"
  files="$(find "$@" -name '*.java' | wc -l)"
  for ((r = 1; r <= ROUNDS; r++)); do
    local rc=0 tf="$OUT/$name-$engine-$r.time"
    /usr/bin/time -f '%e %U %S %M' -o "$tf" taskset -c 0 bin/gosafe check --engine "$engine" \
        --fail-on never "$@" > "$OUT/$name-$engine-$r.out" 2> "$OUT/$name-$engine-$r.err" || rc=$?
    read -r wall user sys rss < <(tail -n 1 "$tf")
    printf '%s\t%s\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%d\t%.0f\n' "$name" "$engine" "$r" "$n" "$files" \
      "$wall" "$user" "$sys" "$rss" "$rc" "$(echo "$n / $wall" | bc -l)" >> "$OUT/runs.tsv"
    tail -n 1 "$OUT/runs.tsv"
  done
}

measure all8 source "${dirs_all[@]}"
measure nodeps4 source "${dirs_nodeps[@]}"
measure nodeps4 javac "${dirs_nodeps[@]}"
echo "load after: $(uptime)" >> "$OUT/machine.txt"
cat "$OUT/machine.txt"
