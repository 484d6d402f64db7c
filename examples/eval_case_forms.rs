//! Measures the case forms a Russian query word takes (`search::case_forms`)
//! against a reference dictionary of word forms, where a corpus is too small
//! to show what they gain and cost.
//!
//! ```text
//! python3 tools/dump_russian_forms.py > /tmp/ru_forms.tsv
//! cargo run --release --example eval_case_forms -- /tmp/ru_forms.tsv NOUNS.txt [--show]
//! ```
//!
//! NOUNS.txt has one dictionary form a line. For each noun the dictionary
//! knows, it counts the share of its forms whose Russian stem the query
//! searches, with the typed word alone (before) and with its case forms
//! (after), and the other words (lemmas) whose forms the added stems reach
//! and the typed stem does not: the new false hits a query can have.
//! `--show` lists them per noun. Exits 1 on an unreadable file.

use anyhow::{Context, Result};
use pundex::index::schema::{self, ANALYSES, Analysis};
use pundex::search::case_forms::Widening;
use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use tantivy::tokenizer::TextAnalyzer;

/// The one stem of `word`, or `None` for a word of several tokens.
fn stem(analyzer: &mut TextAnalyzer, word: &str) -> Option<String> {
    let mut stream = analyzer.token_stream(word);
    let mut tokens = Vec::new();
    while let Some(token) = stream.next() {
        tokens.push(token.text.clone());
    }
    (tokens.len() == 1).then(|| tokens.remove(0))
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [forms_path, nouns_path, rest @ ..] = args.as_slice() else {
        anyhow::bail!("usage: eval_case_forms FORMS.tsv NOUNS.txt [--show]");
    };
    let show = rest.iter().any(|a| a == "--show");
    let index = tantivy::Index::create_in_ram(schema::build());
    pundex::index::stem::register(&index);
    let russian = Analysis::index_of(Some("ru"));
    let mut analyzer = index
        .tokenizers()
        .get(&ANALYSES[russian].tokenizer())
        .context("the Russian analyzer")?;
    let file = std::fs::File::open(forms_path).with_context(|| format!("reading {forms_path}"))?;
    // Stem → the lemmas with a form of that stem; noun lemma → its forms' stems.
    let mut lemmas_of: HashMap<String, HashSet<String>> = HashMap::new();
    let mut noun_stems: HashMap<String, Vec<String>> = HashMap::new();
    for line in std::io::BufReader::new(file).lines() {
        let line = line.with_context(|| format!("reading {forms_path}"))?;
        let mut parts = line.split('\t');
        let (Some(word), Some(lemma)) = (parts.next(), parts.next()) else {
            continue;
        };
        let Some(s) = stem(&mut analyzer, word) else {
            continue;
        };
        lemmas_of
            .entry(s.clone())
            .or_default()
            .insert(lemma.to_owned());
        if parts.next() == Some("NOUN") {
            noun_stems.entry(lemma.to_owned()).or_default().push(s);
        }
    }
    let nouns =
        std::fs::read_to_string(nouns_path).with_context(|| format!("reading {nouns_path}"))?;
    let mut widening = Widening::for_analysis(&index, russian).context("Russian widening")?;
    let (mut share_before, mut share_after) = (0.0, 0.0);
    let (mut all_before, mut all_after) = (0, 0);
    let (mut shared, mut added): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    for noun in nouns.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (Some(stems), Some(typed)) = (noun_stems.get(noun), stem(&mut analyzer, noun)) else {
            continue;
        };
        let alternatives: HashSet<String> = widening
            .alternatives(noun)
            .iter()
            .filter_map(|f| stem(&mut analyzer, f))
            .filter(|s| *s != typed)
            .collect();
        let covered = |s: &String| *s == typed || alternatives.contains(s);
        let before = stems.iter().filter(|s| **s == typed).count() as f64 / stems.len() as f64;
        let after = stems.iter().filter(|s| covered(s)).count() as f64 / stems.len() as f64;
        share_before += before;
        share_after += after;
        all_before += usize::from(before == 1.0);
        all_after += usize::from(after == 1.0);
        let old: HashSet<&String> = lemmas_of
            .get(&typed)
            .into_iter()
            .flatten()
            .filter(|l| *l != noun)
            .collect();
        let new: HashSet<&String> = alternatives
            .iter()
            .flat_map(|s| lemmas_of.get(s).into_iter().flatten())
            .filter(|l| *l != noun && !old.contains(l))
            .collect();
        if show && !new.is_empty() {
            let mut new: Vec<&String> = new.iter().copied().collect();
            new.sort();
            println!("{noun}: {new:?}");
        }
        shared.push(old.len());
        added.push(new.len());
    }
    let n = shared.len();
    if n == 0 {
        anyhow::bail!("{nouns_path}: no noun the dictionary knows");
    }
    let mean = |v: &[usize]| v.iter().sum::<usize>() as f64 / v.len() as f64;
    println!(
        "{n} nouns; share of a noun's forms whose stem is searched: before {:.3}, after {:.3}; \
         every form: before {all_before}, after {all_after}",
        share_before / n as f64,
        share_after / n as f64
    );
    println!(
        "other words reached by the typed stem (before and after): mean {:.2}; \
         only by added forms: mean {:.2}, nouns with any {}",
        mean(&shared),
        mean(&added),
        added.iter().filter(|&&a| a > 0).count()
    );
    Ok(())
}
