#!/usr/bin/env python3
"""Dev aid: validate src/extract/default_lexicon.toml and try it on text.

    python3 tools/check_lexicon.py                 # validate + score the gold set
    python3 tools/check_lexicon.py --sample 30     # also run on random UNGDC speeches
    python3 tools/check_lexicon.py FILE...         # show matches in files

The matcher is a Python approximation of src/extract/gazetteer.rs: leftmost-
longest literal match (ASCII case folded), then word-boundary and case checks
(acronyms exact, capitalised aliases need a capital); trailing '*' continues
the last word.
"""
import collections, glob, json, random, re, sys, tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEX = ROOT / "src/extract/default_lexicon.toml"
GOLD = Path("/work/shared/eval/extraction")
UNGDC = Path("/work/shared/corpus/ungdc")
KINDS = {"person", "organisation", "organization", "state", "group"}


def is_acronym(s):
    return any(c.isupper() for c in s) and all(c.isupper() or c in "0123456789.&+-" for c in s)


def key(s):
    return s.strip() if is_acronym(s.strip()) else s.strip().lower()


def dated(actor):
    """People with active years may share a surname (src/extract/lexicon.rs)."""
    return actor["kind"] == "person" and "active" in actor


def validate(lex):
    errs, names, owners = [], {}, {}
    actors = lex.get("actor", [])
    for a in actors:
        if not a.get("name") or a.get("kind") not in KINDS or "aliases" not in a:
            errs.append(f"bad actor {a}")
        if key(a["name"]) in names:
            errs.append(f"duplicate actor {a['name']}")
        names[key(a["name"])] = a["name"]
    states = {a["name"] for a in actors if a["kind"] == "state"}
    for a in actors:
        if a.get("country") and a["country"] not in states:
            errs.append(f"{a['name']}: unknown country {a['country']!r}")
        for al in a.get("aliases", []):
            k = key(al)
            if not al.strip():
                errs.append(f"{a['name']}: empty alias")
            elif names.get(k, a["name"]) != a["name"]:
                errs.append(f"alias {al!r} of {a['name']} is actor {names[k]}")
            elif k in owners and not (dated(a) and dated(owners[k][1]) and " " not in al.strip()):
                errs.append(f"alias {al!r} of {a['name']} also under {owners[k][0]}")
            owners[k] = (a["name"], a)
    paths, seen = set(), {}
    for i in lex.get("issue", []):
        p = i.get("path", "")
        if not re.fullmatch(r"[a-z0-9-]+(/[a-z0-9-]+)*", p) or p in paths or not i.get("phrases"):
            errs.append(f"bad issue {p!r}")
        paths.add(p)
        for ph in i.get("phrases", []):
            if "*" in ph.rstrip("*"):
                errs.append(f"{p}: '*' inside {ph!r}")
            if key(ph) in seen:
                errs.append(f"phrase {ph!r} in {p} and {seen[key(ph)]}")
            seen[key(ph)] = p
    if not 30 <= len(paths) <= 60:
        errs.append(f"{len(paths)} issues")
    return errs


class Matcher:
    def __init__(self, entries, names=True):
        self.index = collections.defaultdict(list)
        for target, raw in entries:
            prefix = raw.endswith("*")
            w = raw.rstrip("*").strip()
            case = "exact" if is_acronym(w) else "first" if names and w[0].isupper() else "any"
            self.index[w[:2].lower()].append((w.lower(), w, target, case, prefix))

    def find(self, text):
        """Leftmost-longest literal match; if it fails the boundary or case rule,
        resume one character later (no fallback to shorter patterns), as in Rust."""
        low = "".join(c.lower()[0] for c in text)
        out, at, n = [], 0, len(text)
        while at < n:
            best = None
            for wl, w, target, case, prefix in self.index.get(low[at:at + 2], ()):
                if low.startswith(wl, at) and (best is None or len(wl) > len(best[0])):
                    best = (wl, w, target, case, prefix)
            if best is None:
                at += 1
                continue
            wl, w, target, case, prefix = best
            end = at + len(wl)
            found = text[at:end]
            ok = not (at and text[at - 1].isalnum())
            ok = ok and not (case == "exact" and found != w or case == "first" and found[0].islower())
            if ok and prefix:
                while end < n and text[end].isalnum():
                    end += 1
            elif ok:
                ok = not (end < n and text[end].isalnum())
            if ok:
                out.append((at, end, target))
                at = end
            else:
                at += 1
        return out


