//! Keeping the index in step with a folder: plan (folder vs. manifest → add,
//! check, remove) and apply the plan in one commit. `pundex index` and
//! `pundex watch` both write through [`apply`].

use crate::article::{self, Format, LoadError};
use crate::extract::{Extraction, Extractor, Lexicon};
use crate::index::document::{self, FileStamp};
use crate::index::lock::WriterLock;
use crate::index::manifest::{IndexedFile, Manifest};
use crate::index::storage::NoSpace;
use crate::index::{OpenError, OpenIndex, SkippedFile, schema};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Instant, UNIX_EPOCH};
use tantivy::{IndexWriter, Term};

/// Memory the tantivy writer may use, split across its threads.
const WRITER_BUDGET_BYTES: usize = 256 * 1024 * 1024;

/// A file found in the folder, with what `stat` says of it.
#[derive(Debug, Clone)]
pub struct FoundFile {
    pub rel: String,
    pub abs: PathBuf,
    pub size: u64,
    pub mtime: i64,
}

/// What a run will do.
#[derive(Debug, Default)]
pub struct SyncPlan {
    /// Files not in the index.
    pub add: Vec<FoundFile>,
    /// Indexed files whose size or mtime changed: read and hashed, re-indexed
    /// only if their content changed.
    pub check: Vec<(FoundFile, IndexedFile)>,
    /// Indexed files no longer in the folder.
    pub remove: Vec<String>,
    /// Files skipped by size and mtime without reading them.
    pub unchanged: usize,
    /// Files that failed before and have not changed since: left alone,
    /// without a new warning.
    pub still_skipped: Vec<String>,
    /// Files remembered as failed that are gone, or indexed as they are now.
    pub forget_skipped: Vec<String>,
}

impl SyncPlan {
    /// True when applying the plan would change nothing in the index.
    pub fn is_empty(&self) -> bool {
        self.add.is_empty()
            && self.check.is_empty()
            && self.remove.is_empty()
            && self.forget_skipped.is_empty()
    }
}

/// What a plan redoes besides the files that changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Redo {
    /// Every file, as if the index were empty.
    pub full: bool,
    /// Files that failed before, even if they have not changed since.
    pub skipped: bool,
}

/// A file that was not indexed, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// The outcome of [`apply`], printed as the run's summary.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub unchanged: usize,
    /// Files not indexed: those that failed in this run (each with a warning)
    /// and those that failed before and are unchanged (`skipped_unchanged`).
    pub skipped: usize,
    /// Of `skipped`, the files that failed in an earlier run and have not
    /// changed since; they are not warned about again.
    pub skipped_unchanged: usize,
    /// Documents written (JSON Lines files hold several).
    pub documents_written: u64,
    /// Documents in the index after the run.
    pub documents: u64,
    pub bytes_read: u64,
    pub seconds: f64,
    /// Whether everything was rebuilt (`--full`, or a lexicon or format change).
    pub full: bool,
    #[serde(skip)]
    pub warnings: Vec<Skipped>,
}

/// True for editor swap files, backups and partial downloads, which are never articles.
pub fn is_temporary(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with("~$")
        || name.ends_with('~')
        || [
            ".swp",
            ".swx",
            ".swo",
            ".tmp",
            ".temp",
            ".part",
            ".crdownload",
            ".download",
            ".bak",
            ".orig",
        ]
        .iter()
        .any(|ext| name.to_ascii_lowercase().ends_with(ext))
}

/// Nanoseconds since the epoch of a file's modification time (0 when unknown).
pub fn mtime_of(meta: &std::fs::Metadata) -> i64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i64)
}

/// The path of `abs` relative to `root`, with `/` separators: the id of the
/// file in the index. Every name is written losslessly ([`name_as_text`]), so
/// two files never share an id.
pub fn relative(root: &Path, abs: &Path) -> Option<String> {
    let rel = abs.strip_prefix(root).ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| name_as_text(c.as_os_str()))
        .collect();
    Some(parts.join("/"))
}

