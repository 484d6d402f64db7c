//! JSON output: one object per line. The structs here are the `--json`
//! contract, the one place that defines every shape (the README lists them);
//! they are built from library data, so a library type can change without
//! changing what scripts read (ripgrep's JSON printer works the same way).
//!
//! Fields are declared in the order they are printed. Records once built with
//! `serde_json::json!` keep its alphabetical key order (everything nested in
//! them too), so output is byte for byte what it was; that is why a few
//! records come in two key orders.

use super::{IndexStatus, ShownArticle};
use crate::alert::{Alert, AlertMatch, SavedSearch};
use crate::index::SkippedFile;
use crate::search::association::Associate;
use crate::search::explain::Explanation;
use crate::search::facets::{self, Facets};
use crate::search::snippet::Fragment;
use crate::search::timeline::{Period, Timeline};
use crate::search::{ActorMention, Hit, SearchResults};
use crate::sync::{LastRun, Summary, SyncPlan};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

/// Writes one compact JSON object and a newline.
pub fn line<T: Serialize>(out: &mut impl Write, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

/// Hits, one per line, then a summary line with the total (and facets when asked).
pub fn search_results(out: &mut impl Write, results: &SearchResults) -> io::Result<()> {
    for hit in &results.hits {
        line(out, &HitRecord::new(hit))?;
    }
    line(out, &SearchSummary::new(results))
}

/// `search`: one matching article (`"type": "hit"`).
#[derive(Serialize)]
pub struct HitRecord<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    rank: usize,
    id: &'a str,
    path: &'a str,
    title: &'a str,
    score: f32,
    published: Option<&'a str>,
    author: Option<&'a str>,
    source: Option<&'a str>,
    url: Option<&'a str>,
    /// Only with `--group-by`.
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<&'a str>,
    actors: Vec<ActorMentionRecord<'a>>,
    issues: &'a [String],
    snippet: Vec<FragmentRecord<'a>>,
    /// Only with `--explain`.
    #[serde(skip_serializing_if = "Option::is_none")]
    explain: Option<ExplainRecord<'a>>,
    /// Only on an article with some of the query's words, not all (listed
    /// after those with all of them, not counted in the summary's `total`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    partial: bool,
}

impl<'a> HitRecord<'a> {
    pub fn new(hit: &'a Hit) -> Self {
        HitRecord {
            kind: "hit",
            rank: hit.rank,
            id: &hit.id,
            path: &hit.path,
            title: &hit.title,
            score: hit.score,
            published: hit.published.as_deref(),
            author: hit.author.as_deref(),
            source: hit.source.as_deref(),
            url: hit.url.as_deref(),
            group: hit.group.as_deref(),
            actors: ActorMentionRecord::all(&hit.actors),
            issues: &hit.issues,
            snippet: hit.snippet.iter().map(FragmentRecord::new).collect(),
            explain: hit.explanation.as_ref().map(ExplainRecord::new),
            partial: hit.partial,
        }
    }
}

/// `search --explain`: the parts a hit's score is the sum of.
#[derive(Serialize)]
pub struct ExplainRecord<'a> {
    parts: Vec<ScorePartRecord<'a>>,
}

/// One part of a score: `part` is `bm25` (with its `field` and `terms`),
/// `phrase`, `proximity`, `actor` (with its `actor`) or `other`.
#[derive(Serialize)]
pub struct ScorePartRecord<'a> {
    part: &'static str,
    field: Option<&'a str>,
    actor: Option<&'a str>,
    score: f32,
    terms: Vec<TermScoreRecord<'a>>,
}

/// A query term's share of a BM25 part.
#[derive(Serialize)]
pub struct TermScoreRecord<'a> {
    term: &'a str,
    score: f32,
}

