#!/usr/bin/env bash
# What alerts cost: 50 saved searches (benches/alerts.toml) checked against new
# speeches of the UN General Debate.
#
#   benches/alerts.sh [--runs N] [--new N] [--batches N] [--no-write] [CORPUS]
#
# 1. `pundex index DIR` against `pundex index DIR --alerts` on an index of every
#    speech but the newest NEW (default 1000), which are then added: the run that
#    indexes them, and with --alerts also checks them. RUNS (default 5) runs of
#    each, alternating, each from a copy of the same starting index; wall and CPU
#    time (GNU time).
# 2. `pundex watch DIR --json` against `pundex watch DIR --alerts --json`: BATCHES
#    (default 20) batches of one new speech each per watcher, RUNS watchers of
#    each kind, alternating; a batch's latency is the time from linking the file
#    into the folder to the batch's `run` line on stdout (which comes after its
#    alert lines), so it includes the watcher's 100 ms of debounce; and the
#    watcher's CPU time per batch, from /proc/PID/stat.
#
# Figures are medians. CORPUS defaults to ../shared/corpus/ungdc; work goes to
# ${BENCH_DIR:-/tmp/pundex-alerts-bench} (on the corpus's file system: the
# articles are hard links). PUNDEX defaults to target/release/pundex, built if
# missing. The results replace the alerts section of BENCHMARKS.md (between its
# markers, which benches/compare.sh keeps) unless --no-write.
set -euo pipefail
export LC_ALL=C

REPO=$(cd "$(dirname "$0")/.." && pwd)
RUNS=5
NEW=1000
BATCHES=20
WRITE=1
CORPUS=""
ARGS_AS_GIVEN="$*"
while (($#)); do
  case $1 in
    --runs) RUNS=${2:?--runs needs a number}; shift ;;
    --new) NEW=${2:?--new needs a number}; shift ;;
    --batches) BATCHES=${2:?--batches needs a number}; shift ;;
    --no-write) WRITE=0 ;;
    -h | --help) sed -n '2,23s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) echo "alerts.sh: unknown option $1" >&2; exit 2 ;;
    *) CORPUS=$1 ;;
  esac
  shift
done
: "${CORPUS:=$REPO/../shared/corpus/ungdc}"
[[ -d $CORPUS ]] || { echo "alerts.sh: no corpus at $CORPUS" >&2; exit 2; }
CORPUS=$(cd "$CORPUS" && pwd)
B=${BENCH_DIR:-/tmp/pundex-alerts-bench}
PUNDEX=${PUNDEX:-$REPO/target/release/pundex}
if [[ ! -x $PUNDEX ]]; then
  (cd "$REPO" && cargo build --release --quiet)
fi
rm -rf "$B"
mkdir -p "$B/articles" "$B/new"