/// A file or folder name as readable text, one to one: a UTF-8 name without a
/// backslash is itself; in any other name each backslash is doubled and each
/// byte that is not UTF-8 is written `\xHH`. Only such names hold a backslash,
/// and the escapes read back unambiguously, so distinct names never meet.
#[cfg(unix)]
fn name_as_text(name: &std::ffi::OsStr) -> String {
    use std::fmt::Write;
    use std::os::unix::ffi::OsStrExt;
    let bytes = name.as_bytes();
    if let Ok(text) = std::str::from_utf8(bytes)
        && !text.contains('\\')
    {
        return text.to_owned();
    }
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        out.push_str(&chunk.valid().replace('\\', "\\\\"));
        for byte in chunk.invalid() {
            write!(out, "\\x{byte:02X}").expect("writing to a String");
        }
    }
    out
}

/// Elsewhere file names are Unicode already (Windows' unpaired surrogates aside).
#[cfg(not(unix))]
fn name_as_text(name: &std::ffi::OsStr) -> String {
    name.to_string_lossy().into_owned()
}

/// Every article file under `root`: hidden and `.gitignore`d paths, temporary
/// files and unsupported extensions are left out. Unreadable folders become warnings.
pub fn walk(root: &Path) -> (Vec<FoundFile>, Vec<Skipped>) {
    walk_from(root, root)
}

/// Like [`walk`], for the files at or under `start` (a folder or a file inside
/// `root`); `.gitignore` files above `start` still apply.
pub fn walk_from(root: &Path, start: &Path) -> (Vec<FoundFile>, Vec<Skipped>) {
    let found = Mutex::new(Vec::new());
    let warnings = Mutex::new(Vec::new());
    ignore::WalkBuilder::new(start)
        .hidden(true)
        .git_ignore(true)
        .require_git(false)
        .parents(true)
        .build_parallel()
        .run(|| {
            Box::new(|entry| {
                match entry {
                    Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                        if let Some(rel) = relative(root, e.path())
                            && is_article_path(&rel)
                            && let Ok(meta) = e.metadata()
                        {
                            found.lock().unwrap().push(FoundFile {
                                rel,
                                abs: e.path().to_owned(),
                                size: meta.len(),
                                mtime: mtime_of(&meta),
                            });
                        }
                    }
                    Ok(_) => {}
                    Err(err) => warnings.lock().unwrap().push(Skipped {
                        path: err_path(&err, root),
                        reason: err.to_string(),
                    }),
                }
                ignore::WalkState::Continue
            })
        });
    let mut found = found.into_inner().unwrap();
    found.sort_by(|a, b| a.rel.cmp(&b.rel));
    (found, warnings.into_inner().unwrap())
}

/// A relative path pundex would index: no hidden component, not a temporary
/// file, a supported extension.
pub fn is_article_path(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    !rel.split('/').any(|part| part.starts_with('.'))
        && !is_temporary(name)
        && Format::of(Path::new(name)).is_some()
}

fn err_path(err: &ignore::Error, root: &Path) -> String {
    match err {
        ignore::Error::WithPath { path, .. } => {
            relative(root, path).unwrap_or_else(|| path.display().to_string())
        }
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            err_path(err, root)
        }
        _ => root.display().to_string(),
    }
}

/// Compares the folder with the manifest. `mtimes` are the touched-file
/// overrides from the index state, `skipped` the files that failed before
/// (both limited to the part of the folder that `found` covers).
pub fn plan(
    found: Vec<FoundFile>,
    manifest: &Manifest,
    mtimes: &BTreeMap<String, i64>,
    skipped: &BTreeMap<String, SkippedFile>,
    redo: Redo,
) -> SyncPlan {
    let mut plan = SyncPlan::default();
    let seen: HashSet<&str> = found.iter().map(|f| f.rel.as_str()).collect();
    plan.remove = manifest
        .files
        .keys()
        .filter(|p| !seen.contains(p.as_str()))
        .cloned()
        .collect();
    plan.remove.sort();
    for file in found {
        if let Some(failed) = skipped.get(&file.rel)
            && !redo.full
            && !redo.skipped
            && failed.is_unchanged(file.size, file.mtime)
        {
            plan.still_skipped.push(file.rel);
            continue;
        }
        match manifest.files.get(&file.rel) {
            _ if redo.full => plan.add.push(file),
            None => plan.add.push(file),
            Some(indexed) => {
                let mtime = mtimes.get(&file.rel).copied().unwrap_or(indexed.mtime);
                if indexed.size == file.size && mtime == file.mtime {
                    plan.unchanged += 1;
                } else {
                    plan.check.push((file, indexed.clone()));
                }
            }
        }
    }
    // A file read again gets a new entry or none from the outcome; the
    // others are gone, or are indexed as they are now.
    let kept: HashSet<&str> = plan
        .add
        .iter()
        .map(|f| f.rel.as_str())
        .chain(plan.check.iter().map(|(f, _)| f.rel.as_str()))
        .chain(plan.still_skipped.iter().map(String::as_str))
        .collect();
    plan.forget_skipped = skipped
        .keys()
        .filter(|rel| !kept.contains(rel.as_str()))
        .cloned()
        .collect();
    plan
}

