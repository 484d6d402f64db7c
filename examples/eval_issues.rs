//! Scores issue tagging against the hand-annotated issue gold set
//! (`tests/data/issues/gold.jsonl`, rules in its README.md).
//!
//! ```text
//! cargo run --release --example eval_issues
//! cargo run --release --example eval_issues -- GOLD.jsonl BASE_DIR
//! ```
//!
//! Each gold line names a file (relative to BASE_DIR, the repository root by
//! default) and the issue paths a reader would file it under. Prints
//! precision, recall and F1 micro-averaged over all (article, issue) pairs,
//! then per issue, then each file's misses and false tags. Exits 1 on a bad
//! path or gold line.
//!
//! The gold is also scored in two fixed halves, so that a change made while
//! reading one half's misses can be checked on the other: *development*
//! (the 1st, 3rd, 5th… article in gold order) and *held out* (the 2nd,
//! 4th…). Each `gold-*.jsonl` beside the gold file (`gold-fresh.jsonl`,
//! `gold-fresh-2.jsonl`…, `gold-languages.jsonl`) is scored on a line of its
//! own: articles annotated before a round of rule changes, whose errors that
//! round did not fit.

use anyhow::{Context, Result, bail};
use pundex::article::load_file;
use pundex::extract::{Extractor, Lexicon};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// One line of `gold.jsonl`.
#[derive(Debug, Deserialize)]
struct Gold {
    file: String,
    issues: Vec<String>,
}

/// Counts of (article, issue) pairs.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    /// Tagged and in the gold.
    pub hits: usize,
    /// Tagged.
    pub tagged: usize,
    /// In the gold.
    pub gold: usize,
}

impl Tally {
    pub fn precision(&self) -> f64 {
        ratio(self.hits, self.tagged)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.hits, self.gold)
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
            self.tagged,
            self.recall(),
            self.hits,
            self.gold,
            self.f1()
        )
    }
}

/// One article's errors: gold issues not tagged, and tags not in the gold.
#[derive(Debug)]
pub struct FileErrors {
    pub file: String,
    pub misses: Vec<String>,
    pub false_tags: Vec<String>,
}

#[derive(Debug)]
pub struct Evaluation {
    /// Over all (article, issue) pairs.
    pub micro: Tally,
    /// Over the development half (odd articles in gold order) and the
    /// held-out half (even ones).
    pub development: Tally,
    pub held_out: Tally,
    /// Per issue path, sorted.
    pub issues: BTreeMap<String, Tally>,
    pub files: Vec<FileErrors>,
}

/// Tags every article of the gold set in `gold_path` (files relative to
/// `base`) with the default lexicon and scores the tags. Fails on an
/// unreadable or malformed gold line or article, or an issue path the
/// lexicon lacks.
pub fn evaluate(gold_path: &Path, base: &Path) -> Result<Evaluation> {
    let text = std::fs::read_to_string(gold_path)
        .with_context(|| format!("cannot read {}", gold_path.display()))?;
    let extractor = Extractor::new(Lexicon::load(None)?);
    let known: Vec<&str> = extractor
        .lexicon()
        .issues
        .iter()
        .map(|i| i.path.as_str())
        .collect();
    let mut eval = Evaluation {
        micro: Tally::default(),
        development: Tally::default(),
        held_out: Tally::default(),
        issues: BTreeMap::new(),
        files: Vec::new(),
    };
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = || format!("{}:{}", gold_path.display(), n + 1);
        let gold: Gold = serde_json::from_str(line).with_context(at)?;
        if let Some(unknown) = gold.issues.iter().find(|i| !known.contains(&i.as_str())) {
            bail!("{}: the lexicon has no issue {unknown:?}", at());
        }
        let path = base.join(&gold.file);
        let mut loaded = load_file(&path, &gold.file)
            .with_context(|| format!("cannot load {}", path.display()))?;
        if loaded.articles.is_empty() {
            bail!("{} holds no article", path.display());
        }
        let article = loaded.articles.swap_remove(0);
        let tagged = extractor.extract(&article).issues;
        let half = if eval.files.len().is_multiple_of(2) {
            &mut eval.development
        } else {
            &mut eval.held_out
        };
        half.tagged += tagged.len();
        half.gold += gold.issues.len();
        half.hits += tagged.iter().filter(|t| gold.issues.contains(t)).count();
        let mut errors = FileErrors {
            file: gold.file,
            misses: Vec::new(),
            false_tags: Vec::new(),
        };
        for issue in &tagged {
            let tally = eval.issues.entry(issue.clone()).or_default();
            tally.tagged += 1;
            eval.micro.tagged += 1;
            if gold.issues.contains(issue) {
                tally.hits += 1;
                eval.micro.hits += 1;
            } else {
                errors.false_tags.push(issue.clone());
            }
        }
        for issue in gold.issues {
            eval.issues.entry(issue.clone()).or_default().gold += 1;
            eval.micro.gold += 1;
            if !tagged.contains(&issue) {
                errors.misses.push(issue);
            }
        }
        eval.files.push(errors);
    }
    Ok(eval)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut args = std::env::args_os().skip(1);
    let gold = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("tests/data/issues/gold.jsonl"));
    let base = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| root.to_path_buf());
    let eval = match evaluate(&gold, &base) {
        Ok(eval) => eval,
        Err(e) => {
            eprintln!("eval_issues: {e:#}");
            std::process::exit(1);
        }
    };
    let fresh = match fresh_sets(&gold)
        .into_iter()
        .map(|path| evaluate(&path, &base).map(|e| (path, e)))
        .collect::<Result<Vec<_>>>()
    {
        Ok(fresh) => fresh,
        Err(e) => {
            eprintln!("eval_issues: {e:#}");
            std::process::exit(1);
        }
    };
    println!("micro     {}", eval.micro);
    println!("dev       {}", eval.development);
    println!("held out  {}", eval.held_out);
    for (path, e) in &fresh {
        println!("{:9} {}", fresh_label(path), e.micro);
    }
    println!();
    for (issue, tally) in &eval.issues {
        println!("{issue:34} {tally}");
    }
    print_errors(&eval.files);
    for (path, e) in &fresh {
        println!("\n# {} set ({})", fresh_label(path), path.display());
        print_errors(&e.files);
    }
}

/// The other sets beside `gold` (`gold-fresh.jsonl`, `gold-fresh-2.jsonl`…,
/// `gold-languages.jsonl`), in name order: each was annotated before a round
/// of rule changes.
pub fn fresh_sets(gold: &Path) -> Vec<PathBuf> {
    let dir = gold.parent().unwrap_or(Path::new("."));
    let mut sets: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("gold-") && n.ends_with(".jsonl"))
                })
                .collect()
        })
        .unwrap_or_default();
    sets.sort();
    sets
}

/// `fresh`, `fresh-2`, `languages`…: a set's file name without `gold-` and `.jsonl`.
fn fresh_label(path: &Path) -> String {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("fresh");
    stem.strip_prefix("gold-").unwrap_or(stem).to_string()
}

/// Each file's misses and false tags; files without either are left out.
fn print_errors(files: &[FileErrors]) {
    for f in files {
        if f.misses.is_empty() && f.false_tags.is_empty() {
            continue;
        }
        println!("\n{}", f.file);
        if !f.misses.is_empty() {
            println!("  missed: {}", f.misses.join(", "));
        }
        if !f.false_tags.is_empty() {
            println!("  false tags: {}", f.false_tags.join(", "));
        }
    }
}
