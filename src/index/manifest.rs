//! What the index holds, file by file, read from fast fields without loading
//! documents: the basis of every incremental sync.

use super::schema;
use std::collections::HashMap;
use tantivy::Searcher;

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
        let mut path = String::new();
        let mut hash = String::new();
        for segment in searcher.segment_readers() {
            let fast = segment.fast_fields();
            let (Some(paths), Some(hashes)) = (fast.str(schema::PATH)?, fast.str(schema::HASH)?)
            else {
                continue;
            };
            let sizes = fast.u64(schema::SIZE)?;
            let mtimes = fast.i64(schema::MTIME)?;
            for doc in segment.doc_ids_alive() {
                path.clear();
                hash.clear();
                if let Some(ord) = paths.term_ords(doc).next() {
                    paths.ord_to_str(ord, &mut path)?;
                }
                if let Some(ord) = hashes.term_ords(doc).next() {
                    hashes.ord_to_str(ord, &mut hash)?;
                }
                let entry = files.entry(path.clone()).or_insert_with(|| IndexedFile {
                    size: sizes.first(doc).unwrap_or(0),
                    mtime: mtimes.first(doc).unwrap_or(0),
                    hash: hash.clone(),
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
