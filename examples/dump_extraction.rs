//! Every article's whole extraction (actors, issues, dates), one line per
//! article, for the files given and the files under the folders given, to
//! diff extraction between two builds: a speed change must leave it
//! byte-identical.
//!
//! ```text
//! target/release/examples/dump_extraction ../shared/corpus/ungdc corpus > after.txt
//! ```
//!
//! Files are read in path order; the default lexicon is used.

use pundex::article::load_file;
use pundex::extract::{Extractor, Lexicon};
use std::path::PathBuf;

fn main() {
    let mut paths: Vec<PathBuf> = std::env::args_os()
        .skip(1)
        .flat_map(|arg| {
            ignore::WalkBuilder::new(arg)
                .standard_filters(false)
                .build()
                .flatten()
                .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
                .map(|e| e.into_path())
        })
        .collect();
    paths.sort();
    let extractor = match Lexicon::load(None) {
        Ok(lexicon) => Extractor::new(lexicon),
        Err(e) => {
            eprintln!("dump_extraction: the default lexicon: {e}");
            std::process::exit(1);
        }
    };
    for path in paths {
        let name = path.to_string_lossy();
        let loaded = match load_file(&path, &name) {
            Ok(loaded) => loaded,
            Err(e) => {
                eprintln!("dump_extraction: {name}: {e}");
                continue;
            }
        };
        for (i, article) in loaded.articles.iter().enumerate() {
            println!("{name}#{i}\t{:?}", extractor.extract(article));
        }
    }
}
