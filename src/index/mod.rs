//! The on-disk index: schema, opening and creating, the writer lock, what is
//! indexed (the manifest), and turning articles into documents.

pub mod document;
pub mod failure;
pub mod lock;
pub mod manifest;
pub mod schema;
pub mod stem;
pub mod storage;

use schema::Fields;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use storage::Storage;
use tantivy::Index;
use tantivy::directory::FileSlice;
use tantivy::directory::error::OpenReadError;

/// Why an index could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("no index at {0}; build one with `pundex index DIR --index {0}`")]
    Missing(PathBuf),
    #[error(
        "the index at {path} was built by another version of pundex; rebuild it with `pundex index {} --index {path}`",
        root.as_deref().map_or("DIR".into(), |r| r.display().to_string())
    )]
    Outdated {
        path: PathBuf,
        /// The folder the index mirrors, when its state can still be read.
        root: Option<PathBuf>,
    },
    #[error(
        "the index at {path} is damaged ({reason}); rebuild it with `pundex index --full {} --index {path}`",
        root.as_deref().map_or("DIR".into(), |r| r.display().to_string())
    )]
    Damaged {
        path: PathBuf,
        reason: String,
        /// The folder the index mirrors, when the damage leaves it readable.
        root: Option<PathBuf>,
    },
    #[error(
        "{0} holds other files and no pundex index; pundex will not write among them: give --index a new or empty folder, or an existing index"
    )]
    NotAnIndex(PathBuf),
    #[error("cannot read the index at {path}: {}: {reason}", file.display())]
    Unreadable {
        path: PathBuf,
        /// The file of the index that could not be opened.
        file: PathBuf,
        reason: String,
    },
    #[error("cannot open the index at {path}: {source}")]
    Tantivy {
        path: PathBuf,
        source: failure::IndexFailure,
    },
}

/// An opened index with its field handles and committed state.
pub struct OpenIndex {
    pub index: Index,
    pub fields: Fields,
    pub state: State,
    pub path: PathBuf,
    /// The folder as tantivy writes to it; it knows whether the disk filled up.
    pub storage: Storage,
    /// The files of the last commit as [`open`] checked them. tantivy keeps a
    /// file's map only while something holds it, so holding these lets the
    /// command's searchers use the maps the check made instead of mapping
    /// and reading every file again. A writer lets go of them
    /// ([`OpenIndex::release_files`]).
    checked_files: Vec<FileSlice>,
}

impl OpenIndex {
    /// Stops holding the files [`open`] checked, so that a segment merged
    /// away does not stay on disk while this index is open (a writer, `watch`).
    pub fn release_files(&mut self) {
        self.checked_files = Vec::new();
    }
}

/// What pundex keeps in the commit payload, so it changes atomically with the
/// documents: a crash leaves the state of the last commit, never a mix.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct State {
    /// [`schema::FORMAT_VERSION`] of the documents.
    pub format: u32,
    /// Fingerprint of the lexicon the documents were extracted with.
    pub lexicon: String,
    /// Whether actors, issues and dates were extracted (`--no-extract` turns it off).
    #[serde(default = "yes")]
    pub extracted: bool,
    /// The folder the index mirrors, as an absolute path.
    pub root: Option<PathBuf>,
    /// Files whose mtime changed but whose content did not (`touch`): their
    /// current mtime, so the next run skips them without reading them.
    #[serde(default)]
    pub mtimes: BTreeMap<String, i64>,
    /// Files that could not be indexed, with the size and mtime they had then:
    /// they are warned about once and retried only when they change (or on
    /// `--full` / `--retry-skipped`), so a cron run does not repeat itself.
    /// A file a bug in pundex failed on is not kept here: every run tries it.
    #[serde(default)]
    pub skipped: BTreeMap<String, SkippedFile>,
    /// The [`crate::article::READERS_VERSION`] that read the folder; under
    /// another, every file is read again once, the skipped ones included.
    #[serde(default)]
    pub readers: String,
}

impl State {
    /// True when the documents were extracted with the lexicon of this
    /// fingerprint (which covers pundex's extraction rules): otherwise the
    /// next extracting run re-extracts every article. `pundex index` and
    /// `pundex status` both decide by it.
    pub fn extracted_with(&self, lexicon_fingerprint: &str) -> bool {
        self.extracted && self.lexicon == lexicon_fingerprint
    }
}

/// A file pundex could not index, as it was when it failed.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct SkippedFile {
    pub size: u64,
    /// Nanoseconds since the Unix epoch.
    pub mtime: i64,
    pub reason: String,
}

impl SkippedFile {
    /// True when the file on disk still has the size and mtime it failed with.
    pub fn is_unchanged(&self, size: u64, mtime: i64) -> bool {
        self.size == size && self.mtime == mtime
    }
}

