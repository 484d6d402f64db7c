//! In-process costs of each stage an article goes through: parsing, extraction
//! (actors, issues, dates), document building, and query + snippets.
//! Run with `cargo bench --bench stages`; the sample is one long UN speech
//! from `corpus/` so the bench works on a fresh clone.
//!
//! `long article/extract all/N` extracts from one article of N hostile
//! paragraphs (state names holding issue phrases, a generic alias said
//! again and again, distinct titled names and acronyms): its time per byte
//! must stay flat as N doubles. Work that compared every name or hit with
//! every other made it grow with N (a 480,000-word file took 10 s).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pundex::article::{self, Format};
use pundex::extract::{Extractor, Lexicon, dates};
use pundex::index::document::{self, FileStamp};
use pundex::index::schema::{self, Fields};
use std::hint::black_box;

const SAMPLE: &str = "corpus/ungdc/RUS_77_2022.txt";

fn sample() -> (Vec<u8>, article::Article) {
    let bytes = std::fs::read(SAMPLE).expect("run from the repository root");
    let article = article::load_bytes(&bytes, Format::Text, "RUS_77_2022.txt")
        .expect("sample parses")
        .articles
        .remove(0);
    (bytes, article)
}

fn stages(c: &mut Criterion) {
    let (bytes, article) = sample();
    let extractor = Extractor::new(Lexicon::load(None).expect("default lexicon"));
    let mut group = c.benchmark_group("article");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("parse txt", |b| {
        b.iter(|| article::load_bytes(black_box(&bytes), Format::Text, "RUS_77_2022.txt").unwrap())
    });
    group.bench_function("extract actors", |b| {
        b.iter(|| extractor.mentions(black_box(&article.body), article.published))
    });
    group.bench_function("extract issues", |b| {
        b.iter(|| extractor.issues_in(black_box(&article.body)))
    });
    group.bench_function("extract dates", |b| {
        b.iter(|| dates::extract_dates(black_box(&article.body), article.published))
    });
    group.bench_function("extract all", |b| {
        b.iter(|| extractor.extract(black_box(&article)))
    });
    let fields = Fields::of(&schema::build()).unwrap();
    let extraction = extractor.extract(&article);
    let stamp = FileStamp {
        size: bytes.len() as u64,
        mtime: 0,
        hash: "0".repeat(32),
    };
    group.bench_function("build document", |b| {
        b.iter(|| document::build(&fields, black_box(&article), Some(&extraction), &stamp))
    });
    group.finish();
    c.bench_function("lexicon load + matcher build", |b| {
        b.iter(|| Extractor::new(Lexicon::load(None).unwrap()))
    });
}

/// A paragraph that names the things whose pairs once made extraction
/// quadratic, with names that differ paragraph by paragraph.
fn hostile_paragraph(n: usize) -> String {
    const SYLLABLES: [&str; 8] = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi"];
    let word = |mut k: usize, len: usize| -> String {
        let mut w = String::new();
        for _ in 0..len {
            w.push_str(SYLLABLES[k % 8]);
            k /= 8;
        }
        let mut chars = w.chars();
        chars
            .next()
            .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
    };
    let acronym: String = word(n, 4)
        .chars()
        .filter(|c| !"aeiou".contains(*c))
        .collect();
    format!(
        "South Africa and sanctions on Namibia. Congress met and Congress voted. \
         President {} {} said so, and the {} Liberation Front ({}) spoke.\n\n",
        word(n, 3),
        word(n + 7, 4),
        word(n + 3, 3),
        acronym.to_uppercase()
    )
}

fn long_articles(c: &mut Criterion) {
    let extractor = Extractor::new(Lexicon::load(None).expect("default lexicon"));
    let mut group = c.benchmark_group("long article");
    for paragraphs in [2_000, 4_000, 8_000] {
        let text: String = (0..paragraphs).map(hostile_paragraph).collect();
        let bytes = format!("Report\n\n{text}").into_bytes();
        let article = article::load_bytes(&bytes, Format::Text, "long.txt")
            .expect("the long article parses")
            .articles
            .remove(0);
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(format!("extract all/{paragraphs}"), |b| {
            b.iter(|| extractor.extract(black_box(&article)))
        });
    }
    group.finish();
}

/// Snippets of one long article made of the query's words, as a search
/// makes them for a hit: time should grow with the text, not faster.
fn long_snippets(c: &mut Criterion) {
    use pundex::search::snippet::{QueryWords, fragments};
    use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, Stemmer, TextAnalyzer};
    let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(Stemmer::default())
        .build();
    let mut query = QueryWords::default();
    for word in ["truce", "sanctions", "black", "sea", "talks"] {
        query.add_term(word, false);
    }
    let mut group = c.benchmark_group("snippets of a long article");
    for megabytes in [1, 2, 4] {
        let sentence = "The truce talks on the Black Sea and the sanctions went on. ";
        let text = sentence.repeat(megabytes * 1024 * 1024 / sentence.len());
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("fragments/{megabytes} MB"), |b| {
            b.iter(|| fragments(black_box(&text), &query, &mut analyzer))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = stages, long_articles, long_snippets
}
criterion_main!(benches);
