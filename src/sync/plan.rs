//! Planning: the folder (or part of it) against the manifest → files to add,
//! check and remove, and what to do with files that failed before.

use super::Skipped;
use super::scan::{FoundFile, relative, walk, walk_from};
use crate::article::READERS_VERSION;
use crate::index::manifest::{IndexedFile, Manifest};
use crate::index::{SkippedFile, State};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// What a run will do.
#[derive(Debug, Default)]
pub struct SyncPlan {
    /// Files not in the index.
    pub add: Vec<FoundFile>,
    /// Indexed files whose size or mtime changed: read and hashed, re-indexed
    /// only if their content changed.
    pub check: Vec<(FoundFile, IndexedFile)>,
    /// Indexed files no longer in the folder.
    pub remove: Vec<String>,
    /// Files skipped by size and mtime without reading them.
    pub unchanged: usize,
    /// Files that failed before and have not changed since: left alone,
    /// without a new warning.
    pub still_skipped: Vec<String>,
    /// Files remembered as failed that are gone, or indexed as they are now.
    pub forget_skipped: Vec<String>,
    /// Every file remembered as failed is read again (a whole-folder plan
    /// that redoes them): afterwards, all were read by this version's readers.
    pub rereads_skipped: bool,
}

impl SyncPlan {
    /// True when applying the plan would change nothing in the index.
    pub fn is_empty(&self) -> bool {
        self.add.is_empty()
            && self.check.is_empty()
            && self.remove.is_empty()
            && self.forget_skipped.is_empty()
    }
}

/// What a plan redoes besides the files that changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Redo {
    /// Every file, as if the index were empty.
    pub full: bool,
    /// Files that failed before, even if they have not changed since.
    pub skipped: bool,
    /// Indexed files whose size and mtime match too: read and hashed, for
    /// files replaced with their old time kept (restored from a backup,
    /// `cp -p`, `touch -r`, a rename over one of the same size and tick).
    pub checksum: bool,
}

/// Which part of the folder a plan looks at.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// The whole folder.
    All,
    /// These paths (files or folders, existing or gone) and everything under them.
    Paths(&'a [PathBuf]),
}

/// Above this many changed paths, a targeted plan costs more than a full one.
const MAX_TARGETED_PATHS: usize = 2000;

/// Compares the folder with the manifest. `mtimes` are the touched-file
/// overrides from the index state, `skipped` the files that failed before
/// (both limited to the part of the folder that `found` covers).
pub fn plan(
    found: Vec<FoundFile>,
    manifest: &Manifest,
    mtimes: &BTreeMap<String, i64>,
    skipped: &BTreeMap<String, SkippedFile>,
    redo: Redo,
) -> SyncPlan {
    let mut plan = SyncPlan {
        rereads_skipped: redo.full || redo.skipped,
        ..SyncPlan::default()
    };
    let seen: HashSet<&str> = found.iter().map(|f| f.rel.as_str()).collect();
    plan.remove = manifest
        .files
        .keys()
        .filter(|p| !seen.contains(p.as_str()))
        .cloned()
        .collect();
    plan.remove.sort();
    for file in found {
        if let Some(failed) = skipped.get(&file.rel)
            && !redo.full
            && !redo.skipped
            && failed.is_unchanged(file.size, file.mtime)
        {
            plan.still_skipped.push(file.rel);
            continue;
        }
        match manifest.files.get(&file.rel) {
            _ if redo.full => plan.add.push(file),
            None => plan.add.push(file),
            Some(indexed) => {
                let mtime = mtimes.get(&file.rel).copied().unwrap_or(indexed.mtime);
                if indexed.size == file.size && mtime == file.mtime && !redo.checksum {
                    plan.unchanged += 1;
                } else {
                    plan.check.push((file, indexed.clone()));
                }
            }
        }
    }
    // A file read again gets a new entry or none from the outcome; the
    // others are gone, or are indexed as they are now.
    let kept: HashSet<&str> = plan
        .add
        .iter()
        .map(|f| f.rel.as_str())
        .chain(plan.check.iter().map(|(f, _)| f.rel.as_str()))
        .chain(plan.still_skipped.iter().map(String::as_str))
        .collect();
    plan.forget_skipped = skipped
        .keys()
        .filter(|rel| !kept.contains(rel.as_str()))
        .cloned()
        .collect();
    plan
}

