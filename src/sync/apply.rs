//! Applying a plan: reading, parsing and extracting files in batches on
//! every core, and writing them with the index state in one commit.

use super::in_flight::{InFlight, QueuedDocument};
use super::plan::SyncPlan;
use super::scan::{FoundFile, mtime_of};
use super::{Skipped, SyncError};
use crate::article::{self, Format, LoadError};
use crate::extract::{Extraction, Extractor};
use crate::index::document::{self, FileStamp};
use crate::index::manifest::IndexedFile;
use crate::index::schema::Fields;
use crate::index::storage::NoSpace;
use crate::index::{OpenIndex, SkippedFile, State, schema};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;
use tantivy::collector::DocSetCollector;
use tantivy::{IndexWriter, Searcher, Term};

/// Memory the tantivy writer may use, split across its threads.
const WRITER_BUDGET_BYTES: usize = 256 * 1024 * 1024;

/// Text handed to the writer and not yet indexed (see [`InFlight`]): enough
/// to keep its threads busy, a fraction of what its own queue would hold.
const IN_FLIGHT_BYTES: usize = 32 * 1024 * 1024;

/// The writer of a sync: its documents give their [`InFlight`] permits back
/// once indexed.
type Writer = IndexWriter<QueuedDocument>;

/// The outcome of [`apply`], printed as the run's summary. Fields missing
/// from a recorded summary read as zero.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub unchanged: usize,
    /// Files not indexed: those that failed in this run (each with a warning)
    /// and those that failed before and are unchanged (`skipped_unchanged`).
    pub skipped: usize,
    /// Of `skipped`, the files that failed in an earlier run and have not
    /// changed since; they are not warned about again.
    pub skipped_unchanged: usize,
    /// Documents written (JSON Lines files hold several).
    pub documents_written: u64,
    /// Documents in the index after the run.
    pub documents: u64,
    pub bytes_read: u64,
    pub seconds: f64,
    /// Whether everything was rebuilt (`--full`, or a lexicon or format change).
    pub full: bool,
    #[serde(skip)]
    pub warnings: Vec<Skipped>,
    /// The articles whose text the index did not hold before the run, when
    /// the target asked for them ([`SyncTarget::new_content`]); `None` when
    /// not asked for.
    #[serde(skip)]
    pub new_content: Option<Vec<NewContent>>,
}

/// An article written with text the index did not hold before the run
/// (by its [`content_key`](crate::index::document::content_key)): a new
/// file, or a changed one. A renamed, moved, touched or re-indexed file
/// brings none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewContent {
    pub id: String,
    /// The id was in the index before, with other text: the article changed.
    pub updated: bool,
}

/// What a sync needs besides the plan.
pub struct SyncTarget<'a> {
    pub index: &'a OpenIndex,
    /// `None` indexes text and metadata only (for benchmarks).
    pub extractor: Option<&'a Extractor>,
    pub root: &'a Path,
    /// Drop every document first (`--full`, or a lexicon or format change).
    pub full: bool,
    /// Writer threads; 0 picks from the number of cores.
    pub threads: usize,
    /// Find the articles with new text ([`Summary::new_content`]), for alerts.
    pub new_content: bool,
}

/// What happened to one file while applying.
enum Outcome {
    Written {
        rel: String,
        docs: u64,
        bytes: u64,
        added: bool,
        warnings: Vec<Skipped>,
        /// Each article's id and content key, when the target asks for new
        /// content (alerts); empty otherwise.
        articles: Vec<(String, u64)>,
    },
    /// Content unchanged: only the mtime moved, to `mtime`; `None` when it
    /// is the indexed one (a `--checksum` read), which needs no override.
    Touched {
        rel: String,
        mtime: Option<i64>,
        bytes: u64,
    },
    /// Gone between planning and reading.
    Vanished { rel: String, was_indexed: bool },
    /// Not indexed; `size` and `mtime` are the ones planned with, so the next
    /// plan knows whether the file changed since.
    Failed {
        skipped: Skipped,
        size: u64,
        mtime: i64,
        was_indexed: bool,
        /// The content is at fault, so reading it again unchanged would fail
        /// again; an I/O error (permissions, a flaky disk) may pass.
        lasting: bool,
    },
}

