#!/bin/bash
# W1 (one pair), 8 forks per jar and round, alternated: F2 = runtime of c110c32 (ADR 0015), F4 =
# F2 + a queued waiter parks from send()/recv0() instead of from sendViaSlots/recvViaSlots.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in ${ROUNDS:-1 2}; do
  for jar in F4 F2; do
    uptime
    echo "== round $round jar $jar"
    $J -jar /work/bench-$jar.jar PingPong -p contender=gosafe -p pairs=1 -p echoWork=0 -f 8 -wi 3 -i 3 -w 1s -r 1s \
      -rf json -rff $jar-r$round.json 2>&1 | grep -E "^PingPong"
  done
done
uptime