/// Compares the part of the folder that `scope` names with the manifest and
/// the index `state`. A scope of many paths, or one holding `root`, or a
/// `redo.full` plan, compares the whole folder; a targeted plan does not
/// count the unchanged files. Files skipped by readers of another version
/// ([`READERS_VERSION`]) are read again, as `redo.skipped` does: a
/// session reads a whole index of another version again, but not one that
/// holds no document yet, only skipped files.
pub fn plan_scope(
    root: &Path,
    scope: Scope,
    manifest: Manifest,
    state: &State,
    redo: Redo,
) -> (SyncPlan, Vec<Skipped>) {
    let redo = Redo {
        skipped: redo.skipped || state.readers != READERS_VERSION,
        ..redo
    };
    let paths = match scope {
        Scope::Paths(paths)
            if !redo.full
                && paths.len() <= MAX_TARGETED_PATHS
                && !paths.iter().any(|p| p == root) =>
        {
            paths
        }
        _ => {
            let (found, warnings) = walk(root);
            let mut plan = plan(found, &manifest, &state.mtimes, &state.skipped, redo);
            keep_what_could_not_be_listed(&mut plan, &warnings);
            return (plan, warnings);
        }
    };
    let mut found: Vec<FoundFile> = Vec::new();
    let mut warnings = Vec::new();
    let mut exact: HashSet<String> = HashSet::new();
    let mut folders: HashSet<String> = HashSet::new();
    for path in paths {
        let Some(rel) = relative(root, path) else {
            continue;
        };
        if path.exists() {
            let (f, w) = walk_from(root, path);
            found.extend(f);
            warnings.extend(w);
        }
        if !path.is_file() {
            folders.insert(rel.clone());
        }
        exact.insert(rel);
    }
    found.sort_by(|a, b| a.rel.cmp(&b.rel));
    found.dedup_by(|a, b| a.rel == b.rel);
    let in_scope = |rel: &str| {
        exact.contains(rel) || {
            let mut at = rel;
            loop {
                match at.rfind('/') {
                    Some(i) => {
                        at = &at[..i];
                        if folders.contains(at) {
                            break true;
                        }
                    }
                    None => break false,
                }
            }
        }
    };
    let scoped = Manifest {
        files: manifest
            .files
            .into_iter()
            .filter(|(rel, _)| in_scope(rel))
            .collect(),
    };
    let skipped = state
        .skipped
        .iter()
        .filter(|(rel, _)| in_scope(rel))
        .map(|(rel, failed)| (rel.clone(), failed.clone()))
        .collect();
    // A file an event names is read even when its size and mtime match the
    // index: one renamed over another of the same size made in the same
    // clock tick (a file system keeps mtimes to some milliseconds) kept the
    // other's text. Reading it costs a hash; an unchanged file is not rewritten.
    let named: Vec<FoundFile> = found
        .iter()
        .filter(|f| exact.contains(&f.rel))
        .cloned()
        .collect();
    let mut plan = plan(found, &scoped, &state.mtimes, &skipped, redo);
    let planned: HashSet<String> = plan
        .add
        .iter()
        .map(|f| f.rel.clone())
        .chain(plan.check.iter().map(|(f, _)| f.rel.clone()))
        .chain(plan.still_skipped.iter().cloned())
        .collect();
    for file in named {
        if let Some(indexed) = scoped.files.get(&file.rel)
            && !planned.contains(&file.rel)
        {
            plan.check.push((file, indexed.clone()));
        }
    }
    plan.unchanged = 0;
    plan.rereads_skipped = false;
    keep_what_could_not_be_listed(&mut plan, &warnings);
    (plan, warnings)
}