/// Applies the plan in one commit and returns the summary. `progress` is called
/// once per file processed. A file that fails keeps its previous version, if any.
/// A run that fails leaves the last commit and none of its own segment files;
/// a full disk is reported as [`NoSpace`].
pub fn apply(
    plan: SyncPlan,
    target: &SyncTarget,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Summary, SyncError> {
    let index = target.index;
    write_plan(plan, target, progress).map_err(|error| {
        // The writer is gone: what it wrote and did not commit is garbage.
        let _ = crate::index::storage::remove_garbage(&index.index, &index.path);
        if index.storage.ran_out_of_space() {
            SyncError::NoSpace(NoSpace(index.path.clone()))
        } else {
            error.or_gone(&index.path)
        }
    })
}

fn write_plan(
    plan: SyncPlan,
    target: &SyncTarget,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Summary, SyncError> {
    let started = Instant::now();
    let mut summary = Summary {
        unchanged: plan.unchanged,
        skipped: plan.still_skipped.len(),
        skipped_unchanged: plan.still_skipped.len(),
        full: target.full,
        ..Summary::default()
    };
    let index = target.index;
    // The last commit, to tell new text from text already held; opened
    // before anything is deleted, though the writer changes nothing it sees.
    let before = target
        .new_content
        .then(|| crate::index::searcher(&index.index))
        .transpose()?;
    let mut written: Vec<(String, u64)> = Vec::new();
    let mut state = index.state.clone();
    // What this run skips, this version's readers skip.
    let readers_saw_every_skipped = plan.rereads_skipped || state.skipped.is_empty();
    let threads = if target.threads == 0 {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 4)
    } else {
        target.threads
    };
    let mut writer: Writer = index
        .index
        .writer_with_num_threads(threads, WRITER_BUDGET_BYTES)?;
    let in_flight = InFlight::new(IN_FLIGHT_BYTES);
    let fields = index.fields;
    if target.full {
        writer.delete_all_documents()?;
        state.mtimes.clear();
        state.skipped.clear();
    }
    for rel in &plan.forget_skipped {
        state.skipped.remove(rel);
    }
    for rel in &plan.remove {
        writer.delete_term(Term::from_field_text(fields.path, rel));
        state.mtimes.remove(rel);
        summary.removed += 1;
    }
    let jobs: Vec<(FoundFile, Option<IndexedFile>)> = plan
        .add
        .into_iter()
        .map(|f| (f, None))
        .chain(plan.check.into_iter().map(|(f, i)| (f, Some(i))))
        .collect();
    // Batches only help the extractor; small plans still spread over threads.
    let batch = if target.extractor.is_some() {
        (jobs.len() / (4 * rayon::current_num_threads())).clamp(1, BATCH_FILES)
    } else {
        1
    };
    let results: Vec<BatchResult> = jobs
        .par_chunks(batch)
        .map(|files| {
            let outcomes = process_batch(files, target, (&writer, &in_flight), progress)?;
            let mut result = BatchResult::default();
            for outcome in outcomes {
                result.record(outcome, &writer, target, before.is_some());
            }
            Ok(result)
        })
        .collect::<Result<Vec<_>, SyncError>>()?;
    for result in results {
        result.fold_into(&mut summary, &mut state, &mut written);
    }
    state.format = schema::FORMAT_VERSION;
    state.extracted = target.extractor.is_some();
    if let Some(x) = target.extractor {
        state.lexicon = x.lexicon().fingerprint.clone();
    }
    state.root = Some(target.root.to_owned());
    if readers_saw_every_skipped {
        crate::article::READERS_VERSION.clone_into(&mut state.readers);
    }
    if let Some(before) = &before {
        summary.new_content = Some(new_content(before, &index.fields, written)?);
    }
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&serde_json::to_string(&state)?);
    prepared.commit()?;
    writer.wait_merging_threads()?;
    summary.documents = crate::index::searcher(&index.index)?.num_docs();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// What one batch of files did: counts, warnings and the changes to the
/// index state, in the batch's order. Only these are kept until the commit,
/// not a record per file, so a run over half a million files does not grow
/// by one for each.
#[derive(Default)]
struct BatchResult {
    added: usize,
    updated: usize,
    removed: usize,
    unchanged: usize,
    skipped: usize,
    documents_written: u64,
    bytes_read: u64,
    warnings: Vec<Skipped>,
    /// Failures to remember, or to forget (`None`), in order.
    skipped_files: Vec<(String, Option<SkippedFile>)>,
    /// Modification times to record, or to drop (`None`), in order.
    mtimes: Vec<(String, Option<i64>)>,
    /// Each written article's id and content key, when alerts ask for them.
    written: Vec<(String, u64)>,
}

impl BatchResult {
    fn record(
        &mut self,
        outcome: Outcome,
        writer: &Writer,
        target: &SyncTarget,
        keep_written: bool,
    ) {
        let was_skipped = |rel: &str| target.index.state.skipped.contains_key(rel);
        match outcome {
            Outcome::Written {
                rel,
                docs,
                bytes,
                added,
                warnings,
                articles,
            } => {
                if was_skipped(&rel) {
                    self.skipped_files.push((rel, None));
                }
                if keep_written {
                    self.written.extend(articles);
                }
                if added {
                    self.added += 1;
                } else {
                    self.updated += 1;
                }
                self.documents_written += docs;
                self.bytes_read += bytes;
                self.warnings.extend(warnings);
            }
            Outcome::Touched { rel, mtime, bytes } => {
                if was_skipped(&rel) {
                    self.skipped_files.push((rel.clone(), None));
                }
                self.mtimes.push((rel, mtime));
                self.unchanged += 1;
                self.bytes_read += bytes;
            }
            Outcome::Vanished { rel, was_indexed } => {
                if was_skipped(&rel) {
                    self.skipped_files.push((rel.clone(), None));
                }
                if was_indexed {
                    writer.delete_term(Term::from_field_text(target.index.fields.path, &rel));
                    self.mtimes.push((rel, None));
                    self.removed += 1;
                }
            }
            Outcome::Failed {
                skipped,
                size,
                mtime,
                was_indexed,
                lasting,
            } => {
                let kept = if was_indexed {
                    " (the previously indexed version is kept)"
                } else {
                    ""
                };
                let reason = format!("{}{kept}", skipped.reason);
                if lasting {
                    let file = SkippedFile {
                        size,
                        mtime,
                        reason: reason.clone(),
                    };
                    self.skipped_files.push((skipped.path.clone(), Some(file)));
                } else if was_skipped(&skipped.path) {
                    self.skipped_files.push((skipped.path.clone(), None));
                }
                self.warnings.push(Skipped {
                    path: skipped.path,
                    reason,
                });
                self.skipped += 1;
            }
        }
    }

    fn fold_into(self, summary: &mut Summary, state: &mut State, written: &mut Vec<(String, u64)>) {
        summary.added += self.added;
        summary.updated += self.updated;
        summary.removed += self.removed;
        summary.unchanged += self.unchanged;
        summary.skipped += self.skipped;
        summary.documents_written += self.documents_written;
        summary.bytes_read += self.bytes_read;
        summary.warnings.extend(self.warnings);
        for (rel, file) in self.skipped_files {
            match file {
                Some(file) => state.skipped.insert(rel, file),
                None => state.skipped.remove(&rel),
            };
        }
        for (rel, mtime) in self.mtimes {
            match mtime {
                Some(mtime) => state.mtimes.insert(rel, mtime),
                None => state.mtimes.remove(&rel),
            };
        }
        written.extend(self.written);
    }
}

/// Files a parsing thread reads before extracting their articles one after
/// another and writing them: the matcher's tables then stay in cache from
/// one article to the next instead of being evicted by file reading,
/// parsing and language detection in between (a third fewer of the misses
/// extraction adds, in a simulated 1 MB cache). A batch is read in groups of
/// at most [`BATCH_BYTES`], so that large files do not pile up in memory.
const BATCH_FILES: usize = 64;
const BATCH_BYTES: u64 = 2 << 20;

/// Reads, parses, extracts and writes a batch of files, in order.
fn process_batch(
    batch: &[(FoundFile, Option<IndexedFile>)],
    target: &SyncTarget,
    writer: (&Writer, &Arc<InFlight>),
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<Outcome>, SyncError> {
    let mut outcomes = Vec::with_capacity(batch.len());
    let mut files = batch.iter();
    loop {
        let mut group = Vec::new();
        let mut bytes = 0;
        while bytes < BATCH_BYTES
            && let Some((file, indexed)) = files.next()
        {
            let read = guarded(&file.rel, || read(file, indexed.as_ref(), target.full))
                .unwrap_or_else(|bug| {
                    Err(bug.into_outcome("reading", file.size, file.mtime, indexed.is_some()))
                });
            if let Ok(file) = &read {
                bytes += file.stamp.size;
            }
            group.push(read);
        }
        if group.is_empty() {
            return Ok(outcomes);
        }
        if let Some(x) = target.extractor {
            extract_each(&mut group, |article| x.extract(article));
        }
        for read in group {
            outcomes.push(match read {
                Ok(file) => {
                    let rel = file.rel.clone();
                    guarded(&rel, || write(file, target, writer))??
                }
                Err(outcome) => outcome,
            });
            progress(1);
        }
    }
}

/// Extracts the articles of every file read; a file whose extraction
/// panics becomes a failed outcome, and the others go on.
fn extract_each(
    group: &mut [Result<ReadFile, Outcome>],
    extract: impl Fn(&article::Article) -> Extraction,
) {
    for read in group {
        let Ok(file) = read else { continue };
        let articles = &file.loaded.articles;
        match guarded(&file.rel, || articles.iter().map(&extract).collect()) {
            Ok(extractions) => file.extractions = extractions,
            Err(bug) => {
                let stamp = &file.stamp;
                let outcome =
                    bug.into_outcome("extracting", stamp.size, stamp.mtime, file.was_indexed);
                *read = Err(outcome);
            }
        }
    }
}

/// Runs one step on the file `rel`. A panic (a bug in a parser, the
/// extractor or the writer) becomes an error that names the file, rather
/// than a crash on a worker thread that names none.
fn guarded<T>(rel: &str, step: impl FnOnce() -> T) -> Result<T, Bug> {
    crate::bug::catch(step).map_err(|message| Bug {
        path: rel.to_owned(),
        message,
    })
}

/// A panic caught while working on one file.
struct Bug {
    path: String,
    message: String,
}

impl Bug {
    /// The file is skipped and the run goes on, when reading or extracting
    /// it (`doing`) panicked: that touched nothing shared, and one file's
    /// bug must not cost the user the rest of the folder. The skip is not
    /// lasting, so every run (perhaps of a mended build) tries the file
    /// again, and warns again.
    fn into_outcome(self, doing: &str, size: u64, mtime: i64, was_indexed: bool) -> Outcome {
        Outcome::Failed {
            skipped: Skipped {
                path: self.path,
                reason: format!(
                    "pundex hit a bug {doing} it ({}); please report it",
                    self.message
                ),
            },
            size,
            mtime,
            was_indexed,
            lasting: false,
        }
    }
}

/// A panic while writing stops the run: the writer is shared, and what it
/// holds after a panic cannot be trusted.
impl From<Bug> for SyncError {
    fn from(bug: Bug) -> SyncError {
        SyncError::Panicked {
            path: bug.path,
            message: bug.message,
        }
    }
}

/// A file read, hashed and parsed, to be written.
struct ReadFile {
    rel: String,
    stamp: FileStamp,
    loaded: article::Loaded,
    /// One per article once extracted; none when extraction is off.
    extractions: Vec<Extraction>,
    was_indexed: bool,
}

/// Reads, hashes and parses one file; `Err` is the outcome when there is
/// nothing to write (unchanged, vanished or failed).
fn read(file: &FoundFile, indexed: Option<&IndexedFile>, full: bool) -> Result<ReadFile, Outcome> {
    let was_indexed = indexed.is_some();
    let fail = |error: LoadError| Outcome::Failed {
        lasting: !matches!(error, LoadError::Io(_)),
        skipped: Skipped {
            path: file.rel.clone(),
            reason: error.to_string(),
        },
        size: file.size,
        mtime: file.mtime,
        was_indexed,
    };
    let vanished = || Outcome::Vanished {
        rel: file.rel.clone(),
        was_indexed,
    };
    let meta = match std::fs::metadata(&file.abs) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(vanished()),
        Err(e) => return Err(fail(LoadError::Io(e))),
    };
    if meta.len() > article::MAX_FILE_BYTES {
        return Err(fail(LoadError::TooLarge { size: meta.len() }));
    }
    let bytes = match article::read_regular_file(&file.abs) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(vanished()),
        Err(e) => return Err(fail(LoadError::Io(e))),
    };
    let hash = blake3::hash(&bytes).to_hex()[..32].to_owned();
    let stamp = FileStamp {
        size: bytes.len() as u64,
        mtime: mtime_of(&meta),
        hash,
    };
    if let Some(previous) = indexed
        && previous.hash == stamp.hash
        && !full
    {
        return Err(Outcome::Touched {
            rel: file.rel.clone(),
            mtime: (stamp.mtime != previous.mtime).then_some(stamp.mtime),
            bytes: stamp.size,
        });
    }
    let format = Format::of(&file.abs).expect("walk keeps supported formats only");
    match article::load_bytes(&bytes, format, &file.rel) {
        Ok(loaded) => Ok(ReadFile {
            rel: file.rel.clone(),
            stamp,
            loaded,
            extractions: Vec::new(),
            was_indexed,
        }),
        Err(e) => Err(fail(e)),
    }
}