/// What a sync needs besides the plan.
pub struct SyncTarget<'a> {
    pub index: &'a OpenIndex,
    /// `None` indexes text and metadata only (for benchmarks).
    pub extractor: Option<&'a Extractor>,
    pub root: &'a Path,
    /// Drop every document first (`--full`, or a lexicon or format change).
    pub full: bool,
    /// Writer threads; 0 picks from the number of cores.
    pub threads: usize,
}

/// What happened to one file while applying.
enum Outcome {
    Written {
        rel: String,
        docs: u64,
        bytes: u64,
        added: bool,
        warnings: Vec<Skipped>,
    },
    /// Content unchanged: only the mtime moved.
    Touched { rel: String, mtime: i64, bytes: u64 },
    /// Gone between planning and reading.
    Vanished { rel: String, was_indexed: bool },
    /// Not indexed; `size` and `mtime` are the ones planned with, so the next
    /// plan knows whether the file changed since.
    Failed {
        skipped: Skipped,
        size: u64,
        mtime: i64,
        was_indexed: bool,
        /// The content is at fault, so reading it again unchanged would fail
        /// again; an I/O error (permissions, a flaky disk) may pass.
        lasting: bool,
    },
}

/// Applies the plan in one commit and returns the summary. `progress` is called
/// once per file processed. A file that fails keeps its previous version, if any.
/// A run that fails leaves the last commit and none of its own segment files;
/// a full disk is reported as [`NoSpace`].
pub fn apply(
    plan: SyncPlan,
    target: &SyncTarget,
    progress: &(dyn Fn(u64) + Sync),
) -> anyhow::Result<Summary> {
    let index = target.index;
    write_plan(plan, target, progress).map_err(|error| {
        // The writer is gone: what it wrote and did not commit is garbage.
        let _ = crate::index::storage::remove_garbage(&index.index, &index.path);
        if index.storage.ran_out_of_space() {
            anyhow::Error::new(NoSpace(index.path.clone()))
        } else {
            error
        }
    })
}

