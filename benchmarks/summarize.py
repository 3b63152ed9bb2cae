#!/usr/bin/env python3
"""Prints the docs/BENCHMARKS.md table from JMH JSON results.

Usage: benchmarks/summarize.py RUN_DIR...   (each holds a jmh.json written by benchmarks/run.sh)

Each cell is the median over the runs, with min-max. A ratio is computed inside each run (gosafe
and its peer measured in the same JMH run) and then summarised the same way. Ratios are speed
ratios: > 1 means gosafe is faster (for ns/op rows: peer time / gosafe time).
"""
import json
import os
import statistics
import sys

# row id, title, benchmark method suffix, params filter, unit label, lower_is_better,
# gosafe contender, jox contender (or None), JDK contender (or None)
ROWS = [
    ("W1", "unbuffered ping-pong, round trips/s", "PingPongBenchmark.w1PingPong",
     {"pairs": "1", "echoWork": "0"},
     False, "gosafe", "jox", "synchronousQueue"),
    ("W1'", "the same, against LinkedTransferQueue.transfer", "PingPongBenchmark.w1PingPong",
     {"pairs": "1", "echoWork": "0"},
     False, "gosafe", None, "linkedTransferQueue"),
    ("W2", "buffered(64) 1P/1C, msgs/s", "BufferedChannelBenchmark.buffered64", {"pairs": "1"},
     False, "gosafe", "jox", "arrayBlockingQueue"),
    ("W3", "buffered(64) 4P/4C, msgs/s", "BufferedChannelBenchmark.buffered64", {"pairs": "4"},
     False, "gosafe", "jox", "arrayBlockingQueue"),
    ("W4", "spawn+join 100,000 tasks, ns/task", "SpawnJoinBenchmark.w4SpawnJoin", {},
     True, "gosafe", None, "virtualThread"),
    ("W5", "uncontended lock/unlock, ns/op", "LockBenchmark.lockUnlock", {"tasks": "1"},
     True, "gosafe", None, "reentrantLock"),
    ("W6", "lock contended by 4 tasks, ns/op", "LockBenchmark.lockUnlock", {"tasks": "4"},
     True, "gosafe", None, "reentrantLock"),
    ("W7", "WaitGroup add(1)+done() x4 tasks, ns/op", "WaitGroupBenchmark.w7AddDone", {},
     True, "gosafe", None, "phaser"),
    ("W7'", "done()/countDown() x4 tasks + await, ns/op", "WaitGroupBenchmark.w7AddDone", {},
     True, "gosafeDoneAwait", None, "countDownLatch"),
    ("W8", "select over two ready channels, selects/s", "SelectBenchmark.w8Select", {},
     False, "gosafe", "jox", None),
]


def load(run_dir):
    with open(os.path.join(run_dir, "jmh.json")) as f:
        data = json.load(f)
    scores = {}
    for r in data:
        params = r.get("params", {})
        key = (r["benchmark"].split(".", 3)[-1], tuple(sorted(params.items())))
        scores[key] = r["primaryMetric"]["score"]
    return scores


def score(scores, bench, flt, contender):
    for (b, params), s in scores.items():
        p = dict(params)
        if b == bench and p.get("contender") == contender and all(
                p.get(k, v) == v for k, v in flt.items()):
            return s
    return None


def fmt_num(x, lower):
    if x is None:
        return "—"
    if lower:
        return f"{x:,.1f}" if x < 100 else f"{x:,.0f}"
    return f"{x / 1e6:,.2f}M"


def cell(values, lower, ratio=False):
    values = [v for v in values if v is not None]
    if not values:
        return "—"
    med = statistics.median(values)
    f = (lambda v: f"{v:.2f}×") if ratio else (lambda v: fmt_num(v, lower))
    if len(values) == 1:
        return f(med)
    return f"{f(med)} ({f(min(values))}–{f(max(values))})"


def main(run_dirs):
    runs = [load(d) for d in run_dirs]
    print(f"Runs: {', '.join(os.path.basename(d.rstrip('/')) for d in run_dirs)}; "
          "cells: median (min–max) over the runs; ratios: speed, > 1 = gosafe faster, "
          "computed within each run.\n")
    print("| | workload | gosafe | jox 1.0.1 | JDK structure | gosafe vs jox | gosafe vs JDK |")
    print("|---|---|---|---|---|---|---|")
    for rid, title, bench, flt, lower, g, j, k in ROWS:
        gs = [score(r, bench, flt, g) for r in runs]
        js = [score(r, bench, flt, j) if j else None for r in runs]
        ks = [score(r, bench, flt, k) if k else None for r in runs]

        def speed(a, b):
            if a is None or b is None:
                return None
            return b / a if lower else a / b

        rj = [speed(a, b) for a, b in zip(gs, js)]
        rk = [speed(a, b) for a, b in zip(gs, ks)]
        kname = f"{k}: " if k else ""
        print(f"| {rid} | {title} | {cell(gs, lower)} | {cell(js, lower)} | "
              f"{kname}{cell(ks, lower)} | {cell(rj, lower, True)} | {cell(rk, lower, True)} |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
