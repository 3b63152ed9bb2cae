#!/bin/bash
# W2/W3: a buffered send/recv that finds the buffer full/empty yields its carrier N times before it queues (-Dgosafe.chan.bufferYields=N), same jar, settings alternated.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2; do
  for pairs in 4 1; do
    for y in 0 1 2; do
      uptime
      echo "== round $round pairs $pairs bufferYields $y"
      $J -jar /work/bench-N.jar BufferedChannel -p contender=gosafe -p pairs=$pairs -f 3 -wi 3 -i 4 -w 1s -r 1s \
        -jvmArgsAppend "-Dgosafe.chan.bufferYields=$y" -rf json -rff y$y-p$pairs-r$round.json 2>&1 | grep -E "^BufferedChannel"
    done
  done
done
