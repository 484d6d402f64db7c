//! A writer's session: the lock, the lexicon and the opened index, kept
//! across runs so `pundex watch` plans and applies like `pundex index`.

use super::apply::{Summary, SyncTarget, apply};
use super::pending::Pending;
use super::plan::{Redo, Scope, SyncPlan, plan_scope};
use super::{LastRun, Skipped, SyncError};
use crate::extract::lexicon::LexiconError;
use crate::extract::{Extractor, Lexicon};
use crate::index::lock::WriterLock;
use crate::index::manifest::Manifest;
use crate::index::{OpenError, OpenIndex};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What starting a writer's session needs, as plain values.
pub struct SessionOptions<'a> {
    /// The folder to index, as the user named it.
    pub folder: &'a Path,
    /// Where the index lives; made when missing.
    pub index: &'a Path,
    /// Who writes, for a second writer's message ("index corpus").
    pub holder: &'a str,
    /// How long to wait for another writer to finish.
    pub wait: Duration,
    /// Rebuild every document (`--full`).
    pub full: bool,
}

/// A writer's session on one index and folder: the lock, the lexicon and the
/// opened index. `pundex index` plans and applies once; `pundex watch` does so
/// for every batch of file events, so there is one way to write the index.
pub struct Session {
    pub root: PathBuf,
    pub index: OpenIndex,
    /// Where the index lives; `index.path` differs while a rebuild is pending.
    index_dir: PathBuf,
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
    /// Hash every indexed file, also those whose size and mtime match (`--checksum`).
    pub checksum: bool,
    /// Find the articles each apply brings new text for
    /// ([`Summary::new_content`]), for alerts. A run that rebuilds the index
    /// beside the old one (another version's, or a damaged one) cannot tell
    /// and leaves it `None`.
    pub track_new_content: bool,
}

impl Session {
    /// Checks the folders, takes the writer lock, then loads the lexicon
    /// (`lexicon` is given the resolved folder and returns `None` to turn
    /// extraction off) and opens the index: the one way a writer starts.
    pub fn start(
        options: &SessionOptions,
        lexicon: impl FnOnce(&Path) -> Result<Option<Lexicon>, LexiconError>,
    ) -> Result<Session, SyncError> {
        let (root, index_dir) = check_folders(options.folder, options.index)?;
        let lock = WriterLock::acquire(&index_dir, options.holder, options.wait)?;
        let lexicon = lexicon(&root)?;
        Session::open(&root, &index_dir, lexicon, lock, options.full)
    }

    /// Opens (or creates) the index at `index_dir` for writing under `lock`,
    /// and decides whether everything must be rebuilt.
    pub fn open(
        root: &Path,
        index_dir: &Path,
        lexicon: Option<Lexicon>,
        lock: WriterLock,
        full: bool,
    ) -> Result<Session, SyncError> {
        let (index, rebuild, rebuild_reason) = match crate::index::open(index_dir) {
            Ok(mut index) => {
                index.release_files();
                // A run that failed (a full disk, a kill) may have left segment files.
                crate::index::storage::remove_garbage(&index.index, index_dir)?;
                (index, None, None)
            }
            Err(OpenError::Missing(_)) => (crate::index::create(index_dir)?, None, None),
            Err(OpenError::Outdated { .. }) => {
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
                Some(l) if !index.state.extracted_with(&l.fingerprint) => Some(
                    "the lexicon changed since the last run: re-extracting every article"
                        .to_owned(),
                ),
                None if index.state.extracted => {
                    Some("--no-extract: re-indexing every article without extraction".to_owned())
                }
                // A newer reader may take more from a file already indexed
                // (a title, a date under another key), not only read one
                // an older reader skipped.
                _ if index.state.readers != crate::article::READERS_VERSION => Some(
                    "this pundex reads files differently from the one that built the index: \
                     re-reading every file"
                        .to_owned(),
                ),
                _ => None,
            }
        } else {
            None
        };
        Ok(Session {
            root: root.to_owned(),
            index,
            index_dir: index_dir.to_owned(),
            rebuild,
            extractor: lexicon
                .map(|lexicon| Pending::spawn(move || Ok(Extractor::try_new(lexicon)?))),
            _lock: lock,
            full_reason,
            retry_skipped: false,
            checksum: false,
            track_new_content: false,
        })
    }

    /// Compares the folder (or part of it) with the index.
    pub fn plan(&self, scope: Scope) -> Result<(SyncPlan, Vec<Skipped>), SyncError> {
        let gone = |e: tantivy::TantivyError| SyncError::from(e).or_gone(&self.index.path);
        let searcher = crate::index::searcher(&self.index.index).map_err(gone)?;
        let manifest = Manifest::read(&searcher).map_err(gone)?;
        let redo = Redo {
            full: self.full_reason.is_some(),
            skipped: self.retry_skipped,
            checksum: self.checksum,
        };
        Ok(plan_scope(
            &self.root,
            scope,
            manifest,
            &self.index.state,
            redo,
        ))
    }