impl<'a> ExplainRecord<'a> {
    fn new(explanation: &'a Explanation) -> Self {
        ExplainRecord {
            parts: explanation
                .parts
                .iter()
                .map(|p| ScorePartRecord {
                    part: p.kind.as_str(),
                    field: p.field.as_deref(),
                    actor: p.actor.as_deref(),
                    score: p.score,
                    terms: p
                        .terms
                        .iter()
                        .map(|(term, score)| TermScoreRecord {
                            term,
                            score: *score,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// An actor of a search hit with its number of mentions.
#[derive(Serialize)]
pub struct ActorMentionRecord<'a> {
    name: &'a str,
    kind: &'a str,
    count: u32,
    /// Present, and true, only for an actor found by discovery, not the lexicon.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    discovered: bool,
}

impl<'a> ActorMentionRecord<'a> {
    fn all(mentions: &'a [ActorMention]) -> Vec<Self> {
        mentions
            .iter()
            .map(|m| ActorMentionRecord {
                name: &m.name,
                kind: &m.kind,
                count: m.count,
                discovered: m.discovered,
            })
            .collect()
    }
}

/// An actor of an article in `show` and `export`: [`ActorMentionRecord`]
/// in alphabetical key order.
#[derive(Serialize)]
pub struct ArticleActorRecord<'a> {
    count: u32,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    discovered: bool,
    kind: &'a str,
    name: &'a str,
}

impl<'a> ArticleActorRecord<'a> {
    fn all(mentions: &'a [ActorMention]) -> Vec<Self> {
        mentions
            .iter()
            .map(|m| ArticleActorRecord {
                count: m.count,
                discovered: m.discovered,
                kind: &m.kind,
                name: &m.name,
            })
            .collect()
    }
}

/// A snippet passage; `highlights` are byte ranges of `text`.
#[derive(Serialize)]
pub struct FragmentRecord<'a> {
    text: &'a str,
    highlights: Vec<ByteRange>,
}

impl<'a> FragmentRecord<'a> {
    fn new(fragment: &'a Fragment) -> Self {
        FragmentRecord {
            text: &fragment.text,
            highlights: fragment
                .highlights
                .iter()
                .map(|r| ByteRange {
                    start: r.start,
                    end: r.end,
                })
                .collect(),
        }
    }
}

/// A half-open byte range, `start..end`.
#[derive(Serialize)]
pub struct ByteRange {
    start: usize,
    end: usize,
}

/// `search`: the closing line (`"type": "summary"`).
#[derive(Serialize)]
pub struct SearchSummary<'a> {
    /// `null` without `--facets`.
    facets: Option<FacetsRecord<'a>>,
    returned: usize,
    total: usize,
    #[serde(rename = "type")]
    kind: &'static str,
}

impl<'a> SearchSummary<'a> {
    pub fn new(results: &'a SearchResults) -> Self {
        SearchSummary {
            facets: results.facets.as_ref().map(FacetsRecord::new),
            returned: results.hits.len(),
            total: results.total,
            kind: "summary",
        }
    }
}

/// `search --facets`: top actors, issues and languages of all matching articles.
#[derive(Serialize)]
pub struct FacetsRecord<'a> {
    actors: Vec<CountRecord<'a>>,
    issues: Vec<CountRecord<'a>>,
    languages: Vec<CountRecord<'a>>,
}

impl<'a> FacetsRecord<'a> {
    fn new(facets: &'a Facets) -> Self {
        let counts = |counts: &'a [facets::Count]| counts.iter().map(CountRecord::new).collect();
        FacetsRecord {
            actors: counts(&facets.actors),
            issues: counts(&facets.issues),
            languages: counts(&facets.languages),
        }
    }
}

/// A name with the number of matching articles that carry it: the facets of
/// `search --facets`, and the rows of `issues --json` (every level of the
/// issue hierarchy).
#[derive(Serialize)]
pub struct CountRecord<'a> {
    documents: u64,
    name: &'a str,
}

impl<'a> CountRecord<'a> {
    pub fn new(count: &'a facets::Count) -> Self {
        CountRecord {
            documents: count.documents,
            name: &count.name,
        }
    }
}

/// `actors --json`: one row per actor.
#[derive(Serialize)]
pub struct ActorRow<'a> {
    /// ISO country code from the lexicon, if it has one.
    pub country: Option<&'a str>,
    pub documents: u64,
    /// The lexicon's kind (person, party, …); `null` if the lexicon lost the actor.
    pub kind: Option<&'a str>,
    pub name: &'a str,
}

/// `actors --discovered`: one row per discovered actor.
#[derive(Serialize)]
pub struct DiscoveredRow<'a> {
    /// Other names the articles gave it (acronyms), sorted.
    aliases: &'a [String],
    documents: u64,
    /// The kind most of its articles gave it.
    kind: &'a str,
    name: &'a str,
}

impl<'a> DiscoveredRow<'a> {
    pub fn new(d: &'a facets::DiscoveredCount) -> Self {
        DiscoveredRow {
            aliases: &d.aliases,
            documents: d.documents,
            kind: &d.kind,
            name: &d.name,
        }
    }
}

/// `actors --with` / `issues --with`: a name seen with the anchor, by lift.
#[derive(Serialize)]
pub struct AssociateRow<'a> {
    name: &'a str,
    together: u64,
    overall: u64,
    lift: f64,
    score: f64,
}

