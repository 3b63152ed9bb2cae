#!/bin/bash
# W4 spawn+join A/B: P (7eefee2) vs T (b2a4b39: task body run in Blocking.run, slot loops), jars alternated, 4 forks each.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for round in 1 2; do
  for jar in P T; do
    uptime
    echo "== round $round jar $jar"
    $J -jar /work/bench-$jar.jar SpawnJoin -f 4 -wi 3 -i 5 -w 1s -r 1s -rf json -rff $jar-r$round.json 2>&1 | grep -E "^SpawnJoin"
  done
done
