//! File events → debounced batches of paths. The watcher decides nothing about
//! the index: each batch goes to the same plan and apply as `pundex index`.
//!
//! Only events that may be a change make a batch. Planning a batch lists
//! folders and reads files, which inotify reports as opens: were those
//! batches too, the watcher would feed on its own work and never rest.

use notify::event::{AccessKind, AccessMode, ModifyKind};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// A batch ends once no event has come for this long…
pub const QUIET: Duration = Duration::from_millis(100);
/// …or once it is this old, so a steady stream of events still gets applied.
pub const MAX_BATCH_AGE: Duration = Duration::from_millis(500);
/// How often a polling loop checks for Ctrl-C.
const TICK: Duration = Duration::from_millis(100);
/// How often an idle watcher looks whether the folder is still there (a
/// parent renamed away sends it no event); Ctrl-C wakes it at once.
const ROOT_CHECK: Duration = Duration::from_secs(2);

/// What the watcher's channel carries: a file event, or a wake-up from
/// [`Stop::request`].
enum Message {
    File(notify::Result<Event>),
    Wake,
}

/// Ctrl-C or SIGTERM, as a flag that a watcher waiting for events also
/// hears at once: the watcher sleeps on its channel instead of waking to
/// look, so that an idle one uses no CPU.
#[derive(Default)]
pub struct Stop {
    requested: AtomicBool,
    /// The channel of the event source waiting now, if one is.
    waiting: Mutex<Option<Sender<Message>>>,
}

impl Stop {
    /// Asks every loop to stop, waking a waiting event source.
    pub fn request(&self) {
        self.requested.store(true, Ordering::Relaxed);
        let waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(tx) = waiting.as_ref() {
            let _ = tx.send(Message::Wake);
        }
    }

    pub fn requested(&self) -> bool {
        self.requested.load(Ordering::Relaxed)
    }

    fn wait_on(&self, tx: Option<Sender<Message>>) {
        *self.waiting.lock().unwrap_or_else(PoisonError::into_inner) = tx;
    }
}

/// What changed since the last batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Batch {
    /// These paths (files or folders; created, changed, moved or gone).
    Paths(Vec<PathBuf>),
    /// Events may have been lost: compare the whole folder.
    Rescan(String),
    /// The watched folder itself is gone.
    RootGone,
}

/// Why watching could not start.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error(
        "the system limit on watched folders is reached; raise it with `sudo sysctl fs.inotify.max_user_watches=524288` (and max_user_instances), or use --poll SECONDS"
    )]
    TooManyWatches,
    #[error("cannot watch {path}: {source}")]
    Notify {
        path: PathBuf,
        source: notify::Error,
    },
}

/// OS file events for one folder tree.
pub struct EventSource {
    root: PathBuf,
    /// Paths whose events are never a change (the index, when it is in the tree).
    ignored: Vec<PathBuf>,
    events: Receiver<Message>,
    /// A sender on `events`, for [`Stop::request`] to wake a wait.
    wake: Sender<Message>,
    _watcher: RecommendedWatcher,
}

impl EventSource {
    /// Watches `root` recursively with the platform's native notifier, leaving
    /// out events under `ignored`. Symbolic links are not followed, as the
    /// folder walk does not follow them: a link to a folder outside (or to an
    /// ancestor) would only bring events about files pundex never indexes.
    pub fn new(root: &Path, ignored: &[PathBuf]) -> Result<EventSource, WatchError> {
        let (tx, events) = channel();
        let wake = tx.clone();
        let wrap = |source: notify::Error| match source.kind {
            notify::ErrorKind::MaxFilesWatch => WatchError::TooManyWatches,
            _ => WatchError::Notify {
                path: root.to_owned(),
                source,
            },
        };
        let mut watcher = RecommendedWatcher::new(
            move |event| {
                let _ = tx.send(Message::File(event));
            },
            notify::Config::default().with_follow_symlinks(false),
        )
        .map_err(wrap)?;
        watcher
            .watch(root, RecursiveMode::Recursive)
            .map_err(wrap)?;
        Ok(EventSource {
            root: root.to_owned(),
            ignored: ignored.to_vec(),
            events,
            wake,
            _watcher: watcher,
        })
    }

    /// Waits for the next batch; `None` once `stop` is requested.
    pub fn next_batch(&self, stop: &Stop) -> Option<Batch> {
        stop.wait_on(Some(self.wake.clone()));
        let batch = self.collect_batch(stop);
        stop.wait_on(None);
        batch
    }