impl<'a> AssociateRow<'a> {
    pub fn new(a: &'a Associate) -> Self {
        AssociateRow {
            name: &a.name,
            together: a.together,
            overall: a.overall,
            lift: a.lift,
            score: a.score,
        }
    }
}

/// `trend --json`: one line per query, its counts on the shared periods.
#[derive(Serialize)]
pub struct TrendRecord<'a> {
    /// `year`, `month` or `week`.
    by: &'static str,
    counts: Vec<PeriodCount<'a>>,
    imprecise: u64,
    query: &'a str,
    undated: u64,
}

impl<'a> TrendRecord<'a> {
    /// `labels` are the periods of all queries aligned; a period this query
    /// has no articles in counts 0.
    pub fn new(query: &'a str, timeline: &'a Timeline, labels: &'a [String]) -> Self {
        let counts = labels
            .iter()
            .map(|label| PeriodCount {
                documents: timeline
                    .counts
                    .iter()
                    .find(|(l, _)| l == label)
                    .map_or(0, |(_, n)| *n),
                period: label,
            })
            .collect();
        TrendRecord {
            by: period_name(timeline.period),
            counts,
            imprecise: timeline.imprecise,
            query,
            undated: timeline.undated,
        }
    }
}

fn period_name(period: Period) -> &'static str {
    match period {
        Period::Year => "year",
        Period::Month => "month",
        Period::Week => "week",
    }
}

/// Articles in one period.
#[derive(Serialize)]
pub struct PeriodCount<'a> {
    documents: u64,
    period: &'a str,
}

/// `show --json`: one article with what was extracted from it.
#[derive(Serialize)]
pub struct ShowRecord<'a> {
    /// Up to two quoted places per actor, by actor name.
    actor_places: &'a BTreeMap<String, Vec<String>>,
    actors: Vec<ArticleActorRecord<'a>>,
    author: Option<&'a str>,
    body: &'a str,
    date_source: Option<&'a str>,
    encoding: Option<&'a str>,
    id: &'a str,
    issues: &'a [String],
    language: Option<&'a str>,
    mentioned_dates: &'a [String],
    path: &'a str,
    published: Option<&'a str>,
    source: Option<&'a str>,
    title: &'a str,
    url: Option<&'a str>,
}

impl<'a> ShowRecord<'a> {
    pub fn new(article: &'a ShownArticle) -> Self {
        let hit = article.hit;
        ShowRecord {
            actor_places: article.actor_places,
            actors: ArticleActorRecord::all(&hit.actors),
            author: hit.author.as_deref(),
            body: article.body,
            date_source: article.date_source.as_deref(),
            encoding: article.encoding.as_deref(),
            id: &hit.id,
            issues: &hit.issues,
            language: article.language.as_deref(),
            mentioned_dates: article.mentioned_dates,
            path: &hit.path,
            published: hit.published.as_deref(),
            source: hit.source.as_deref(),
            title: &hit.title,
            url: hit.url.as_deref(),
        }
    }
}

/// `export --ndjson`: one indexed document. The keys are the index's field
/// names (`index::schema`; a test holds them equal), so Quickwit reads them
/// with the config `export --quickwit-config` writes.
#[derive(Serialize)]
pub struct ExportRecord<'a> {
    pub actor_mentions: Vec<ArticleActorRecord<'a>>,
    pub actors: Vec<&'a str>,
    pub author: Option<&'a str>,
    pub body: Option<String>,
    pub id: &'a str,
    pub issues: &'a [String],
    pub language: Option<String>,
    pub mentioned: Vec<String>,
    pub path: &'a str,
    /// RFC 3339, the first second of the publication period.
    pub published: Option<String>,
    /// The publication date as precise as the source says.
    pub published_text: Option<&'a str>,
    pub source: Option<&'a str>,
    pub tags: Vec<String>,
    pub title: &'a str,
    pub url: Option<&'a str>,
}

/// The parts of an [`ExportRecord`] that a [`Hit`] does not hold.
pub struct ExportExtras {
    pub body: Option<String>,
    pub language: Option<String>,
    pub mentioned: Vec<String>,
    pub published: Option<String>,
    pub tags: Vec<String>,
}

impl<'a> ExportRecord<'a> {
    pub fn new(hit: &'a Hit, extras: ExportExtras) -> Self {
        ExportRecord {
            actor_mentions: ArticleActorRecord::all(&hit.actors),
            actors: hit.actors.iter().map(|a| a.name.as_str()).collect(),
            author: hit.author.as_deref(),
            body: extras.body,
            id: &hit.id,
            issues: &hit.issues,
            language: extras.language,
            mentioned: extras.mentioned,
            path: &hit.path,
            published: extras.published,
            published_text: hit.published.as_deref(),
            source: hit.source.as_deref(),
            tags: extras.tags,
            title: &hit.title,
            url: hit.url.as_deref(),
        }
    }
}

