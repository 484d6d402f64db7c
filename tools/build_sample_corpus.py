#!/usr/bin/env python3
"""Rebuild pundex's shipped sample corpus (corpus/) from the shared UNGDC copy.

Usage: python3 tools/build_sample_corpus.py [--ungdc DIR] [--seed FILE]

Writes corpus/ only (the test fixtures are built by tools/build_test_fixtures.py).
Speech text is never altered: converted formats only drop a UTF-8 BOM,
normalise line endings (CR / CRLF -> LF) and strip trailing whitespace at the
end of the file; one long speech is cut to its first ~6,000 words (see TRIM).
"""
import argparse
import html
import json
import os
import re
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "corpus")
DOI_URL = "https://doi.org/10.7910/DVN/0TJX8Y"
SOURCE = "UN General Debate Corpus"
TRIM_WORDS = 6000

COUNTRY = {
    "RUS": "Russian Federation", "UKR": "Ukraine", "USA": "United States",
    "CHN": "China", "TUR": "Türkiye", "ISR": "Israel", "PSE": "State of Palestine",
    "IRN": "Iran", "YEM": "Yemen", "GBR": "United Kingdom", "FRA": "France",
    "IND": "India", "BRA": "Brazil", "ZAF": "South Africa", "ROU": "Romania",
    "GEO": "Georgia", "BGR": "Bulgaria",
}

# (file id, format, date, author). Dates/authors only where known for sure;
# otherwise the year alone and no author.
SPEECHES = [
    # plain .txt, byte-for-byte copies
    ("RUS_77_2022", "txt", None, None),
    ("UKR_77_2022", "txt", None, None),
    ("ROU_77_2022", "txt", None, None),
    ("GEO_77_2022", "txt", None, None),
    ("BGR_78_2023", "txt", None, None),
    ("YEM_77_2022", "txt", None, None),
    ("IRN_77_2022", "txt", None, None),
    ("RUS_69_2014", "txt", None, None),
    ("ZAF_50_1995", "txt", None, None),
    ("UKR_46_1991", "txt", None, None),
    ("USA_01_1946", "txt", None, None),
    # Markdown + YAML front matter
    ("USA_77_2022", "yaml", "2022-09-21", "Joe Biden"),
    ("TUR_77_2022", "yaml", "2022-09-20", "Recep Tayyip Erdoğan"),
    ("UKR_78_2023", "yaml", "2023-09-19", "Volodymyr Zelenskyy"),
    ("ISR_79_2024", "yaml", "2024-09-27", "Benjamin Netanyahu"),
    ("RUS_17_1962", "yaml", "1962", None),
    # Markdown + TOML front matter
    ("USA_79_2024", "toml", "2024-09-24", "Joe Biden"),
    ("PSE_79_2024", "toml", "2024-09-26", "Mahmoud Abbas"),
    ("TUR_78_2023", "toml", "2023-09-19", "Recep Tayyip Erdoğan"),
    ("RUS_40_1985", "toml", "1985", None),
    # HTML pages
    ("GBR_79_2024", "html", "2024-09-26", "Keir Starmer"),
    ("UKR_79_2024", "html", "2024-09-25", "Volodymyr Zelenskyy"),
    ("YEM_78_2023", "html", "2023", None),
    ("USA_17_1962", "html", "1962", None),
    # single JSON objects
    ("USA_46_1991", "json", "1991-09-23", "George H. W. Bush"),
    ("RUS_79_2024", "json", "2024-09-28", "Sergey Lavrov"),
    # JSON Lines
    ("FRA_79_2024", "jsonl", "2024", None),
    ("CHN_79_2024", "jsonl", "2024", None),
    ("IND_77_2022", "jsonl", "2022-09-24", "S. Jaishankar"),
    ("BRA_78_2023", "jsonl", "2023-09-19", "Luiz Inácio Lula da Silva"),
    ("ZAF_79_2024", "jsonl", "2024", None),
    # NDJSON
    ("GEO_78_2023", "ndjson", "2023", None),
    ("ROU_78_2023", "ndjson", "2023", None),
]
TRIM = {"RUS_17_1962"}
NOTES = {
    "ZAF_50_1995": "original is hard-wrapped (~60-character lines)",
    "UKR_46_1991": "paragraphs separated by bare CR; file ends in CR",
    "USA_46_1991": "original is UTF-8 with BOM and bare-CR line endings (normalised here)",
    "RUS_79_2024": "original contains Markdown bold (`**…**`) and `---` lines, kept as is",
    "FRA_79_2024": "original contains a `---` line, kept as is",
    "USA_79_2024": "original is hard-wrapped with blank-line paragraphs",
    "USA_01_1946": "6,265 words, not trimmed",
    "RUS_40_1985": "6,389 words, not trimmed",
}
# TOML files whose date is written as a native TOML date (unquoted); the
# others use a quoted string, so both spellings occur in the sample.
TOML_NATIVE_DATE = {"USA_79_2024", "TUR_78_2023"}

