//! What the index holds, file by file, read from fast fields without loading
//! documents: the basis of every incremental sync.

use super::schema;
use std::collections::HashMap;
use tantivy::Searcher;
use tantivy::columnar::StrColumn;

/// One indexed file as of the last commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexedFile {
    pub size: u64,
    /// Nanoseconds since the Unix epoch.
    pub mtime: i64,
    pub hash: String,
    /// Documents from this file (more than one for JSON Lines).
    pub docs: u32,
}

/// Indexed files by relative path.
#[derive(Debug, Clone, Default)]
pub struct Manifest {
    pub files: HashMap<String, IndexedFile>,
}

impl Manifest {
    /// Reads the manifest from the live documents a searcher sees.
    pub fn read(searcher: &Searcher) -> tantivy::Result<Manifest> {
        let mut files: HashMap<String, IndexedFile> = HashMap::new();
        for segment in searcher.segment_readers() {
            let fast = segment.fast_fields();
            let (Some(paths), Some(hashes)) = (fast.str(schema::PATH)?, fast.str(schema::HASH)?)
            else {
                continue;
            };
            let sizes = fast.u64(schema::SIZE)?;
            let mtimes = fast.i64(schema::MTIME)?;
            // One pass over each dictionary: looking terms up one by one would
            // decompress a block per document.
            let path_terms = all_terms(&paths)?;
            let hash_terms = all_terms(&hashes)?;
            let term = |terms: &[String], column: &StrColumn, doc| {
                column
                    .term_ords(doc)
                    .next()
                    .and_then(|ord| terms.get(ord as usize))
                    .cloned()
                    .unwrap_or_default()
            };
            for doc in segment.doc_ids_alive() {
                let entry = files
                    .entry(term(&path_terms, &paths, doc))
                    .or_insert_with(|| IndexedFile {
                        size: sizes.first(doc).unwrap_or(0),
                        mtime: mtimes.first(doc).unwrap_or(0),
                        hash: term(&hash_terms, &hashes, doc),
                        docs: 0,
                    });
                entry.docs += 1;
            }
        }
        Ok(Manifest { files })
    }

    pub fn documents(&self) -> u64 {
        self.files.values().map(|f| u64::from(f.docs)).sum()
    }
}

/// Every term of a string column's dictionary, indexed by ordinal.
fn all_terms(column: &StrColumn) -> tantivy::Result<Vec<String>> {
    let mut terms = Vec::with_capacity(column.num_terms());
    let mut stream = column.dictionary().stream()?;
    while stream.advance() {
        terms.push(String::from_utf8_lossy(stream.key()).into_owned());
    }
    Ok(terms)
}