fn write_plan(
    plan: SyncPlan,
    target: &SyncTarget,
    progress: &(dyn Fn(u64) + Sync),
) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let mut summary = Summary {
        unchanged: plan.unchanged,
        skipped: plan.still_skipped.len(),
        skipped_unchanged: plan.still_skipped.len(),
        full: target.full,
        ..Summary::default()
    };
    let index = target.index;
    let mut state = index.state.clone();
    let threads = if target.threads == 0 {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 4)
    } else {
        target.threads
    };
    let mut writer: IndexWriter = index
        .index
        .writer_with_num_threads(threads, WRITER_BUDGET_BYTES)?;
    let fields = index.fields;
    if target.full {
        writer.delete_all_documents()?;
        state.mtimes.clear();
        state.skipped.clear();
    }
    for rel in &plan.forget_skipped {
        state.skipped.remove(rel);
    }
    for rel in &plan.remove {
        writer.delete_term(Term::from_field_text(fields.path, rel));
        state.mtimes.remove(rel);
        summary.removed += 1;
    }
    let jobs: Vec<(FoundFile, Option<IndexedFile>)> = plan
        .add
        .into_iter()
        .map(|f| (f, None))
        .chain(plan.check.into_iter().map(|(f, i)| (f, Some(i))))
        .collect();
    // Batches only help the extractor; small plans still spread over threads.
    let batch = if target.extractor.is_some() {
        (jobs.len() / (4 * rayon::current_num_threads())).clamp(1, BATCH_FILES)
    } else {
        1
    };
    let outcomes: Vec<Outcome> = jobs
        .par_chunks(batch)
        .map(|files| process_batch(files, target, &writer, progress))
        .collect::<anyhow::Result<Vec<_>>>()?
        .into_iter()
        .flatten()
        .collect();
    for outcome in outcomes {
        match outcome {
            Outcome::Written {
                rel,
                docs,
                bytes,
                added,
                warnings,
            } => {
                state.skipped.remove(&rel);
                if added {
                    summary.added += 1;
                } else {
                    summary.updated += 1;
                }
                summary.documents_written += docs;
                summary.bytes_read += bytes;
                summary.warnings.extend(warnings);
            }
            Outcome::Touched { rel, mtime, bytes } => {
                state.skipped.remove(&rel);
                state.mtimes.insert(rel, mtime);
                summary.unchanged += 1;
                summary.bytes_read += bytes;
            }
            Outcome::Vanished { rel, was_indexed } => {
                state.skipped.remove(&rel);
                if was_indexed {
                    writer.delete_term(Term::from_field_text(fields.path, &rel));
                    state.mtimes.remove(&rel);
                    summary.removed += 1;
                }
            }
            Outcome::Failed {
                skipped,
                size,
                mtime,
                was_indexed,
                lasting,
            } => {
                let kept = if was_indexed {
                    " (the previously indexed version is kept)"
                } else {
                    ""
                };
                let reason = format!("{}{kept}", skipped.reason);
                if lasting {
                    state.skipped.insert(
                        skipped.path.clone(),
                        SkippedFile {
                            size,
                            mtime,
                            reason: reason.clone(),
                        },
                    );
                } else {
                    state.skipped.remove(&skipped.path);
                }
                summary.warnings.push(Skipped {
                    path: skipped.path,
                    reason,
                });
                summary.skipped += 1;
            }
        }
    }
    state.format = schema::FORMAT_VERSION;
    state.extracted = target.extractor.is_some();
    if let Some(x) = target.extractor {
        state.lexicon = x.lexicon().fingerprint.clone();
    }
    state.root = Some(target.root.to_owned());
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&serde_json::to_string(&state)?);
    prepared.commit()?;
    writer.wait_merging_threads()?;
    summary.documents = crate::index::searcher(&index.index)?.num_docs();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// Files a parsing thread reads before extracting their articles one after
/// another and writing them: the matcher's tables then stay in cache from
/// one article to the next instead of being evicted by file reading,
/// parsing and language detection in between (a third fewer of the misses
/// extraction adds, in a simulated 1 MB cache). A batch is read in groups of
/// at most [`BATCH_BYTES`], so that large files do not pile up in memory.
const BATCH_FILES: usize = 64;
const BATCH_BYTES: u64 = 2 << 20;

/// Reads, parses, extracts and writes a batch of files, in order.
fn process_batch(
    batch: &[(FoundFile, Option<IndexedFile>)],
    target: &SyncTarget,
    writer: &IndexWriter,
    progress: &(dyn Fn(u64) + Sync),
) -> anyhow::Result<Vec<Outcome>> {
    let mut outcomes = Vec::with_capacity(batch.len());
    let mut files = batch.iter();
    loop {
        let mut group = Vec::new();
        let mut bytes = 0;
        while bytes < BATCH_BYTES
            && let Some((file, indexed)) = files.next()
        {
            let read = read(file, indexed.as_ref(), target.full);
            if let Ok(file) = &read {
                bytes += file.stamp.size;
            }
            group.push(read);
        }
        if group.is_empty() {
            return Ok(outcomes);
        }
        if let Some(x) = target.extractor {
            for file in group.iter_mut().flatten() {
                file.extractions = file.loaded.articles.iter().map(|a| x.extract(a)).collect();
            }
        }
        for read in group {
            outcomes.push(match read {
                Ok(file) => write(file, target, writer)?,
                Err(outcome) => outcome,
            });
            progress(1);
        }
    }
}

/// A file read, hashed and parsed, to be written.
struct ReadFile {
    rel: String,
    stamp: FileStamp,
    loaded: article::Loaded,
    /// One per article once extracted; none when extraction is off.
    extractions: Vec<Extraction>,
    was_indexed: bool,
}

