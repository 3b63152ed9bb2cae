#!/bin/bash
# W1 (one pair), 4 forks per jar and round, alternated: L4 = the committed lease (2dc8933),
# L2 = L4 without the read before giveToSpinner's CAS, V = before the lease (8e73fbb).
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2; do
  for jar in L4 L2 V; do
    uptime
    echo "== round $round jar $jar"
    $J -jar /work/bench-$jar.jar PingPong -p contender=gosafe -p pairs=1 -p echoWork=0 -f 4 -wi 3 -i 4 -w 1s -r 1s \
      -rf json -rff final-$jar-r$round.json 2>&1 | grep -E "^PingPong"
  done
done
uptime
