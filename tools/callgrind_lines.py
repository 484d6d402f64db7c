#!/usr/bin/env python3
"""Instruction counts of a callgrind profile by line of pundex's own source,
through inlining.

callgrind_annotate charges an inlined std helper (`&text[a..b]`'s
char-boundary checks, `Vec::push`) to the helper's file, so the line of
pundex that paid for it is lost. This script reads each instruction's
self cost (a profile made with --dump-instr=yes), asks addr2line for the
chain of inlined frames at its address, and charges the cost to the
innermost frame in pundex's `src/` (or to the instruction's own line when
no frame is pundex's).

Usage:
  valgrind --tool=callgrind --dump-instr=yes \\
      --toggle-collect='pundex::extract::Extractor::extract' \\
      --callgrind-out-file=cg.out target/release/examples/dump_extraction SAMPLE
  python3 tools/callgrind_lines.py cg.out target/release/examples/dump_extraction [N]

Prints the N (default 40) costliest lines, and the total by file with
--files. The binary must be the one profiled (release builds keep line
tables: `debug = "line-tables-only"`).
"""
import collections
import re
import subprocess
import sys


def self_costs(profile, binary):
    """Self cost by instruction address, for instructions of `binary`."""
    cost = collections.Counter()
    names, ob, addr, after_call = {}, None, 0, False

    def number(token, previous):
        if token == "*":
            return previous
        if token[0] in "+-":
            step = int(token[1:], 0)
            return previous + step if token[0] == "+" else previous - step
        return int(token, 0)

    for line in open(profile):
        line = line.rstrip("\n")
        if not line:
            continue
        spec = re.match(r"(c?ob)=\((\d+)\)(?: (.*))?", line)
        if spec:
            if spec.group(3):
                names[spec.group(2)] = spec.group(3)
            if spec.group(1) == "ob":
                ob = names.get(spec.group(2))
            continue
        if line.startswith("calls="):
            after_call = True  # the next cost line is the callee's, inclusive
            continue
        if line[0] in "0123456789+-*":
            fields = line.split()
            addr = number(fields[0], addr)
            if after_call:
                after_call = False
            elif len(fields) >= 3 and ob and ob.endswith(binary.split("/")[-1]):
                cost[addr] += int(fields[2])
    return cost


def is_pundex(place):
    """A place in pundex's sources, not std's, a crate's or std's vendored
    crates' (`/rust/deps/hashbrown…`)."""
    return "/src/" in place and not any(
        other in place for other in ("/rustc/", "/.cargo/", "/rust/deps/")
    )


def own_lines(cost, binary):
    """Cost by the innermost line of pundex's src/ at each address."""
    addresses = sorted(cost)
    lines = collections.Counter()
    for chunk in range(0, len(addresses), 20000):
        batch = addresses[chunk : chunk + 20000]
        out = subprocess.run(
            ["addr2line", "-e", binary, "-i", "-f", "-C", "-a"] + [hex(a) for a in batch],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        blocks = re.split(r"^(0x[0-9a-f]+)$", out, flags=re.M)
        for i in range(1, len(blocks), 2):
            body = blocks[i + 1].strip().split("\n")
            places = [body[j + 1] for j in range(0, len(body) - 1, 2)]
            if not places:
                continue
            own = next((p for p in places if is_pundex(p)), places[0])
            own = re.sub(r" \(discriminator \d+\)", "", own)
            own = re.sub(r".*?/(src/|examples/)", r"\1", own, count=1)
            lines[own] += cost[int(blocks[i], 16)]
    return lines


def main():
    args = [a for a in sys.argv[1:] if a != "--files"]
    if len(args) < 2:
        sys.exit(__doc__)
    profile, binary = args[0], args[1]
    shown = int(args[2]) if len(args) > 2 else 40
    cost = self_costs(profile, binary)
    total = sum(cost.values())
    lines = own_lines(cost, binary)
    if "--files" in sys.argv:
        files = collections.Counter()
        for place, n in lines.items():
            files[place.rsplit(":", 1)[0]] += n
        lines = files
    print(f"{total:,} instructions of {binary}")
    for place, n in lines.most_common(shown):
        print(f"{n:14,} {100 * n / total:5.1f}%  {place}")


if __name__ == "__main__":
    main()