/// Reads, hashes and parses one file; `Err` is the outcome when there is
/// nothing to write (unchanged, vanished or failed).
fn read(file: &FoundFile, indexed: Option<&IndexedFile>, full: bool) -> Result<ReadFile, Outcome> {
    let was_indexed = indexed.is_some();
    let fail = |error: LoadError| Outcome::Failed {
        lasting: !matches!(error, LoadError::Io(_)),
        skipped: Skipped {
            path: file.rel.clone(),
            reason: error.to_string(),
        },
        size: file.size,
        mtime: file.mtime,
        was_indexed,
    };
    let vanished = || Outcome::Vanished {
        rel: file.rel.clone(),
        was_indexed,
    };
    let meta = match std::fs::metadata(&file.abs) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(vanished()),
        Err(e) => return Err(fail(LoadError::Io(e))),
    };
    if meta.len() > article::MAX_FILE_BYTES {
        return Err(fail(LoadError::TooLarge { size: meta.len() }));
    }
    let bytes = match article::read_regular_file(&file.abs) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(vanished()),
        Err(e) => return Err(fail(LoadError::Io(e))),
    };
    let hash = blake3::hash(&bytes).to_hex()[..32].to_owned();
    let stamp = FileStamp {
        size: bytes.len() as u64,
        mtime: mtime_of(&meta),
        hash,
    };
    if let Some(previous) = indexed
        && previous.hash == stamp.hash
        && !full
    {
        return Err(Outcome::Touched {
            rel: file.rel.clone(),
            mtime: stamp.mtime,
            bytes: stamp.size,
        });
    }
    let format = Format::of(&file.abs).expect("walk keeps supported formats only");
    match article::load_bytes(&bytes, format, &file.rel) {
        Ok(loaded) => Ok(ReadFile {
            rel: file.rel.clone(),
            stamp,
            loaded,
            extractions: Vec::new(),
            was_indexed,
        }),
        Err(e) => Err(fail(e)),
    }
}