/// `index --json` and each batch of `watch --json`: what a run changed.
#[derive(Serialize)]
pub struct RunSummary {
    added: usize,
    updated: usize,
    removed: usize,
    unchanged: usize,
    skipped: usize,
    skipped_unchanged: usize,
    documents_written: u64,
    documents: u64,
    bytes_read: u64,
    seconds: f64,
    full: bool,
}

impl RunSummary {
    pub fn new(s: &Summary) -> Self {
        RunSummary {
            added: s.added,
            updated: s.updated,
            removed: s.removed,
            unchanged: s.unchanged,
            skipped: s.skipped,
            skipped_unchanged: s.skipped_unchanged,
            documents_written: s.documents_written,
            documents: s.documents,
            bytes_read: s.bytes_read,
            seconds: s.seconds,
            full: s.full,
        }
    }
}

/// `index --dry-run --json`: what a run would do, by relative path.
#[derive(Serialize)]
pub struct PlanRecord<'a> {
    add: Vec<&'a str>,
    check: Vec<&'a str>,
    remove: &'a [String],
    skipped: &'a [String],
    unchanged: usize,
}

impl<'a> PlanRecord<'a> {
    pub fn new(plan: &'a SyncPlan) -> Self {
        PlanRecord {
            add: plan.add.iter().map(|f| f.rel.as_str()).collect(),
            check: plan.check.iter().map(|(f, _)| f.rel.as_str()).collect(),
            remove: &plan.remove,
            skipped: &plan.still_skipped,
            unchanged: plan.unchanged,
        }
    }
}

/// `status --json`: what the index holds and what the next run would change.
#[derive(Serialize)]
pub struct StatusRecord<'a> {
    documents: u64,
    extracted: bool,
    files: usize,
    /// The indexed folder (or `--dir`); `null` when the index does not know it.
    folder: Option<&'a Path>,
    format: u32,
    index: &'a Path,
    /// `null` before the first recorded run.
    last_run: Option<LastRunRecord<'a>>,
    lexicon: &'a str,
    /// `null` when the folder is unknown or gone.
    pending: Option<PendingRecord<'a>>,
    segments: usize,
    size_bytes: u64,
    skipped: Vec<SkippedRecord<'a>>,
    /// The process writing to the index now, as its lock file names it
    /// ("pundex watch corpus (pid 123)"); `null` when none is.
    writer: Option<&'a str>,
}

impl<'a> StatusRecord<'a> {
    pub fn new(st: &'a IndexStatus) -> Self {
        StatusRecord {
            documents: st.documents,
            extracted: st.state.extracted,
            files: st.files,
            folder: st.folder,
            format: st.state.format,
            index: st.index,
            last_run: st.last_run.map(LastRunRecord::new),
            lexicon: &st.state.lexicon,
            pending: st.pending.map(|p| PendingRecord::new(p, st.re_extract)),
            segments: st.segments,
            size_bytes: st.size_bytes,
            skipped: SkippedRecord::all(&st.state.skipped),
            writer: st.writer,
        }
    }
}

/// The last run of `index` or `watch`.
#[derive(Serialize)]
pub struct LastRunRecord<'a> {
    /// Seconds since the Unix epoch.
    finished: u64,
    root: &'a Path,
    summary: RecordedSummary,
}

/// A [`RunSummary`] as `status` prints it: the same keys, alphabetical.
#[derive(Serialize)]
pub struct RecordedSummary {
    added: usize,
    bytes_read: u64,
    documents: u64,
    documents_written: u64,
    full: bool,
    removed: usize,
    seconds: f64,
    skipped: usize,
    skipped_unchanged: usize,
    unchanged: usize,
    updated: usize,
}

impl<'a> LastRunRecord<'a> {
    pub fn new(run: &'a LastRun) -> Self {
        LastRunRecord {
            finished: run.finished,
            root: &run.root,
            summary: {
                let s = &run.summary;
                RecordedSummary {
                    added: s.added,
                    bytes_read: s.bytes_read,
                    documents: s.documents,
                    documents_written: s.documents_written,
                    full: s.full,
                    removed: s.removed,
                    seconds: s.seconds,
                    skipped: s.skipped,
                    skipped_unchanged: s.skipped_unchanged,
                    unchanged: s.unchanged,
                    updated: s.updated,
                }
            },
        }
    }
}

