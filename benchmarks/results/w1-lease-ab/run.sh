#!/bin/bash
# W1 (one pair), V = main before the lease (8e73fbb), L1 = the recv-slot lease (ADR 0015),
# alternated, 4 forks each; SynchronousQueue and jox with L1's jar in the same JMH run.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2; do
  uptime
  echo "== round $round jar L1 (with peers)"
  $J -jar /work/bench-L1.jar PingPong -p contender=gosafe,synchronousQueue,jox -p pairs=1 -p echoWork=0 -f 4 -wi 3 -i 4 -w 1s -r 1s \
    -rf json -rff L1-r$round.json 2>&1 | grep -E "^PingPong"
  uptime
  echo "== round $round jar V"
  $J -jar /work/bench-V.jar PingPong -p contender=gosafe -p pairs=1 -p echoWork=0 -f 4 -wi 3 -i 4 -w 1s -r 1s \
    -rf json -rff V-r$round.json 2>&1 | grep -E "^PingPong"
done
uptime
