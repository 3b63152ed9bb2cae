#!/bin/bash
# W1 (one pair), 8 forks per jar and round, alternated: L4 = main at 2dc8933 (ADR 0015 lease),
# L5 = L4 + a sender waits up to 32 pauses for the lessee to claim the recv slot again.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in ${ROUNDS:-1 2}; do
  for jar in L5 L4; do
    uptime
    echo "== round $round jar $jar"
    $J -jar /work/bench-$jar.jar PingPong -p contender=gosafe -p pairs=1 -p echoWork=0 -f 8 -wi 3 -i 3 -w 1s -r 1s \
      -rf json -rff $jar-r$round.json 2>&1 | grep -E "^PingPong"
  done
done
uptime
