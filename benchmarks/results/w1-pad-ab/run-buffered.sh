#!/bin/bash
# W2/W3 A/B: T (b2a4b39) vs U (slots padded onto their own cache line), jars alternated, 2 forks per param.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2 3; do
  for jar in T U; do
    uptime
    echo "== round $round jar $jar"
    $J -jar /work/bench-$jar.jar BufferedChannel -p contender=gosafe -p pairs=1,4 -f 2 -wi 3 -i 4 -w 1s -r 1s \
      -rf json -rff $jar-buffered-r$round.json 2>&1 | grep -E "^BufferedChannel"
  done
done
