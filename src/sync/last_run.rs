//! The last run's summary, kept beside the index for `pundex status`.

use super::Summary;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The file in the index folder that holds it.
pub const LAST_RUN_FILE: &str = "pundex-last-run.json";

/// What `pundex status` shows about the last run.
#[derive(Debug, Serialize, Deserialize)]
pub struct LastRun {
    /// Seconds since the Unix epoch.
    pub finished: u64,
    pub root: PathBuf,
    pub summary: Summary,
}

impl LastRun {
    /// Keeps the run's summary beside the index; best effort, since status
    /// only leaves the line out without it.
    pub fn record(index_dir: &Path, root: &Path, summary: &Summary) {
        let run = LastRun {
            finished: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            root: root.to_owned(),
            summary: summary.clone(),
        };
        if let Ok(bytes) = serde_json::to_vec_pretty(&run) {
            let _ = std::fs::write(index_dir.join(LAST_RUN_FILE), bytes);
        }
    }

    /// The run recorded in `index_dir`; `None` when there is none or it cannot be read.
    pub fn read(index_dir: &Path) -> Option<LastRun> {
        let bytes = std::fs::read(index_dir.join(LAST_RUN_FILE)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recorded_run_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        assert!(LastRun::read(dir.path()).is_none());
        let summary = Summary {
            added: 2,
            skipped: 1,
            seconds: 0.25,
            ..Summary::default()
        };
        LastRun::record(dir.path(), Path::new("/corpus"), &summary);
        let run = LastRun::read(dir.path()).unwrap();
        assert_eq!(run.root, Path::new("/corpus"));
        assert_eq!((run.summary.added, run.summary.skipped), (2, 1));
        assert_eq!(run.summary.seconds, 0.25);
    }
}
