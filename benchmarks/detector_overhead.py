#!/usr/bin/env python3
"""Usage: benchmarks/detector_overhead.py RUN_DIR...  (pooled)

Summarises benchmarks/run-detector-overhead.sh: per workload, every fork's score with detection
on and off, the medians, and the cost 1 - median(on)/median(off) with a bootstrap 95% interval
(resampling forks within each setting, 10,000 draws, fixed seed)."""
import json
import os
import random
import statistics
import sys

WORKLOADS = [
    ("W1", "PingPongBenchmark.w1PingPong", {"pairs": "1"}),
    ("W2", "BufferedChannelBenchmark.buffered64", {"pairs": "1"}),
    ("W3", "BufferedChannelBenchmark.buffered64", {"pairs": "4"}),
]


def fork_scores(run_dirs, mode):
    """Per workload: one score per fork (the mean of its measurement iterations)."""
    out = {w[0]: [] for w in WORKLOADS}
    for run_dir, name in sorted((d, n) for d in run_dirs for n in os.listdir(d)):
        if not (name.startswith(mode + "-") and name.endswith(".json")):
            continue
        with open(os.path.join(run_dir, name)) as f:
            data = json.load(f)
        for r in data:
            bench = r["benchmark"].split(".", 3)[-1]
            params = r.get("params", {})
            for wid, wbench, flt in WORKLOADS:
                if bench == wbench and all(params.get(k, v) == v for k, v in flt.items()):
                    for fork in r["primaryMetric"]["rawData"]:
                        out[wid].append(statistics.mean(fork))
    return out


def main():
    run_dirs = sys.argv[1:]
    on = fork_scores(run_dirs, "on")
    off = fork_scores(run_dirs, "off")
    rng = random.Random(7)
    print("workload | forks on/off | median on | median off | cost (1 - on/off) | 95% interval")
    for wid, _, _ in WORKLOADS:
        a, b = on[wid], off[wid]
        if not a or not b:
            print(f"{wid} | no data")
            continue
        cost = 1 - statistics.median(a) / statistics.median(b)
        draws = []
        for _ in range(10_000):
            ra = [rng.choice(a) for _ in a]
            rb = [rng.choice(b) for _ in b]
            draws.append(1 - statistics.median(ra) / statistics.median(rb))
        draws.sort()
        lo, hi = draws[250], draws[9749]
        print(f"{wid} | {len(a)}/{len(b)} | {statistics.median(a) / 1e6:.2f}M | "
              f"{statistics.median(b) / 1e6:.2f}M | {cost * 100:+.1f}% | "
              f"{lo * 100:+.1f}% .. {hi * 100:+.1f}%")
        print("    on:  " + " ".join(f"{x / 1e6:.2f}" for x in a))
        print("    off: " + " ".join(f"{x / 1e6:.2f}" for x in b))


if __name__ == "__main__":
    main()
