#!/usr/bin/env python3
"""Ranking evaluation on the judged query set in tests/data/ranking/.

    benches/judged.py pool  [options] [--need ID ...] [--paths]
    benches/judged.py score [options] [--need ID ...] [--json]

Three systems are run for every need: pundex with the typed query, pundex with the
query and the need's filters, and SQLite FTS5 (porter tokenizer, bm25) with the
query's words ANDed.

pool   prints, per need, the documents of the three top 10s that qrels.tsv does not
       judge yet (with --paths, their files), so a judge knows what to read.
score  prints nDCG@10 and P@5 per need and their means for the three systems, and
       flags the unjudged documents of each top 10 (they count as grade 0).
       nDCG@10 uses gain = grade (0, 1, 2) and the discount 1/log2(rank + 1); the
       ideal DCG is made from all judged grades of the need. P@5 counts grade >= 1
       as relevant. A need without filters scores the same with and without them.

Options (both commands):
  --set NAME       which judged set: "seen" (default; needs.jsonl and qrels.tsv
                   over sessions 65-73, the set the ranking was developed on),
                   "blind" (needs-blind.jsonl and qrels-blind.tsv over sessions
                   55-64, written and judged before any ranking change was tried
                   on them; seen since), "blind-2" (needs-blind-2.jsonl and
                   qrels-blind-2.tsv over sessions 45-54, likewise),
                   "blind-3" (needs-blind-3.jsonl and qrels-blind-3.tsv over
                   sessions 35-44, likewise) or "blind-4" (needs-blind-4.jsonl
                   and qrels-blind-4.tsv over sessions 74-79, the held-out
                   set's years, likewise) or "blind-5" (needs-blind-5.jsonl
                   and qrels-blind-5.tsv, the same sessions, likewise) or
                   "blind-6" (needs-blind-6.jsonl and qrels-blind-6.tsv over
                   sessions 25-34, likewise) or "blind-7" (needs-blind-7.jsonl
                   and qrels-blind-7.tsv over sessions 15-24, likewise) or
                   "blind-8" (needs-blind-8.jsonl and qrels-blind-8.tsv over
                   sessions 1-14, likewise) or "blind-9" (needs-blind-9.jsonl
                   and qrels-blind-9.tsv over all sessions, 1-79, likewise)
                   or "blind-10" (needs-blind-10.jsonl and
                   qrels-blind-10.tsv, all sessions too, likewise) or
                   "blind-11" (needs-blind-11.jsonl and qrels-blind-11.tsv,
                   all sessions too, likewise) or "blind-12"
                   (needs-blind-12.jsonl and qrels-blind-12.tsv over sessions
                   55-64 again, likewise) or "blind-13" (needs-blind-13.jsonl
                   and qrels-blind-13.tsv over sessions 45-54 again,
                   likewise) or "blind-14" (needs-blind-14.jsonl and
                   qrels-blind-14.tsv over sessions 35-44 again, likewise)
                   or "blind-15" (needs-blind-15.jsonl and qrels-blind-15.tsv
                   over sessions 25-34 again, likewise) or "blind-16"
                   (needs-blind-16.jsonl and qrels-blind-16.tsv over
                   sessions 55-64 again, likewise) or "blind-17"
                   (needs-blind-17.jsonl and qrels-blind-17.tsv over
                   sessions 15-24 again, likewise);
                   --needs,
                   --qrels and --sessions override its parts
  --needs FILE     the needs (default: the set's); repeat to read several files,
                   e.g. another judge's before a merge
  --qrels FILE     the judgments (default: the set's); repeatable
  --corpus DIR     the UNGDC folder (default ../shared/corpus/ungdc beside the
                   repository); only the session folders of --sessions are used
  --sessions A-B   UN sessions to use (default: the set's, 65-73 for "seen",
                   55-64 for "blind", 45-54 for "blind-2", 35-44 for
                   "blind-3", 74-79 for "blind-4" and "blind-5", 25-34 for
                   "blind-6", 15-24 for "blind-7", 1-14 for "blind-8", 1-79
                   for "blind-9", "blind-10" and "blind-11", 55-64 for
                   "blind-12", 45-54 for "blind-13", 35-44 for "blind-14",
                   25-34 for "blind-15", 55-64 for "blind-16", 15-24 for
                   "blind-17")
  --pundex BIN     the pundex binary (default target/release/pundex, else on PATH)
  --index DIR      an existing index of the same corpus; without it, BIN builds
                   its own index of the corpus in the cache, reused while the
                   binary and the corpus path are the same (delete the cache
                   after changing the corpus's files)
  --fts-db FILE    the FTS5 database, built once (default under $TMPDIR)
  --cache DIR      where built indexes and the FTS5 database go
                   (default $TMPDIR/pundex-judged)

  --typed-year     only the date-bound needs, each typed with its year after the
                   query and without filters (tests/data/ranking/README.md,
                   "Typed years")

Check the measures: python3 -m doctest benches/judged.py

Exit codes: 0 success (also when the default corpus is absent: it says so and
skips), 1 failure, 2 usage error.
"""

