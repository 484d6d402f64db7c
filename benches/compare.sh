#!/usr/bin/env bash
# Whole-process benchmark of pundex side by side with its peers: tantivy-cli (raw
# tantivy, no extraction), SQLite FTS5 (sqlite3) and ripgrep (no index).
#
#   benches/compare.sh [--smoke] [--runs N] [--scale LIST] [--scale-runs N]
#                      [--reps N] [--skip-scaling] [--out FILE] [CORPUS]
#
# CORPUS defaults to ../shared/corpus/ungdc (beside the repository). Everything is
# written under ${BENCH_DIR:-/tmp/pundex-bench}; the corpus is only read. Tools are
# run alternately, run by run, and every figure is a median of this one invocation.
# The results go to BENCHMARKS.md at the repository root (with --smoke, to
# $BENCH_DIR/smoke/BENCHMARKS.md: the smoke run is a check, not a measurement).
#
# --smoke runs every step once on the repository's corpus/ungdc (11 files), installs
# nothing, needs no network, skips peers that are missing (saying why) and exits 0;
# CI runs it. Without --smoke, missing peers are installed: ripgrep, sqlite3 and GNU
# time from Debian, tantivy-cli with `cargo install --root $BENCH_DIR/tools`
# (or set TANTIVY_CLI=/path/to/tantivy).
#
# --scale LIST (default 2,4) gives the corpus sizes of section 4, e.g. 1,10,50: at each,
# that many hard-linked copies are indexed from scratch by pundex (with and without
# extraction) and SQLite FTS5, with memory sampled from /proc; then pundex re-indexes
# (no change, 1% changed) and both are searched. BENCH_DIR must be on the corpus's
# file system (hard links) with room for the indexes (about 0.75 GB per 1x of UNGDC).
set -euo pipefail
export LC_ALL=C

usage() {
  sed -n '2,24s/^# \{0,1\}//p' "$0"
  exit 2
}

# ---------------------------------------------------------------- arguments
SMOKE=0
RUNS=""
SCALE_RUNS=""
SCALE_LIST=2,4
REPS=""
SKIP_SCALING=0
OUT=""
CORPUS=""
ARGS_AS_GIVEN="$*"
ENV_GIVEN=""
for v in BENCH_DIR PUNDEX PUNDEX_REV TANTIVY_CLI; do
  if [[ -n ${!v:-} ]]; then ENV_GIVEN+="$v=${!v} "; fi
done
while (($#)); do
  case $1 in
    --smoke) SMOKE=1 ;;
    --runs) RUNS=${2:?--runs needs a number}; shift ;;
    --scale-runs) SCALE_RUNS=${2:?--scale-runs needs a number}; shift ;;
    --scale) SCALE_LIST=${2:?--scale needs a list of sizes such as 1,10,50}; shift ;;
    --reps) REPS=${2:?--reps needs a number}; shift ;;
    --skip-scaling) SKIP_SCALING=1 ;;
    --out) OUT=${2:?--out needs a file}; shift ;;
    -h | --help) usage ;;
    -*) echo "compare.sh: unknown option $1" >&2; usage ;;
    *) CORPUS=$1 ;;
  esac
  shift
done

REPO=$(cd "$(dirname "$0")/.." && pwd)
WORKDIR=${BENCH_DIR:-/tmp/pundex-bench}
if ((SMOKE)); then
  SCRATCH=$WORKDIR/smoke
  : "${CORPUS:=$REPO/corpus/ungdc}" "${RUNS:=1}" "${SCALE_RUNS:=1}" "${REPS:=1}"
  : "${OUT:=$SCRATCH/BENCHMARKS.md}"
else
  SCRATCH=$WORKDIR/full
  : "${CORPUS:=$REPO/../shared/corpus/ungdc}" "${RUNS:=3}" "${SCALE_RUNS:=1}" "${REPS:=20}"
  : "${OUT:=$REPO/BENCHMARKS.md}"