/// Writes the articles of a file read, with their extractions, in place of
/// its previous version.
fn write(file: ReadFile, target: &SyncTarget, writer: &IndexWriter) -> anyhow::Result<Outcome> {
    let fields = &target.index.fields;
    if file.was_indexed {
        writer.delete_term(Term::from_field_text(fields.path, &file.rel));
    }
    for (i, article) in file.loaded.articles.iter().enumerate() {
        let extraction = file.extractions.get(i);
        writer.add_document(document::build(fields, article, extraction, &file.stamp))?;
    }
    let warnings = file
        .loaded
        .warnings
        .into_iter()
        .map(|reason| Skipped {
            path: file.rel.clone(),
            reason,
        })
        .collect();
    Ok(Outcome::Written {
        rel: file.rel,
        docs: file.loaded.articles.len() as u64,
        bytes: file.stamp.size,
        added: !file.was_indexed,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(rel: &str, size: u64, mtime: i64) -> FoundFile {
        FoundFile {
            rel: rel.into(),
            abs: PathBuf::from(rel),
            size,
            mtime,
        }
    }

    fn indexed(size: u64, mtime: i64) -> IndexedFile {
        IndexedFile {
            size,
            mtime,
            hash: "h".into(),
            docs: 1,
        }
    }

    #[test]
    fn plan_compares_size_and_mtime() {
        let mut manifest = Manifest::default();
        manifest.files.insert("same.txt".into(), indexed(10, 5));
        manifest.files.insert("changed.txt".into(), indexed(10, 5));
        manifest.files.insert("gone.txt".into(), indexed(10, 5));
        manifest.files.insert("touched.txt".into(), indexed(10, 5));
        let mut mtimes = BTreeMap::new();
        mtimes.insert("touched.txt".to_owned(), 9);
        let files = vec![
            found("same.txt", 10, 5),
            found("changed.txt", 11, 5),
            found("new.txt", 1, 1),
            found("touched.txt", 10, 9),
        ];
        let p = plan(
            files.clone(),
            &manifest,
            &mtimes,
            &BTreeMap::new(),
            Redo::default(),
        );
        assert_eq!(
            p.add.iter().map(|f| f.rel.as_str()).collect::<Vec<_>>(),
            ["new.txt"]
        );
        assert_eq!(
            p.check
                .iter()
                .map(|(f, _)| f.rel.as_str())
                .collect::<Vec<_>>(),
            ["changed.txt"]
        );
        assert_eq!(p.remove, ["gone.txt"]);
        assert_eq!(p.unchanged, 2);
        let full = plan(
            files,
            &manifest,
            &mtimes,
            &BTreeMap::new(),
            Redo {
                full: true,
                skipped: false,
            },
        );
        assert_eq!(full.add.len(), 4);
    }

    #[test]
    fn files_that_failed_are_read_again_only_when_they_change() {
        let failed = |size, mtime| SkippedFile {
            size,
            mtime,
            reason: "binary".into(),
        };
        let mut skipped = BTreeMap::new();
        skipped.insert("same.txt".to_owned(), failed(10, 5));
        skipped.insert("changed.txt".to_owned(), failed(10, 5));
        skipped.insert("gone.txt".to_owned(), failed(10, 5));
        skipped.insert("fixed.txt".to_owned(), failed(10, 5));
        let mut manifest = Manifest::default();
        // Indexed before it broke; back to the indexed version now.
        manifest.files.insert("fixed.txt".into(), indexed(3, 3));
        let files = vec![
            found("same.txt", 10, 5),
            found("changed.txt", 10, 6),
            found("fixed.txt", 3, 3),
        ];
        let none = BTreeMap::new();
        let rels = |files: &[FoundFile]| files.iter().map(|f| f.rel.clone()).collect::<Vec<_>>();
        let p = plan(files.clone(), &manifest, &none, &skipped, Redo::default());
        assert_eq!(p.still_skipped, ["same.txt"]);
        assert_eq!(rels(&p.add), ["changed.txt"]);
        assert_eq!(p.unchanged, 1);
        assert_eq!(p.forget_skipped, ["fixed.txt", "gone.txt"]);
        for redo in [
            Redo {
                full: false,
                skipped: true,
            },
            Redo {
                full: true,
                skipped: false,
            },
        ] {
            let p = plan(files.clone(), &manifest, &none, &skipped, redo);
            assert!(p.still_skipped.is_empty(), "{redo:?}");
            assert!(rels(&p.add).contains(&"same.txt".to_owned()), "{redo:?}");
        }
    }

    /// Reads a name back from [`name_as_text`]: the reference that shows it loses nothing.
    #[cfg(unix)]
    fn name_from_text(text: &str) -> Vec<u8> {
        if !text.contains('\\') {
            return text.as_bytes().to_vec();
        }
        let mut out = Vec::new();
        let mut rest = text.as_bytes();
        while let Some((&b, tail)) = rest.split_first() {
            match (b, tail) {
                (b'\\', [b'\\', tail @ ..]) => {
                    out.push(b'\\');
                    rest = tail;
                }
                (b'\\', [b'x', hi, lo, tail @ ..]) => {
                    let hex = std::str::from_utf8(&[*hi, *lo]).unwrap().to_owned();
                    out.push(u8::from_str_radix(&hex, 16).unwrap());
                    rest = tail;
                }
                (b'\\', _) => panic!("lone backslash in {text:?}"),
                _ => {
                    out.push(b);
                    rest = tail;
                }
            }
        }
        out
    }

    /// Every name of up to four bytes from an alphabet of escape characters,
    /// hex digits, a two-byte letter and stray bytes: each gets its own id,
    /// which reads back to the name.
    #[cfg(unix)]
    #[test]
    fn names_become_ids_one_to_one() {
        use std::os::unix::ffi::OsStrExt;
        let alphabet: &[u8] = b"a\\xF\xff\xfe\xc3\xa9";
        let mut names: Vec<Vec<u8>> = vec![Vec::new()];
        let mut ids: HashSet<String> = HashSet::new();
        for _ in 0..4 {
            names = names
                .iter()
                .flat_map(|n| {
                    alphabet.iter().map(move |&b| {
                        let mut next = n.clone();
                        next.push(b);
                        next
                    })
                })
                .collect();
            for name in &names {
                let id = name_as_text(std::ffi::OsStr::from_bytes(name));
                assert_eq!(&name_from_text(&id), name, "{id:?}");
                assert!(ids.insert(id.clone()), "two names share {id:?}");
                if let Ok(text) = std::str::from_utf8(name)
                    && !text.contains('\\')
                {
                    assert_eq!(id, text, "a plain name is itself");
                }
            }
        }
        assert_eq!(ids.len(), 8 + 64 + 512 + 4096);
        assert_eq!(
            name_as_text(std::ffi::OsStr::from_bytes(b"bad\xff.txt")),
            "bad\\xFF.txt"
        );
    }

    #[test]
    fn temporary_files() {
        for name in [
            ".#a.md",
            "a.md~",
            "a.txt.swp",
            "x.tmp",
            "f.part",
            "~$doc.txt",
            ".hidden.txt",
        ] {
            assert!(is_temporary(name), "{name}");
        }
        assert!(!is_temporary("article.md"));
    }
}

/// Which part of the folder a plan looks at.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// The whole folder.
    All,
    /// These paths (files or folders, existing or gone) and everything under them.
    Paths(&'a [PathBuf]),
}

/// Above this many changed paths, a targeted plan costs more than a full one.
const MAX_TARGETED_PATHS: usize = 2000;

/// A value a thread is building, waited for on first use.
struct Pending<T> {
    building: Option<std::thread::JoinHandle<T>>,
    built: Option<T>,
}

impl<T: Send + 'static> Pending<T> {
    fn spawn(build: impl FnOnce() -> T + Send + 'static) -> Pending<T> {
        Pending {
            building: Some(std::thread::spawn(build)),
            built: None,
        }
    }

    fn get(&mut self) -> anyhow::Result<&T> {
        if let Some(handle) = self.building.take() {
            self.built = handle.join().ok();
        }
        self.built
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("building the name matcher failed"))
    }
}