import argparse
import hashlib
import json
import math
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RANKING_DATA = REPO / "tests/data/ranking"
# Each judged set: its needs, its judgments and the UN sessions they were judged over.
JUDGED_SETS = {
    "seen": (RANKING_DATA / "needs.jsonl", RANKING_DATA / "qrels.tsv", (65, 73)),
    "blind": (RANKING_DATA / "needs-blind.jsonl", RANKING_DATA / "qrels-blind.tsv", (55, 64)),
    "blind-2": (RANKING_DATA / "needs-blind-2.jsonl", RANKING_DATA / "qrels-blind-2.tsv", (45, 54)),
    "blind-3": (RANKING_DATA / "needs-blind-3.jsonl", RANKING_DATA / "qrels-blind-3.tsv", (35, 44)),
    "blind-4": (RANKING_DATA / "needs-blind-4.jsonl", RANKING_DATA / "qrels-blind-4.tsv", (74, 79)),
    "blind-5": (RANKING_DATA / "needs-blind-5.jsonl", RANKING_DATA / "qrels-blind-5.tsv", (74, 79)),
    "blind-6": (RANKING_DATA / "needs-blind-6.jsonl", RANKING_DATA / "qrels-blind-6.tsv", (25, 34)),
    "blind-7": (RANKING_DATA / "needs-blind-7.jsonl", RANKING_DATA / "qrels-blind-7.tsv", (15, 24)),
    "blind-8": (RANKING_DATA / "needs-blind-8.jsonl", RANKING_DATA / "qrels-blind-8.tsv", (1, 14)),
    "blind-9": (RANKING_DATA / "needs-blind-9.jsonl", RANKING_DATA / "qrels-blind-9.tsv", (1, 79)),
    "blind-10": (RANKING_DATA / "needs-blind-10.jsonl", RANKING_DATA / "qrels-blind-10.tsv", (1, 79)),
    "blind-11": (RANKING_DATA / "needs-blind-11.jsonl", RANKING_DATA / "qrels-blind-11.tsv", (1, 79)),
    "blind-12": (RANKING_DATA / "needs-blind-12.jsonl", RANKING_DATA / "qrels-blind-12.tsv", (55, 64)),
    "blind-13": (RANKING_DATA / "needs-blind-13.jsonl", RANKING_DATA / "qrels-blind-13.tsv", (45, 54)),
    "blind-14": (RANKING_DATA / "needs-blind-14.jsonl", RANKING_DATA / "qrels-blind-14.tsv", (35, 44)),
    "blind-15": (RANKING_DATA / "needs-blind-15.jsonl", RANKING_DATA / "qrels-blind-15.tsv", (25, 34)),
    "blind-16": (RANKING_DATA / "needs-blind-16.jsonl", RANKING_DATA / "qrels-blind-16.tsv", (55, 64)),
    "blind-17": (RANKING_DATA / "needs-blind-17.jsonl", RANKING_DATA / "qrels-blind-17.tsv", (15, 24)),
}
DEFAULT_CORPUS = REPO.parent / "shared/corpus/ungdc"
SYSTEMS = ("pundex", "pundex+filters", "fts5")
DEPTH = 10
FILTER_FLAGS = ("actor", "issue", "since", "until", "lang")
SESSION_DIR = re.compile(r"Session (\d+) - \d{4}$")
NO_USER_CONFIG = Path(tempfile.gettempdir()) / "pundex-judged-no-user-config"


