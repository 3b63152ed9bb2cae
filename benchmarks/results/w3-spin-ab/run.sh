#!/bin/bash
# W3 (4 pairs) A/B: base (ADR 0010) vs I (ADR 0011) with spinning on and off, jars alternated.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2; do
  for cfg in "base 2000" "I 2000" "base 0" "I 0"; do
    set -- $cfg
    uptime
    echo "== round $round jar $1 spinNanos $2"
    $J -jar /work/bench-$1.jar BufferedChannel -p contender=gosafe -p pairs=4 -f 4 -wi 3 -i 4 -w 1s -r 1s \
      -jvmArgsAppend "-Dgosafe.chan.spinNanos=$2" -rf json -rff $1-$2-r$round.json 2>&1 | grep -E "^Iteration|^BufferedChannel|Result"
  done
done
