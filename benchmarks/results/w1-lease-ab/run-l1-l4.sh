#!/bin/bash
# W1 (one pair), 4 forks per jar and round, alternated: L1 (lessee as a Thread field) vs L4
# (lessee as an opaque long thread id, committed in 2dc8933).
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2 3; do
  for jar in L1 L4; do
    uptime
    echo "== round $round jar $jar"
    $J -jar /work/bench-$jar.jar PingPong -p contender=gosafe -p pairs=1 -p echoWork=0 -f 4 -wi 3 -i 4 -w 1s -r 1s \
      -rf json -rff l1l4-$jar-r$round.json 2>&1 | grep -E "^PingPong"
  done
done
uptime