fn yes() -> bool {
    true
}

/// A searcher on the last commit. Every pundex command is one short process,
/// so the reader does not reload: tantivy's default would start a thread to
/// watch for commits, which costs a search about a tenth of its time.
pub fn searcher(index: &Index) -> tantivy::Result<tantivy::Searcher> {
    let reader = index
        .reader_builder()
        .reload_policy(tantivy::ReloadPolicy::Manual)
        .try_into()?;
    Ok(reader.searcher())
}

/// The actor name, as the index stores it, that equals `name` ignoring case.
pub fn stored_actor(
    searcher: &tantivy::Searcher,
    actors: tantivy::schema::Field,
    name: &str,
) -> tantivy::Result<Option<String>> {
    let name = name.trim();
    // Usually the name is given as stored: one dictionary lookup per segment.
    for segment in searcher.segment_readers() {
        if segment.inverted_index(actors)?.terms().get(name)?.is_some() {
            return Ok(Some(name.to_owned()));
        }
    }
    let wanted = name.to_lowercase();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(actors)?;
        let mut terms = inverted.terms().stream()?;
        while terms.advance() {
            if let Ok(term) = std::str::from_utf8(terms.key())
                && (term.eq_ignore_ascii_case(&wanted)
                    || !term.is_ascii() && term.to_lowercase() == wanted)
            {
                return Ok(Some(term.to_owned()));
            }
        }
    }
    Ok(None)
}

/// True when `path` holds a tantivy index.
pub fn exists(path: &Path) -> bool {
    path.join("meta.json").is_file()
}

/// Opens an existing index for reading. Every segment file the last commit
/// lists is opened and its footer checked, so a damaged index is reported as
/// such, with its remedy, instead of failing later with tantivy's words.
pub fn open(path: &Path) -> Result<OpenIndex, OpenError> {
    if !exists(path) {
        return Err(OpenError::Missing(path.to_owned()));
    }
    // tantivy's reason may quote a whole damaged file: one short line of it.
    let damaged = |reason: String, root: Option<PathBuf>| OpenError::Damaged {
        path: path.to_owned(),
        reason: crate::article::one_line(&reason),
        root,
    };
    let storage = Storage::open(path).map_err(|source| OpenError::Tantivy {
        path: path.to_owned(),
        source: source.into(),
    })?;
    let index = match Index::open(storage.clone()) {
        Ok(index) => index,
        Err(tantivy::TantivyError::IncompatibleIndex(_)) => {
            return Err(OpenError::Outdated {
                path: path.to_owned(),
                root: None,
            });
        }
        Err(source @ tantivy::TantivyError::IoError(_)) => {
            return Err(OpenError::Tantivy {
                path: path.to_owned(),
                source: source.into(),
            });
        }
        Err(tantivy::TantivyError::OpenReadError(e)) if denied(&e).is_some() => {
            return Err(unreadable(path, &e));
        }
        // Another tool's `meta.json` among its files is no damaged index.
        Err(_) if holds_foreign_files(path) => return Err(OpenError::NotAnIndex(path.to_owned())),
        Err(tantivy::TantivyError::DataCorruption(c)) => {
            return Err(damaged(failure::corruption(&c, Some(path)), None));
        }
        Err(e) => return Err(damaged(failure::describe(&e), None)),
    };
    stem::register(&index);
    let state = read_state(&index).map_err(|e| damaged(e.to_string(), None))?;
    // Every commit of pundex carries its state, and an index pundex created
    // and never committed has its schema: anything else is another tool's
    // tantivy index, which a rebuild would have replaced.
    if state.format == 0 && index.schema() != schema::build() {
        return Err(OpenError::NotAnIndex(path.to_owned()));
    }
    // Format 0: created, never committed by pundex (an empty folder's first run).
    let format_ok = state.format == schema::FORMAT_VERSION || state.format == 0;
    if !format_ok || index.schema() != schema::build() {
        return Err(OpenError::Outdated {
            path: path.to_owned(),
            root: state.root.clone(),
        });
    }
    let checked_files = check_segments(&index).map_err(|problem| match problem {
        SegmentProblem::Damaged(reason) => damaged(reason, state.root.clone()),
        SegmentProblem::Unreadable(e) => unreadable(path, &e),
    })?;
    let fields = Fields::of(&index.schema()).map_err(|source| OpenError::Tantivy {
        path: path.to_owned(),
        source: source.into(),
    })?;
    Ok(OpenIndex {
        index,
        fields,
        state,
        path: path.to_owned(),
        storage,
        checked_files,
    })
}

