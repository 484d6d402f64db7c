//! A temporary folder of articles and the index built from it, so that the
//! unit tests of `sync` and `search` run the library on real files, in
//! process, without the binary.

use crate::extract::{Extractor, Lexicon};
use crate::index::OpenIndex;
use crate::index::manifest::Manifest;
use crate::sync::{Redo, Scope, Summary, SyncTarget, apply, plan_scope};
use std::path::PathBuf;

/// Two actors and two issues (one nested), each issue met by one mention:
/// enough for the filters and facets, and a matcher that builds in no time,
/// unlike the default lexicon's.
pub(crate) const LEXICON: &str = r#"
[[actor]]
name = "Vladimir Putin"
kind = "person"
aliases = ["Putin"]

[[actor]]
name = "United Nations"
kind = "organisation"
aliases = ["UN"]

[[issue]]
path = "economy/sanctions"
phrases = ["sanction*"]
min_hits = 1

[[issue]]
path = "security"
phrases = ["ceasefire"]
min_hits = 1
"#;

/// A folder of articles beside an index of it, both removed when dropped.
pub(crate) struct Fixture {
    _temp: tempfile::TempDir,
    pub folder: PathBuf,
    pub index_dir: PathBuf,
    extractor: Extractor,
}

impl Fixture {
    /// An empty folder and an empty index.
    pub fn new() -> Fixture {
        Fixture::with_lexicon(LEXICON)
    }

    /// [`Fixture::new`] with the lexicon `toml` instead of [`LEXICON`].
    pub fn with_lexicon(toml: &str) -> Fixture {
        let temp = tempfile::tempdir().expect("a temporary folder");
        let root = temp.path().canonicalize().expect("the temporary folder");
        let folder = root.join("articles");
        let index_dir = root.join("index");
        std::fs::create_dir(&folder).expect("the articles folder");
        crate::index::create(&index_dir).expect("an empty index");
        let lexicon = Lexicon::from_sources(&[("test lexicon".into(), toml.into())])
            .expect("the test lexicon is valid");
        Fixture {
            _temp: temp,
            folder,
            index_dir,
            extractor: Extractor::new(lexicon),
        }
    }

    /// Writes (or overwrites) the file `rel` of the folder.
    pub fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.path(rel), text).expect("an article written");
    }

    pub fn remove(&self, rel: &str) {
        std::fs::remove_file(self.path(rel)).expect("an article removed");
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.folder.join(rel)
    }

    /// Plans the whole folder against the index and applies the plan, as
    /// `pundex index FOLDER` does, with the test lexicon.
    pub fn sync(&self) -> Summary {
        self.sync_with(false)
    }

    /// [`Fixture::sync`], rebuilding every document when `full` (`--full`).
    pub fn sync_with(&self, full: bool) -> Summary {
        let index = self.open();
        let searcher = crate::index::searcher(&index.index).expect("a searcher");
        let manifest = Manifest::read(&searcher).expect("the manifest");
        let (plan, walk_warnings) = plan_scope(
            &self.folder,
            Scope::All,
            manifest,
            &index.state,
            Redo {
                full,
                ..Redo::default()
            },
        );
        assert!(walk_warnings.is_empty(), "{walk_warnings:?}");
        let target = SyncTarget {
            index: &index,
            extractor: Some(&self.extractor),
            root: &self.folder,
            full,
            threads: 1,
            new_content: true,
        };
        apply(plan, &target, &|_| {}).expect("the plan applied")
    }

    /// The index as a reading command opens it.
    pub fn open(&self) -> OpenIndex {
        crate::index::open(&self.index_dir).expect("the index opens")
    }

    /// What the index holds, file by file.
    pub fn manifest(&self) -> Manifest {
        let index = self.open();
        Manifest::read(&crate::index::searcher(&index.index).expect("a searcher"))
            .expect("the manifest")
    }
}

/// A Markdown article with TOML front matter; `date` as `YYYY[-MM[-DD]]`.
pub(crate) fn article(title: &str, date: Option<&str>, body: &str) -> String {
    let date = date.map_or(String::new(), |d| format!("date = \"{d}\"\n"));
    format!("+++\ntitle = \"{title}\"\n{date}+++\n\n{body}\n")
}
