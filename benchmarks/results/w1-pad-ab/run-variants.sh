#!/bin/bash
# W1 variants (16 pairs; slow partner echoWork=300) A/B: T (b2a4b39) vs V (cb1a5d2, ADR 0014), jars alternated, 2 forks.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2; do
  for jar in T V; do
    uptime
    echo "== round $round jar $jar"
    $J -jar /work/bench-$jar.jar PingPong -p contender=gosafe -p pairs=1,16 -p echoWork=0,300 -f 2 -wi 3 -i 4 -w 1s -r 1s \
      -rf json -rff $jar-variants-r$round.json 2>&1 | grep -E "^PingPong"
  done
done