class Failure(Exception):
    """A failure to report in one line and exit 1."""


# ------------------------------------------------------------------ input files


def numbered_lines(paths):
    """(file, line number, line) for the non-blank lines of the files, in order."""
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield path, number, line


def read_needs(paths, only):
    """The needs of the files in order, checked for their fields; only those in `only` if given."""
    needs = []
    for path, number, line in numbered_lines(paths):
        try:
            need = json.loads(line)
        except json.JSONDecodeError as err:
            raise Failure(f"{path}:{number}: not JSON: {err}")
        for field in ("id", "need", "query", "filters", "kind"):
            if field not in need:
                raise Failure(f"{path}:{number}: no {field!r}")
        unknown = set(need["filters"]) - set(FILTER_FLAGS)
        if unknown:
            raise Failure(f"{path}:{number}: unknown filter {sorted(unknown)}")
        if need["id"] in {n["id"] for n in needs}:
            raise Failure(f"{path}:{number}: need {need['id']} appears twice")
        needs.append(need)
    if only:
        missing = set(only) - {n["id"] for n in needs}
        if missing:
            raise Failure(f"no need {sorted(missing)} in {', '.join(map(str, paths))}")
        needs = [n for n in needs if n["id"] in only]
    return needs


def read_qrels(paths):
    """{need id: {document key: grade}}; an absent file means nothing is judged yet."""
    qrels = {}
    for path, number, line in numbered_lines(p for p in paths if p.exists()):
        cols = line.split("\t")
        if len(cols) < 3 or cols[2] not in ("0", "1", "2"):
            raise Failure(f"{path}:{number}: want NEED<TAB>DOC<TAB>0|1|2<TAB>why")
        need, doc, grade = cols[0], cols[1], int(cols[2])
        if doc in qrels.setdefault(need, {}):
            raise Failure(f"{path}:{number}: {need} {doc} is judged twice")
        qrels[need][doc] = grade
    return qrels


def with_typed_year(need):
    """A date-bound need typed with its year instead of filtered by it.

    >>> with_typed_year({"query": "Iraq war", "filters": {"since": "2003", "until": "2003"}})
    {'query': 'Iraq war 2003', 'filters': {}}
    """
    year = need["filters"].get("since") or need["filters"].get("until")
    return dict(need, query=f"{need['query']} {year}", filters={})


# ------------------------------------------------------------------ the corpus


def corpus_files(corpus, sessions):
    """{document key: path relative to the corpus} for the .txt files of the sessions."""
    low, high = sessions
    files = {}
    for folder in sorted(corpus.iterdir()):
        match = SESSION_DIR.match(folder.name)
        if not folder.is_dir() or not match or not low <= int(match.group(1)) <= high:
            continue
        for file in sorted(folder.glob("*.txt")):
            files[file.stem] = f"{folder.name}/{file.name}"
    if not files:
        raise Failure(f"no speeches of sessions {low}-{high} under {corpus}")
    return files


def corpus_id(corpus, sessions):
    return hashlib.sha256(f"{corpus.resolve()}|{sessions}".encode()).hexdigest()[:12]