    fn collect_batch(&self, stop: &Stop) -> Option<Batch> {
        let mut paths: BTreeSet<PathBuf> = BTreeSet::new();
        let mut rescan: Option<String> = None;
        let mut started: Option<Instant> = None;
        loop {
            if stop.requested() && started.is_none() {
                return None;
            }
            let wait = match started {
                None => ROOT_CHECK,
                Some(t) => QUIET.min(MAX_BATCH_AGE.saturating_sub(t.elapsed())),
            };
            match self.events.recv_timeout(wait) {
                Ok(Message::Wake) => {}
                Ok(Message::File(Ok(event))) => {
                    if event.need_rescan() {
                        started.get_or_insert_with(Instant::now);
                        rescan = Some("the system dropped file events".into());
                    }
                    let changed = self.changed_paths(event);
                    if !changed.is_empty() {
                        started.get_or_insert_with(Instant::now);
                        paths.extend(changed);
                    }
                }
                Ok(Message::File(Err(e))) => {
                    started.get_or_insert_with(Instant::now);
                    rescan = Some(format!("watcher error ({e})"));
                }
                Err(RecvTimeoutError::Timeout) => {
                    if !self.root.is_dir() {
                        return Some(Batch::RootGone);
                    }
                    if started.is_some() {
                        break;
                    }
                }
                Err(RecvTimeoutError::Disconnected) => {
                    return Some(Batch::Rescan("the watcher stopped".into()));
                }
            }
            if started.is_some_and(|t| t.elapsed() >= MAX_BATCH_AGE) {
                break;
            }
        }
        if !self.root.is_dir() {
            return Some(Batch::RootGone);
        }
        Some(match rescan {
            Some(reason) => Batch::Rescan(reason),
            None => Batch::Paths(paths.into_iter().collect()),
        })
    }

    /// The paths of `event` that may have changed; none for what reading
    /// causes: opening, reading and closing without writing (a folder listed,
    /// a file read), and metadata events on folders. A file's metadata event
    /// stays (`touch` moves its mtime), and so does a close after writing.
    fn changed_paths(&self, event: Event) -> Vec<PathBuf> {
        match event.kind {
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => {}
            EventKind::Access(_) => return Vec::new(),
            _ => {}
        }
        let metadata_only = matches!(event.kind, EventKind::Modify(ModifyKind::Metadata(_)));
        event
            .paths
            .into_iter()
            .filter(|p| !self.ignored.iter().any(|ignored| p.starts_with(ignored)))
            .filter(|p| !(metadata_only && p.is_dir()))
            .collect()
    }
}

/// Sleeps up to `total`, waking early when `stop` is requested; false if stopped.
pub fn sleep_unless_stopped(total: Duration, stop: &Stop) -> bool {
    let until = Instant::now() + total;
    while Instant::now() < until {
        if stop.requested() {
            return false;
        }
        std::thread::sleep(TICK.min(until.saturating_duration_since(Instant::now())));
    }
    !stop.requested()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_become_one_batch() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        let source = EventSource::new(&root, &[]).unwrap();
        std::fs::write(root.join("a.txt"), "a").unwrap();
        std::fs::write(root.join("b.txt"), "b").unwrap();
        let stop = Stop::default();
        let mut seen = BTreeSet::new();
        let deadline = Instant::now() + Duration::from_secs(5);
        while seen.len() < 2 && Instant::now() < deadline {
            if let Some(Batch::Paths(p)) = source.next_batch(&stop) {
                seen.extend(p);
            }
        }
        assert!(
            seen.contains(&root.join("a.txt")) && seen.contains(&root.join("b.txt")),
            "{seen:?}"
        );
        stop.request();
        assert_eq!(source.next_batch(&stop), None);
    }

    /// Waits for a batch for up to `wait`; `None` when none began by then.
    fn batch_within(source: &EventSource, wait: Duration) -> Option<Batch> {
        let stop = std::sync::Arc::new(Stop::default());
        let stopper = {
            let stop = std::sync::Arc::clone(&stop);
            std::thread::spawn(move || {
                std::thread::sleep(wait);
                stop.request();
            })
        };
        // The stopper is left to finish on its own: a batch may end first.
        drop(stopper);
        source.next_batch(&stop)
    }

    /// What planning a batch does (listing folders, reading files and their
    /// metadata) must not make the next batch: the watcher would never rest.
    #[test]
    fn reading_is_not_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir_all(root.join("sub/deeper")).unwrap();
        std::fs::write(root.join("a.txt"), "a").unwrap();
        std::fs::write(root.join("sub/deeper/b.md"), "b").unwrap();
        std::fs::create_dir(root.join("index")).unwrap();
        let source = EventSource::new(&root, &[root.join("index")]).unwrap();

        let (found, _) = crate::sync::walk(&root);
        assert_eq!(found.len(), 2);
        for file in &found {
            std::fs::read(&file.abs).unwrap();
        }
        std::fs::read_dir(root.join("sub")).unwrap().for_each(drop);
        // The index's own writes are not changes to the folder either.
        std::fs::write(root.join("index/meta.json"), "{}").unwrap();
        assert_eq!(batch_within(&source, Duration::from_millis(400)), None);

        std::fs::write(root.join("sub/c.txt"), "c").unwrap();
        match batch_within(&source, Duration::from_secs(5)) {
            Some(Batch::Paths(paths)) => assert_eq!(paths, [root.join("sub/c.txt")]),
            other => panic!("{other:?}"),
        }
    }
}