/// Writes the articles of a file read, with their extractions, in place of
/// its previous version.
fn write(
    file: ReadFile,
    target: &SyncTarget,
    (writer, in_flight): (&Writer, &Arc<InFlight>),
) -> Result<Outcome, SyncError> {
    let fields = &target.index.fields;
    if file.was_indexed {
        writer.delete_term(Term::from_field_text(fields.path, &file.rel));
    }
    let mut articles = Vec::with_capacity(file.loaded.articles.len());
    for (i, article) in file.loaded.articles.iter().enumerate() {
        let extraction = file.extractions.get(i);
        let permit = in_flight.acquire(article.body.len() + article.title.len());
        let doc = document::build(fields, article, extraction, &file.stamp);
        writer.add_document(QueuedDocument::new(doc, permit))?;
        if target.new_content {
            articles.push((article.id.clone(), document::content_key(article)));
        }
    }
    let warnings = file
        .loaded
        .warnings
        .into_iter()
        .map(|reason| Skipped {
            path: file.rel.clone(),
            reason,
        })
        .collect();
    Ok(Outcome::Written {
        rel: file.rel,
        docs: file.loaded.articles.len() as u64,
        bytes: file.stamp.size,
        added: !file.was_indexed,
        warnings,
        articles,
    })
}

/// Of the articles `written` (id and content key), those whose key no live
/// document of `before` has, in the order written; `updated` when `before`
/// had a document with the same id. Two queries on `before`, one per set of
/// terms, whatever the number of articles.
fn new_content(
    before: &Searcher,
    fields: &Fields,
    written: Vec<(String, u64)>,
) -> tantivy::Result<Vec<NewContent>> {
    if written.is_empty() {
        return Ok(Vec::new());
    }
    let keys = written
        .iter()
        .map(|(_, key)| Term::from_field_u64(fields.content_key, *key));
    let known_keys: HashSet<u64> = matching_docs(before, keys)?
        .into_iter()
        .map(|(segment, doc)| -> tantivy::Result<Option<u64>> {
            let column = before
                .segment_reader(segment)
                .fast_fields()
                .u64(schema::CONTENT_KEY)?;
            Ok(column.first(doc))
        })
        .filter_map(Result::transpose)
        .collect::<tantivy::Result<_>>()?;
    let fresh: Vec<(String, u64)> = written
        .into_iter()
        .filter(|(_, key)| !known_keys.contains(key))
        .collect();
    let ids = fresh
        .iter()
        .map(|(id, _)| Term::from_field_text(fields.id, id));
    let mut known_ids = HashSet::new();
    for (segment, doc) in matching_docs(before, ids)? {
        let reader = before.segment_reader(segment);
        if let Some(column) = reader.fast_fields().str(schema::ID)?
            && let Some(ord) = column.term_ords(doc).next()
        {
            let mut id = Vec::new();
            column.ord_to_bytes(ord, &mut id)?;
            known_ids.insert(String::from_utf8_lossy(&id).into_owned());
        }
    }
    Ok(fresh
        .into_iter()
        .map(|(id, _)| NewContent {
            updated: known_ids.contains(&id),
            id,
        })
        .collect())
}