fi
for n in "$RUNS" "$SCALE_RUNS" "$REPS"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: counts must be positive integers" >&2; exit 2; }
done
[[ $SCALE_LIST =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || { echo "compare.sh: --scale takes sizes such as 1,10,50" >&2; exit 2; }
mapfile -t SCALE_SIZES < <(tr , '\n' <<<"$SCALE_LIST" | sort -n -u)
[[ -d $CORPUS ]] || { echo "compare.sh: no corpus folder at $CORPUS" >&2; exit 2; }
CORPUS=$(cd "$CORPUS" && pwd)
mkdir -p "$WORKDIR"
WORKDIR=$(cd "$WORKDIR" && pwd)
SCRATCH=$WORKDIR/${SCRATCH##*/}
case $WORKDIR/ in
  "$REPO"/* | "$CORPUS"/*) echo "compare.sh: BENCH_DIR must be outside the repository and the corpus" >&2; exit 2 ;;
esac
case $WORKDIR in
  *"'"*) echo "compare.sh: BENCH_DIR must not contain a single quote" >&2; exit 2 ;;
esac
NPROC=$(nproc)
REPORT=$SCRATCH/report.md
LOG=$SCRATCH/commands.log
rm -rf "$SCRATCH"
mkdir -p "$SCRATCH"
: >"$REPORT"
: >"$LOG"

say() { printf '%s\n' "$*"; }
step() { printf '\n== %s (%s)\n' "$*" "$(date +%H:%M:%S)"; }
# md LINE: print a report line on the terminal and keep it for BENCHMARKS.md.
md() { printf '%s\n' "$*" | tee -a "$REPORT"; }
die() { echo "compare.sh: $*" >&2; exit 1; }

# ---------------------------------------------------------------- tools
step "tools"
SKIPPED=()    # "tool: reason" lines for the report
apt_install() {
  ((SMOKE)) && return 1
  { apt-get install -y "$@" || { apt-get update && apt-get install -y "$@"; }; } >>"$LOG" 2>&1
}

PUNDEX_GIVEN=${PUNDEX:+1}
if [[ -n ${PUNDEX:-} ]]; then
  [[ -x $PUNDEX ]] || die "PUNDEX=$PUNDEX is not executable"
elif ((SMOKE)); then
  # CI has just built the debug binary for the tests; a release build would take minutes.
  (cd "$REPO" && cargo build --quiet --locked --bin pundex) || die "cargo build failed"
  PUNDEX=$REPO/target/debug/pundex
else
  (cd "$REPO" && cargo build --quiet --release --locked --bin pundex) || die "cargo build --release failed"
  PUNDEX=$REPO/target/release/pundex
fi
say "pundex: $PUNDEX"

TIME_BIN=/usr/bin/time
if [[ ! -x $TIME_BIN ]] && ! apt_install time; then
  TIME_BIN=""
  SKIPPED+=("peak RSS: GNU time (/usr/bin/time) is not installed")
fi

HAVE_RG=1 HAVE_SQLITE=1 HAVE_TANTIVY=1
command -v rg >/dev/null || apt_install ripgrep || {
  HAVE_RG=0; SKIPPED+=("ripgrep: rg is not installed (apt-get install ripgrep)")
}
command -v sqlite3 >/dev/null || apt_install sqlite3 || {
  HAVE_SQLITE=0; SKIPPED+=("SQLite FTS5: sqlite3 is not installed (apt-get install sqlite3)")
}
if ((HAVE_SQLITE)) && ! sqlite3 :memory: "CREATE VIRTUAL TABLE t USING fts5(x); SELECT count(*) FROM fsdir('$SCRATCH');" >/dev/null 2>&1; then
  HAVE_SQLITE=0; SKIPPED+=("SQLite FTS5: this sqlite3 lacks FTS5 or the shell's fsdir()")
fi
command -v python3 >/dev/null || {
  HAVE_TANTIVY=0; SKIPPED+=("tantivy-cli: python3 is needed to write its JSON input")
}
TANTIVY=""
if ((HAVE_TANTIVY)); then
  if [[ -n ${TANTIVY_CLI:-} && -x ${TANTIVY_CLI:-} ]]; then
    TANTIVY=$TANTIVY_CLI
  elif command -v tantivy >/dev/null; then
    TANTIVY=$(command -v tantivy)
  elif [[ -x $WORKDIR/tools/bin/tantivy ]]; then
    TANTIVY=$WORKDIR/tools/bin/tantivy
  elif ((!SMOKE)); then
    say "installing tantivy-cli into $WORKDIR/tools (a few minutes)"
    # Its lockfile pins a crate (traitobject 0.1.0) that newer Rust rejects;
    # then the newest compatible dependencies are taken instead.
    if cargo install --locked tantivy-cli --root "$WORKDIR/tools" >>"$LOG" 2>&1 \
      || cargo install tantivy-cli --root "$WORKDIR/tools" >>"$LOG" 2>&1; then
      TANTIVY=$WORKDIR/tools/bin/tantivy
    fi
  fi
  if [[ -z $TANTIVY ]]; then
    HAVE_TANTIVY=0
    SKIPPED+=("tantivy-cli: not on PATH, not in TANTIVY_CLI or $WORKDIR/tools/bin (cargo install tantivy-cli)")
  fi
fi
for s in "${SKIPPED[@]}"; do say "skipping $s"; done

# Versions, for the report.
# PUNDEX_REV names the commit of a binary given with PUNDEX (e.g. one built from a
# clean export of HEAD while the work tree has edits in progress).
if [[ -n $PUNDEX_GIVEN ]]; then
  V_PUNDEX="pundex ${PUNDEX_REV:-of unknown commit} ($PUNDEX, release build"
else
  V_PUNDEX="pundex $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')"
  if [[ -n $(git -C "$REPO" status --porcelain -- src Cargo.toml Cargo.lock 2>/dev/null) ]]; then
    V_PUNDEX+=" with uncommitted changes"
  fi
  V_PUNDEX+=" ($( ((SMOKE)) && echo debug || echo release) build"
fi
V_PUNDEX+=", tantivy $(awk '/^name = "tantivy"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$REPO/Cargo.lock"))"
V_TANTIVY="n/a" V_SQLITE="n/a" V_RG="n/a"
if ((HAVE_TANTIVY)); then
  V_TANTIVY=$("$TANTIVY" --version 2>/dev/null | awk 'NR == 1' || true)
  V_TANTIVY="tantivy-cli (${V_TANTIVY:-version unknown})"
fi
((HAVE_SQLITE)) && V_SQLITE="sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
# awk, not head: head exits after one line, and a tool still writing the rest
# then fails on the closed pipe ("error: broken pipe"), which pipefail makes fatal.
((HAVE_RG)) && V_RG=$(rg --version | awk 'NR == 1')

# ---------------------------------------------------------------- helpers
# measure STDIN CMD...: run CMD once; sets WALL (seconds, from the shell's clock, ms
# resolution) and RSS_MB (peak resident set, from GNU time's %M; "" without it).
# Its stdout is kept in $SCRATCH/cmd.out; a failure stops the benchmark.
measure() {
  local in=$1 t0 t1 rc=0
  shift
  printf '%s\n' "$*" >>"$LOG"
  t0=$EPOCHREALTIME
  if [[ -n $TIME_BIN ]]; then
    "$TIME_BIN" -f '%e %M' -o "$SCRATCH/time.out" "$@" <"$in" >"$SCRATCH/cmd.out" 2>>"$LOG" || rc=$?
  else
    "$@" <"$in" >"$SCRATCH/cmd.out" 2>>"$LOG" || rc=$?
  fi
  t1=$EPOCHREALTIME
  ((rc == 0)) || die "failed (exit $rc): $* (see $LOG)"
  WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
  RSS_MB=""
  if [[ -n $TIME_BIN ]]; then
    RSS_MB=$(tail -1 "$SCRATCH/time.out" | awk '{ printf "%.0f", $2 / 1024 }')
  fi
}

median() {
  printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END {
    if (NR == 0) print ""; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
# calc EXPR [FORMAT]: floating-point arithmetic for the tables.
calc() { awk "BEGIN { printf \"${2:-%.2f}\", $1 }"; }
size_bytes() { du -sb "$1" | cut -f1; }
mb() { calc "$1 / 1000000" "${2:-%.1f}"; }

# Results: R[key] holds space-separated values of all runs.
declare -A R=()
add() { R[$1]="${R[$1]:-}${R[$1]:+ }$2"; }
# med KEY: the median of R[KEY], or "" if nothing was measured.
med() {
  local -a v
  read -ra v <<<"${R[$1]:-}"
  ((${#v[@]})) || { echo ""; return; }
  median "${v[@]}"
}

# list_files DIR OUT: the articles of DIR (relative paths, NUL-separated, sorted),
# as pundex sees them in this corpus: .txt files, hidden files and folders left out.
list_files() {
  (cd "$1" && find . -name '.?*' -prune -o -type f -name '*.txt' -printf '%P\0') | sort -z >"$2"
}
count0() { tr -cd '\0' <"$1" | wc -c; }
bytes0() { (cd "$1" && xargs -0 -r stat -c %s <"$2") | awk '{ s += $1 } END { print s + 0 }'; }

# jsonl DIR LIST OUT: one {"title", "body"} object per article, for tantivy-cli.
jsonl() {
  python3 - "$1" "$2" "$3" <<'PY'
import json, os, sys
root, listing, out = sys.argv[1:4]
with open(listing, "rb") as f:
    paths = [p.decode("utf-8", "surrogateescape") for p in f.read().split(b"\0") if p]
with open(out, "w", encoding="utf-8") as w:
    for rel in paths:
        with open(os.path.join(root, rel), "rb") as f:
            body = f.read().decode("utf-8", "replace")
        title = rel[:-4] if rel.endswith(".txt") else rel
        w.write(json.dumps({"title": title, "body": body}, ensure_ascii=False))
        w.write("\n")
PY
}

# sqlite_sql DIR OUT: the load script; fsdir() walks and reads the files inside sqlite3,
# so the measured time includes reading them, as for pundex.
sqlite_sql() {
  local root=${1//\'/\'\'}
  cat >"$2" <<SQL
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE VIRTUAL TABLE docs USING fts5(path, body);
BEGIN;
INSERT INTO docs(path, body)
  SELECT substr(name, length('$root') + 2), CAST(data AS TEXT) FROM fsdir('$root')
  WHERE name LIKE '%.txt' AND (mode & 61440) = 32768
    AND substr(name, length('$root') + 2) NOT LIKE '.%'
    AND substr(name, length('$root') + 2) NOT LIKE '%/.%';
COMMIT;
SQL
}

# The answers to `tantivy new`'s prompts: title and body, both text, stored, not fast,
# indexed with the en_stem tokenizer, term frequencies and positions (pundex's body
# field is stored and indexed the same way).
TANTIVY_SCHEMA=$SCRATCH/tantivy-new.answers
printf '%s\n' title Text Y N Y Y Y Y Y body Text Y N Y Y Y Y N >"$TANTIVY_SCHEMA"
# tantivy-cli gets pundex's writer settings: as many threads (cores, at most 4) and the
# same 256 MiB memory budget in total.
WRITER_THREADS=$((NPROC < 4 ? NPROC : 4))
WRITER_BUDGET=$((256 * 1024 * 1024))

# index_with TOOL KEY CORPUS_DIR JSONL SQL INDEX_PATH: build an index from scratch and
# record wall, RSS and size under KEY.
index_with() {
  local tool=$1 key=$2 dir=$3 json=$4 sql=$5 idx=$6
  rm -rf "$idx"
  mkdir -p "$(dirname "$idx")"
  case $tool in
    pundex) measure /dev/null "$PUNDEX" --index "$idx" index "$dir" --json ;;
    pundex-noextract) measure /dev/null "$PUNDEX" --index "$idx" index "$dir" --no-extract --json ;;
    tantivy)
      "$TANTIVY" new -i "$idx" <"$TANTIVY_SCHEMA" >>"$LOG" 2>&1 || die "tantivy new failed (see $LOG)"
      measure /dev/null "$TANTIVY" index -i "$idx" -f "$json" -t "$WRITER_THREADS" -m "$WRITER_BUDGET"
      ;;
    sqlite) measure "$sql" sqlite3 "$idx" ;;
  esac
  add "$key|wall" "$WALL"
  [[ -n $RSS_MB ]] && add "$key|rss" "$RSS_MB"
  R[$key|size]=$(size_bytes "$idx")
  if [[ $tool == pundex* ]]; then
    R[$key|docs]=$(grep -o '"documents":[0-9]*' "$SCRATCH/cmd.out" | tail -1 | cut -d: -f2)
  fi
  printf '  %-18s %-10s %8ss  %6s MB RSS\n' "$tool" "$key" "$WALL" "${RSS_MB:-?}"
}

# Indexing peers in this invocation: pundex always, the others when present.
INDEXERS=(pundex pundex-noextract)
((HAVE_TANTIVY)) && INDEXERS+=(tantivy)
((HAVE_SQLITE)) && INDEXERS+=(sqlite)
PEERS=()
((HAVE_TANTIVY)) && PEERS+=(tantivy)
((HAVE_SQLITE)) && PEERS+=(sqlite)
label() {
  case $1 in
    pundex) echo "pundex (extraction)" ;;
    pundex-noextract) echo "pundex --no-extract" ;;
    tantivy) echo "tantivy-cli (raw)" ;;
    sqlite) echo "SQLite FTS5" ;;
    rg) echo "ripgrep (no index)" ;;
  esac
}
# rotate N ITEMS...: the items starting at position N mod count, so that no tool
# always runs first (or right after the same neighbour) on a noisy machine.
rotate() {
  local n=$1
  shift
  local -a a=("$@")
  local i c=${#a[@]}
  for ((i = 0; i < c; i++)); do printf '%s\n' "${a[(i + n) % c]}"; done
}
index_path() { # index_path BASE TOOL
  if [[ $2 == sqlite ]]; then echo "$1/sqlite.db"; else echo "$1/$2"; fi
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- corpus
step "corpus $CORPUS"
LIST=$SCRATCH/files.list0
list_files "$CORPUS" "$LIST"
DOCS=$(count0 "$LIST")
RAW=$(bytes0 "$CORPUS" "$LIST")
((DOCS > 0)) || die "no .txt files in $CORPUS"
say "$DOCS articles, $(mb "$RAW") MB of text"
JSON=$SCRATCH/corpus.jsonl
SQL=$SCRATCH/load.sql
((HAVE_TANTIVY)) && jsonl "$CORPUS" "$LIST" "$JSON"
((HAVE_SQLITE)) && sqlite_sql "$CORPUS" "$SQL"

# ---------------------------------------------------------------- 1. indexing
step "1. full indexing, $RUNS run(s) each, alternating"
IDX=$SCRATCH/idx
mkdir -p "$IDX"
for ((r = 1; r <= RUNS; r++)); do
  say " run $r"
  while read -r t; do
    index_with "$t" "1x:$t" "$CORPUS" "$JSON" "$SQL" "$(index_path "$IDX" "$t")"
  done < <(rotate "$r" "${INDEXERS[@]}")
done

P_FULL=$(med "1x:pundex|wall")
md "## 1. Full indexing"
md ""
md "$DOCS articles, $(mb "$RAW") MB of raw text; median of $RUNS run(s) per tool, index built from scratch each run."
md ""
md "| tool | docs | wall (s) | docs/s | MB/s | peak RSS (MiB) | index (MB) | index / raw text | pundex time ÷ tool time |"
md "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for t in "${INDEXERS[@]}"; do
  w=$(med "1x:$t|wall")
  docs=${R[1x:$t|docs]:-$DOCS}
  rss=$(med "1x:$t|rss")
  ratio="—"
  [[ $t != pundex ]] && ratio=$(calc "$P_FULL / $w")
  md "| $(label "$t") | $docs | $(calc "$w" %.2f) | $(calc "$docs / $w" %.0f) | $(calc "$RAW / 1000000 / $w" %.1f) | ${rss:-n/a} | $(mb "${R[1x:$t|size]}") | $(calc "100 * ${R[1x:$t|size]} / $RAW" %.0f)% | $ratio |"
done
md ""
if [[ ${R[1x:pundex|docs]:-$DOCS} != "$DOCS" ]]; then
  md "Note: pundex indexed ${R[1x:pundex|docs]} articles, the peers $DOCS .txt files (pundex also reads other formats and skips bad files)."
  md ""
fi

# ---------------------------------------------------------------- 2. re-indexing
step "2. re-indexing a scratch copy: nothing changed, and 1% of the files changed"
CH=$SCRATCH/changed
mkdir -p "$CH"
cp -r "$CORPUS" "$CH/corpus"
chmod -R u+w "$CH/corpus"
CH_SQL=$CH/load.sql
CH_JSON=$CH/corpus.jsonl
((HAVE_SQLITE)) && sqlite_sql "$CH/corpus" "$CH_SQL"
# The index that the incremental runs update; built once, not timed.
"$PUNDEX" --index "$CH/pundex" index "$CH/corpus" --quiet >>"$LOG" 2>&1 || die "pundex index of the scratch copy failed"
mapfile -d '' CH_FILES <"$LIST"
CHANGE=$(((DOCS + 50) / 100))
((CHANGE > 0)) || CHANGE=1
STRIDE=$((DOCS / CHANGE))
for ((r = 1; r <= RUNS; r++)); do
  say " run $r"
  measure /dev/null "$PUNDEX" --index "$CH/pundex" index "$CH/corpus" --json
  add "nochange|wall" "$WALL"
  grep -q '"documents_written":0,' "$SCRATCH/cmd.out" || die "no-change re-index wrote documents: $(cat "$SCRATCH/cmd.out")"
  printf '  %-18s %-10s %8ss\n' pundex "no change" "$WALL"
  # Append a line to CHANGE files, a different set each run.
  for ((i = 0; i < CHANGE; i++)); do
    printf '\nAmended for benchmark run %d.\n' "$r" >>"$CH/corpus/${CH_FILES[(i * STRIDE + r) % DOCS]}"
  done
  ((HAVE_TANTIVY)) && jsonl "$CH/corpus" "$LIST" "$CH_JSON" # not timed
  while read -r t; do
    case $t in
      pundex)
        measure /dev/null "$PUNDEX" --index "$CH/pundex" index "$CH/corpus" --json
        add "change|pundex|wall" "$WALL"
        R[change|written]=$(grep -o '"documents_written":[0-9]*' "$SCRATCH/cmd.out" | cut -d: -f2)
        printf '  %-18s %-10s %8ss  (%s documents written)\n' pundex "1% changed" "$WALL" "${R[change|written]}"
        ;;
      *) index_with "$t" "change|$t" "$CH/corpus" "$CH_JSON" "$CH_SQL" "$(index_path "$CH/rebuild" "$t")" ;;
    esac
  done < <(rotate "$r" pundex "${PEERS[@]}")
done

P_NOCH=$(med "nochange|wall")
P_CH=$(med "change|pundex|wall")
md "## 2. Re-indexing"
md ""
md "A scratch copy of the corpus. pundex updates its index in place (\`pundex index\` again); the peers have no incremental mode and rebuild. \"1% changed\": a line appended to $CHANGE file(s) (${R[change|written]:-?} documents rewritten by pundex), a different set each run. A rebuild of an unchanged corpus is the full indexing of section 1. Median of $RUNS run(s)."
md ""
hdr="| scenario | pundex incremental (s) | pundex ÷ its full index |"
sep="| --- | ---: | ---: |"
for t in "${PEERS[@]}"; do
  hdr+=" $(label "$t") rebuild (s) | pundex ÷ $(label "$t") |"
  sep+=" ---: | ---: |"
done
md "$hdr"
md "$sep"
row="| nothing changed | $(calc "$P_NOCH" %.3f) | $(calc "100 * $P_NOCH / $P_FULL" %.1f)% |"
for t in "${PEERS[@]}"; do
  w=$(med "1x:$t|wall")
  row+=" $(calc "$w" %.2f) | $(calc "$P_NOCH / $w" %.3f) |"
done
md "$row"
row="| 1% changed | $(calc "$P_CH" %.3f) | $(calc "100 * $P_CH / $P_FULL" %.1f)% |"
for t in "${PEERS[@]}"; do
  w=$(med "change|$t|wall")
  row+=" $(calc "$w" %.2f) | $(calc "$P_CH / $w" %.3f) |"
done
md "$row"
md ""

# ---------------------------------------------------------------- 3. search
step "3. search, whole process, warm cache, $REPS repetition(s) per query and tool, interleaved"
PIDX=$IDX/pundex
TIDX=$IDX/tantivy
SDB=$IDX/sqlite.db
QUERIES=(single rare and phrase filtered)
# The backticks are Markdown code spans, not command substitutions.
# shellcheck disable=SC2016
qlabel() {
  case $1 in
    single) echo 'single term: `sanctions`' ;;
    rare) echo 'rare term: `Houthis`' ;;
    and) echo 'two-term AND: `nuclear disarmament`' ;;
    phrase) echo 'phrase: `"Black Sea"`' ;;
    filtered) echo '`sanctions`, actor Russia, since 2014' ;;
    facets) echo '`sanctions --facets`' ;;
  esac
}
fts() { # fts MATCH [EXTRA_WHERE]: the FTS5 top 10 by bm25 with a snippet
  printf "SELECT path, snippet(docs, 1, '[', ']', '…', 24) FROM docs WHERE docs MATCH '%s'%s ORDER BY rank LIMIT 10;" "$1" "${2:-}"
}
SINCE_2014=" AND CAST(substr(path, -8, 4) AS INTEGER) >= 2014"
# FTS5's nearest to --facets: the matching articles counted per year (from the file name).
FTS_YEARS="SELECT substr(path, -8, 4) AS year, count(*) FROM docs WHERE docs MATCH 'sanctions' GROUP BY year ORDER BY 2 DESC LIMIT 10;"
# query TOOL QUERY [ARGS]: run one query as a user would (output to a file, not a terminal:
# ripgrep stops at the first match when its output is /dev/null). Returns 3 when the
# tool cannot express the query. ARGS go to pundex only (hits() adds --json).
query() {
  local -a PQ
  case $2 in
    single) PQ=(sanctions) ;;
    rare) PQ=(Houthis) ;;
    and) PQ=(nuclear disarmament) ;;
    phrase) PQ=('"Black Sea"') ;;
    filtered) PQ=(sanctions --actor Russia --since 2014) ;;
    facets) PQ=(sanctions --facets) ;;
  esac
  case $1:$2 in
    pundex:*) "$PUNDEX" --index "$PIDX" search "${PQ[@]}" --limit 10 --color never "${@:3}" ;;
    rg:single) rg -i -C1 sanctions "$CORPUS" ;;
    rg:rare) rg -i -C1 houthis "$CORPUS" ;;
    # Files with both words: those naming the rarer one, then the lines of the other.
    rg:and) rg -i -l -0 disarmament "$CORPUS" | xargs -0 -r rg -i -C1 nuclear ;;
    rg:phrase) rg -i -C1 'black\s+sea' "$CORPUS" ;;
    sqlite:single) sqlite3 "$SDB" "$(fts sanctions)" ;;
    sqlite:rare) sqlite3 "$SDB" "$(fts Houthis)" ;;
    sqlite:and) sqlite3 "$SDB" "$(fts 'nuclear disarmament')" ;;
    sqlite:phrase) sqlite3 "$SDB" "$(fts '"Black Sea"')" ;;
    sqlite:filtered) sqlite3 "$SDB" "$(fts 'sanctions AND Russia' "$SINCE_2014")" ;;
    sqlite:facets) sqlite3 "$SDB" "$(fts sanctions) $FTS_YEARS" ;;
    tantivy:single) "$TANTIVY" search -i "$TIDX" -q sanctions ;;
    tantivy:rare) "$TANTIVY" search -i "$TIDX" -q Houthis ;;
    tantivy:and) "$TANTIVY" search -i "$TIDX" -q '+nuclear +disarmament' ;;
    tantivy:phrase) "$TANTIVY" search -i "$TIDX" -q '"Black Sea"' ;;
    tantivy:filtered) "$TANTIVY" search -i "$TIDX" -q '+sanctions +russia' ;;
    *) return 3 ;;
  esac
}
# hits TOOL QUERY: how many articles the tool's query matches (not timed).
hits() {
  local n
  case $1:$2 in
    pundex:*)
      n=$(query "$1" "$2" --json | grep -o '"total":[0-9]*' | cut -d: -f2) ;;
    rg:single) n=$(rg -i -l sanctions "$CORPUS" | wc -l) ;;
    rg:rare) n=$(rg -i -l houthis "$CORPUS" | wc -l) ;;
    rg:and) n=$(rg -i -l -0 disarmament "$CORPUS" | xargs -0 -r rg -i -l nuclear | wc -l) ;;
    rg:phrase) n=$(rg -i -l 'black\s+sea' "$CORPUS" | wc -l) ;;
    sqlite:*)
      local sql
      sql=$(query_sql "$2")
      n=$(sqlite3 "$SDB" "$sql") ;;
    tantivy:*) n=$(query "$1" "$2" | wc -l) ;;
    *) n="" ;;
  esac
  echo "$n"
}
query_sql() { # the count of the FTS5 query behind query sqlite:$1
  case $1 in
    single) echo "SELECT count(*) FROM docs WHERE docs MATCH 'sanctions';" ;;
    rare) echo "SELECT count(*) FROM docs WHERE docs MATCH 'Houthis';" ;;
    and) echo "SELECT count(*) FROM docs WHERE docs MATCH 'nuclear disarmament';" ;;
    phrase) echo "SELECT count(*) FROM docs WHERE docs MATCH '\"Black Sea\"';" ;;
    filtered) echo "SELECT count(*) FROM docs WHERE docs MATCH 'sanctions AND Russia'$SINCE_2014;" ;;
  esac
}

SEARCHERS=(pundex)
((HAVE_RG)) && SEARCHERS+=(rg)
((HAVE_SQLITE)) && SEARCHERS+=(sqlite)
((HAVE_TANTIVY)) && SEARCHERS+=(tantivy)
QOUT=$SCRATCH/query.out
declare -A CAN=()
# Warm-up: every query once per tool, checked; it also fills the page cache.
for q in "${QUERIES[@]}"; do
  for t in "${SEARCHERS[@]}"; do
    rc=0
    query "$t" "$q" >"$QOUT" 2>>"$LOG" || rc=$?
    if ((rc == 3)); then
      continue
    elif ((rc == 0)) || [[ $t == rg && $rc == 1 ]]; then
      CAN[$t:$q]=1
    else
      die "$t query $q failed (exit $rc, see $LOG)"
    fi
  done
done
for ((r = 1; r <= REPS; r++)); do
  for q in "${QUERIES[@]}"; do
    while read -r t; do
      [[ -n ${CAN[$t:$q]:-} ]] || continue
      # Empty the last tool's output before the clock starts: truncating the
      # tens of MB that tantivy-cli prints blocks for up to 50 ms, and was
      # billed to whichever tool came next.
      : >"$QOUT"
      t0=$EPOCHREALTIME
      query "$t" "$q" >"$QOUT" 2>/dev/null || true
      t1=$EPOCHREALTIME
      add "q|$t|$q" "$(calc "($t1 - $t0) * 1000" %.1f)"
    done < <(rotate "$r" "${SEARCHERS[@]}")
  done
  ((r % 5 == 0 || r == REPS)) && say "  $r/$REPS"
done

md "## 3. Search"
md ""
md "Whole process (start, open the index, search, print, exit), warm page cache, output to a file; median of $REPS runs per query and tool, the tools interleaved. pundex: top 10 with snippets; SQLite FTS5: top 10 by bm25 (\`ORDER BY rank\`) with \`snippet()\`; tantivy-cli: \`tantivy search\`, which prints every matching document in full (it has no top-k or snippet option); ripgrep: \`rg -i -C1\` over the folder. Hits: matching articles (ripgrep: files)."
md ""
hdr="| query | pundex (ms) |"
sep="| --- | ---: |"
for t in "${SEARCHERS[@]:1}"; do
  hdr+=" $(label "$t") (ms) | pundex ÷ ${t} |"
  sep+=" ---: | ---: |"
done
hdr+=" hits: $(printf '%s / ' "${SEARCHERS[@]}" | sed 's| / $||') |"
sep+=" --- |"
md "$hdr"
md "$sep"
for q in "${QUERIES[@]}"; do
  p=$(med "q|pundex|$q")
  row="| $(qlabel "$q") | $(calc "$p" %.1f) |"
  hl=""
  for t in "${SEARCHERS[@]}"; do
    if [[ -n ${CAN[$t:$q]:-} ]]; then
      hl+="$(hits "$t" "$q") / "
    else
      hl+="n/a / "
    fi
    [[ $t == pundex ]] && continue
    if [[ -n ${CAN[$t:$q]:-} ]]; then
      m=$(med "q|$t|$q")
      row+=" $(calc "$m" %.1f) | $(calc "$p / $m" %.3f) |"
    else
      row+=" n/a | — |"
    fi
  done
  row+=" ${hl% / } |"
  md "$row"
done
md ""
md "Peer queries: AND is \`nuclear disarmament\` (FTS5 implicit AND), \`+nuclear +disarmament\` (tantivy), files naming both words (ripgrep: \`rg -l disarmament | xargs rg -C1 nuclear\`). The filtered query needs pundex's extraction; the peers get an approximation: SQLite \`sanctions AND Russia\` with the year taken from the file name, tantivy-cli \`+sanctions +russia\` with no date filter (its raw schema has no date), ripgrep n/a. Without stemming, FTS5 matches fewer forms (\`Houthis\` only)."
md ""

# ---------------------------------------------------------------- 4. scaling
# link_copies K DIR: K copies of the corpus as DIR/c1 … DIR/cK, hard-linked, so that
# 50 copies take no more disk than the folders. The files are shared with the corpus:
# change_files never writes through a link.
link_copies() {
  local k=$1 dir=$2 j
  rm -rf "$dir"
  mkdir -p "$dir"
  for ((j = 1; j <= k; j++)); do
    cp -al "$CORPUS" "$dir/c$j" || die "cannot hard-link the corpus into $dir (is BENCH_DIR on the corpus's file system?)"
  done
}

# change_files DIR LIST COUNT RUN: append a line to COUNT articles of DIR (a different
# set for each RUN) by writing a changed copy beside each and renaming it over the
# link, then check that the corpus the links point into is unchanged.
change_files() {
  local dir=$1 list=$2 count=$3 run=$4 n i rel f
  local -a files picked=()
  mapfile -d '' files <"$list"
  n=${#files[@]}
  for ((i = 0; i < count; i++)); do picked+=("${files[(i * (n / count) + run) % n]}"); done
  # The originals, as "size mtime inode" per file, before and after.
  originals() { printf '%s\0' "${picked[@]#*/}" | (cd "$CORPUS" && xargs -0 -r stat -c '%s %Y %i'); }
  originals >"$SCRATCH/originals.before"
  for rel in "${picked[@]}"; do
    f=$dir/$rel
    { cat -- "$f" && printf '\nAmended for benchmark run %d.\n' "$run"; } >"$f.changing" || die "cannot write $f.changing"
    mv -f -- "$f.changing" "$f"
  done
  originals >"$SCRATCH/originals.after"
  cmp -s "$SCRATCH/originals.before" "$SCRATCH/originals.after" || die "changing the linked copies changed the corpus itself"
}

# sample_memory PID TRACE: until PID exits, read its /proc status every 150 ms and write
# "ms RssAnon RssFile VmHWM" (kB) lines to TRACE; sets PEAK_ANON, PEAK_FILE and PEAK_HWM
# (kB, "" when the process ended before the first sample). VmHWM is the kernel's own
# peak of the resident set; the split into anonymous and file-backed pages is sampled.
sample_memory() {
  local pid=$1 trace=$2 k v rest state a f h t0=${EPOCHREALTIME/./}
  PEAK_ANON="" PEAK_FILE="" PEAK_HWM=""
  : >"$trace"
  while :; do
    state="" a="" f="" h=""
    {
      while read -r k v rest; do
        case $k in
          State:) state=$v ;;
          VmHWM:) h=$v ;;
          RssAnon:) a=$v ;;
          RssFile:) f=$v ;;
        esac
      done <"/proc/$pid/status"
    } 2>/dev/null || break
    # Gone, or exited and not yet waited for.
    [[ -n $state && $state != Z ]] || break
    # The memory lines are briefly missing while the process replaces the shell (exec).
    if [[ -n $a && -n $f && -n $h ]]; then
      printf '%d %s %s %s\n' $(((${EPOCHREALTIME/./} - t0) / 1000)) "$a" "$f" "$h" >>"$trace"
      if ((a > ${PEAK_ANON:-0})); then PEAK_ANON=$a; fi
      if ((f > ${PEAK_FILE:-0})); then PEAK_FILE=$f; fi
      PEAK_HWM=$h
    fi
    sleep 0.15
  done
}