/// How many files the next run would add, check and remove.
#[derive(Serialize)]
pub struct PendingRecord<'a> {
    add: usize,
    check: usize,
    /// Why the next run re-extracts every article (a changed lexicon or
    /// extraction rules); `null` when it does not.
    re_extract: Option<&'a str>,
    remove: usize,
    unchanged: usize,
}

impl<'a> PendingRecord<'a> {
    pub fn new(plan: &SyncPlan, re_extract: Option<&'a str>) -> Self {
        PendingRecord {
            add: plan.add.len(),
            check: plan.check.len(),
            re_extract,
            remove: plan.remove.len(),
            unchanged: plan.unchanged,
        }
    }
}

/// A file that could not be indexed, and why.
#[derive(Serialize)]
pub struct SkippedRecord<'a> {
    path: &'a str,
    reason: &'a str,
}

impl<'a> SkippedRecord<'a> {
    pub fn all(skipped: &'a BTreeMap<String, SkippedFile>) -> Vec<Self> {
        skipped
            .iter()
            .map(|(path, f)| SkippedRecord {
                path,
                reason: &f.reason,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::schema;

    #[test]
    fn export_keys_are_the_index_field_names() {
        let hit = Hit {
            rank: 1,
            id: "a.txt".into(),
            path: "a.txt".into(),
            title: "A".into(),
            score: 0.0,
            published: None,
            author: None,
            source: None,
            url: None,
            group: None,
            actors: Vec::new(),
            issues: Vec::new(),
            snippet: Vec::new(),
            explanation: None,
            partial: false,
        };
        let extras = ExportExtras {
            body: None,
            language: None,
            mentioned: Vec::new(),
            published: None,
            tags: Vec::new(),
        };
        let value = serde_json::to_value(ExportRecord::new(&hit, extras)).unwrap();
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut fields = vec![
            schema::ID,
            schema::PATH,
            schema::TITLE,
            schema::BODY,
            schema::AUTHOR,
            schema::SOURCE,
            schema::URL,
            schema::TAGS,
            schema::PUBLISHED,
            schema::PUBLISHED_TEXT,
            schema::LANGUAGE,
            schema::ACTORS,
            schema::ACTOR_MENTIONS,
            schema::ISSUES,
            schema::MENTIONED,
        ];
        fields.sort_unstable();
        assert_eq!(keys, fields);
    }
}

/// `index --alerts`, `watch --alerts` and the stdin of `--exec`: a new
/// article a saved search matched (`"type": "alert"`).
#[derive(Serialize)]
pub struct AlertRecord<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    alert: &'a str,
    /// The article was in the index before with other text.
    updated: bool,
    id: &'a str,
    path: &'a str,
    title: &'a str,
    published: Option<&'a str>,
    author: Option<&'a str>,
    source: Option<&'a str>,
    url: Option<&'a str>,
    actors: Vec<ActorMentionRecord<'a>>,
    issues: &'a [String],
    snippet: Vec<FragmentRecord<'a>>,
}

impl<'a> AlertRecord<'a> {
    pub fn new(found: &'a AlertMatch) -> Self {
        let hit = &found.hit;
        AlertRecord {
            kind: "alert",
            alert: &found.alert,
            updated: found.updated,
            id: &hit.id,
            path: &hit.path,
            title: &hit.title,
            published: hit.published.as_deref(),
            author: hit.author.as_deref(),
            source: hit.source.as_deref(),
            url: hit.url.as_deref(),
            actors: ActorMentionRecord::all(&hit.actors),
            issues: &hit.issues,
            snippet: hit.snippet.iter().map(FragmentRecord::new).collect(),
        }
    }
}

/// `alerts --json`: a saved search as resolved (canonical actor names,
/// language codes), with where it is written.
#[derive(Serialize)]
pub struct SavedSearchRecord<'a> {
    name: &'a str,
    query: &'a str,
    actors: &'a [String],
    issues: &'a [String],
    languages: &'a [String],
    since: Option<String>,
    until: Option<String>,
    file: String,
    line: usize,
}

impl<'a> SavedSearchRecord<'a> {
    pub fn new(saved: &'a SavedSearch, alert: &'a Alert) -> Self {
        SavedSearchRecord {
            name: &alert.name,
            query: &alert.query,
            actors: &alert.filters.actors,
            issues: &alert.filters.issues,
            languages: &alert.filters.languages,
            since: alert.filters.since.map(|d| d.to_string()),
            until: alert.filters.until.map(|d| d.to_string()),
            file: saved.origin.file.display().to_string(),
            line: saved.origin.name_line,
        }
    }
}
