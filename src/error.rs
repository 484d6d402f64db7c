//! Errors that decide the exit code: usage mistakes (2) and a busy index (3).
//! Everything else is a failure (1).

use crate::index::lock::{IndexBusy, LockError};
use crate::search::SearchError;
use crate::search::query::QueryError;

/// A mistake in the command line the user can fix: exit code 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

pub const EXIT_FAILURE: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_BUSY: u8 = 3;

/// The exit code for an error, by its kind.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if cause.is::<UsageError>() || cause.is::<QueryError>() {
            return EXIT_USAGE;
        }
        if let Some(SearchError::Query(_)) = cause.downcast_ref::<SearchError>() {
            return EXIT_USAGE;
        }
        if cause.is::<IndexBusy>() {
            return EXIT_BUSY;
        }
        if let Some(LockError::Busy(_)) = cause.downcast_ref::<LockError>() {
            return EXIT_BUSY;
        }
    }
    EXIT_FAILURE
}

/// True when the error is a closed pipe (`pundex search x | head`): not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// One line for the user; a bad query also shows where the mistake is.
pub fn message(err: &anyhow::Error) -> String {
    for cause in err.chain() {
        let query_error = cause.downcast_ref::<QueryError>().or_else(|| {
            match cause.downcast_ref::<SearchError>() {
                Some(SearchError::Query(q)) => Some(q),
                _ => None,
            }
        });
        if let Some(q) = query_error {
            return match q.position {
                Some(p) => format!("bad query at character {}: {}", p + 1, q.message),
                None => format!("bad query: {}", q.message),
            };
        }
    }
    format!("{err:#}")
}
