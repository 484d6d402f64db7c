//! Keeping the index in step with a folder: walk it (`scan`), compare it
//! with the manifest (`plan`) and apply the plan in one commit (`apply`).
//! `pundex index` and `pundex watch` both write through a [`Session`]
//! (`session`), whose matcher a thread builds meanwhile (`pending`), and
//! record each run for `pundex status` (`last_run`). A reading command opens
//! the index, or builds a first one, with [`open_or_build`] (`open`).

mod apply;
mod in_flight;
mod last_run;
mod open;
mod pending;
mod plan;
mod scan;
mod session;

pub use apply::{NewContent, Summary, SyncTarget, apply};
pub use last_run::{LAST_RUN_FILE, LastRun};
pub use open::{BuildEvent, open_or_build};
pub use plan::{Redo, Scope, SyncPlan, plan, plan_scope};
pub use scan::{
    FoundFile, id_of_file, is_article_path, is_temporary, mtime_of, path_as_text, relative, walk,
    walk_from,
};
pub use session::{Session, SessionOptions};

use crate::extract::lexicon::LexiconError;
use crate::index::OpenError;
use crate::index::failure::IndexFailure;
use crate::index::lock::LockError;
use crate::index::storage::NoSpace;
use serde::Serialize;
use std::path::PathBuf;

/// Why a sync failed. The binary decides the exit code by kind: a usage
/// mistake ([`SyncError::is_usage`]), a busy index ([`SyncError::is_busy`]),
/// or a failure. Wrapped errors keep their own message.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("{}: no such folder to index; give the folder that holds the articles", .0.display())]
    NoFolder(PathBuf),
    #[error("{}: a file, not a folder; give the folder that holds the articles", .0.display())]
    NotAFolder(PathBuf),
    #[error("cannot resolve {}", .path.display())]
    Unresolvable {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The index would index itself.
    #[error(
        "the index {} is inside the indexed folder {}; put it elsewhere with --index PATH",
        .index.display(),
        .folder.display()
    )]
    IndexInsideFolder { index: PathBuf, folder: PathBuf },
    /// `--index` names a folder that holds other files.
    #[error("{0}")]
    ForeignFolder(OpenError),
    #[error(transparent)]
    Lock(#[from] LockError),
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error(transparent)]
    NoSpace(#[from] NoSpace),
    #[error(transparent)]
    Index(IndexFailure),
    /// The index folder (or its `meta.json`) went away under a writer.
    #[error(
        "the index {} was deleted while pundex was writing to it; run again to build it anew",
        .0.display()
    )]
    IndexGone(PathBuf),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// The index state could not be written into the commit.
    #[error(transparent)]
    State(#[from] serde_json::Error),
    /// Writing a file's documents panicked: a bug, named with its file. (A
    /// panic while reading or extracting a file skips that file instead.)
    #[error("a bug in pundex stopped the run while writing {path}: {message}")]
    Panicked { path: String, message: String },
    /// The thread building the name matcher panicked.
    #[error("building the name matcher failed: {0}")]
    MatcherFailed(String),
}

impl From<tantivy::TantivyError> for SyncError {
    fn from(error: tantivy::TantivyError) -> SyncError {
        SyncError::Index(IndexFailure(error))
    }
}

impl SyncError {
    /// [`SyncError::IndexGone`] in place of whatever failed when the index
    /// at `path` has no `meta.json` any more: someone deleted it meanwhile,
    /// and tantivy's complaint about a missing file would not say so.
    pub fn or_gone(self, path: &std::path::Path) -> SyncError {
        match crate::index::exists(path) {
            true => self,
            false => SyncError::IndexGone(path.to_owned()),
        }
    }

    /// A mistake in what the user asked for (exit code 2).
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            SyncError::NoFolder(_)
                | SyncError::NotAFolder(_)
                | SyncError::IndexInsideFolder { .. }
                | SyncError::ForeignFolder(_)
                | SyncError::Open(OpenError::NotAnIndex(_))
        )
    }

    /// Another writer holds the index (exit code 3).
    pub fn is_busy(&self) -> bool {
        matches!(self, SyncError::Lock(LockError::Busy(_)))
    }
}

/// A file that was not indexed, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    /// Relative to the indexed folder; `""` for the folder itself, whose
    /// reason then names it.
    pub path: String,
    pub reason: String,
}

/// `path: reason`, or the reason alone for the folder itself.
impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.path.is_empty() {
            true => write!(f, "{}", self.reason),
            false => write!(f, "{}: {}", self.path, self.reason),
        }
    }
}