/// A writer's session on one index and folder: the lock, the lexicon and the
/// opened index. `pundex index` plans and applies once; `pundex watch` does so
/// for every batch of file events, so there is one way to write the index.
pub struct Session {
    pub root: PathBuf,
    pub index: OpenIndex,
    /// `None` when extraction is off (`--no-extract`). Its automaton takes
    /// ~50 ms to build, so a thread builds it while the folder is compared
    /// with the index.
    extractor: Option<Pending<Extractor>>,
    _lock: WriterLock,
    /// Where a new index is built when the one in place cannot be used
    /// (damaged, or from another version): it replaces it after the first
    /// commit, so a failed rebuild leaves the old folder as it was.
    rebuild: Option<Rebuild>,
    /// Why the next apply rebuilds every document (a lexicon or format change,
    /// or `--full`); cleared once applied.
    pub full_reason: Option<String>,
    /// Read again the files that failed before, changed or not (`--retry-skipped`).
    pub retry_skipped: bool,
}

impl Session {
    /// Opens (or creates) the index at `index_dir` for writing under `lock`,
    /// and decides whether everything must be rebuilt.
    pub fn open(
        root: &Path,
        index_dir: &Path,
        lexicon: Option<Lexicon>,
        lock: WriterLock,
        full: bool,
    ) -> anyhow::Result<Session> {
        let (index, rebuild, rebuild_reason) = match crate::index::open(index_dir) {
            Ok(index) => {
                // A run that failed (a full disk, a kill) may have left segment files.
                crate::index::storage::remove_garbage(&index.index, index_dir)?;
                (index, None, None)
            }
            Err(OpenError::Missing(_)) => (crate::index::create(index_dir)?, None, None),
            Err(OpenError::Outdated(_)) => {
                let (index, built) = start_rebuild(index_dir)?;
                let reason = "the index was built by another version of pundex: rebuilding it";
                (index, Some(built), Some(reason.to_owned()))
            }
            Err(OpenError::Damaged { reason, .. }) if full => {
                let (index, built) = start_rebuild(index_dir)?;
                let reason = format!(
                    "the index is damaged ({reason}): rebuilding it beside, then swapping it in"
                );
                (index, Some(built), Some(reason))
            }
            Err(e) => return Err(e.into()),
        };
        let had_documents = index.state.format != 0;
        let full_reason = if rebuild_reason.is_some() {
            rebuild_reason
        } else if full {
            Some("--full: rebuilding every document".to_owned())
        } else if had_documents {
            match &lexicon {
                Some(l) if l.fingerprint != index.state.lexicon || !index.state.extracted => Some(
                    "the lexicon changed since the last run: re-extracting every article"
                        .to_owned(),
                ),
                None if index.state.extracted => {
                    Some("--no-extract: re-indexing every article without extraction".to_owned())
                }
                _ => None,
            }
        } else {
            None
        };
        Ok(Session {
            root: root.to_owned(),
            index,
            rebuild,
            extractor: lexicon.map(|lexicon| Pending::spawn(move || Extractor::new(lexicon))),
            _lock: lock,
            full_reason,
            retry_skipped: false,
        })
    }