/// After a read of the index at `path` failed: the damage that explains it,
/// if any. [`open`] checks each file's footer, not its checksum (that reads
/// the whole index, which a search must not pay for), so bytes changed inside
/// a segment file show only when read, in tantivy's words ("the offset to
/// copy is not contained in the decompressed buffer"). `None` when every
/// file of the last commit matches its checksum.
pub fn damage_behind_failure(path: &Path) -> Option<OpenError> {
    let open = match open(path) {
        Ok(open) => open,
        Err(e @ OpenError::Damaged { .. }) => return Some(e),
        Err(_) => return None,
    };
    let corrupt = open.index.validate_checksum().ok()?;
    let file = corrupt.into_iter().min()?;
    Some(OpenError::Damaged {
        path: path.to_owned(),
        reason: format!("segment file {} is corrupt", file.display()),
        root: open.state.root,
    })
}

/// The file and the reason when opening a file of the index was refused
/// (permissions): the index may be sound, so it is not called damaged.
fn denied(error: &OpenReadError) -> Option<(&Path, String)> {
    match error {
        OpenReadError::IoError { io_error, filepath }
            if io_error.kind() == std::io::ErrorKind::PermissionDenied =>
        {
            Some((filepath, io_error.to_string()))
        }
        _ => None,
    }
}

fn unreadable(path: &Path, error: &OpenReadError) -> OpenError {
    let (file, reason) = denied(error).map_or_else(
        || (PathBuf::new(), error.to_string()),
        |(f, r)| (f.to_owned(), r),
    );
    OpenError::Unreadable {
        path: path.to_owned(),
        file,
        reason,
    }
}

/// Why a committed segment cannot be used.
enum SegmentProblem {
    Damaged(String),
    Unreadable(OpenReadError),
}

/// Opens each file of each committed segment (tantivy checks its footer on
/// opening) and returns them; the first that is missing, damaged or refused
/// is the reason.
fn check_segments(index: &Index) -> Result<Vec<FileSlice>, SegmentProblem> {
    use tantivy::directory::Directory;
    use tantivy::index::SegmentComponent::*;
    let metas = index
        .searchable_segment_metas()
        .map_err(|e| SegmentProblem::Damaged(e.to_string()))?;
    let mut files = Vec::new();
    for meta in metas {
        let mut components = vec![Postings, Positions, Terms, Store, FastFields, FieldNorms];
        if meta.has_deletes() {
            components.push(Delete);
        }
        for component in components {
            let file = meta.relative_path(component);
            match index.directory().open_read(&file) {
                Ok(slice) => files.push(slice),
                Err(OpenReadError::FileDoesNotExist(_)) => {
                    let reason = format!("segment file {} is missing", file.display());
                    return Err(SegmentProblem::Damaged(reason));
                }
                Err(e) if denied(&e).is_some() => return Err(SegmentProblem::Unreadable(e)),
                Err(_) => {
                    let reason = format!("segment file {} is corrupt", file.display());
                    return Err(SegmentProblem::Damaged(reason));
                }
            }
        }
    }
    Ok(files)
}

/// The state of the last commit; the default for an index never committed by pundex.
///
/// Only the payload of `meta.json` is read: tantivy's own reading builds the
/// whole schema again (one pair of fields per language), which every command
/// has just done in `Index::open`.
pub fn read_state(index: &Index) -> tantivy::Result<State> {
    use tantivy::directory::Directory;
    #[derive(Deserialize)]
    struct Payload {
        payload: Option<String>,
    }
    let bytes = index
        .directory()
        .atomic_read(Path::new("meta.json"))
        .map_err(|e| tantivy::TantivyError::InvalidArgument(e.to_string()))?;
    let meta: Payload = serde_json::from_slice(&bytes)
        .map_err(|e| tantivy::TantivyError::InvalidArgument(format!("meta.json: {e}")))?;
    Ok(meta
        .payload
        .as_deref()
        .and_then(|p| serde_json::from_str(p).ok())
        .unwrap_or_default())
}

/// Creates an empty index in the folder `path` (made if missing), which must
/// hold no index yet.
pub fn create(path: &Path) -> Result<OpenIndex, OpenError> {
    let wrap = |source: tantivy::TantivyError| OpenError::Tantivy {
        path: path.to_owned(),
        source: source.into(),
    };
    std::fs::create_dir_all(path).map_err(|e| wrap(e.into()))?;
    let storage = Storage::open(path).map_err(wrap)?;
    let index =
        Index::create(storage.clone(), schema::build(), Default::default()).map_err(wrap)?;
    stem::register(&index);
    let fields = Fields::of(&index.schema()).map_err(wrap)?;
    Ok(OpenIndex {
        index,
        fields,
        state: State::default(),
        path: path.to_owned(),
        storage,
        checked_files: Vec::new(),
    })
}

