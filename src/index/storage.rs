//! The index folder on disk: tantivy's files written through [`Storage`],
//! which remembers running out of space (tantivy itself reports only "An
//! index writer was killed"), and the removal of files no commit uses, which a
//! failed run leaves behind.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tantivy::Index;
use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    AntiCallToken, Directory, DirectoryLock, FileHandle, FileSlice, Lock, META_LOCK, MmapDirectory,
    TerminatingWrite, WatchCallback, WatchHandle, WritePtr,
};

/// The disk filled up while the index was being written.
#[derive(Debug, thiserror::Error)]
#[error("no space left on device while writing the index at {0}; free some space and run again")]
pub struct NoSpace(pub PathBuf);

/// A tantivy directory that passes everything to the one it wraps and notes
/// whether any write failed for lack of space. Clones share the note.
#[derive(Debug, Clone)]
pub struct Storage {
    inner: Box<dyn Directory>,
    out_of_space: Arc<AtomicBool>,
    /// The folder on disk, when there is one, whose files are shared as it is.
    folder: Option<PathBuf>,
}

impl Storage {
    /// The memory-mapped folder at `path`, which must exist.
    pub fn open(path: &Path) -> tantivy::Result<Storage> {
        let mut storage = Storage::wrap(Box::new(MmapDirectory::open(path)?));
        storage.folder = Some(path.to_owned());
        Ok(storage)
    }

    pub fn wrap(inner: Box<dyn Directory>) -> Storage {
        Storage {
            inner,
            out_of_space: Arc::new(AtomicBool::new(false)),
            folder: None,
        }
    }

    /// True once a write has failed because the disk (or the quota) is full.
    pub fn ran_out_of_space(&self) -> bool {
        self.out_of_space.load(Ordering::Relaxed)
    }

    fn note(&self, error: &io::Error) {
        note(&self.out_of_space, error);
    }
}

fn note(flag: &AtomicBool, error: &io::Error) {
    if matches!(
        error.kind(),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
    ) {
        flag.store(true, Ordering::Relaxed);
    }
}

/// A file being written, which notes a full disk on the way.
struct NotingWriter {
    inner: Box<dyn TerminatingWrite + Send + Sync>,
    out_of_space: Arc<AtomicBool>,
}

impl NotingWriter {
    fn check<T>(&self, result: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &result {
            note(&self.out_of_space, e);
        }
        result
    }
}

impl Write for NotingWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let result = self.inner.write(buf);
        self.check(result)
    }

    fn flush(&mut self) -> io::Result<()> {
        let result = self.inner.flush();
        self.check(result)
    }
}

impl TerminatingWrite for NotingWriter {
    fn terminate_ref(&mut self, token: AntiCallToken) -> io::Result<()> {
        let result = self.inner.terminate_ref(token);
        self.check(result)
    }
}

impl Directory for Storage {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }

    fn open_read(&self, path: &Path) -> Result<FileSlice, OpenReadError> {
        self.inner.open_read(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        let writer = self.inner.open_write(path).inspect_err(|e| {
            if let OpenWriteError::IoError { io_error, .. } = e {
                self.note(io_error);
            }
        })?;
        // Nothing is written yet, so taking the file out of its buffer cannot fail.
        let file = writer.into_inner().map_err(|e| OpenWriteError::IoError {
            io_error: Arc::new(io::Error::other(e.to_string())),
            filepath: path.to_owned(),
        })?;
        Ok(BufWriter::new(Box::new(NotingWriter {
            inner: file,
            out_of_space: Arc::clone(&self.out_of_space),
        })))
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    /// tantivy writes `meta.json` and `.managed.json` through a temporary
    /// file, which is private to its owner whatever the umask, while the
    /// segments beside them are not: another user could read every file of
    /// an index but these two, and so not search it. They are given the
    /// folder's read permissions instead, so the folder's mode says who may
    /// search the index.
    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.inner
            .atomic_write(path, data)
            .inspect_err(|e| self.note(e))?;
        if let Some(folder) = &self.folder {
            share_as_folder(folder, path);
        }
        Ok(())
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory().inspect_err(|e| self.note(e))
    }

    /// A reader takes tantivy's meta lock, a file it creates, while it opens
    /// the segments. In a folder it may not write (another user's index, a
    /// read-only mount) that lock is skipped, so such an index can still be
    /// searched; only a writer could remove files meanwhile, and a writer
    /// there is someone else's, as before. Every other lock is kept.
    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.inner.acquire_lock(lock) {
            Err(LockError::IoError(e))
                if lock.filepath == META_LOCK.filepath && is_read_only(&e) =>
            {
                Ok(DirectoryLock::from(Box::new(())))
            }
            other => other,
        }
    }

    fn watch(&self, callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(callback)
    }
}