# measure_memory STDIN TRACE CMD...: like measure, with the peaks of sample_memory in
# MiB (ANON_MB, FILE_MB, HWM_MB; "" when not sampled) instead of GNU time's RSS.
measure_memory() {
  local in=$1 trace=$2 t0 t1 pid rc=0
  shift 2
  printf '%s\n' "$*" >>"$LOG"
  t0=$EPOCHREALTIME
  "$@" <"$in" >"$SCRATCH/cmd.out" 2>>"$LOG" &
  pid=$!
  sample_memory "$pid" "$trace"
  wait "$pid" || rc=$?
  t1=$EPOCHREALTIME
  ((rc == 0)) || die "failed (exit $rc): $* (see $LOG)"
  WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
  ANON_MB="" FILE_MB="" HWM_MB=""
  if [[ -n $PEAK_HWM ]]; then
    ANON_MB=$((PEAK_ANON / 1024)) FILE_MB=$((PEAK_FILE / 1024)) HWM_MB=$((PEAK_HWM / 1024))
  fi
}

# index_sampled TOOL KEY CORPUS_DIR SQL INDEX_PATH: build an index from scratch with
# memory sampling and record wall, memory peaks and size under KEY.
index_sampled() {
  local tool=$1 key=$2 dir=$3 sql=$4 idx=$5 trace
  rm -rf "$idx"
  mkdir -p "$(dirname "$idx")" "$SCRATCH/memory"
  trace=$SCRATCH/memory/${key//[:|]/-}.$(date +%H%M%S).tsv
  case $tool in
    pundex) measure_memory /dev/null "$trace" "$PUNDEX" --index "$idx" index "$dir" --json ;;
    pundex-noextract) measure_memory /dev/null "$trace" "$PUNDEX" --index "$idx" index "$dir" --no-extract --json ;;
    sqlite) measure_memory "$sql" "$trace" sqlite3 "$idx" ;;
  esac
  add "$key|wall" "$WALL"
  if [[ -n $HWM_MB ]]; then
    add "$key|anon" "$ANON_MB"
    add "$key|file" "$FILE_MB"
    add "$key|rss" "$HWM_MB"
  fi
  R[$key|size]=$(size_bytes "$idx")
  printf '  %-18s %-16s %8ss  anon %5s MiB  file %5s MiB  peak RSS %5s MiB\n' \
    "$tool" "$key" "$WALL" "${ANON_MB:-?}" "${FILE_MB:-?}" "${HWM_MB:-?}"
}

