//! In-process costs of each stage an article goes through: parsing, extraction
//! (actors, issues, dates), document building, and query + snippets.
//! Run with `cargo bench --bench stages`; the sample is one long UN speech
//! from `corpus/` so the bench works on a fresh clone.

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

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = stages
}
criterion_main!(benches);
