//! tantivy's errors in words a user can read on one line: several of its
//! messages print their inner errors with `{:?}` ("Failed to acquire
//! Lockfile: IoError(Os { code: 2, kind: NotFound, … }). None").

use std::fmt;
use std::path::Path;
use tantivy::TantivyError;
use tantivy::directory::error::{LockError, OpenDirectoryError, OpenReadError, OpenWriteError};
use tantivy::error::DataCorruption;

/// A tantivy error shown as [`describe`] words it. It has no source: its
/// text already says what the inner error said, once.
pub struct IndexFailure(pub TantivyError);

impl From<TantivyError> for IndexFailure {
    fn from(error: TantivyError) -> IndexFailure {
        IndexFailure(error)
    }
}

impl fmt::Display for IndexFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&describe(&self.0))
    }
}

impl fmt::Debug for IndexFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl std::error::Error for IndexFailure {}

/// What went wrong, with paths and operating-system errors as their
/// `Display` writes them; never a `Debug` dump.
pub fn describe(error: &TantivyError) -> String {
    match error {
        TantivyError::LockFailure(LockError::LockBusy, _) => {
            "another process holds the index's lock".to_owned()
        }
        TantivyError::LockFailure(LockError::IoError(io), _) => {
            format!("cannot take the index's lock: {io}")
        }
        TantivyError::OpenDirectoryError(e) => match e {
            OpenDirectoryError::DoesNotExist(path) => {
                format!("{}: no such folder", path.display())
            }
            OpenDirectoryError::NotADirectory(path) => {
                format!("{}: not a folder", path.display())
            }
            OpenDirectoryError::FailedToCreateTempDir(io) => {
                format!("cannot create a temporary folder: {io}")
            }
            OpenDirectoryError::IoError {
                io_error,
                directory_path,
            } => format!("{}: {io_error}", directory_path.display()),
        },
        TantivyError::OpenReadError(e) => match e {
            OpenReadError::FileDoesNotExist(path) => {
                format!("{}: no such file in the index", path.display())
            }
            OpenReadError::IoError { io_error, filepath } => {
                format!("cannot read {}: {io_error}", filepath.display())
            }
            OpenReadError::IncompatibleIndex(_) => {
                "a file of the index was written by another version".to_owned()
            }
        },
        TantivyError::OpenWriteError(e) => match e {
            OpenWriteError::FileAlreadyExists(path) => {
                format!("{}: already exists", path.display())
            }
            OpenWriteError::IoError { io_error, filepath } => {
                format!("cannot write {}: {io_error}", filepath.display())
            }
        },
        TantivyError::IoError(io) => io.to_string(),
        TantivyError::DataCorruption(c) => corruption(c, None),
        TantivyError::IncompatibleIndex(_) => {
            "the index was written by another version of its format".to_owned()
        }
        other => crate::article::one_line(&other.to_string()),
    }
}

/// Which file of the index is damaged, and for a JSON file (`meta.json`,
/// `.managed.json`, read from the index folder `dir` when given) where its
/// text stops being what was written. tantivy gives a `DataCorruption` no
/// words but its `Debug`: the file as a quoted path, serde's error as a
/// struct, and the whole damaged text.
pub fn corruption(error: &DataCorruption, dir: Option<&Path>) -> String {
    let text = format!("{error:?}");
    let Some(file) = text
        .split_once("(in file `\"")
        .and_then(|(_, rest)| rest.split_once("\"`)"))
        .map(|(file, _)| file)
    else {
        let comment = text.split(" Content: ").next().unwrap_or(&text);
        return crate::article::one_line(comment);
    };
    let detail = dir
        .filter(|_| file.ends_with(".json"))
        .and_then(|dir| std::fs::read(dir.join(file)).ok())
        .map(
            |bytes| match serde_json::from_slice::<serde_json::Value>(&bytes) {
                Err(e) => format!("{file}: not valid JSON ({e})"),
                Ok(_) => format!("{file}: not what tantivy writes there"),
            },
        );
    detail.unwrap_or_else(|| format!("in {file}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io;
    use std::path::PathBuf;
    use std::sync::Arc;

    /// A damaged file is named with where its JSON breaks, without serde's
    /// `Debug` or the file's text.
    #[test]
    fn corruption_names_the_file_and_where_its_json_breaks() {
        let dir = tempfile::tempdir().unwrap();
        let comment = "Meta file cannot be deserialized. Error(\"expected value\", line: 1, column: 1). Content: \"garbage\"";
        let damaged = DataCorruption::new(PathBuf::from("meta.json"), comment.into());
        std::fs::write(dir.path().join("meta.json"), "garbage").unwrap();
        assert_eq!(
            corruption(&damaged, Some(dir.path())),
            "meta.json: not valid JSON (expected value at line 1 column 1)"
        );
        std::fs::write(dir.path().join("meta.json"), "[1, 2]").unwrap();
        assert_eq!(
            corruption(&damaged, Some(dir.path())),
            "meta.json: not what tantivy writes there"
        );
        assert_eq!(corruption(&damaged, None), "in meta.json");
        let loose = DataCorruption::comment_only("Bad footer. Content: \"\\u{0}\\u{0}\"");
        assert_eq!(corruption(&loose, None), "Data corruption: Bad footer.");
    }

    /// Every kind of failure tantivy reports from the folder it writes to:
    /// one line, no `Debug` dump, the operating system's own words kept.
    #[test]
    fn failures_read_as_one_plain_line() {
        let io = || Arc::new(io::Error::from_raw_os_error(libc::ENOENT));
        let os_text = io::Error::from_raw_os_error(libc::ENOENT).to_string();
        let path = PathBuf::from("/idx/meta.json");
        let errors = [
            TantivyError::LockFailure(LockError::IoError(io()), None),
            TantivyError::LockFailure(LockError::LockBusy, Some("held".into())),
            TantivyError::OpenReadError(OpenReadError::FileDoesNotExist(path.clone())),
            TantivyError::OpenReadError(OpenReadError::IoError {
                io_error: io(),
                filepath: path.clone(),
            }),
            TantivyError::OpenWriteError(OpenWriteError::IoError {
                io_error: io(),
                filepath: path.clone(),
            }),
            TantivyError::OpenWriteError(OpenWriteError::FileAlreadyExists(path.clone())),
            TantivyError::OpenDirectoryError(OpenDirectoryError::IoError {
                io_error: io(),
                directory_path: PathBuf::from("/idx"),
            }),
            TantivyError::OpenDirectoryError(OpenDirectoryError::DoesNotExist("/idx".into())),
            TantivyError::IoError(io()),
            TantivyError::InternalError("two\nlines".into()),
        ];
        for error in &errors {
            let text = IndexFailure::from(error.clone()).to_string();
            assert!(!text.contains('\n'), "{text}");
            for dump in ["Os {", "code:", "kind:", "IoError", "None", "\"/idx"] {
                assert!(!text.contains(dump), "{dump} in {text}");
            }
            if !matches!(
                error,
                TantivyError::LockFailure(LockError::LockBusy, _)
                    | TantivyError::OpenReadError(OpenReadError::FileDoesNotExist(_))
                    | TantivyError::OpenWriteError(OpenWriteError::FileAlreadyExists(_))
                    | TantivyError::OpenDirectoryError(OpenDirectoryError::DoesNotExist(_))
                    | TantivyError::InternalError(_)
            ) {
                assert!(text.contains(&os_text), "{text}");
            }
        }
    }
}