SCALE_QUERIES=(single rare and phrase filtered facets)
SCALE_TOOLS=(pundex pundex-noextract)
SCALE_SEARCHERS=(pundex)
if ((HAVE_SQLITE)); then
  SCALE_TOOLS+=(sqlite)
  SCALE_SEARCHERS+=(sqlite)
fi
if ((SKIP_SCALING)); then
  step "4. scaling: skipped (--skip-scaling)"
else
  # Disk: at each size the pundex and SQLite indexes are kept for the searches while
  # the --no-extract one is built, about K times their 1x sizes.
  max_k=$(printf '%s\n' "${SCALE_SIZES[@]}" | sort -n | tail -1)
  need=$(calc "$max_k * (2 * ${R[1x:pundex|size]} + ${R[1x:sqlite|size]:-0}) * 1.1" %.0f)
  free=$(df -B1 --output=avail "$WORKDIR" | tail -1)
  ((need < free)) || die "--scale up to ${max_k}x needs about $(mb "$need" %.0f) MB for indexes; $WORKDIR has $(mb "$free" %.0f) MB free (set BENCH_DIR elsewhere on the corpus's file system)"
  for k in "${SCALE_SIZES[@]}"; do
    step "4. scaling: ${k}x the corpus (hard links), $SCALE_RUNS run(s) each, then re-indexing and search"
    S=$SCRATCH/scale$k
    link_copies "$k" "$S/corpus"
    list_files "$S/corpus" "$S/files.list0"
    R[s$k|docs]=$(count0 "$S/files.list0")
    R[s$k|raw]=$(bytes0 "$S/corpus" "$S/files.list0")
    ((HAVE_SQLITE)) && sqlite_sql "$S/corpus" "$S/load.sql"
    for ((r = 1; r <= SCALE_RUNS; r++)); do
      while read -r t; do
        index_sampled "$t" "s$k:$t" "$S/corpus" "$S/load.sql" "$(index_path "$S/idx" "$t")"
        # Only the pundex and SQLite indexes are searched; the other would cost disk.
        [[ $t == pundex-noextract ]] && rm -rf "$(index_path "$S/idx" "$t")"
      done < <(rotate "$r" "${SCALE_TOOLS[@]}")
    done

    # Re-indexing the index of the last run: nothing changed, then 1% of the files.
    PIDX=$S/idx/pundex
    SDB=$S/idx/sqlite.db
    n=${R[s$k|docs]}
    change=$(((n + 50) / 100))
    ((change > 0)) || change=1
    R[s$k|changed]=$change
    for ((r = 1; r <= SCALE_RUNS; r++)); do
      measure /dev/null "$PUNDEX" --index "$PIDX" index "$S/corpus" --json
      grep -q '"documents_written":0,' "$SCRATCH/cmd.out" || die "no-change re-index wrote documents: $(cat "$SCRATCH/cmd.out")"
      add "s$k|noop" "$WALL"
      printf '  %-18s %-16s %8ss\n' pundex "no change" "$WALL"
      change_files "$S/corpus" "$S/files.list0" "$change" "$r"
      measure /dev/null "$PUNDEX" --index "$PIDX" index "$S/corpus" --json
      add "s$k|change" "$WALL"
      written=$(grep -o '"documents_written":[0-9]*' "$SCRATCH/cmd.out" | cut -d: -f2)
      printf '  %-18s %-16s %8ss  (%s documents written)\n' pundex "1% changed" "$WALL" "$written"
    done

    # Search, whole process: every query once per tool (checked), then REPS rounds.
    for q in "${SCALE_QUERIES[@]}"; do
      for t in "${SCALE_SEARCHERS[@]}"; do
        query "$t" "$q" >"$QOUT" 2>>"$LOG" || die "$t query $q failed at ${k}x (see $LOG)"
      done
    done
    for ((r = 1; r <= REPS; r++)); do
      for q in "${SCALE_QUERIES[@]}"; do
        while read -r t; do
          : >"$QOUT"
          t0=$EPOCHREALTIME
          query "$t" "$q" >"$QOUT" 2>/dev/null || true
          t1=$EPOCHREALTIME
          add "s$k|q|$t|$q" "$(calc "($t1 - $t0) * 1000" %.1f)"
        done < <(rotate "$r" "${SCALE_SEARCHERS[@]}")
      done
    done
    say "  search medians (ms), pundex: $(for q in "${SCALE_QUERIES[@]}"; do printf '%s %s  ' "$q" "$(med "s$k|q|pundex|$q")"; done)"
    # The copies and indexes are large; the figures are kept.
    rm -rf "$S"
  done

  # mib KEY: the median of a memory figure, in whole MiB, or n/a.
  mib() { local m; m=$(med "$1"); if [[ -n $m ]]; then calc "$m" %.0f; else echo n/a; fi; }
  # ref TOOL: the key of the 1x figures growth is relative to: this section's own
  # 1x run when --scale has 1, else section 1's medians.
  ref() { if [[ -n ${R[s1|docs]:-} ]]; then echo "s1:$1"; else echo "1x:$1"; fi; }
  md "## 4. Scaling"
  md ""
  md "Sizes ${SCALE_SIZES[*]/%/×} of the corpus: that many hard-linked copies (\`cp -al\`) in folders c1, c2, …; $SCALE_RUNS run(s) per tool and size, the tools alternating, each index built from scratch; medians. Growth: wall time relative to 1× ($( [[ $(ref pundex) == s1:* ]] && echo "this section's 1× run" || echo "section 1's medians")); a growth equal to the size is linear. Memory: \`/proc/PID/status\` read every 150 ms while the process runs: the peaks of RssAnon (heap: what the process allocates) and RssFile (pages of files it maps, which the kernel can drop), and VmHWM (peak resident set, kernel-counted)."
  md ""
  md "| tool | size | docs | wall (s) | growth | growth ÷ size | docs/s | MB/s | peak anon (MiB) | peak file-backed (MiB) | peak RSS (MiB) | index (MB) |"
  md "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for t in "${SCALE_TOOLS[@]}"; do
    w1=$(med "$(ref "$t")|wall")
    for k in "${SCALE_SIZES[@]}"; do
      w=$(med "s$k:$t|wall")
      docs=${R[s$k|docs]}
      md "| $(label "$t") | ${k}× | $docs | $(calc "$w" %.2f) | $(calc "$w / $w1" %.2f) | $(calc "$w / $w1 / $k" %.2f) | $(calc "$docs / $w" %.0f) | $(calc "${R[s$k|raw]} / 1000000 / $w" %.1f) | $(mib "s$k:$t|anon") | $(mib "s$k:$t|file") | $(mib "s$k:$t|rss") | $(mb "${R[s$k:$t|size]}") |"
    done
  done
  md ""
  md "Re-indexing the index of the last pundex run (\`pundex index\` again, median of $SCALE_RUNS run(s)): nothing changed, and 1% of the files changed (a line appended to a copy written beside the link and renamed over it, a different set each run). Extraction overhead: pundex's wall time with extraction ÷ with \`--no-extract\`, minus one."
  md ""
  md "| size | docs | no-op re-index (s) | 1% changed (s) | files changed | 1% changed ÷ full run | extraction overhead |"
  md "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for k in "${SCALE_SIZES[@]}"; do
    full=$(med "s$k:pundex|wall")
    md "| ${k}× | ${R[s$k|docs]} | $(calc "$(med "s$k|noop")" %.3f) | $(calc "$(med "s$k|change")" %.3f) | ${R[s$k|changed]} | $(calc "100 * $(med "s$k|change") / $full" %.1f)% | $(calc "100 * ($full / $(med "s$k:pundex-noextract|wall") - 1)" %+.0f)% |"
  done
  md ""
  hdr="| query |"
  sep="| --- |"
  for k in "${SCALE_SIZES[@]}"; do
    for t in "${SCALE_SEARCHERS[@]}"; do
      hdr+=" ${k}× $( [[ $t == pundex ]] && echo pundex || echo FTS5) (ms) |"
      sep+=" ---: |"
    done
  done
  md "Search, whole process, median of $REPS runs per query, tool and size (the queries of section 3, and \`sanctions --facets\`: top 10 with the top actors and issues of all matching articles; for FTS5 the top 10 and the count of matches per year, from the file names)."
  md ""
  md "$hdr"
  md "$sep"
  for q in "${SCALE_QUERIES[@]}"; do
    row="| $(qlabel "$q") |"
    for k in "${SCALE_SIZES[@]}"; do
      for t in "${SCALE_SEARCHERS[@]}"; do row+=" $(calc "$(med "s$k|q|$t|$q")" %.1f) |"; done
    done
    md "$row"
  done
  md ""