TAG_RULES = [
    ("Ukraine", r"\bukrain"), ("Black Sea", r"\bblack sea\b"), ("grain", r"\bgrain\b"),
    ("truce", r"\btruce\b"), ("ceasefire", r"\bcease-?fire"), ("sanctions", r"\bsanction"),
    ("nuclear weapons", r"\bnuclear (weapon|arm|disarm|war)"), ("climate", r"\bclimate\b"),
    ("Gaza", r"\bgaza\b"), ("Red Sea", r"\bred sea\b"), ("Houthis", r"\bhouthi"),
    ("Cuba", r"\bcuba\b"), ("cold war", r"\bcold war\b"),
]


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def country(code, year):
    if code == "RUS" and year < 1992:
        return "Soviet Union"
    return COUNTRY[code]


def src_path(ungdc, fid):
    code, sess, year = fid.split("_")
    return os.path.join(ungdc, f"Session {sess} - {year}", f"{fid}.txt")


def clean(raw):
    text = raw.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.rstrip() + "\n"


def trim(text, limit):
    out, n = [], 0
    for line in text.split("\n"):
        out.append(line)
        n += len(line.split())
        if n >= limit:
            break
    return "\n".join(out).rstrip() + "\n", n


def tags_for(text):
    low = text.lower()
    return ["UN General Debate"] + [t for t, rx in TAG_RULES if re.search(rx, low)]


def q(s):  # a double-quoted string valid in both YAML and TOML
    return json.dumps(s, ensure_ascii=False)


def paragraphs(text):
    if re.search(r"\n[ \t]*\n", text):
        blocks = re.split(r"\n[ \t]*\n", text)
    else:
        blocks = text.split("\n")
    out = []
    for b in blocks:
        lines = [l.strip() for l in b.split("\n") if l.strip()]
        if lines:
            out.append("\n".join(lines))
    return out


def ent(s):
    s = html.escape(s, quote=False)
    return s.replace("\u2014", "&mdash;").replace("\u2019", "&#8217;").replace("\u2013", "&ndash;")


HTML_TMPL = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title_e} &mdash; Speeches &amp; Statements | The Assembly Record</title>
{author_meta}<meta name="date" content="{date}">
<meta name="description" content="Full text of the statement delivered in the General Debate of the {ord_e} session of the UN General Assembly.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>
  window.dataLayer = window.dataLayer || [];
  function track(evt) {{ window.dataLayer.push({{event: evt, page: "{fid}"}}); }}
  document.addEventListener("DOMContentLoaded", function () {{ track("pageview"); }});