def build(lex):
    actors = lex["actor"]
    entries = [(a["name"], n) for a in actors for n in [a["name"]] + a.get("aliases", [])]
    entries += [(None, p) for p in lex.get("ignore", {}).get("phrases", [])]
    issues = [(i["path"], p) for i in lex["issue"] for p in i["phrases"]]
    return Matcher(entries), Matcher(issues, names=False), {i["path"]: i for i in lex["issue"]}


def extract(text, am, im, issues):
    found = collections.defaultdict(collections.Counter)
    for s, e, t in am.find(text):
        if t:
            found[t][text[s:e]] += 1
    hits = collections.defaultdict(collections.Counter)
    for s, e, t in im.find(text):
        hits[t][text[s:e].lower()] += 1
    tags = [p for p, c in hits.items()
            if sum(c.values()) >= issues[p].get("min_hits", 2) and len(c) >= issues[p].get("min_distinct", 1)]
    return found, sorted(tags)


def score_gold(am, im, issues):
    tp = fp = hit = req = 0
    for line in open(GOLD / "gold.jsonl"):
        g = json.loads(line)
        text = (GOLD / g["file"]).read_text()
        found, tags = extract(text, am, im, issues)
        need = [{n.lower() for n in e} for e in g["actors"]]
        opt = [{n.lower() for n in e} for e in g["optional_actors"]]
        pred = {n.lower() for n in found}
        for p in pred:
            if any(p in e for e in need):
                tp += 1
            elif not any(p in e for e in opt):
                fp += 1
                print(f"  false hit {g['file']}: {p} {dict(found[next(n for n in found if n.lower() == p)])}")
        for e in need:
            req += 1
            if e & pred:
                hit += 1
            else:
                print(f"  miss {g['file']}: {sorted(e)[0]}")
        print(f"  {g['file']}: issues {tags}")
    p, r = tp / max(tp + fp, 1), hit / max(req, 1)
    print(f"gold actors: precision {p:.3f} ({tp}/{tp + fp}), recall {r:.3f} ({hit}/{req}), F1 {2 * p * r / max(p + r, 1e-9):.3f}")


def main():
    lex = tomllib.loads(LEX.read_text())
    errs = validate(lex)
    print("\n".join(errs) or "lexicon valid")
    kinds = collections.Counter(a["kind"] for a in lex["actor"])
    print(f"{len(lex['actor'])} actors {dict(kinds)}, {len(lex['issue'])} issues, "
          f"{len(lex.get('ignore', {}).get('phrases', []))} ignore phrases")
    am, im, issues = build(lex)
    args = sys.argv[1:]
    if args and args[0] == "--sample":
        files = sorted(glob.glob(str(UNGDC / "*" / "*.txt")))
        random.seed(int(args[2]) if len(args) > 2 else 1)
        forms = collections.Counter()
        for f in random.sample(files, int(args[1])):
            found, tags = extract(Path(f).read_text(errors="replace"), am, im, issues)
            print(f"{Path(f).name}: {len(found)} actors; issues {tags}")
            for n, c in found.items():
                for s, k in c.items():
                    forms[(s, n)] += k
        print("surface forms (count, text -> actor):")
        for (s, n), k in forms.most_common():
            print(f"  {k:4d} {s} -> {n}")
    elif args:
        for f in args:
            found, tags = extract(Path(f).read_text(errors="replace"), am, im, issues)
            print(f, tags)
            for n, c in sorted(found.items()):
                print(f"  {n}: {dict(c)}")
    else:
        score_gold(am, im, issues)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