/// Refuses to write an index into a folder that holds anything but a pundex
/// index or pundex's own files: `--index ~` must not spread segment files
/// among the user's. A missing or empty folder is fine.
pub fn refuse_foreign_folder(path: &Path) -> Result<(), OpenError> {
    // A tantivy index is let through (a file the user left in pundex's own
    // index is no reason to stop); `open` tells another tool's from pundex's.
    // A `meta.json` alone is no index: another tool's was overwritten.
    let tantivy = exists(path) && path.join(".managed.json").is_file();
    if (!tantivy && holds_foreign_files(path)) || (tantivy && another_tools_index(path)) {
        return Err(OpenError::NotAnIndex(path.to_owned()));
    }
    Ok(())
}

/// The tantivy index at `path` has documents but no commit of pundex's:
/// each commit of pundex carries its [`State`], so this is another tool's
/// index, which a rebuild would replace. Told from `meta.json` alone, before
/// pundex writes its lock file among the other tool's files.
fn another_tools_index(path: &Path) -> bool {
    #[derive(Deserialize)]
    struct Meta {
        #[serde(default)]
        segments: Vec<serde::de::IgnoredAny>,
        payload: Option<String>,
    }
    let Ok(bytes) = std::fs::read(path.join("meta.json")) else {
        return false;
    };
    let Ok(meta) = serde_json::from_slice::<Meta>(&bytes) else {
        return false;
    };
    let pundex_commit = meta
        .payload
        .as_deref()
        .and_then(|p| serde_json::from_str::<State>(p).ok())
        .is_some_and(|state| state.format != 0);
    !pundex_commit && !meta.segments.is_empty()
}

/// The folder holds a file that neither pundex nor tantivy writes.
fn holds_foreign_files(path: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(path) else {
        return false;
    };
    entries.flatten().any(|entry| {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name.starts_with("pundex-")
            || name == "meta.json"
            || name == ".managed.json"
            || name.starts_with(".tantivy")
            || storage::is_segment_file(&name)
            || is_atomic_write_leftover(&name);
        !ours
    })
}

/// The temporary file tantivy writes `meta.json` and `.managed.json`
/// through (the `tempfile` crate's `.tmp` and six letters or digits), left
/// behind when a run is killed before renaming it: a first run killed then
/// leaves it alone in the folder, which must not read as another tool's.
fn is_atomic_write_leftover(name: &str) -> bool {
    name.strip_prefix(".tmp")
        .is_some_and(|rest| rest.len() == 6 && rest.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Bytes used by the index folder on disk.
pub fn size_on_disk(path: &Path) -> u64 {
    std::fs::read_dir(path)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.metadata().ok())
                .filter(|m| m.is_file())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use crate::fixture::{Fixture, article};

    /// A first run killed while tantivy wrote `meta.json` leaves its
    /// temporary file alone in the folder: the next run writes there, as
    /// it would in an empty folder; a file of the user's still stops it.
    #[test]
    fn a_killed_first_runs_temporary_file_is_no_foreign_file() {
        let dir = tempfile::tempdir().unwrap();
        // What tantivy's atomic write leaves: made the same way.
        let left = tempfile::Builder::new().tempfile_in(dir.path()).unwrap();
        let (_, path) = left.keep().unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(super::is_atomic_write_leftover(&name), "{name}");
        super::refuse_foreign_folder(dir.path()).unwrap();
        super::create(dir.path()).unwrap();
        for other in [".tmp", ".tmpfile", ".tmp12345!", "tmpAbc123", "notes.txt"] {
            assert!(!super::is_atomic_write_leftover(other), "{other}");
        }
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".tmpAbc123"), "").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        assert!(super::refuse_foreign_folder(dir.path()).is_err());
    }

    /// A command's searchers read the files `open` checked: with the segment
    /// files gone from the folder (as a merge in another process removes
    /// them), a searcher made afterwards still finds the articles, and once
    /// the files are released it cannot be made.
    #[cfg(unix)]
    #[test]
    fn searchers_read_the_files_the_open_checked() {
        let fixture = Fixture::new();
        fixture.write(
            "a.md",
            &article("Sanctions", Some("2014"), "Sanctions on Russia."),
        );
        fixture.write("b.md", &article("Sea", Some("2015"), "The Black Sea."));
        fixture.sync();
        let mut open = fixture.open();
        let mut removed = 0;
        for entry in std::fs::read_dir(&fixture.index_dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy();
            if super::storage::is_segment_file(&name) {
                std::fs::remove_file(&path).unwrap();
                removed += 1;
            }
        }
        assert!(removed >= 6, "{removed}");
        let searcher = super::searcher(&open.index).unwrap();
        assert_eq!(searcher.num_docs(), 2);
        drop(searcher);
        open.release_files();
        assert!(super::searcher(&open.index).is_err());
    }
}
