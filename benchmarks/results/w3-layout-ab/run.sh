#!/bin/bash
# W3 (4 pairs) A/B/C: base (b87eccd, ADR 0010), I (888443e, ADR 0011), M (ring fields next to the lock word), jars alternated.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
PAIRS=${PAIRS:-4}
for round in 1 2 3; do
  for jar in base I M; do
    uptime
    echo "== round $round jar $jar pairs $PAIRS"
    $J -jar /work/bench-$jar.jar BufferedChannel -p contender=gosafe -p pairs=$PAIRS -f 4 -wi 3 -i 4 -w 1s -r 1s \
      -rf json -rff $jar-p$PAIRS-r$round.json 2>&1 | grep -E "^Iteration|^BufferedChannel|Result"
  done
done
