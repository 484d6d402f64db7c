//! Scores actor and date extraction against a hand-annotated gold set
//! (`gold.jsonl` in the folder given, format in its README.md).
//!
//! ```text
//! cargo run --release --example eval_extraction -- ../shared/eval/extraction
//! ```
//!
//! Prints precision, recall and F1 per field over all articles, then each
//! file's misses and false hits. Exits 1 on a bad path or gold line.

use anyhow::{Context, Result, bail};
use pundex::article::{PartialDate, load_file};
use pundex::extract::{Extractor, Lexicon};
use serde::Deserialize;
use std::fmt;
use std::path::Path;

/// One line of `gold.jsonl`. An entry is a list of acceptable names.
#[derive(Debug, Deserialize)]
struct Gold {
    file: String,
    published: String,
    actors: Vec<Vec<String>>,
    #[serde(default)]
    optional_actors: Vec<Vec<String>>,
    dates: Vec<String>,
    #[serde(default)]
    optional_dates: Vec<String>,
}

/// Counts for one field over all articles.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    /// Predictions that match a required entry.
    pub hits: usize,
    /// Predictions that match no optional entry (hits and false hits).
    pub scored: usize,
    /// Required entries matched by some prediction.
    pub found: usize,
    pub required: usize,
}

impl Tally {
    pub fn precision(&self) -> f64 {
        ratio(self.hits, self.scored)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.found, self.required)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// An empty denominator scores 1: nothing to get wrong.
fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 1.0 } else { n as f64 / d as f64 }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.3} ({}/{})  R {:.3} ({}/{})  F1 {:.3}",
            self.precision(),
            self.hits,
            self.scored,
            self.recall(),
            self.found,
            self.required,
            self.f1()
        )
    }
}

/// One field's errors in one article: required entries not found (first
/// acceptable name) and predictions matching no entry.
#[derive(Debug, Default)]
pub struct Errors {
    pub misses: Vec<String>,
    pub false_hits: Vec<String>,
}

/// The errors of one gold article, by field.
#[derive(Debug)]
pub struct FileErrors {
    pub file: String,
    pub actors: Errors,
    pub dates: Errors,
}

#[derive(Debug)]
pub struct Evaluation {
    pub actors: Tally,
    pub dates: Tally,
    pub files: Vec<FileErrors>,
}

/// Scores one field of one article into `tally`. A prediction that matches a
/// required entry is a hit; else one that matches an optional entry is not
/// scored; else it is a false hit. Names compare ignoring case.
fn score(
    predicted: &[String],
    required: &[Vec<String>],
    optional: &[Vec<String>],
    tally: &mut Tally,
) -> Errors {
    let matches = |p: &str, entry: &[String]| entry.iter().any(|n| n.eq_ignore_ascii_case(p));
    let mut errors = Errors::default();
    for p in predicted {
        if required.iter().any(|e| matches(p, e)) {
            tally.hits += 1;
            tally.scored += 1;
        } else if !optional.iter().any(|e| matches(p, e)) {
            tally.scored += 1;
            errors.false_hits.push(p.clone());
        }
    }
    for entry in required {
        tally.required += 1;
        if predicted.iter().any(|p| matches(p, entry)) {
            tally.found += 1;
        } else {
            errors.misses.push(entry[0].clone());
        }
    }
    errors
}

/// Extracts every article of the gold set in `dir` with the default lexicon
/// and scores it. Fails on an unreadable or malformed gold line or article.
pub fn evaluate(dir: &Path) -> Result<Evaluation> {
    let gold_path = dir.join("gold.jsonl");
    let text = std::fs::read_to_string(&gold_path)
        .with_context(|| format!("cannot read {}", gold_path.display()))?;
    let extractor = Extractor::new(Lexicon::load(None)?);
    let mut eval = Evaluation {
        actors: Tally::default(),
        dates: Tally::default(),
        files: Vec::new(),
    };
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = || format!("{}:{}", gold_path.display(), n + 1);
        let gold: Gold = serde_json::from_str(line).with_context(at)?;
        let path = dir.join(&gold.file);
        let mut loaded = load_file(&path, &gold.file)
            .with_context(|| format!("cannot load {}", path.display()))?;
        if loaded.articles.is_empty() {
            bail!("{} holds no article", path.display());
        }
        let mut article = loaded.articles.swap_remove(0);
        article.published = PartialDate::parse(&gold.published);
        if article.published.is_none() {
            bail!("{}: bad published date {:?}", at(), gold.published);
        }
        let x = extractor.extract(&article);
        let actors: Vec<String> = x.actors.into_iter().map(|a| a.name).collect();
        let dates: Vec<String> = x.dates.iter().map(ToString::to_string).collect();
        let single = |v: Vec<String>| v.into_iter().map(|d| vec![d]).collect::<Vec<_>>();
        eval.files.push(FileErrors {
            actors: score(
                &actors,
                &gold.actors,
                &gold.optional_actors,
                &mut eval.actors,
            ),
            dates: score(
                &dates,
                &single(gold.dates),
                &single(gold.optional_dates),
                &mut eval.dates,
            ),
            file: gold.file,
        });
    }
    Ok(eval)
}

fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: eval_extraction GOLD_DIR (e.g. ../shared/eval/extraction)");
        std::process::exit(2);
    };
    let eval = match evaluate(Path::new(&dir)) {
        Ok(eval) => eval,
        Err(e) => {
            eprintln!("eval_extraction: {e:#}");
            std::process::exit(1);
        }
    };
    println!("actors  {}", eval.actors);
    println!("dates   {}", eval.dates);
    for f in &eval.files {
        let fields = [("actors", &f.actors), ("dates", &f.dates)];
        if fields
            .iter()
            .all(|(_, e)| e.misses.is_empty() && e.false_hits.is_empty())
        {
            continue;
        }
        println!("\n{}", f.file);
        for (field, e) in fields {
            if !e.misses.is_empty() {
                println!("  {field} missed: {}", e.misses.join(", "));
            }
            if !e.false_hits.is_empty() {
                println!("  {field} false hits: {}", e.false_hits.join(", "));
            }
        }
    }
}
