#!/bin/bash
# W2/W3: yields before queueing, send side and receive side separately (-Dgosafe.chan.sendYields, recvYields), same jar.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2; do
  for pairs in 1 4; do
    for sy in "0 0" "1 0" "0 1" "1 1"; do
      set -- $sy
      uptime
      echo "== round $round pairs $pairs sendYields $1 recvYields $2"
      $J -jar /work/bench-O.jar BufferedChannel -p contender=gosafe -p pairs=$pairs -f 3 -wi 3 -i 4 -w 1s -r 1s \
        -jvmArgsAppend "-Dgosafe.chan.sendYields=$1 -Dgosafe.chan.recvYields=$2" -rf json -rff s$1r$2-p$pairs-r$round.json 2>&1 | grep -E "^BufferedChannel"
    done
  done
done
