#!/bin/bash
# W1 A/B: T (b2a4b39) vs U (T with the two slots padded onto a cache line of their own), jars alternated, 4 forks.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2 3; do
  for jar in T U; do
    uptime
    echo "== round $round jar $jar"
    $J -jar /work/bench-$jar.jar PingPong -p contender=gosafe -p pairs=1 -p echoWork=0 -f 4 -wi 3 -i 4 -w 1s -r 1s \
      -rf json -rff $jar-r$round.json 2>&1 | grep -E "^PingPong"
  done
done
