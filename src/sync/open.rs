//! Opening the index for reading, building it first on a fresh clone.

use super::{Scope, Session, SessionOptions, Skipped, SyncError};
use crate::extract::Lexicon;
use crate::extract::lexicon::LexiconError;
use crate::index::{self, OpenError, OpenIndex};
use std::path::Path;
use std::time::Duration;

/// How long a first build waits for another writer.
const FIRST_BUILD_WAIT: Duration = Duration::from_secs(30);

/// What [`open_or_build`] reports while it builds; the caller prints it.
#[derive(Debug)]
pub enum BuildEvent<'a> {
    /// The index is about to be built from the corpus, and why.
    Building { why: &'static str },
    /// A file of the corpus that could not be indexed.
    Warning(&'a Skipped),
}

/// Opens the index at `index_dir`. When there is none, or one from another
/// version, and `corpus` is a folder, first indexes it as `pundex index
/// --quiet CORPUS` would (`lexicon` as for [`Session::start`]).
pub fn open_or_build(
    index_dir: &Path,
    corpus: Option<&Path>,
    lexicon: impl FnOnce(&Path) -> Result<Option<Lexicon>, LexiconError>,
    report: &mut dyn FnMut(BuildEvent),
) -> Result<OpenIndex, SyncError> {
    let why = match index::open(index_dir) {
        Ok(open) => return Ok(open),
        Err(OpenError::Missing(_)) => "no index yet",
        Err(OpenError::Outdated { .. }) => "the index was built by another version of pundex",
        Err(e) => return Err(e.into()),
    };
    if let Some(corpus) = corpus.filter(|c| c.is_dir()) {
        report(BuildEvent::Building { why });
        let options = SessionOptions {
            folder: corpus,
            index: index_dir,
            holder: &format!("index {}", corpus.display()),
            wait: FIRST_BUILD_WAIT,
            full: false,
        };
        let mut session = Session::start(&options, lexicon)?;
        let (plan, walk_warnings) = session.plan(Scope::All)?;
        for w in &walk_warnings {
            report(BuildEvent::Warning(w));
        }
        let mut summary = session.apply_or_count(plan, &|_| {})?;
        for w in &summary.warnings {
            report(BuildEvent::Warning(w));
        }
        summary.skipped += walk_warnings.len();
        session.record_last_run(&summary);
    }
    Ok(index::open(index_dir)?)
}