    /// Compares the folder (or part of it) with the index.
    pub fn plan(&self, scope: Scope) -> anyhow::Result<(SyncPlan, Vec<Skipped>)> {
        let searcher = crate::index::searcher(&self.index.index)?;
        let manifest = Manifest::read(&searcher)?;
        let full = self.full_reason.is_some();
        let redo = Redo {
            full,
            skipped: self.retry_skipped,
        };
        let state = &self.index.state;
        let paths = match scope {
            Scope::Paths(paths)
                if !full
                    && paths.len() <= MAX_TARGETED_PATHS
                    && !paths.iter().any(|p| p == &self.root) =>
            {
                paths
            }
            _ => {
                let (found, warnings) = walk(&self.root);
                return Ok((
                    plan(found, &manifest, &state.mtimes, &state.skipped, redo),
                    warnings,
                ));
            }
        };
        let mut found: Vec<FoundFile> = Vec::new();
        let mut warnings = Vec::new();
        let mut exact: HashSet<String> = HashSet::new();
        let mut folders: HashSet<String> = HashSet::new();
        for path in paths {
            let Some(rel) = relative(&self.root, path) else {
                continue;
            };
            if path.exists() {
                let (f, w) = walk_from(&self.root, path);
                found.extend(f);
                warnings.extend(w);
            }
            if !path.is_file() {
                folders.insert(rel.clone());
            }
            exact.insert(rel);
        }
        found.sort_by(|a, b| a.rel.cmp(&b.rel));
        found.dedup_by(|a, b| a.rel == b.rel);
        let in_scope = |rel: &str| {
            exact.contains(rel) || {
                let mut at = rel;
                loop {
                    match at.rfind('/') {
                        Some(i) => {
                            at = &at[..i];
                            if folders.contains(at) {
                                break true;
                            }
                        }
                        None => break false,
                    }
                }
            }
        };
        let scoped = Manifest {
            files: manifest
                .files
                .into_iter()
                .filter(|(rel, _)| in_scope(rel))
                .collect(),
        };
        let skipped = state
            .skipped
            .iter()
            .filter(|(rel, _)| in_scope(rel))
            .map(|(rel, failed)| (rel.clone(), failed.clone()))
            .collect();
        let mut plan = plan(found, &scoped, &state.mtimes, &skipped, redo);
        plan.unchanged = 0;
        Ok((plan, warnings))
    }

    /// Applies a plan in one commit (see [`apply`]) and refreshes the session's state.
    pub fn apply(
        &mut self,
        plan: SyncPlan,
        progress: &(dyn Fn(u64) + Sync),
    ) -> anyhow::Result<Summary> {
        let extractor = match &mut self.extractor {
            Some(pending) => Some(pending.get()?),
            None => None,
        };
        let target = SyncTarget {
            index: &self.index,
            extractor,
            root: &self.root,
            full: self.full_reason.is_some(),
            threads: 0,
        };
        let summary = apply(plan, &target, progress)?;
        if let Some(rebuild) = self.rebuild.take() {
            crate::index::storage::swap_in(&rebuild.built, &rebuild.path)?;
            self.index = crate::index::open(&rebuild.path)?;
            crate::index::storage::remove_garbage(&self.index.index, &rebuild.path)?;
        } else {
            self.index.state = crate::index::read_state(&self.index.index)?;
        }
        self.full_reason = None;
        Ok(summary)
    }

    /// Documents in the index now.
    pub fn documents(&self) -> anyhow::Result<u64> {
        Ok(crate::index::searcher(&self.index.index)?.num_docs())
    }
}

/// An index being built beside the one at `path`, in `built`.
struct Rebuild {
    built: PathBuf,
    path: PathBuf,
}

impl Drop for Rebuild {
    /// A rebuild that never committed (a failure, a dry run) leaves nothing behind.
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.built);
    }
}

/// Creates an empty index beside `index_dir`, to replace it once committed.
fn start_rebuild(index_dir: &Path) -> anyhow::Result<(OpenIndex, Rebuild)> {
    let built = crate::index::storage::rebuild_folder(index_dir);
    if built.exists() {
        // Left by a rebuild that was killed.
        std::fs::remove_dir_all(&built)?;
    }
    let index = crate::index::create(&built)?;
    Ok((
        index,
        Rebuild {
            built,
            path: index_dir.to_owned(),
        },
    ))
}
