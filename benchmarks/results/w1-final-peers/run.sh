#!/bin/bash
# W1 (one pair) with its peers in the same JMH run, 4 forks each, jar F1 (c110c32: ADR 0015 with
# the sender's wait for a returning lessee), twice.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2; do
  uptime
  echo "== round $round jar F1"
  $J -jar /work/bench-F1.jar PingPong -p contender=gosafe,synchronousQueue,jox -p pairs=1 -p echoWork=0 -f 4 -wi 3 -i 4 -w 1s -r 1s \
    -rf json -rff F1-peers-r$round.json 2>&1 | grep -E "^PingPong"
done
uptime
