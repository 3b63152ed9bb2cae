#!/bin/bash
# W1, W2, W3 A/B: R (main: one send0/recv0 for all channels) vs S (separate methods: sendViaSlots/recvViaSlots loops for unbuffered channels with slots, send0/recv1 for the others), jars alternated.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2 3; do
  for jar in R S; do
    uptime
    echo "== round $round jar $jar"
    $J -jar /work/bench-$jar.jar PingPong -p contender=gosafe -p pairs=1 -p echoWork=0 -f 4 -wi 3 -i 4 -w 1s -r 1s \
      -rf json -rff $jar-w1-r$round.json 2>&1 | grep -E "^PingPong"
    $J -jar /work/bench-$jar.jar BufferedChannel -p contender=gosafe -p pairs=1,4 -f 2 -wi 3 -i 4 -w 1s -r 1s \
      -rf json -rff $jar-w23-r$round.json 2>&1 | grep -E "^BufferedChannel"
  done
done