/// Gives the file `name` in `folder` the read permissions of the folder,
/// writable by its owner only (replacing it needs the folder's write
/// permission, not the file's): a folder of mode 755 or 777 makes files of
/// 644, one of 750 files of 640, one of 700 files of 600. A failure leaves
/// the file as it was: written, only perhaps not readable by others.
fn share_as_folder(folder: &Path, name: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(meta) = std::fs::metadata(folder) else {
            return;
        };
        let mode = (meta.permissions().mode() & 0o444) | 0o200;
        let _ = std::fs::set_permissions(folder.join(name), std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = (folder, name);
}

/// True for an error that says the folder may not be written to.
fn is_read_only(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

/// True for a file of a segment: tantivy names them by the segment's id, 32
/// hex digits, then the component (`.idx`, `.store`, `.3.del`, …).
pub fn is_segment_file(name: &str) -> bool {
    name.split_once('.')
        .is_some_and(|(id, _)| id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Deletes the segment files in `path` that the last commit of `index` does
/// not use: what a failed run (a full disk, a kill) or a swap left behind.
/// Nothing else in the folder is touched. Must not run while a writer is
/// open on the index. Returns the bytes freed.
pub fn remove_garbage(index: &Index, path: &Path) -> tantivy::Result<u64> {
    // tantivy's readers hold this lock while they load the list of segments.
    let _meta_lock = index.directory().acquire_lock(&META_LOCK)?;
    let living = index.load_metas()?.list_segment_files();
    let mut freed = 0;
    for entry in std::fs::read_dir(path)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !is_segment_file(name) || living.contains(Path::new(name)) {
            continue;
        }
        let meta = entry.metadata()?;
        if meta.is_file() {
            std::fs::remove_file(entry.path())?;
            freed += meta.len();
        }
    }
    Ok(freed)
}

/// The sibling folder in which the index at `path` is rebuilt from scratch
/// (on the same disk, so that it can be renamed into place).
pub fn rebuild_folder(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or("index".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.pundex-rebuild"))
}

/// Moves the index built in `built` into `path`: its segment files, then its
/// list of managed files, then `meta.json`, whose rename is the switch; until
/// then `path` holds its old commit. Old segment files are garbage after it
/// ([`remove_garbage`]). `built` is removed.
pub fn swap_in(built: &Path, path: &Path) -> io::Result<()> {
    for entry in std::fs::read_dir(built)? {
        let name = entry?.file_name();
        if name.to_str().is_some_and(is_segment_file) {
            std::fs::rename(built.join(&name), path.join(&name))?;
        }
    }
    for name in [".managed.json", "meta.json"] {
        std::fs::rename(built.join(name), path.join(name))?;
    }
    std::fs::remove_dir_all(built)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::schema;
    use std::sync::atomic::AtomicU64;
    use tantivy::directory::RamDirectory;

    /// A folder in memory whose disk is full once `room` bytes are written.
    #[derive(Debug, Clone)]
    struct SmallDisk {
        files: RamDirectory,
        room: Arc<AtomicU64>,
    }

    struct SmallFile {
        inner: WritePtr,
        room: Arc<AtomicU64>,
    }

    fn full() -> io::Error {
        io::Error::from_raw_os_error(libc::ENOSPC)
    }

    impl Write for SmallFile {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let left = self.room.load(Ordering::Relaxed);
            if (buf.len() as u64) > left {
                return Err(full());
            }
            self.room.fetch_sub(buf.len() as u64, Ordering::Relaxed);
            self.inner.write(buf)
        }

        fn flush(&mut self) -> io::Result<()> {
            self.inner.flush()
        }
    }

    impl TerminatingWrite for SmallFile {
        fn terminate_ref(&mut self, token: AntiCallToken) -> io::Result<()> {
            self.inner.terminate_ref(token)
        }
    }

    impl Directory for SmallDisk {
        fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
            self.files.get_file_handle(path)
        }
        fn delete(&self, path: &Path) -> Result<(), DeleteError> {
            self.files.delete(path)
        }
        fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
            self.files.exists(path)
        }
        fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
            Ok(BufWriter::new(Box::new(SmallFile {
                inner: self.files.open_write(path)?,
                room: Arc::clone(&self.room),
            })))
        }
        fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
            self.files.atomic_read(path)
        }
        fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
            if (data.len() as u64) > self.room.load(Ordering::Relaxed) {
                return Err(full());
            }
            self.files.atomic_write(path, data)
        }
        fn sync_directory(&self) -> io::Result<()> {
            Ok(())
        }
        fn watch(&self, callback: WatchCallback) -> tantivy::Result<WatchHandle> {
            self.files.watch(callback)
        }
    }

    /// A folder in memory that may be read, not written: another user's
    /// index, or one on a read-only mount.
    #[derive(Debug, Clone)]
    struct ReadOnly(RamDirectory);

    impl Directory for ReadOnly {
        fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
            self.0.get_file_handle(path)
        }
        fn delete(&self, path: &Path) -> Result<(), DeleteError> {
            self.0.delete(path)
        }
        fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
            self.0.exists(path)
        }
        fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
            Err(OpenWriteError::IoError {
                io_error: Arc::new(io::Error::from(io::ErrorKind::PermissionDenied)),
                filepath: path.to_owned(),
            })
        }
        fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
            self.0.atomic_read(path)
        }
        fn atomic_write(&self, _: &Path, _: &[u8]) -> io::Result<()> {
            Err(io::Error::from(io::ErrorKind::PermissionDenied))
        }
        fn sync_directory(&self) -> io::Result<()> {
            Ok(())
        }
        fn watch(&self, callback: WatchCallback) -> tantivy::Result<WatchHandle> {
            self.0.watch(callback)
        }
    }

    #[test]
    fn an_index_in_a_folder_that_may_not_be_written_is_searched() {
        let files = RamDirectory::create();
        let index = Index::create(files.clone(), schema::build(), Default::default()).unwrap();
        crate::index::stem::register(&index);
        add_articles(&index, 300).unwrap();
        // tantivy alone cannot open a reader there: it must create its lock.
        let bare = Index::open(ReadOnly(files.clone())).unwrap();
        assert!(bare.reader().is_err());
        let index = Index::open(Storage::wrap(Box::new(ReadOnly(files)))).unwrap();
        assert_eq!(index.reader().unwrap().searcher().num_docs(), 3);
        // A writer still needs its lock, and is refused.
        assert!(
            index
                .writer::<tantivy::TantivyDocument>(15_000_000)
                .is_err()
        );
    }

    fn add_articles(index: &Index, words: usize) -> tantivy::Result<()> {
        let fields = schema::Fields::of(&index.schema())?;
        let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000)?;
        for i in 0..words / 100 {
            let body: String = (0..100).map(|w| format!("word{i}x{w} ")).collect();
            writer.add_document(tantivy::doc!(fields.body => body))?;
        }
        writer.commit()?;
        Ok(())
    }

    #[test]
    fn a_full_disk_is_noted_and_the_last_commit_kept() {
        let disk = SmallDisk {
            files: RamDirectory::create(),
            room: Arc::new(AtomicU64::new(u64::MAX)),
        };
        let storage = Storage::wrap(Box::new(disk.clone()));
        let index = Index::create(storage.clone(), schema::build(), Default::default()).unwrap();
        crate::index::stem::register(&index);
        add_articles(&index, 1_000).unwrap();
        assert!(!storage.ran_out_of_space());
        let committed = index.load_metas().unwrap().list_segment_files();

        disk.room.store(20_000, Ordering::Relaxed);
        assert!(add_articles(&index, 20_000).is_err());
        assert!(storage.ran_out_of_space());
        // The last commit is intact.
        let searcher = crate::index::searcher(&index).unwrap();
        assert_eq!(searcher.num_docs(), 10);
        assert_eq!(index.load_metas().unwrap().list_segment_files(), committed);
    }

    /// tantivy's temporary files made `meta.json` private even in a folder
    /// others may read, so they could not search the index.
    #[cfg(unix)]
    #[test]
    fn the_files_tantivy_replaces_are_as_readable_as_the_folder() {
        use std::os::unix::fs::PermissionsExt;
        for (folder, file) in [
            (0o755, 0o644),
            (0o750, 0o640),
            (0o700, 0o600),
            (0o777, 0o644),
        ] {
            let dir = tempfile::tempdir().unwrap();
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(folder)).unwrap();
            let index = Index::create(
                Storage::open(dir.path()).unwrap(),
                schema::build(),
                Default::default(),
            )
            .unwrap();
            crate::index::stem::register(&index);
            add_articles(&index, 100).unwrap();
            for name in ["meta.json", ".managed.json"] {
                let meta = std::fs::metadata(dir.path().join(name)).unwrap();
                assert_eq!(
                    meta.permissions().mode() & 0o777,
                    file,
                    "{name} in {folder:o}"
                );
            }
        }
    }

    #[test]
    fn garbage_is_the_segment_files_no_commit_uses() {
        let dir = tempfile::tempdir().unwrap();
        let index = Index::create(
            Storage::open(dir.path()).unwrap(),
            schema::build(),
            Default::default(),
        )
        .unwrap();
        crate::index::stem::register(&index);
        add_articles(&index, 500).unwrap();
        let stray = "0123456789abcdef0123456789abcdef";
        for name in [format!("{stray}.idx"), format!("{stray}.7.del")] {
            std::fs::write(dir.path().join(name), "partial").unwrap();
        }
        std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        let freed = remove_garbage(&index, dir.path()).unwrap();
        assert_eq!(freed, 14);
        let left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.starts_with(stray) || n == "notes.txt")
            .collect();
        assert_eq!(left, ["notes.txt"]);
        assert_eq!(crate::index::searcher(&index).unwrap().num_docs(), 5);
    }
}
