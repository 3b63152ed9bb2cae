#!/bin/bash
# W3 (4 pairs): base (b87eccd, ADR 0010) vs T (b2a4b39) with its buffered yield off (-Dgosafe.chan.bufferYields=0), jars alternated:
# does the split of the buffered path (send0/recv1 without slot code) remove ADR 0011's W3 regression?
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2 3; do
  for jar in base T; do
    uptime
    echo "== round $round jar $jar"
    $J -jar /work/bench-$jar.jar BufferedChannel -p contender=gosafe -p pairs=4 -f 4 -wi 3 -i 4 -w 1s -r 1s \
      -jvmArgsAppend "-Dgosafe.chan.bufferYields=0" -rf json -rff $jar-r$round.json 2>&1 | grep -E "^BufferedChannel"
  done
done
