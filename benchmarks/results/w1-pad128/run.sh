#!/bin/bash
# W1 (one pair), 8 forks per jar and round, alternated: L4 = main at 2dc8933 (slots padded by 56
# bytes each side), P128 = L4 with 120 bytes each side (15 longs), to test whether the per-fork
# spread comes from the adjacent-line (128-byte) prefetcher.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in ${ROUNDS:-1 2}; do
  for jar in P128 L4; do
    uptime
    echo "== round $round jar $jar"
    $J -jar /work/bench-$jar.jar PingPong -p contender=gosafe -p pairs=1 -p echoWork=0 -f 8 -wi 3 -i 3 -w 1s -r 1s \
      -rf json -rff $jar-r$round.json 2>&1 | grep -E "^PingPong"
  done
done
uptime