fi

# ---------------------------------------------------------------- targets
# verdict OK: "met" or "missed"
verdict() { if (($1)); then echo met; else echo "**missed**"; fi; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }' && echo 1 || echo 0; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }' && echo 1 || echo 0; }
TARGETS=$SCRATCH/targets.md
{
  echo "## Targets (issue #6)"
  echo ""
  echo "| target | measured | verdict |"
  echo "| --- | --- | --- |"
  if ((HAVE_TANTIVY)); then
    x=$(calc "$(med "1x:tantivy|wall") / $P_FULL")
    echo "| indexing with extraction ≥ 0.8× tantivy-cli raw throughput | pundex at $x× tantivy-cli's throughput | $(verdict "$(ge "$x" 0.8)") |"
  else
    echo "| indexing with extraction ≥ 0.8× tantivy-cli raw throughput | tantivy-cli not run | n/a |"
  fi
  if ((HAVE_SQLITE)); then
    s=$(med "1x:sqlite|wall")
    echo "| indexing with extraction faster than SQLite FTS5 | $(calc "$P_FULL" %.2f) s vs $(calc "$s" %.2f) s ($(calc "$s / $P_FULL")× the throughput) | $(verdict "$(lt "$P_FULL" "$s")") |"
  else
    echo "| indexing with extraction faster than SQLite FTS5 | sqlite3 not run | n/a |"
  fi
  rss=$(med "1x:pundex|rss")
  if [[ -n $rss ]]; then
    max=$rss
    for k in "${SCALE_SIZES[@]}"; do
      k_rss=$(med "s$k:pundex|rss")
      if [[ -n $k_rss ]] && (($(lt "$max" "$k_rss"))); then max=$(calc "$k_rss" %.0f); fi
    done
    echo "| peak RSS < 1 GB (1024 MiB) | $rss MiB at 1×, at most $max MiB over all corpus sizes run | $(verdict "$(lt "$max" 1024)") |"
  else
    echo "| peak RSS < 1 GB | GNU time missing | n/a |"
  fi
  echo "| no-change re-index < 0.5 s | $(calc "$P_NOCH" %.3f) s | $(verdict "$(lt "$P_NOCH" 0.5)") |"
  pct=$(calc "100 * $P_CH / $P_FULL" %.1f)
  echo "| 1% changed < 5% of the full index time | $(calc "$P_CH" %.3f) s = $pct% of $(calc "$P_FULL" %.2f) s | $(verdict "$(lt "$pct" 5)") |"
  worst=0 ok20=1 ok_rg=1 ok_sq=1 rg_min="" sq_min=""
  for q in "${QUERIES[@]}"; do
    p=$(med "q|pundex|$q")
    if (($(lt "$worst" "$p"))); then worst=$p; fi
    if ((!$(lt "$p" 20))); then ok20=0; fi
    if [[ -n ${CAN[rg:$q]:-} ]]; then
      f=$(calc "$(med "q|rg|$q") / $p" %.1f)
      if ((!$(ge "$f" 10))); then ok_rg=0; fi
      if [[ -z $rg_min ]] || (($(lt "$f" "$rg_min"))); then rg_min=$f; fi
    fi
    if [[ -n ${CAN[sqlite:$q]:-} ]]; then
      f=$(calc "$(med "q|sqlite|$q") / $p" %.2f)
      if ((!$(ge "$f" 1))); then ok_sq=0; fi
      if [[ -z $sq_min ]] || (($(lt "$f" "$sq_min"))); then sq_min=$f; fi
    fi
  done
  echo "| search whole-process median < 20 ms (every query) | slowest query $(calc "$worst" %.1f) ms | $(verdict "$ok20") |"
  if ((HAVE_RG)); then
    echo "| search ≥ 10× faster than ripgrep (every query it can run) | pundex ${rg_min}× faster than ripgrep on its worst query | $(verdict "$ok_rg") |"
  else
    echo "| search ≥ 10× faster than ripgrep | rg not run | n/a |"
  fi
  if ((HAVE_SQLITE)); then
    echo "| search faster than SQLite FTS5 (every query) | pundex at ${sq_min}× SQLite's speed on its worst query (above 1: faster) | $(verdict "$ok_sq") |"
  else
    echo "| search faster than SQLite FTS5 | sqlite3 not run | n/a |"
  fi
  echo ""
  if ((!SKIP_SCALING)); then
    big=${SCALE_SIZES[-1]}
    echo "## Targets (issue #21), from section 4 (largest size run: ${big}×)"
    echo ""
    echo "| target | measured | verdict |"
    echo "| --- | --- | --- |"
    w1=$(med "$(ref pundex)|wall")
    for k in "${SCALE_SIZES[@]}"; do
      ((k > 1)) || continue
      g=$(calc "$(med "s$k:pundex|wall") / $w1")
      echo "| indexing time at ${k}× ≤ $(calc "1.1 * $k" %.1f)× the 1× time (10× ≤ 11×, 50× ≤ 55×) | ${g}× ($(calc "$(med "s$k:pundex|wall")" %.1f) s against $(calc "$w1" %.2f) s) | $(verdict "$(lt "$g" "$(calc "1.1 * $k + 0.005")")") |"
    done
    anon=$(med "s$big:pundex|anon")
    if [[ -n $anon ]]; then
      echo "| peak anonymous memory < 1 GB (1024 MiB) at 50× | $(calc "$anon" %.0f) MiB at ${big}× | $(verdict "$(lt "$anon" 1024)") |"
    else
      echo "| peak anonymous memory < 1 GB at 50× | not sampled (the run ended before the first sample) | n/a |"
    fi
    worst=0 worst_q=""
    for q in "${SCALE_QUERIES[@]}"; do
      [[ $q == facets ]] && continue
      p=$(med "s$big|q|pundex|$q")
      if (($(lt "$worst" "$p"))); then worst=$p worst_q=$q; fi
    done
    echo "| search median < 15 ms whole process at 50×, every standard query | slowest at ${big}×: $(calc "$worst" %.1f) ms ($worst_q) | $(verdict "$(lt "$worst" 15)") |"
    p=$(med "s$big|q|pundex|facets")
    echo "| search with \`--facets\` < 50 ms at 50× | $(calc "$p" %.1f) ms at ${big}× | $(verdict "$(lt "$p" 50)") |"
    p=$(med "s$big|noop")
    echo "| no-op re-index < 5 s at 50× | $(calc "$p" %.2f) s at ${big}× | $(verdict "$(lt "$p" 5)") |"
    worst=0 worst_k="" over=0 over_k=""
    for k in "${SCALE_SIZES[@]}"; do
      full=$(med "s$k:pundex|wall")
      pct=$(calc "100 * $(med "s$k|change") / $full" %.1f)
      if (($(lt "$worst" "$pct"))); then worst=$pct worst_k=$k; fi
      x=$(calc "100 * ($full / $(med "s$k:pundex-noextract|wall") - 1)" %.1f)
      if [[ -z $over_k ]] || (($(lt "$over" "$x"))); then over=$x over_k=$k; fi
    done
    echo "| 1% changed < 5% of a full run, every size | at most $worst% (at ${worst_k}×) | $(verdict "$(lt "$worst" 5)") |"
    echo "| extraction overhead over \`--no-extract\` ≤ 25%, every size | at most $over% (at ${over_k}×) | $(verdict "$(lt "$over" 25.05)") |"
    echo ""
  fi
} >"$TARGETS"
step "targets"
cat "$TARGETS"

