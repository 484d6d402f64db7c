#!/usr/bin/env python3
"""Two pundex binaries side by side in one run, alternating run by run, so a
before/after comparison shares the machine's noise (medians and ratios).

    benches/ab.py BEFORE AFTER [CORPUS] [--runs N]

Times, whole process: `index` of CORPUS from scratch, a no-op re-index, and ten
searches. CORPUS defaults to ../shared/corpus/ungdc; indexes go to a temp folder.
"""
import argparse, os, shutil, statistics, subprocess, tempfile, time

QUERIES = ["sanctions", "climate change", '"nuclear weapons"', "Putin war",
           "ceasefire Gaza", "refugees Syria", "apartheid", "debt relief Africa",
           "terrorism", "Security Council reform"]


def timed(args):
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("before"); p.add_argument("after")
    p.add_argument("corpus", nargs="?", default=os.path.join(here, "../../shared/corpus/ungdc"))
    p.add_argument("--runs", type=int, default=5)
    a = p.parse_args()
    bins = {"before": a.before, "after": a.after}
    with tempfile.TemporaryDirectory(prefix="pundex-ab-") as tmp:
        idx = {k: os.path.join(tmp, k) for k in bins}
        full, noop, search = ({k: [] for k in bins} for _ in range(3))
        for _ in range(a.runs):
            for k, b in bins.items():
                shutil.rmtree(idx[k], ignore_errors=True)
                full[k].append(timed([b, "--index", idx[k], "index", a.corpus]))
        for _ in range(a.runs):
            for k, b in bins.items():
                noop[k].append(timed([b, "--index", idx[k], "index", a.corpus]))
        for _ in range(a.runs * 2):
            for q in QUERIES:
                for k, b in bins.items():
                    search[k].append(timed([b, "--index", idx[k], "search", q, "--json"]))
    for name, runs, unit, scale in [("full index", full, "s", 1), ("no-op re-index", noop, "ms", 1000),
                                    ("search", search, "ms", 1000)]:
        m = {k: statistics.median(v) for k, v in runs.items()}
        print(f"{name:15} before {m['before'] * scale:8.2f} {unit}  after {m['after'] * scale:8.2f} {unit}"
              f"  after/before {m['after'] / m['before']:.3f}  ({len(runs['before'])} runs each)")


if __name__ == "__main__":
    main()
