#!/bin/bash
# W1 variants, L5 vs L4 alternated, 2 forks each: 16 pairs; one pair with a slow partner
# (echoWork 300); 16 pairs with a slow partner. The sender's wait must not cost them.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2; do
  for jar in L5 L4; do
    uptime
    echo "== round $round jar $jar"
    $J -jar /work/bench-$jar.jar PingPong -p contender=gosafe -p pairs=1,16 -p echoWork=0,300 -f 2 -wi 3 -i 3 -w 1s -r 1s \
      -rf json -rff variants-$jar-r$round.json 2>&1 | grep -E "^PingPong"
  done
done
uptime
