//! One writer at a time: an advisory lock file in the index folder that names
//! its holder, so a second writer can say who is busy.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub const LOCK_FILE: &str = "pundex-writer.lock";

/// The most of the lock file a reader reads: a holder's note is one line
/// naming the command and its folder.
const NOTE_BYTES: u64 = 16 * 1024;

/// Another process holds the writer lock.
#[derive(Debug, thiserror::Error)]
#[error(
    "index {path} is busy: {holder} is writing to it; wait for it to finish, stop it, or pass --wait SECONDS"
)]
pub struct IndexBusy {
    pub path: PathBuf,
    /// Who holds it, as written in the lock file ("pundex watch corpus (pid 123)").
    pub holder: String,
}

/// A reading command found an index that a writer is building and that
/// has nothing committed yet: an empty result would mislead.
#[derive(Debug, thiserror::Error)]
#[error(
    "index {path} is being built: {holder} has not committed anything yet; try again once it has indexed the folder"
)]
pub struct BeingBuilt {
    pub path: PathBuf,
    pub holder: String,
}

/// Who holds the writer lock of `index_dir` now, as the lock file names
/// them ("pundex index corpus (pid 123)"), read without taking the lock: a
/// reader that tried it could make a writer starting that moment fail as
/// busy. A holder that released the lock emptied the file; one whose
/// process is gone (killed mid-run) is not at work.
pub fn writer_at_work(index_dir: &Path) -> Option<String> {
    // A note is one short line; a lock file grown by something else is
    // read no further than a note could be.
    let mut note = String::new();
    File::open(index_dir.join(LOCK_FILE))
        .ok()?
        .take(NOTE_BYTES)
        .read_to_string(&mut note)
        .ok()?;
    let note = note.trim();
    let pid = note
        .rsplit_once("(pid ")
        .and_then(|(_, rest)| rest.strip_suffix(')'))
        .and_then(|pid| pid.parse::<u32>().ok())?;
    process_is_alive(pid).then(|| note.to_owned())
}

/// Whether a process with this id runs (signal 0 tests without sending;
/// EPERM means it runs as another user).
#[cfg(unix)]
fn process_is_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    if pid <= 0 {
        return false;
    }
    // SAFETY: signal 0 sends nothing; kill only checks that the process exists.
    let found = unsafe { libc::kill(pid, 0) } == 0;
    found || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// Elsewhere a named holder is taken to be at work.
#[cfg(not(unix))]
fn process_is_alive(_pid: u32) -> bool {
    true
}

/// Why the lock could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error(transparent)]
    Busy(#[from] IndexBusy),
    #[error("cannot create the lock file in {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Held while writing; released when dropped (or when the process dies).
#[derive(Debug)]
pub struct WriterLock {
    file: File,
}

impl WriterLock {
    /// Takes the lock for `index_dir`, waiting up to `wait` for another writer.
    pub fn acquire(index_dir: &Path, what: &str, wait: Duration) -> Result<WriterLock, LockError> {
        let io = |source| LockError::Io {
            path: index_dir.to_owned(),
            source,
        };
        std::fs::create_dir_all(index_dir).map_err(io)?;
        let lock_path = index_dir.join(LOCK_FILE);
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&lock_path)
            .map_err(io)?;
        let deadline = Instant::now() + wait;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) => {
                    if Instant::now() >= deadline {
                        let mut holder = String::new();
                        let _ = file.read_to_string(&mut holder);
                        let holder = holder.trim();
                        return Err(IndexBusy {
                            path: index_dir.to_owned(),
                            holder: if holder.is_empty() {
                                "another pundex process".into()
                            } else {
                                holder.to_owned()
                            },
                        }
                        .into());
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(TryLockError::Error(e)) => return Err(io(e)),
            }
        }
        // Naming the holder is a courtesy: on a full disk the run must still
        // start, since it is what removes a failed run's files.
        let note = format!("pundex {what} (pid {})", std::process::id());
        let _ = file
            .set_len(0)
            .and_then(|()| file.seek(SeekFrom::Start(0)))
            .and_then(|_| file.write_all(note.as_bytes()))
            .and_then(|()| file.flush());
        Ok(WriterLock { file })
    }
}

impl Drop for WriterLock {
    fn drop(&mut self) {
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_writer_is_told_who_holds_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        let first = WriterLock::acquire(dir.path(), "index corpus", Duration::ZERO).unwrap();
        let err =
            WriterLock::acquire(dir.path(), "index other", Duration::from_millis(150)).unwrap_err();
        match err {
            LockError::Busy(b) => assert!(b.holder.contains("index corpus"), "{}", b.holder),
            other => panic!("{other}"),
        }
        drop(first);
        WriterLock::acquire(dir.path(), "index again", Duration::ZERO).unwrap();
    }

    #[test]
    fn a_reader_sees_the_writer_at_work_without_taking_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(writer_at_work(dir.path()), None, "no lock file");
        let lock = WriterLock::acquire(dir.path(), "index corpus", Duration::ZERO).unwrap();
        let holder = writer_at_work(dir.path()).expect("the holder is at work");
        assert!(holder.starts_with("pundex index corpus (pid "), "{holder}");
        // Reading took nothing: another writer is still refused.
        assert!(WriterLock::acquire(dir.path(), "index other", Duration::ZERO).is_err());
        drop(lock);
        assert_eq!(writer_at_work(dir.path()), None, "released");
    }

    #[test]
    fn a_holder_whose_process_is_gone_is_not_at_work() {
        let dir = tempfile::tempdir().unwrap();
        // What a writer killed mid-run leaves: its note, and no process.
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let gone = child.id();
        child.wait().unwrap();
        std::fs::write(
            dir.path().join(LOCK_FILE),
            format!("pundex index corpus (pid {gone})"),
        )
        .unwrap();
        assert_eq!(writer_at_work(dir.path()), None);
        let alive = std::process::id();
        let huge = format!("{}(pid {alive})", "x".repeat(20_000));
        for note in [
            "",
            "pundex index corpus",
            "pundex index (pid x)",
            "(pid 0)",
            &huge,
        ] {
            std::fs::write(dir.path().join(LOCK_FILE), note).unwrap();
            assert_eq!(writer_at_work(dir.path()), None, "{note:?}");
        }
    }
}