/// Takes out of `plan.remove` the files at or under a path the walk could
/// not read (a folder whose permissions were taken away, an I/O error; `""`
/// is the folder itself): they were not found because they could not be
/// looked for, not because they are gone, so they keep their indexed
/// version, as an unreadable file does.
fn keep_what_could_not_be_listed(plan: &mut SyncPlan, warnings: &[Skipped]) {
    if warnings.is_empty() {
        return;
    }
    let unlisted = |rel: &str| {
        warnings.iter().any(|w| {
            w.path.is_empty()
                || rel == w.path
                || rel
                    .strip_prefix(w.path.as_str())
                    .is_some_and(|rest| rest.starts_with('/'))
        })
    };
    plan.remove.retain(|rel| !unlisted(rel));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(rel: &str, size: u64, mtime: i64) -> FoundFile {
        FoundFile {
            rel: rel.into(),
            abs: PathBuf::from(rel),
            size,
            mtime,
        }
    }

    fn indexed(size: u64, mtime: i64) -> IndexedFile {
        IndexedFile {
            size,
            mtime,
            hash: "h".into(),
            docs: 1,
        }
    }

    /// Only what lies at or under a path that could not be read is kept:
    /// `sub` keeps `sub/x` and `sub/deep/y`, not `subway.txt`; `""` (the
    /// folder itself) keeps everything.
    #[test]
    fn what_could_not_be_listed_is_not_removed() {
        let gone = [
            "a.txt",
            "sub/x.txt",
            "sub/deep/y.txt",
            "subway.txt",
            "other/sub/z.txt",
        ];
        let kept_for = |paths: &[&str]| {
            let mut plan = SyncPlan {
                remove: gone.iter().map(|s| s.to_string()).collect(),
                ..SyncPlan::default()
            };
            let warnings: Vec<Skipped> = paths
                .iter()
                .map(|p| Skipped {
                    path: p.to_string(),
                    reason: "denied".into(),
                })
                .collect();
            keep_what_could_not_be_listed(&mut plan, &warnings);
            plan.remove
        };
        assert_eq!(kept_for(&[]), gone);
        assert_eq!(
            kept_for(&["sub"]),
            ["a.txt", "subway.txt", "other/sub/z.txt"]
        );
        assert_eq!(
            kept_for(&["sub/deep", "a.txt"]),
            ["sub/x.txt", "subway.txt", "other/sub/z.txt"]
        );
        assert!(kept_for(&[""]).is_empty());
    }

    /// A file an event names is read even when size and mtime match (a file
    /// renamed over one of its size from the same clock tick); a walk of
    /// the whole folder trusts them.
    #[test]
    fn a_file_an_event_names_is_read_whatever_its_size_and_mtime() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::write(root.join("a.txt"), "Renamed over.").unwrap();
        std::fs::write(root.join("b.txt"), "Left alone.").unwrap();
        let (files, _) = walk(&root);
        let mut manifest = Manifest::default();
        for f in &files {
            manifest
                .files
                .insert(f.rel.clone(), indexed(f.size, f.mtime));
        }
        let rels = |plan: &SyncPlan| {
            plan.check
                .iter()
                .map(|(f, _)| f.rel.clone())
                .collect::<Vec<_>>()
        };
        let state = State::default();
        let named = [root.join("a.txt")];
        let (targeted, _) = plan_scope(
            &root,
            Scope::Paths(&named),
            manifest.clone(),
            &state,
            Redo::default(),
        );
        assert_eq!(rels(&targeted), ["a.txt"]);
        assert!(targeted.add.is_empty() && targeted.remove.is_empty());
        let (whole, _) = plan_scope(&root, Scope::All, manifest, &state, Redo::default());
        assert!(rels(&whole).is_empty());
        assert_eq!(whole.unchanged, 2);
    }

    #[test]
    fn plan_compares_size_and_mtime() {
        let mut manifest = Manifest::default();
        manifest.files.insert("same.txt".into(), indexed(10, 5));
        manifest.files.insert("changed.txt".into(), indexed(10, 5));
        manifest.files.insert("gone.txt".into(), indexed(10, 5));
        manifest.files.insert("touched.txt".into(), indexed(10, 5));
        let mut mtimes = BTreeMap::new();
        mtimes.insert("touched.txt".to_owned(), 9);
        let files = vec![
            found("same.txt", 10, 5),
            found("changed.txt", 11, 5),
            found("new.txt", 1, 1),
            found("touched.txt", 10, 9),
        ];
        let p = plan(
            files.clone(),
            &manifest,
            &mtimes,
            &BTreeMap::new(),
            Redo::default(),
        );
        assert_eq!(
            p.add.iter().map(|f| f.rel.as_str()).collect::<Vec<_>>(),
            ["new.txt"]
        );
        assert_eq!(
            p.check
                .iter()
                .map(|(f, _)| f.rel.as_str())
                .collect::<Vec<_>>(),
            ["changed.txt"]
        );
        assert_eq!(p.remove, ["gone.txt"]);
        assert_eq!(p.unchanged, 2);
        let full = plan(
            files.clone(),
            &manifest,
            &mtimes,
            &BTreeMap::new(),
            Redo {
                full: true,
                ..Redo::default()
            },
        );
        assert_eq!(full.add.len(), 4);
        let checksum = plan(
            files,
            &manifest,
            &mtimes,
            &BTreeMap::new(),
            Redo {
                checksum: true,
                ..Redo::default()
            },
        );
        assert_eq!(checksum.unchanged, 0);
        assert_eq!(checksum.check.len(), p.check.len() + p.unchanged);
        assert_eq!(
            (checksum.add.len(), checksum.remove),
            (p.add.len(), p.remove)
        );
    }

    #[test]
    fn files_that_failed_are_read_again_only_when_they_change() {
        let failed = |size, mtime| SkippedFile {
            size,
            mtime,
            reason: "binary".into(),
        };
        let mut skipped = BTreeMap::new();
        skipped.insert("same.txt".to_owned(), failed(10, 5));
        skipped.insert("changed.txt".to_owned(), failed(10, 5));
        skipped.insert("gone.txt".to_owned(), failed(10, 5));
        skipped.insert("fixed.txt".to_owned(), failed(10, 5));
        let mut manifest = Manifest::default();
        // Indexed before it broke; back to the indexed version now.
        manifest.files.insert("fixed.txt".into(), indexed(3, 3));
        let files = vec![
            found("same.txt", 10, 5),
            found("changed.txt", 10, 6),
            found("fixed.txt", 3, 3),
        ];
        let none = BTreeMap::new();
        let rels = |files: &[FoundFile]| files.iter().map(|f| f.rel.clone()).collect::<Vec<_>>();
        let p = plan(files.clone(), &manifest, &none, &skipped, Redo::default());
        assert_eq!(p.still_skipped, ["same.txt"]);
        assert_eq!(rels(&p.add), ["changed.txt"]);
        assert_eq!(p.unchanged, 1);
        assert_eq!(p.forget_skipped, ["fixed.txt", "gone.txt"]);
        for redo in [
            Redo {
                skipped: true,
                ..Redo::default()
            },
            Redo {
                full: true,
                ..Redo::default()
            },
        ] {
            let p = plan(files.clone(), &manifest, &none, &skipped, redo);
            assert!(p.still_skipped.is_empty(), "{redo:?}");
            assert!(rels(&p.add).contains(&"same.txt".to_owned()), "{redo:?}");
        }
    }

    #[test]
    fn files_skipped_by_readers_of_another_version_are_read_again() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::write(root.join("list.json"), "[1]").unwrap();
        let (found, _) = walk(&root);
        let mut state = State::default();
        state.skipped.insert(
            found[0].rel.clone(),
            SkippedFile {
                size: found[0].size,
                mtime: found[0].mtime,
                reason: "bad JSON".into(),
            },
        );
        let planned = |readers: &str, scope: Scope| {
            let state = State {
                readers: readers.into(),
                ..state.clone()
            };
            plan_scope(&root, scope, Manifest::default(), &state, Redo::default()).0
        };
        let now = planned(READERS_VERSION, Scope::All);
        assert_eq!((now.still_skipped.len(), now.add.len()), (1, 0));
        assert!(!now.rereads_skipped);
        let older = planned("readers-1", Scope::All);
        assert_eq!((older.still_skipped.len(), older.add.len()), (0, 1));
        assert!(older.rereads_skipped);
        // A plan of some paths reads those again, but leaves the others
        // unread: it does not make the index's skipped files this version's.
        let some = [root.join("list.json")];
        let targeted = planned("readers-1", Scope::Paths(&some));
        assert_eq!(targeted.add.len(), 1);
        assert!(!targeted.rereads_skipped);
    }
}
