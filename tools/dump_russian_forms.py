#!/usr/bin/env python3
"""Every Russian word form of pymorphy3's dictionary (OpenCorpora) as
`word<TAB>lemma<TAB>part of speech` lines, the reference vocabulary of
examples/eval_case_forms.rs. About 5 million lines, a minute.

    pip install pymorphy3 pymorphy3-dicts-ru
    python3 tools/dump_russian_forms.py > /tmp/ru_forms.tsv
"""
import sys

import pymorphy3

out = sys.stdout
for word, tag, lemma, _, _ in pymorphy3.MorphAnalyzer(lang="ru").dictionary.iter_known_words():
    out.write(f"{word}\t{lemma}\t{tag.POS}\n")