def session_view(corpus, files, into):
    """A folder holding only the chosen speeches, for pundex to index (it does not
    follow symlinks): hard links, or copies where the corpus is on another device."""
    for rel in files.values():
        target = into / rel
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(corpus / rel, target)
        except OSError:
            shutil.copy2(corpus / rel, target)
    return into


# ------------------------------------------------------------------ FTS5


def fts_database(path, corpus, files):
    """The FTS5 database of the corpus, built once: built into a temp file, then renamed."""
    if path.exists():
        return sqlite3.connect(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5("
            "key UNINDEXED, path UNINDEXED, body, tokenize = 'porter unicode61')"
        )
        for key, rel in files.items():
            body = (corpus / rel).read_text(encoding="utf-8", errors="replace")
            db.execute("INSERT INTO docs VALUES (?, ?, ?)", (key, rel, body))
        db.commit()
        db.close()
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    print(f"judged.py: built the FTS5 database {path}", file=sys.stderr)
    return sqlite3.connect(path)


def fts_match(query):
    """The FTS5 MATCH string of a typed query: its words ANDed (FTS5's implicit AND),
    "phrases" and the operators AND/OR/NOT kept, and any word with punctuation quoted
    so FTS5 accepts it (it is then a phrase of its parts, as FTS5 tokenizes it).

    >>> fts_match('non-communicable diseases')
    '"non-communicable" diseases'
    >>> fts_match('"Black Sea" OR Crimea title:truce')
    '"Black Sea" OR Crimea "title:truce"'
    """
    terms = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', query):
        if phrase:
            terms.append('"' + phrase + '"')
        elif word in ("AND", "OR", "NOT") or re.fullmatch(r"\w+", word):
            terms.append(word)
        else:
            terms.append('"' + word.replace('"', '""') + '"')
    return " ".join(terms)


def fts_top(db, query):
    rows = db.execute(
        "SELECT key FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?",
        (fts_match(query), DEPTH),
    )
    return [key for (key,) in rows]


# ------------------------------------------------------------------ pundex


def pundex_env():
    """No colour, no PUNDEX_INDEX and no user config from this machine (as tests/it runs pundex)."""
    env = dict(os.environ, NO_COLOR="1", XDG_CONFIG_HOME=str(NO_USER_CONFIG))
    env.pop("PUNDEX_INDEX", None)
    return env


def find_pundex(given):
    if given:
        binary = Path(given)
    elif (REPO / "target/release/pundex").exists():
        binary = REPO / "target/release/pundex"
    elif shutil.which("pundex"):
        binary = Path(shutil.which("pundex"))
    else:
        raise Failure("no pundex binary: build it (cargo build --release) or give --pundex BIN")
    if not binary.is_file():
        raise Failure(f"no pundex binary at {binary}")
    return binary.resolve()


def built_index(binary, corpus, sessions, files, cache):
    """An index of the corpus built by this binary, kept in the cache under the
    binary's hash (a rebuilt binary gets a fresh index)."""
    digest = hashlib.sha256(binary.read_bytes()).hexdigest()[:12]
    index = cache / f"index-{corpus_id(corpus, sessions)}-{digest}"
    done = index / ".judged-complete"
    if done.exists():
        return index
    if index.exists():
        shutil.rmtree(index)
    view = session_view(corpus, files, cache / f"view-{corpus_id(corpus, sessions)}")
    print(f"judged.py: indexing {view} with {binary} into {index}", file=sys.stderr)
    run = subprocess.run(
        [str(binary), "--index", str(index), "index", "--color", "never", str(view)],
        env=pundex_env(),
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        raise Failure(f"{binary} index failed: {run.stderr.strip()[-500:]}")
    done.touch()
    return index


def pundex_top(binary, index, query, filters):
    args = [str(binary), "--index", str(index), "search", "--json", "-n", str(DEPTH)]
    for flag in FILTER_FLAGS:
        value = filters.get(flag)
        for one in value if isinstance(value, list) else [value] if value else []:
            args += [f"--{flag}", str(one)]
    run = subprocess.run(args + ["--", query], env=pundex_env(), capture_output=True, text=True)
    if run.returncode != 0:
        raise Failure(f"pundex search {query!r} {filters} failed: {run.stderr.strip()}")
    keys = []
    for line in run.stdout.splitlines():
        hit = json.loads(line)
        if hit.get("type") == "hit":
            keys.append(Path(hit["id"]).stem)
    return keys


# ------------------------------------------------------------------ measures


def ndcg(ranked, judged):
    """nDCG@10 with gain = grade; the ideal ranking is all judged grades, best first.

    >>> round(ndcg(["c", "a", "b"], {"a": 2, "b": 1, "c": 0}), 4)  # (2/log2 3 + 1/2) / (2 + 1/log2 3)
    0.6697
    >>> ndcg(["x"], {})  # nothing judged relevant: 0, not a division by zero
    0.0
    """
    dcg = sum(judged.get(doc, 0) / math.log2(rank + 2) for rank, doc in enumerate(ranked[:DEPTH]))
    best = sorted(judged.values(), reverse=True)[:DEPTH]
    ideal = sum(grade / math.log2(rank + 2) for rank, grade in enumerate(best))
    return dcg / ideal if ideal else 0.0


def precision_at_5(ranked, judged):
    """P@5 counting grade >= 1 as relevant; a run shorter than 5 is not excused.

    >>> precision_at_5(["a", "unjudged", "b"], {"a": 2, "b": 1})
    0.4
    """
    return sum(1 for doc in ranked[:5] if judged.get(doc, 0) >= 1) / 5


# ------------------------------------------------------------------ commands


def runs_for(need, binary, index, db):
    plain = pundex_top(binary, index, need["query"], {})
    filtered = pundex_top(binary, index, need["query"], need["filters"]) if need["filters"] else plain
    return {"pundex": plain, "pundex+filters": filtered, "fts5": fts_top(db, need["query"])}


def command_pool(needs, qrels, runs, corpus, files, show_paths):
    total = 0
    for need in needs:
        judged = qrels.get(need["id"], {})
        pooled = []
        for system in SYSTEMS:
            pooled += [doc for doc in runs[need["id"]][system] if doc not in pooled]
        todo = [doc for doc in pooled if doc not in judged]
        total += len(todo)
        print(f"{need['id']}  {len(pooled)} pooled, {len(todo)} to judge  query: {need['query']!r}"
              f"  filters: {json.dumps(need['filters'])}")
        for doc in todo:
            print(f"  {corpus / files[doc]}" if show_paths and doc in files else f"  {doc}")
    print(f"{total} pooled documents to judge")


def command_score(needs, qrels, runs, as_json):
    rows = []
    for need in needs:
        judged = qrels.get(need["id"], {})
        row = {"id": need["id"], "kind": need["kind"], "query": need["query"], "judged": len(judged)}
        for system in SYSTEMS:
            ranked = runs[need["id"]][system]
            row[system] = {
                "ndcg@10": ndcg(ranked, judged),
                "p@5": precision_at_5(ranked, judged),
                "unjudged": [doc for doc in ranked[:DEPTH] if doc not in judged],
                "top10": ranked[:DEPTH],
            }
        rows.append(row)
    mean = {
        system: {
            measure: sum(r[system][measure] for r in rows) / len(rows) if rows else 0.0
            for measure in ("ndcg@10", "p@5")
        }
        for system in SYSTEMS
    }
    for system in SYSTEMS:
        mean[system]["unjudged"] = sum(len(r[system]["unjudged"]) for r in rows)
    if as_json:
        print(json.dumps({"needs": rows, "mean": mean, "gain": "grade", "p@5_relevant": "grade>=1"}, indent=1))
        return
    print(f"{'':<21}" + "".join(f"| {s:<20}" for s in SYSTEMS))
    print(f"{'need':<5} {'kind':<15}" + "| nDCG@10  P@5  unj   " * len(SYSTEMS))
    for r in rows:
        cells = "".join(
            f"| {r[s]['ndcg@10']:7.3f} {r[s]['p@5']:4.2f} {len(r[s]['unjudged']):4}   " for s in SYSTEMS
        )
        print(f"{r['id']:<5} {r['kind']:<15}{cells}")
    cells = "".join(f"| {mean[s]['ndcg@10']:7.3f} {mean[s]['p@5']:4.2f} {mean[s]['unjudged']:4}   " for s in SYSTEMS)
    print(f"{'mean':<5} {f'({len(rows)} needs)':<15}{cells}")
    print("nDCG@10: gain = grade, ideal from all judged grades; P@5: grade >= 1 is relevant;"
          " unj = unjudged documents in the top 10, scored as 0")
    for r in rows:
        for s in SYSTEMS:
            if r[s]["unjudged"]:
                print(f"unjudged {r['id']} {s}: {' '.join(r[s]['unjudged'])}")


def parse_sessions(text):
    match = re.fullmatch(r"(\d+)-(\d+)", text)
    if not match or int(match.group(1)) > int(match.group(2)):
        raise argparse.ArgumentTypeError("want A-B, e.g. 65-73")
    return int(match.group(1)), int(match.group(2))


def main():
    parser = argparse.ArgumentParser(
        description="Score pundex and FTS5 on the judged query set (see the module doc).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__,
    )
    parser.add_argument("command", choices=("pool", "score"))
    parser.add_argument("--set", choices=sorted(JUDGED_SETS), default="seen")
    parser.add_argument("--needs", type=Path, action="append")
    parser.add_argument("--qrels", type=Path, action="append")
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--sessions", type=parse_sessions)
    parser.add_argument("--pundex")
    parser.add_argument("--index", type=Path)
    parser.add_argument("--fts-db", type=Path)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "pundex-judged")
    parser.add_argument("--need", action="append", default=[], help="only this need (repeatable)")
    parser.add_argument("--paths", action="store_true", help="pool: print file paths")
    parser.add_argument("--json", action="store_true", help="score: JSON output")
    parser.add_argument("--typed-year", action="store_true",
                        help="only the date-bound needs, their year typed after the query"
                             " and no filters (how a typed year ranks)")
    args = parser.parse_args()

    set_needs, set_qrels, set_sessions = JUDGED_SETS[args.set]
    sessions = args.sessions or set_sessions
    corpus = args.corpus or DEFAULT_CORPUS
    if not corpus.is_dir():
        if args.corpus:
            parser.error(f"no corpus folder at {corpus}")
        print(f"judged.py: skipped: no corpus at {corpus} (clone ../shared beside the repository"
              " or give --corpus DIR)")
        return 0
    try:
        needs = read_needs(args.needs or [set_needs], set(args.need))
        if args.typed_year:
            needs = [with_typed_year(n) for n in needs if n["kind"] == "date"]
        qrels = read_qrels(args.qrels or [set_qrels])
        files = corpus_files(corpus, sessions)
        binary = find_pundex(args.pundex)
        index = args.index or built_index(binary, corpus, sessions, files, args.cache)
        if not index.is_dir():
            raise Failure(f"no index at {index}")
        fts_path = args.fts_db or args.cache / f"fts5-{corpus_id(corpus, sessions)}.db"
        db = fts_database(fts_path, corpus, files)
        runs = {need["id"]: runs_for(need, binary, index, db) for need in needs}
    except (Failure, OSError, sqlite3.Error) as err:
        print(f"judged.py: {err}", file=sys.stderr)
        return 1
    if args.command == "pool":
        command_pool(needs, qrels, runs, corpus, files, args.paths)
    else:
        command_score(needs, qrels, runs, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