</script>
<style>
  body {{ font-family: Georgia, serif; max-width: 44rem; margin: 0 auto; color: #222; }}
  nav a {{ margin-right: 1em; text-decoration: none; }}
  article p {{ line-height: 1.6; }}
  footer {{ font-size: 0.8em; color: #777; border-top: 1px solid #ccc; }}
</style>
</head>
<body>
<nav>
  <a href="/">Home</a>
  <a href="/speeches/">Speeches</a>
  <a href="/sessions/{session}/">Session {session}</a>
  <a href="/countries/{code_l}/">{country_e}</a>
  <a href="/about/">About</a>
  <a href="/subscribe/">Subscribe</a>
</nav>
<header>
  <p class="site-name">The Assembly Record &mdash; speeches &amp; statements from the UN General Assembly</p>
</header>
<main>
<article>
<h1>{title_e}</h1>
<p class="dateline">General Debate, {ord_e} session of the UN General Assembly, New York{byline}</p>
{body}
</article>
</main>
<footer>
  <p>&copy; 2025 The Assembly Record. Text: {source} (CC0 1.0), <a href="{url}">doi:10.7910/DVN/0TJX8Y</a>.</p>
  <p><a href="/privacy/">Privacy</a> &middot; <a href="/contact/">Contact</a></p>
</footer>
</body>
</html>
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ungdc", default="/work/shared/corpus/ungdc")
    ap.add_argument("--seed", default="/work/shared/seed/putin-trump-call.txt")
    args = ap.parse_args()

    for d in ["ungdc", "ungdc-md", "ungdc-html", "ungdc-json", "ungdc-jsonl", "ru"]:
        os.makedirs(os.path.join(OUT, d), exist_ok=True)

    # 1. the seed article, with a title line
    with open(args.seed, "rb") as f:
        seed = f.read()
    with open(os.path.join(OUT, "2025-03-19-putin-trump-call.txt"), "wb") as f:
        f.write(b"Putin and Trump talk for 2.5 hours: the end of compartmentalization\n\n" + seed)

    records = {"jsonl": [], "ndjson": []}
    manifest = []
    for fid, fmt, date, author in SPEECHES:
        code, sess, year = fid.split("_")
        sess_n, year_n = int(sess), int(year)
        src = src_path(args.ungdc, fid)
        with open(src, "rb") as f:
            raw = f.read()
        title = f"{country(code, year_n)} at the {ordinal(sess_n)} UN General Debate ({year})"
        note = NOTES.get(fid, "")
        if fmt == "txt":
            dst = f"ungdc/{fid}.txt"
            shutil.copyfile(src, os.path.join(OUT, dst))
            manifest.append((dst, "txt", fid, title, date, author, note, raw))
            continue
        text = clean(raw)
        if fid in TRIM:
            total = len(text.split())
            text, kept = trim(text, TRIM_WORDS)
            note = f"trimmed to the first {kept:,} of {total:,} words (cut at a paragraph end)"
        tags = tags_for(text)
        if fmt == "yaml":
            dst = f"ungdc-md/{fid}.md"
            fm = ["---", f"title: {q(title)}",
                  f"date: {date}" if "-" in date else f"date: {q(date)}"]
            if author:
                fm.append(f"author: {q(author)}")
            fm.append(f"source: {q(SOURCE)}")
            fm.append(f"url: {DOI_URL}")
            fm.append("tags:")
            fm += [f"  - {t}" for t in tags]
            fm.append("---")
            out = "\n".join(fm) + "\n\n" + text
        elif fmt == "toml":
            dst = f"ungdc-md/{fid}.md"
            native = fid in TOML_NATIVE_DATE and "-" in date
            fm = ["+++", f"title = {q(title)}", f"date = {date}" if native else f"date = {q(date)}"]
            if author:
                fm.append(f"author = {q(author)}")
            fm.append(f"source = {q(SOURCE)}")
            fm.append("tags = [" + ", ".join(q(t) for t in tags) + "]")
            fm.append("+++")
            out = "\n".join(fm) + "\n\n" + text
        elif fmt == "html":
            dst = f"ungdc-html/{fid}.html"
            body = "\n".join(f"<p>{ent(p)}</p>" for p in paragraphs(text))
            out = HTML_TMPL.format(
                title_e=ent(title), date=date, fid=fid, session=sess_n, code_l=code.lower(),
                country_e=ent(country(code, year_n)), ord_e=ordinal(sess_n),
                author_meta=f'<meta name="author" content="{html.escape(author)}">\n' if author else "",
                byline=f" &mdash; {ent(author)}" if author else "",
                body=body, source=SOURCE, url=DOI_URL)
        elif fmt == "json":
            dst = f"ungdc-json/{fid}.json"
            obj = {"title": title, "body": text, "date": date, "author": author,
                   "source": SOURCE, "url": DOI_URL}
            out = json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
        else:
            key = "text" if fmt == "jsonl" else "content"
            obj = {"title": title, key: text, "date": date, "source": SOURCE}
            if author:
                obj["author"] = author
            obj["id"] = fid
            records[fmt].append(json.dumps(obj, ensure_ascii=False))
            dst = ("ungdc-jsonl/general-debate-2022-2024.jsonl" if fmt == "jsonl"
                   else "ungdc-jsonl/black-sea-neighbours-2023.ndjson")
            manifest.append((dst, fmt, fid, title, date, author, note, raw))
            continue
        with open(os.path.join(OUT, dst), "w", encoding="utf-8", newline="\n") as f:
            f.write(out)
        manifest.append((dst, fmt, fid, title, date, author, note, raw))

    with open(os.path.join(OUT, "ungdc-jsonl/general-debate-2022-2024.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(records["jsonl"]) + "\n")
    with open(os.path.join(OUT, "ungdc-jsonl/black-sea-neighbours-2023.ndjson"), "w", encoding="utf-8") as f:
        f.write("\n".join(records["ndjson"]) + "\n")

    # 3. Russian texts (the project's own translations, CC0)
    with open(os.path.join(OUT, "ru/2025-03-20-kommentariy-cp1251.txt"), "wb") as f:
        f.write(RU_SEED.encode("cp1251"))
    with open(os.path.join(OUT, "ru/2022-09-20-erdogan-chernoe-more-utf16.txt"), "wb") as f:
        f.write(b"\xff\xfe" + RU_TUR.encode("utf-16-le"))

    write_sources(manifest)


FMT_NAME = {
    "txt": "plain text (.txt), byte-for-byte copy",
    "yaml": "Markdown, YAML front matter (`---`)",
    "toml": "Markdown, TOML front matter (`+++`)",
    "html": "HTML page (nav/header/script/style/footer around `<article>`)",
    "json": "JSON, one object (`title`, `body`, `date`, `author`, `source`, `url`)",
    "jsonl": "JSON Lines, one object per line (`title`, `text`, `date`, `source`, `author`?, `id`)",
    "ndjson": "NDJSON, one object per line (`title`, `content`, `date`, `source`, `id`)",
}


def encoding_of(fmt, raw):
    if fmt != "txt":
        return "UTF-8"
    enc = "UTF-8 with BOM" if raw.startswith(b"\xef\xbb\xbf") else "UTF-8"
    if b"\r" in raw and b"\r\n" not in raw:
        enc += ", CR (classic Mac) line endings"
    return enc


def write_sources(manifest):
    L = []
    A = L.append
    A("# Sources of the sample corpus")
    A("")
    A("Everything under `corpus/` is either public domain (CC0 1.0) or the project's own text. "
      "It is rebuilt by `python3 tools/build_sample_corpus.py` from the shared UNGDC copy and the seed article.")
    A("")
    A("## Licences and citation")
    A("")
    A("- **UN General Debate Corpus (UNGDC)**, 1946–2024: CC0 1.0 (public domain dedication). "
      "Source: Slava Jankin, Alexander Baturo, Niheer Dasandi, \"United Nations General Debate Corpus\", "
      "Harvard Dataverse, doi:10.7910/DVN/0TJX8Y (https://doi.org/10.7910/DVN/0TJX8Y). "
      "Please cite: Baturo, Dasandi and Mikhaylov, \"Understanding State Preferences With Text As Data: "
      "Introducing the UN General Debate Corpus\", Research & Politics, 2017.")
    A("- **Seed article** `2025-03-19-putin-trump-call.txt`: the project's example article (issue #2), "
      "an exact copy of `seed/putin-trump-call.txt` with one title line and a blank line prepended.")
    A("- **`ru/`**: the project's own Russian translations, released under CC0 1.0.")
    A("- **Commentary written for pundex** (`ru/` except the two translations, `uk/`, `de/`): short "
      "commentaries in Russian, Ukrainian and German written by the project as test material for "
      "per-language search (issue #20); not taken from any publication; released under CC0 1.0. "
      "They are kept by hand, not rebuilt by the script.")
    A("")
    A("## How the UNGDC speeches were converted")
    A("")
    A("- The speech text is never edited. `.txt` files are byte-for-byte copies of the UNGDC file with the same name "
      "(including a UTF-8 BOM and CR line endings where the original has them).")
    A("- In the converted formats (`.md`, `.html`, `.json`, `.jsonl`, `.ndjson`) a leading UTF-8 BOM is dropped, "
      "line endings are normalised to LF and trailing whitespace at the end of the file is removed. "
      "In HTML, paragraphs are the original blank-line-separated blocks (or lines, for files without blank lines), "
      "whitespace at line ends is dropped, and `&`, `<`, `>`, `—`, `–`, `’` are written as entities "
      "(`&amp;`, `&lt;`, `&gt;`, `&mdash;`, `&ndash;`, `&#8217;`).")
    A("- Titles (\"<State> at the <n>th UN General Debate (<year>)\"), tags (from keywords found in the text), "
      "front matter and the HTML page furniture (site name, menu, dateline, footer) are added by the project; "
      "\"Soviet Union\" is used for the RUS files before 1992.")
    A("- Dates are the day of the speech only where it is known for sure; otherwise the year alone. "
      "Authors are given only where the speaker is known for sure. `url` is the dataset DOI, not a page for the speech. "
      "Two TOML files (USA_79_2024, TUR_78_2023) write the date as a native TOML date (`date = 2024-09-24`), "
      "the others as strings.")
    A(f"- Trimming: only `RUS_17_1962` (12,255 words) is cut, to its first ~{TRIM_WORDS:,} words at a paragraph end. "
      "No other speech is trimmed.")
    A("")
    A("## Files")
    A("")
    A("| Path | Format | Encoding | Origin | Date | Speaker | Licence | Notes |")
    A("|---|---|---|---|---|---|---|---|")
    A("| `2025-03-19-putin-trump-call.txt` | plain text (.txt) | UTF-8 | the project's example article (issue #2), "
      "`seed/putin-trump-call.txt` + title line | 2025-03-19 (file name) | — | see issue #2 (not UNGDC) | "
      "title line \"Putin and Trump talk for 2.5 hours: the end of compartmentalization\" added |")
    for dst, fmt, fid, title, date, author, note, raw in manifest:
        code, sess, year = fid.split("_")
        origin = f"UNGDC `Session {sess} - {year}/{fid}.txt` (session {int(sess)}, {year})"
        A(f"| `{dst}` | {FMT_NAME[fmt]} | {encoding_of(fmt, raw)} | {origin} | {date or year + ' (no metadata)'} | "
          f"{author or '—'} | CC0 1.0 (UNGDC, cite above) | {note or '—'} |")
    A("| `ru/2025-03-20-kommentariy-cp1251.txt` | plain text (.txt), Russian | Windows-1251 (cp1251), no BOM | "
      "own translation of the first five paragraphs of the seed article, with a Russian title line | 2025-03-20 (file name) | — | "
      "CC0 1.0 (project's own translation) | last line marks it as the project's translation |")
    A("| `ru/2022-09-20-erdogan-chernoe-more-utf16.txt` | plain text (.txt), Russian | UTF-16 LE with BOM | "
      "own translation of one paragraph of UNGDC `TUR_77_2022` (session 77, 2022, Black Sea Grain Initiative) | "
      "2022-09-20 | — | CC0 1.0 (project's own translation; source speech CC0 UNGDC) | excerpt only |")
    A("| `ru/2025-03-25-peremirie-chernoe-more.md` | Markdown, YAML front matter with `lang: ru`, Russian | UTF-8 | "
      "written for pundex: commentary on the Riyadh talks on shipping in the Black Sea | 2025-03-25 | — | CC0 1.0 (project's own text) | test material (issue #20) |")
    A("| `ru/2025-05-16-stambul-peregovory.md` | Markdown, YAML front matter, Russian | UTF-8 | "
      "written for pundex: commentary on Russian–Ukrainian talks in Istanbul | 2025-05-16 | — | CC0 1.0 (project's own text) | test material (issue #20) |")
    A("| `ru/2025-06-27-sankcii-paket.txt` | plain text (.txt), Russian | UTF-8 | "
      "written for pundex: commentary on the EU's eighteenth sanctions package | 2025-06-27 (file name) | — | CC0 1.0 (project's own text) | test material (issue #20) |")
    A("| `ru/2024-11-08-vybory-ssha-moskva.json` | JSON, one object (`title`, `body`, `date`, `author`, `language: Russian`) | UTF-8 | "
      "written for pundex: commentary on the US election seen from Moscow | 2024-11-08 | — | CC0 1.0 (project's own text) | test material (issue #20) |")
    A("| `ru/2025-02-14-myunhen-bezopasnost.md` | Markdown, YAML front matter, Russian | UTF-8 | "
      "written for pundex: commentary on the Munich Security Conference | 2025-02-14 | — | CC0 1.0 (project's own text) | test material (issue #20) |")
    A("| `uk/2025-04-30-uhoda-nadra.md` | Markdown, YAML front matter with `lang: uk`, Ukrainian | UTF-8 | "
      "written for pundex: commentary on the US–Ukraine minerals agreement | 2025-04-30 | — | CC0 1.0 (project's own text) | test material (issue #20) |")
    A("| `uk/2025-03-12-dzhidda-zayava.txt` | plain text (.txt), Ukrainian | UTF-8 | "
      "written for pundex: commentary on the thirty-day pause proposed in Jeddah | 2025-03-12 (file name) | — | CC0 1.0 (project's own text) | test material (issue #20) |")
    A("| `de/2025-03-05-sondervermoegen.md` | Markdown, YAML front matter with `lang: de`, German | UTF-8 | "
      "written for pundex: commentary on Germany's defence spending and debt brake | 2025-03-05 | — | CC0 1.0 (project's own text) | test material (issue #20) |")
    A("")
    with open(os.path.join(OUT, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


RU_SEED = """Путин и Трамп проговорили два с половиной часа: конец «компартментализации»

Прощай, мертворождённая «компартментализация». Все противоречия остаются, но у Белого дома и Кремля есть желание договариваться, причём по широкому кругу вопросов. Как минимум, они всячески стараются это продемонстрировать. Таков первый и главный вывод из разговора Владимира Путина и Дональда Трампа, которые проговорили по телефону 2,5 часа.
С тактической точки зрения Путин и Трамп показали готовность к диалогу. Это наглядно видно по пресс-релизам и заявлениям, в которых стороны сделали упор на достигнутых договорённостях — прекращении ударов по энергетической инфраструктуре Украины и России на 30 дней, перемирии на Чёрном море, стратегической стабильности.
Обе стороны также вынесли на первый план и подчеркнули свою готовность договариваться и по будущим вопросам. В пресс-релизе Кремля использовано выражение «взаимная заинтересованность в нормализации двусторонних отношений с учётом особой ответственности России и США за обеспечение безопасности и стабильности в мире».
Кремль разместил релиз о разговоре на своём официальном сайте.
Информацию с американской стороны опубликовали в социальных сетях Трамп и пресс-секретарь президента США Каролин Ливитт, которая дала более развёрнутый комментарий.

Собственный перевод проекта pundex (первые пять абзацев статьи-примера), CC0 1.0.
"""

RU_TUR = """Эрдоган в ООН: зерно через Чёрное море

Благодаря нашим значительным усилиям, предпринятым совместно с Генеральным секретарём, нам удалось наладить экспорт украинского зерна через Чёрное море, и оно нашло путь на другие мировые рынки. Соглашение, достигнутое в Стамбуле для обеспечения этого экспорта, — Черноморская зерновая инициатива — по-прежнему имеет решающее значение, и со временем объём экспорта будет расти. Это соглашение, заключённое совместно с Организацией Объединённых Наций, — одно из величайших достижений нашей Организации за последние десятилетия.

Выступление Турции на общих прениях 77-й сессии Генеральной Ассамблеи ООН, 20 сентября 2022 года (UNGDC, TUR_77_2022). Собственный перевод проекта pundex, CC0 1.0.
"""

if __name__ == "__main__":
    main()