# ---------------------------------------------------------------- BENCHMARKS.md
corpus_name() { # the corpus as seen from the repository root, when it is beside or inside it
  case $CORPUS in
    "$REPO"/*) echo "${CORPUS#"$REPO"/}" ;;
    "$(dirname "$REPO")"/*) echo "../${CORPUS#"$(dirname "$REPO")"/}" ;;
    *) echo "$CORPUS" ;;
  esac
}
CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
# The section benches/alerts.sh writes is its own: kept as it is.
ALERTS_SECTION=""
if [[ -f $OUT ]]; then
  ALERTS_SECTION=$(sed -n '/^<!-- benches\/alerts.sh -->$/,/^<!-- end benches\/alerts.sh -->$/p' "$OUT")
fi
{
  if ((SMOKE)); then
    echo "# Benchmarks (smoke run: a pipeline check on $DOCS files, not a measurement)"
  else
    echo "# Benchmarks: pundex side by side with tantivy-cli, SQLite FTS5 and ripgrep"
  fi
  echo ""
  echo "Written by \`${ENV_GIVEN}benches/compare.sh${ARGS_AS_GIVEN:+ $ARGS_AS_GIVEN}\` on $(date -u '+%Y-%m-%d %H:%M UTC'); every figure below comes from that one run. Re-run it to refresh this file."
  echo ""
  echo "## Machine and tools"
  echo ""
  echo "- CPU: ${CPU:-unknown}; \`nproc\`: $NPROC; a shared machine, so figures are noisy: tools alternate run by run and the tables give medians."
  echo "- Load average (1, 5, 15 min) at the start: $LOAD_START; at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "- Memory (\`free -h\`):"
  echo ""
  echo '```'
  free -h
  echo '```'
  echo ""
  echo "- Versions: $V_PUNDEX, $V_TANTIVY, $V_SQLITE, $V_RG."
  echo "- Corpus: \`$(corpus_name)\`, $DOCS .txt articles (hidden files left out, as pundex does), $(mb "$RAW") MB (10⁶ bytes) of raw text; page cache warm for every tool."
  for s in "${SKIPPED[@]}"; do echo "- Skipped $s."; done
  echo ""
  echo "## How each tool is run"
  echo ""
  echo "- pundex: \`pundex --index IDX index DIR\` (with extraction of actors, issues and dates) and \`--no-extract\`; it walks the folder, detects formats and encodings and reads the files itself. $WRITER_THREADS writer threads, 256 MiB writer budget."
  echo "- tantivy-cli: \`tantivy new\` (title and body: text, stored, en_stem, with positions), then \`tantivy index -t $WRITER_THREADS -m $WRITER_BUDGET -f corpus.jsonl\` (pundex's thread count and budget), from a JSON-lines file written once beforehand; writing it is not timed."
  echo "- SQLite FTS5: \`CREATE VIRTUAL TABLE docs USING fts5(path, body)\` (default unicode61 tokenizer, no stemming), filled in one transaction by \`INSERT … SELECT … FROM fsdir(DIR)\` in the sqlite3 shell (reads the files itself), journal and sync off."
  echo "- ripgrep: no index; \`rg -i -C1 PATTERN DIR\`."
  echo "- Wall times come from the shell's clock around each process (ms resolution); peak RSS from \`/usr/bin/time -f '%e %M'\`; index size from \`du -sb\`. \"pundex ÷ tool\" is the ratio of times: below 1, pundex is faster."
  echo ""
  cat "$REPORT"
  cat "$TARGETS"
  if [[ -n $ALERTS_SECTION ]]; then
    echo ""
    echo "$ALERTS_SECTION"
  fi
} >"$OUT"
step "done"
say "wrote $OUT (commands and tool output: $LOG)"
