#!/bin/bash
# W1 (one pair) with every peer in the same JMH run, LinkedTransferQueue.transfer added, 4 forks
# each, jar F4 (the final code, 9e421f6: ADR 0015 + ADR 0016), twice.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2; do
  uptime
  echo "== round $round jar F4"
  $J -jar /work/bench-F4.jar PingPong -p contender=gosafe,synchronousQueue,linkedTransferQueue,jox -p pairs=1 -p echoWork=0 -f 4 -wi 3 -i 4 -w 1s -r 1s \
    -rf json -rff F4-peers-r$round.json 2>&1 | grep -E "^PingPong"
done
uptime
