//! Measures extraction alone, in one thread, on the `.txt` files under a
//! folder: the name matcher (actors), issue phrases (through stems), the date
//! scanner, and a whole `Extractor::extract`, each the best of several passes over the
//! texts held in memory, so that file reading and indexing do not blur it.
//! The files are loaded as `pundex index` loads them (title, publication
//! date and language from the file), since extraction depends on them: an
//! article in English skips the reading of bodies named in other languages.
//!
//! cargo run --release --example extract_throughput -- [FOLDER] [PASSES]
//!
//! FOLDER defaults to ../shared/corpus/ungdc. To profile one stage, run with
//! `perf record` and PASSES large.

use pundex::article::{Article, load_file};
use pundex::extract::{Extractor, Lexicon, dates};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let folder = args.next().map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/ungdc"),
        PathBuf::from,
    );
    let passes: usize = match args.next().map(|p| p.parse()) {
        None => 5,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            eprintln!("extract_throughput: PASSES must be a positive number");
            std::process::exit(2);
        }
    };
    let articles: Vec<Article> = ignore::Walk::new(&folder)
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .filter_map(|e| {
            let rel = e.path().strip_prefix(&folder).unwrap_or(e.path());
            load_file(e.path(), &rel.to_string_lossy()).ok()
        })
        .flat_map(|loaded| loaded.articles)
        .collect();
    if articles.is_empty() {
        eprintln!(
            "extract_throughput: no .txt files under {}",
            folder.display()
        );
        std::process::exit(2);
    }
    let bytes: usize = articles.iter().map(|a| a.body.len()).sum();
    let built = Instant::now();
    let extractor = Extractor::new(Lexicon::load(None).expect("the default lexicon loads"));
    let build = built.elapsed();

    let best = |stage: &dyn Fn() -> usize| {
        (0..passes)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(stage());
                start.elapsed().as_secs_f64()
            })
            .fold(f64::MAX, f64::min)
    };
    let mentions = best(&|| {
        articles
            .iter()
            .map(|a| extractor.mentions(&a.body, a.published).len())
            .sum()
    });
    let issues = best(&|| {
        articles
            .iter()
            .map(|a| extractor.issues_in(&a.body).len())
            .sum()
    });
    let found_dates = best(&|| {
        articles
            .iter()
            .map(|a| dates::extract_dates(&a.body, a.published).len())
            .sum()
    });
    let extract = best(&|| {
        articles
            .iter()
            .map(|a| extractor.extract(a).actors.len())
            .sum()
    });
    let mb = bytes as f64 / 1e6;
    println!(
        "{} files, {mb:.1} MB; matcher built in {:.0} ms; best of {passes} passes:",
        articles.len(),
        build.as_secs_f64() * 1e3
    );
    for (stage, secs) in [
        ("names", mentions),
        ("issue phrases", issues),
        ("dates", found_dates),
        ("whole extraction", extract),
    ] {
        println!(
            "  {stage:<24} {:>8.1} ms  {:>6.1} MB/s",
            secs * 1e3,
            mb / secs
        );
    }
}