/// The live documents holding any of `terms`, as (segment, doc) pairs.
fn matching_docs(
    searcher: &Searcher,
    terms: impl Iterator<Item = Term>,
) -> tantivy::Result<Vec<(u32, u32)>> {
    let query = crate::search::query::any_term(terms.collect());
    let docs = searcher.search(&query, &DocSetCollector)?;
    Ok(docs
        .into_iter()
        .map(|a| (a.segment_ord, a.doc_id))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{Fixture, LEXICON, article};
    use crate::search::{SearchRequest, search};
    use std::collections::BTreeSet;
    use std::time::{Duration, SystemTime};

    /// How many documents a search for `text` finds.
    fn found(fixture: &Fixture, text: &str) -> usize {
        let request = SearchRequest {
            text: text.to_owned(),
            limit: 10,
            ..SearchRequest::default()
        };
        search(&fixture.open(), &request).unwrap().total
    }

    /// The hash the manifest keeps for a file's content.
    fn hash_of(text: &str) -> String {
        blake3::hash(text.as_bytes()).to_hex()[..32].to_owned()
    }

    fn paths(manifest: &crate::index::manifest::Manifest) -> BTreeSet<&str> {
        manifest.files.keys().map(String::as_str).collect()
    }

    const BLANK: &str = "  \n\n \n";

    #[test]
    fn a_first_run_adds_every_article_and_remembers_the_file_that_failed() {
        let fixture = Fixture::new();
        let a = article("Talks", Some("2024-03-01"), "Putin spoke of a ceasefire.");
        let b = article("Trade", Some("2024-05-02"), "New sanctions on exports.");
        fixture.write("a.md", &a);
        fixture.write("b.md", &b);
        fixture.write("blank.txt", BLANK);

        let summary = fixture.sync();
        assert_eq!(
            (
                summary.added,
                summary.updated,
                summary.removed,
                summary.unchanged
            ),
            (2, 0, 0, 0)
        );
        assert_eq!((summary.skipped, summary.skipped_unchanged), (1, 0));
        assert_eq!((summary.documents_written, summary.documents), (2, 2));
        assert_eq!(summary.bytes_read, (a.len() + b.len()) as u64);
        assert!(!summary.full);
        assert_eq!(summary.warnings.len(), 1);
        assert_eq!(summary.warnings[0].path, "blank.txt");
        assert_eq!(summary.warnings[0].reason, "empty: no text to index");

        let manifest = fixture.manifest();
        assert_eq!(paths(&manifest), BTreeSet::from(["a.md", "b.md"]));
        let indexed_a = &manifest.files["a.md"];
        assert_eq!(indexed_a.size, a.len() as u64);
        assert_eq!(indexed_a.hash, hash_of(&a));
        assert_eq!(indexed_a.docs, 1);
        let mtime = mtime_of(&std::fs::metadata(fixture.path("a.md")).unwrap());
        assert_eq!(indexed_a.mtime, mtime);

        let state = fixture.open().state;
        assert_eq!(state.format, schema::FORMAT_VERSION);
        assert!(state.extracted);
        let lexicon =
            crate::extract::Lexicon::from_sources(&[("test lexicon".into(), LEXICON.into())])
                .unwrap();
        assert_eq!(state.lexicon, lexicon.fingerprint);
        assert_eq!(state.root.as_deref(), Some(fixture.folder.as_path()));
        assert!(state.mtimes.is_empty());
        let blank = &state.skipped["blank.txt"];
        assert_eq!(blank.size, BLANK.len() as u64);
        assert_eq!(blank.reason, "empty: no text to index");
        assert_eq!(found(&fixture, "ceasefire"), 1);
        assert_eq!(found(&fixture, "exports"), 1);
    }

    #[test]
    fn a_second_run_adds_updates_and_removes_and_leaves_the_failed_file_alone() {
        let fixture = Fixture::new();
        fixture.write(
            "a.md",
            &article("Talks", None, "Putin spoke of a ceasefire."),
        );
        fixture.write("b.md", &article("Trade", None, "New sanctions on exports."));
        fixture.write("blank.txt", BLANK);
        fixture.sync();

        let new_a = article("Talks", None, "The ceasefire collapsed within a week.");
        fixture.write("a.md", &new_a);
        fixture.remove("b.md");
        fixture.write("c.md", &article("Aid", None, "Convoys reached the border."));
        let summary = fixture.sync();
        assert_eq!(
            (
                summary.added,
                summary.updated,
                summary.removed,
                summary.unchanged
            ),
            (1, 1, 1, 0)
        );
        assert_eq!((summary.skipped, summary.skipped_unchanged), (1, 1));
        assert!(summary.warnings.is_empty(), "{:?}", summary.warnings);
        assert_eq!((summary.documents_written, summary.documents), (2, 2));

        let manifest = fixture.manifest();
        assert_eq!(paths(&manifest), BTreeSet::from(["a.md", "c.md"]));
        assert_eq!(manifest.files["a.md"].hash, hash_of(&new_a));
        assert!(fixture.open().state.skipped.contains_key("blank.txt"));
        // The old version of a.md and all of b.md are gone from the index.
        assert_eq!(found(&fixture, "spoke"), 0);
        assert_eq!(found(&fixture, "exports"), 0);
        assert_eq!(found(&fixture, "collapsed"), 1);
        assert_eq!(found(&fixture, "convoys"), 1);
    }

    #[test]
    fn a_touched_file_is_read_but_not_rewritten_and_its_mtime_kept() {
        let fixture = Fixture::new();
        let a = article("Talks", None, "Putin spoke of a ceasefire.");
        fixture.write("a.md", &a);
        fixture.write("b.md", &article("Trade", None, "New sanctions on exports."));
        fixture.sync();

        let later = SystemTime::UNIX_EPOCH + Duration::from_secs(1_900_000_000);
        let file = std::fs::File::options()
            .write(true)
            .open(fixture.path("a.md"))
            .unwrap();
        file.set_modified(later).unwrap();
        drop(file);
        let summary = fixture.sync();
        // b.md by size and mtime; a.md once its content proved the same.
        assert_eq!(summary.unchanged, 2);
        assert_eq!((summary.added, summary.updated, summary.removed), (0, 0, 0));
        assert_eq!(summary.documents_written, 0);
        assert_eq!(summary.bytes_read, a.len() as u64);
        let state = fixture.open().state;
        assert_eq!(
            state.mtimes.get("a.md"),
            Some(&1_900_000_000_000_000_000_i64)
        );
        // The next run trusts the remembered mtime and reads nothing.
        let again = fixture.sync();
        assert_eq!((again.unchanged, again.bytes_read), (2, 0));
    }

    #[test]
    fn a_file_that_breaks_keeps_its_previous_version_until_it_is_fixed() {
        let fixture = Fixture::new();
        let good = article("Talks", None, "Putin spoke of a ceasefire.");
        fixture.write("a.md", &good);
        fixture.sync();

        let broken = "+++\ntitle = \"Talks\"\n\nThe closing fence is missing.\n";
        fixture.write("a.md", broken);
        let summary = fixture.sync();
        assert_eq!((summary.updated, summary.skipped), (0, 1));
        let reason = "bad front matter: no closing `+++` line \
                      (the previously indexed version is kept)";
        assert_eq!(summary.warnings.len(), 1);
        assert_eq!(summary.warnings[0].reason, reason);
        assert_eq!(fixture.manifest().files["a.md"].hash, hash_of(&good));
        assert_eq!(found(&fixture, "ceasefire"), 1);
        let remembered = &fixture.open().state.skipped["a.md"];
        assert_eq!(
            (remembered.size, remembered.reason.as_str()),
            (broken.len() as u64, reason)
        );

        // Unchanged, it is counted but not read or warned about again.
        let again = fixture.sync();
        assert_eq!((again.skipped, again.skipped_unchanged), (1, 1));
        assert!(again.warnings.is_empty());

        let fixed = article("Talks", None, "The ceasefire holds.");
        fixture.write("a.md", &fixed);
        let summary = fixture.sync();
        assert_eq!((summary.updated, summary.skipped), (1, 0));
        assert!(fixture.open().state.skipped.is_empty());
        assert_eq!(fixture.manifest().files["a.md"].hash, hash_of(&fixed));
        assert_eq!(found(&fixture, "holds"), 1);
    }

    #[test]
    fn a_run_that_read_every_skipped_file_records_its_readers() {
        let fixture = Fixture::new();
        fixture.write("blank.txt", BLANK);
        fixture.sync();
        let state = fixture.open().state;
        assert!(state.skipped.contains_key("blank.txt"));
        assert_eq!(state.readers, crate::article::READERS_VERSION);
    }

    #[test]
    fn a_failed_file_that_is_deleted_is_forgotten() {
        let fixture = Fixture::new();
        fixture.write("a.md", &article("Talks", None, "A ceasefire."));
        fixture.write("blank.txt", BLANK);
        fixture.sync();
        assert!(fixture.open().state.skipped.contains_key("blank.txt"));

        fixture.remove("blank.txt");
        let summary = fixture.sync();
        assert_eq!(
            (summary.removed, summary.skipped, summary.unchanged),
            (0, 0, 1)
        );
        assert!(fixture.open().state.skipped.is_empty());
    }

    #[test]
    fn a_panic_while_writing_names_the_file() {
        let bug = guarded::<()>("notes/a.txt", || panic!("index out of range")).unwrap_err();
        assert_eq!(
            SyncError::from(bug).to_string(),
            "a bug in pundex stopped the run while writing notes/a.txt: index out of range"
        );
        let formatted = guarded::<()>("b.md", || panic!("at {}", 3)).unwrap_err();
        assert!(
            SyncError::from(formatted)
                .to_string()
                .ends_with("b.md: at 3")
        );
    }

    /// Reads `rel` from the fixture's folder as the run would.
    fn read_file(fixture: &Fixture, rel: &str) -> Result<ReadFile, Outcome> {
        let abs = fixture.path(rel);
        let meta = std::fs::metadata(&abs).unwrap();
        let found = FoundFile {
            rel: rel.to_owned(),
            abs,
            size: meta.len(),
            mtime: mtime_of(&meta),
        };
        read(&found, None, false)
    }

    #[test]
    fn a_panic_while_extracting_one_file_fails_that_file_only() {
        let fixture = Fixture::new();
        fixture.write("a.md", &article("Talks", None, "A ceasefire."));
        fixture.write("b.md", &article("Boom", None, "This one trips the bug."));
        fixture.write("c.md", &article("Aid", None, "A food convoy."));
        let mut group: Vec<_> = ["a.md", "b.md", "c.md"]
            .iter()
            .map(|rel| read_file(&fixture, rel))
            .collect();
        extract_each(&mut group, |article| {
            assert!(!article.body.contains("trips"), "a parser bug");
            Extraction {
                issues: vec![article.title.clone()],
                ..Extraction::default()
            }
        });
        let issues = |read: &Result<ReadFile, Outcome>| match read {
            Ok(file) => file.extractions[0].issues.clone(),
            Err(_) => vec![],
        };
        assert_eq!(issues(&group[0]), ["Talks"]);
        assert_eq!(issues(&group[2]), ["Aid"]);
        match &group[1] {
            Err(Outcome::Failed {
                skipped, lasting, ..
            }) => {
                assert_eq!(skipped.path, "b.md");
                assert!(!lasting, "a mended build should try the file again");
                assert!(
                    skipped
                        .reason
                        .starts_with("pundex hit a bug extracting it (a parser bug"),
                    "{}",
                    skipped.reason
                );
            }
            _ => panic!("b.md should have failed"),
        }
    }
}