    /// Applies a plan in one commit (see [`apply`]) and refreshes the session's state.
    pub fn apply(
        &mut self,
        plan: SyncPlan,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<Summary, SyncError> {
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
            new_content: self.track_new_content && self.rebuild.is_none(),
        };
        let summary = apply(plan, &target, progress)?;
        if let Some(rebuild) = self.rebuild.take() {
            crate::index::storage::swap_in(&rebuild.built, &rebuild.path)?;
            self.index = crate::index::open(&rebuild.path)?;
            self.index.release_files();
            crate::index::storage::remove_garbage(&self.index.index, &rebuild.path)?;
        } else {
            self.index.state = crate::index::read_state(&self.index.index)?;
        }
        self.full_reason = None;
        Ok(summary)
    }

    /// Whether applying `plan` would change nothing. An index never
    /// committed (format 0) needs its first commit even for an empty
    /// folder: readers then see an empty index that knows its folder, not
    /// one a first run is still building.
    pub fn needs_no_commit(&self, plan: &SyncPlan) -> bool {
        plan.is_empty() && self.full_reason.is_none() && self.index.state.format != 0
    }

    /// Applies the plan; when it would change nothing
    /// ([`needs_no_commit`](Self::needs_no_commit)), only counts what is
    /// there, without a commit.
    pub fn apply_or_count(
        &mut self,
        plan: SyncPlan,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<Summary, SyncError> {
        if self.needs_no_commit(&plan) {
            return Ok(Summary {
                unchanged: plan.unchanged,
                skipped: plan.still_skipped.len(),
                skipped_unchanged: plan.still_skipped.len(),
                documents: self.documents()?,
                ..Summary::default()
            });
        }
        self.apply(plan, progress)
    }

    /// The lexicon the session extracts with (waiting for its matcher to be
    /// built); `None` when extraction is off.
    pub fn lexicon(&mut self) -> Result<Option<&Lexicon>, SyncError> {
        match &mut self.extractor {
            Some(pending) => Ok(Some(pending.get()?.lexicon())),
            None => Ok(None),
        }
    }

    /// True until the first apply when the index is being rebuilt beside one
    /// that could not be used (another version's, or damaged).
    pub fn is_rebuilding(&self) -> bool {
        self.rebuild.is_some()
    }

    /// The index folder, absolute.
    pub fn index_dir(&self) -> &Path {
        &self.index_dir
    }

    /// Keeps the run's summary beside the index for `pundex status`; best effort.
    pub fn record_last_run(&self, summary: &Summary) {
        LastRun::record(&self.index_dir, &self.root, summary);
    }

    /// Documents in the index now.
    pub fn documents(&self) -> Result<u64, SyncError> {
        Ok(crate::index::searcher(&self.index.index)?.num_docs())
    }
}

/// The folder must exist; the index must not be inside it (it would index
/// itself), nor in a folder of other files. Returns both as absolute paths.
fn check_folders(dir: &Path, index: &Path) -> Result<(PathBuf, PathBuf), SyncError> {
    if dir.exists() && !dir.is_dir() {
        return Err(SyncError::NotAFolder(dir.to_owned()));
    }
    if !dir.is_dir() {
        return Err(SyncError::NoFolder(dir.to_owned()));
    }
    let root = dir
        .canonicalize()
        .map_err(|source| SyncError::Unresolvable {
            path: dir.to_owned(),
            source,
        })?;
    let index_abs = absolute(index)?;
    if index_abs.starts_with(&root) {
        return Err(SyncError::IndexInsideFolder {
            index: index.to_owned(),
            folder: dir.to_owned(),
        });
    }
    crate::index::refuse_foreign_folder(&index_abs).map_err(SyncError::ForeignFolder)?;
    Ok((root, index_abs))
}

/// An absolute path with symlinks resolved as far as the path exists.
fn absolute(path: &Path) -> std::io::Result<PathBuf> {
    if let Ok(p) = path.canonicalize() {
        return Ok(p);
    }
    let abs = std::path::absolute(path)?;
    let mut existing = abs.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        rest.push(
            existing
                .file_name()
                .map(|n| n.to_owned())
                .unwrap_or_default(),
        );
        existing = match existing.parent() {
            Some(p) => p,
            None => return Ok(abs),
        };
    }
    let mut resolved = existing.canonicalize()?;
    for part in rest.into_iter().rev() {
        resolved.push(part);
    }
    Ok(resolved)
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
fn start_rebuild(index_dir: &Path) -> Result<(OpenIndex, Rebuild), SyncError> {
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