say() { echo "alerts.sh: $*" >&2; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now_ms() { date +%s%3N; }

# ---------------------------------------------------------------- the folder
# The newest NEW speeches (by session, then name) are the new ones.
mapfile -t ALL < <(cd "$CORPUS" && find . -type f -name '*.txt' -not -path '*/.*' | sed 's|^\./||' | sort)
TOTAL=${#ALL[@]}
((NEW + BATCHES * RUNS * 2 < TOTAL)) || { echo "alerts.sh: corpus too small" >&2; exit 2; }
OLD=$((TOTAL - NEW))
for ((i = 0; i < TOTAL; i++)); do
  rel=${ALL[i]}
  if ((i < OLD)); then dest=$B/articles/$rel; else dest=$B/new/$rel; fi
  mkdir -p "$(dirname "$dest")"
  ln "$CORPUS/$rel" "$dest"
done
cp "$REPO/benches/alerts.toml" "$B/articles/pundex.toml"
say "indexing the $OLD older speeches once (the starting index)"
"$PUNDEX" --index "$B/base" index "$B/articles" --quiet
"$PUNDEX" --index "$B/base" alerts "$B/articles" --json | wc -l | grep -qx 50

# ---------------------------------------------------------------- 1. index
# The new speeches join the folder; every run starts from a copy of the base index.
(cd "$B/new" && find . -type f | while read -r f; do mkdir -p "$B/articles/$(dirname "$f")"; ln "$f" "$B/articles/$f"; done)
declare -a T_PLAIN T_ALERTS C_PLAIN C_ALERTS
MATCHES=0
for ((r = 1; r <= RUNS; r++)); do
  for mode in plain alerts; do
    # Alternate which goes first, run by run.
    if ((r % 2 == 0)); then mode=$([[ $mode == plain ]] && echo alerts || echo plain); fi
    rm -rf "$B/idx" && cp -a "$B/base" "$B/idx"
    sync
    flags=(--quiet)
    [[ $mode == alerts ]] && flags+=(--alerts)
    t0=$(now_ms)
    /usr/bin/time -o "$B/time" -f '%U %S' "$PUNDEX" --index "$B/idx" index "$B/articles" "${flags[@]}" >"$B/index-$mode.out"
    t1=$(now_ms)
    cpu=$(awk '{ printf "%.0f", ($1 + $2) * 1000 }' "$B/time")
    if [[ $mode == plain ]]; then
      T_PLAIN+=($((t1 - t0))); C_PLAIN+=("$cpu")
    else
      T_ALERTS+=($((t1 - t0))); C_ALERTS+=("$cpu"); MATCHES=$(wc -l <"$B/index-alerts.out")
    fi
    say "index run $r ($mode): $((t1 - t0)) ms wall, $cpu ms CPU"
  done
done
MED_PLAIN=$(printf '%s\n' "${T_PLAIN[@]}" | median)
MED_ALERTS=$(printf '%s\n' "${T_ALERTS[@]}" | median)
ADDED_MS=$(awk -v a="$MED_ALERTS" -v p="$MED_PLAIN" 'BEGIN { printf "%.0f", a - p }')
PER_1000=$(awk -v d="$ADDED_MS" -v n="$NEW" 'BEGIN { printf "%.0f", d * 1000 / n }')
PCT=$(awk -v a="$MED_ALERTS" -v p="$MED_PLAIN" 'BEGIN { printf "%+.1f", (a - p) * 100 / p }')
CPU_PLAIN=$(printf '%s\n' "${C_PLAIN[@]}" | median)
CPU_ALERTS=$(printf '%s\n' "${C_ALERTS[@]}" | median)
CPU_ADDED=$(awk -v a="$CPU_ALERTS" -v p="$CPU_PLAIN" 'BEGIN { printf "%.0f", a - p }')
CPU_PER_1000=$(awk -v d="$CPU_ADDED" -v n="$NEW" 'BEGIN { printf "%.0f", d * 1000 / n }')
CPU_PCT=$(awk -v a="$CPU_ALERTS" -v p="$CPU_PLAIN" 'BEGIN { printf "%+.1f", (a - p) * 100 / p }')
DISTINCT=$(cut -d: -f1 "$B/index-alerts.out" | sed 's/ (updated)$//' | sort -u | wc -l)

# ---------------------------------------------------------------- 2. watch
# Each watcher starts on the base index and the older speeches, then gets
# BATCHES new speeches, one at a time, each waited for.
rm -rf "$B/new" && mkdir -p "$B/new"
for ((i = OLD; i < TOTAL; i++)); do
  rel=${ALL[i]}
  rm -f "$B/articles/$rel"
  mkdir -p "$(dirname "$B/new/$rel")"
  ln "$CORPUS/$rel" "$B/new/$rel"
done
python3 - "$PUNDEX" "$B" "$RUNS" "$BATCHES" >"$B/watch.tsv" <<'PY'
import json, os, select, subprocess, sys, time

pundex, bench, runs, batches = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
articles, new = os.path.join(bench, "articles"), os.path.join(bench, "new")
pool = sorted(os.path.join(d, f)[len(new) + 1:] for d, _, fs in os.walk(new) for f in fs)
used = 0

def cpu(pid):
    """Seconds of CPU (user and system, all threads) the process has used."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

def line(proc, deadline):
    """The next stdout line, or None at the deadline."""
    buf = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.05)
        if ready:
            c = os.read(proc.stdout.fileno(), 1)
            if not c:
                return None
            if c == b"\n":
                return json.loads(buf)
            buf += c
    return None

for r in range(runs):
    modes = ["plain", "alerts"] if r % 2 == 0 else ["alerts", "plain"]
    for mode in modes:
        subprocess.run(["rm", "-rf", os.path.join(bench, "idx")], check=True)
        subprocess.run(["cp", "-a", os.path.join(bench, "base"), os.path.join(bench, "idx")], check=True)
        cmd = [pundex, "--index", os.path.join(bench, "idx"), "watch", articles, "--json"]
        if mode == "alerts":
            cmd.append("--alerts")
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        first = line(proc, time.monotonic() + 120)
        assert first is not None and "added" in first, "the watcher did not start"
        time.sleep(1)  # past the second reconcile
        cpu0 = cpu(proc.pid)
        for b in range(batches):
            rel = pool[used]
            used += 1
            os.makedirs(os.path.dirname(os.path.join(articles, rel)), exist_ok=True)
            t0 = time.monotonic()
            os.link(os.path.join(new, rel), os.path.join(articles, rel))
            alerts = 0
            while True:
                record = line(proc, t0 + 60)
                assert record is not None, "no batch line within 60 s"
                if record.get("type") == "alert":
                    alerts += 1
                elif "added" in record:
                    break
            print(f"{mode}\t{(time.monotonic() - t0) * 1000:.1f}\t{alerts}", flush=True)
        # The watcher's CPU time (all threads) per batch, over this watcher's batches.
        print(f"cpu-{mode}\t{(cpu(proc.pid) - cpu0) * 1000 / batches:.1f}\t0", flush=True)
        proc.terminate()
        proc.wait()
        for rel in pool[used - batches:used]:
            os.remove(os.path.join(articles, rel))
PY
W_PLAIN=$(awk -F'\t' '$1 == "plain" { print $2 }' "$B/watch.tsv" | median)
W_ALERTS=$(awk -F'\t' '$1 == "alerts" { print $2 }' "$B/watch.tsv" | median)
W_ADDED=$(awk -v a="$W_ALERTS" -v p="$W_PLAIN" 'BEGIN { printf "%.1f", a - p }')
W_MATCHES=$(awk -F'\t' '$1 == "alerts" { n += $3 } END { print n + 0 }' "$B/watch.tsv")
WC_PLAIN=$(awk -F'\t' '$1 == "cpu-plain" { print $2 }' "$B/watch.tsv" | median)
WC_ALERTS=$(awk -F'\t' '$1 == "cpu-alerts" { print $2 }' "$B/watch.tsv" | median)
WC_ADDED=$(awk -v a="$WC_ALERTS" -v p="$WC_PLAIN" 'BEGIN { printf "%.1f", a - p }')
W_BATCHES=$(awk -F'\t' '$1 == "alerts"' "$B/watch.tsv" | wc -l)

# ---------------------------------------------------------------- report
VERSION=$(cd "$REPO" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
SECTION=$(cat <<EOF
<!-- benches/alerts.sh -->
## Alerts (issue #22)

Written by \`benches/alerts.sh${ARGS_AS_GIVEN:+ $ARGS_AS_GIVEN}\` on $(date -u '+%Y-%m-%d %H:%M UTC') (pundex $VERSION, release build; \`nproc\` $(nproc), load average at the end $(cut -d' ' -f1-3 /proc/loadavg)); 50 saved searches (\`benches/alerts.toml\`: words, phrases, OR, exclusions, and actor, issue, since and until filters mixed) over \`$(basename "$CORPUS")\`, $TOTAL speeches. Medians of alternating runs.

| | \`index\` | \`index --alerts\` | added |
| --- | ---: | ---: | ---: |
| $NEW new speeches onto $OLD indexed (${RUNS} runs each), wall | $MED_PLAIN ms | $MED_ALERTS ms | $ADDED_MS ms ($PCT%) |
| the same, CPU time (user + system, all threads) | $CPU_PLAIN ms | $CPU_ALERTS ms | $CPU_ADDED ms ($CPU_PCT%) |
| per 1,000 new speeches, wall | | | **$PER_1000 ms** |
| per 1,000 new speeches, CPU | | | **$CPU_PER_1000 ms** |

The \`--alerts\` run printed $MATCHES matches of $DISTINCT alerts. The added time covers reading the 50 saved searches and resolving their names against the lexicon, finding which written articles bring new text, and running each saved search once, restricted to those articles.

| | \`watch --json\` | \`watch --alerts --json\` | added |
| --- | ---: | ---: | ---: |
| one new speech per batch, file linked → batch line ($((RUNS * BATCHES)) batches each) | $W_PLAIN ms | $W_ALERTS ms | **$W_ADDED ms** |
| the watcher's CPU time per batch (median of $RUNS watchers each) | $WC_PLAIN ms | $WC_ALERTS ms | **$WC_ADDED ms** |

Latencies include the watcher's 100 ms of quiet before a batch closes; the alerts printed $W_MATCHES matches over $W_BATCHES batches. On a shared machine the wall times of single batches are bimodal (other processes take the cores), so the CPU times are the steadier measure of what checking costs.
<!-- end benches/alerts.sh -->
EOF
)
echo "$SECTION"
if ((WRITE)); then
  OUT=$REPO/BENCHMARKS.md
  if grep -q '^<!-- benches/alerts.sh -->$' "$OUT"; then
    python3 - "$OUT" "$SECTION" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2]
text = open(path).read()
text = re.sub(r"<!-- benches/alerts\.sh -->\n.*?<!-- end benches/alerts\.sh -->", lambda _: section, text, flags=re.S)
open(path, "w").write(text)
PY
  else
    printf '\n%s\n' "$SECTION" >>"$OUT"
  fi
  say "wrote the alerts section of $OUT"
fi
