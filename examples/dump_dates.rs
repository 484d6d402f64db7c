//! Every date mention of every file given, as TSV (file, date, text,
//! context), to diff date extraction between two builds on real speeches:
//!
//! ```text
//! PUB_MD=09-25 target/release/examples/dump_dates ../shared/corpus/ungdc/Session\ 79*/*.txt
//! ```
//!
//! UN speeches are dated to the year only, which places every yearless day
//! in that year; `PUB_MD` (month-day) dates each one to that day of its year
//! instead (the General Debate opens in late September), so that the rules
//! for days before and after publication are exercised.

use pundex::article::{PartialDate, load_file};
use pundex::extract::dates::extract_dates;

fn main() {
    let publication_day = std::env::var("PUB_MD").ok();
    for arg in std::env::args_os().skip(1) {
        let path = std::path::Path::new(&arg);
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let loaded = match load_file(path, &name) {
            Ok(loaded) => loaded,
            Err(e) => {
                eprintln!("dump_dates: {}: {e}", path.display());
                continue;
            }
        };
        for article in loaded.articles {
            let published = match (&publication_day, article.published) {
                (Some(md), Some(p)) => PartialDate::parse(&format!("{}-{md}", p.year)),
                (_, p) => p,
            };
            let text = &article.body;
            for m in extract_dates(text, published) {
                let from = text.floor_char_boundary(m.start.saturating_sub(90));
                let to = text.ceil_char_boundary((m.end + 40).min(text.len()));
                let context = text[from..to].replace(['\n', '\t'], " ");
                println!("{name}\t{}\t{}\t{context}", m.date, &text[m.start..m.end]);
            }
        }
    }
}
