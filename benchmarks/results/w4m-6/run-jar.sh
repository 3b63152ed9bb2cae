#!/bin/bash
# W4m after ADR 0015: 100,000 gosafe tasks parked in Chan.recv on their own channels, the class
# histogram taken while they are parked (ParkedTaskMemory -Dhold=gosafe -Dwarmups=${WARMUPS:-1}), three runs, jar F2
# (runtime of c110c32). Then the per-task bytes: all classes whose count is ~100,000 except
# dev.gosafe.Chan (the channel is not the task's), plus the two maps' tables.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
for i in ${RUNS:-1 2 3}; do
  uptime > uptime-${JAR:-F3}-w${WARMUPS:-1}-$i.txt
  (sleep 25; echo) | $J/java -Xmx2g -Dchannel=own -Dhold=gosafe -Dwarmups=${WARMUPS:-1} -cp /work/bench-${JAR:-F3}.jar \
    dev.gosafe.benchmarks.ParkedTaskMemory 100000 1 > hold-${JAR:-F3}-w${WARMUPS:-1}-$i.txt 2>&1 &
  for t in $(seq 1 40); do
    pid=$(grep -o "pid [0-9]*" hold-${JAR:-F3}-w${WARMUPS:-1}-$i.txt | head -1 | cut -d' ' -f2)
    [ -n "$pid" ] && break
    sleep 0.5
  done
  $J/jcmd "$pid" GC.class_histogram > histogram-${JAR:-F3}-w${WARMUPS:-1}-$i.txt
  wait
done
