//! Running a search: query + filters → ranked hits with snippets, and counts of
//! the actors and issues among all matching documents. Returns plain data;
//! `render` decides how it looks.

pub mod association;
pub mod case_forms;
pub mod explain;
pub mod facets;
pub mod query;
pub mod ranking;
pub mod segments;
pub mod snippet;
pub mod syntax;
pub mod timeline;

use crate::index::OpenIndex;
use crate::index::schema::{ENGLISH, Fields};
use query::{Filters, QueryError};
use snippet::Fragment;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use tantivy::collector::{Count, TopDocs};
use tantivy::schema::Value;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DateTime, DocAddress, Order, Searcher, TantivyDocument};

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    #[default]
    Relevance,
    /// Newest first; undated documents last.
    Date,
}

/// A search as the user asked for it.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub text: String,
    pub filters: Filters,
    /// Hits to return; 0 for only the total.
    pub limit: usize,
    pub sort: SortOrder,
    /// Count actors and issues over all matching documents.
    pub facets: bool,
    /// Cut each hit's score into its parts ([`explain`]).
    pub explain: bool,
    /// When fewer than `limit` documents have every word of the text, fill
    /// the hits with documents that have some of them, ranked among the
    /// others by score ([`Hit::partial`]). Not with date order.
    pub fill_with_partial: bool,
}

/// An actor of a hit with its mention count.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct ActorMention {
    pub name: String,
    pub kind: String,
    pub count: u32,
    /// Found from the text's own cues rather than the lexicon.
    #[serde(default)]
    pub discovered: bool,
    /// Other names the article gave a discovered actor (its acronym).
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// One matching document.
#[derive(Debug, Clone)]
pub struct Hit {
    pub rank: usize,
    pub id: String,
    pub path: String,
    pub title: String,
    pub score: f32,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source says.
    pub published: Option<String>,
    pub author: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// The period heading the hit is grouped under (`--group-by`), if any.
    pub group: Option<String>,
    /// Most mentioned first.
    pub actors: Vec<ActorMention>,
    pub issues: Vec<String>,
    pub snippet: Vec<Fragment>,
    /// The parts of `score`, when the request asked for them.
    pub explanation: Option<explain::Explanation>,
    /// Has some of the query's words, not all: ranked by score among the
    /// documents that have them all ([`SearchRequest::fill_with_partial`]);
    /// not counted in [`SearchResults::total`].
    pub partial: bool,
}

/// Hits plus the totals.
#[derive(Debug, Clone)]
pub struct SearchResults {
    /// Documents matching query and filters, not only those returned.
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Option<facets::Facets>,
}

/// Why a search failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error(transparent)]
    Query(#[from] QueryError),
    #[error("search failed: {0}")]
    Index(crate::index::failure::IndexFailure),
}

impl From<tantivy::TantivyError> for SearchError {
    fn from(error: tantivy::TantivyError) -> SearchError {
        SearchError::Index(error.into())
    }
}

/// Runs `request` against the index.
pub fn search(open: &OpenIndex, request: &SearchRequest) -> Result<SearchResults, SearchError> {
    let searcher = crate::index::searcher(&open.index)?;
    search_with(open, &searcher, request)
}

/// [`search`] on a searcher the caller keeps, for several searches on one commit.
pub fn search_with(
    open: &OpenIndex,
    searcher: &Searcher,
    request: &SearchRequest,
) -> Result<SearchResults, SearchError> {
    let fields = &open.fields;
    let executor = segments::executor(searcher)?;
    let mut parts = query::build_ranked(searcher, fields, &request.text, &request.filters)?;
    // The same hits without the proximity boost: for what needs no scores.
    let matches = parts.first_pass();
    // Never more hits than documents: the collector allocates for `limit`.
    let limit = request.limit.min(searcher.num_docs() as usize);
    let by_date = request.sort == SortOrder::Date || request.text.trim().is_empty();
    let (total, ranked): (usize, Vec<(f32, DocAddress)>) = if limit == 0 {
        (
            segments::search(searcher, &executor, matches.as_ref(), &Count)?,
            Vec::new(),
        )
    } else if by_date {
        let collector = TopDocs::with_limit(limit)
            .order_by_fast_field::<DateTime>(crate::index::schema::PUBLISHED, Order::Desc);
        let (count, top) =
            segments::search(searcher, &executor, matches.as_ref(), &(Count, collector))?;
        (count, top.into_iter().map(|(_, a)| (0.0, a)).collect())
    } else {
        by_relevance(searcher, &executor, fields, &mut parts, limit)?
    };
    let query = parts.query();
    // A short list filled with documents that have some of the words.
    let mut partial: Vec<(f32, DocAddress)> = Vec::new();
    let some_words = if request.fill_with_partial && !by_date && total < limit {
        let mut some =
            query::build_ranked_some_words(searcher, fields, &request.text, &request.filters)?;
        // The year the full matches burst in ranks the fill as it ranks them.
        for (boost, clause) in &parts.boosts {
            if let ranking::Boost::Event(_) = boost {
                some.boosts.push((boost.clone(), clause.box_clone()));
            }
        }
        let mut parts = some;
        let full: HashSet<DocAddress> = ranked.iter().map(|&(_, a)| a).collect();
        let (_, top) = by_relevance(searcher, &executor, fields, &mut parts, limit)?;
        partial.extend(top.into_iter().filter(|(_, a)| !full.contains(a)));
        partial.truncate(limit - ranked.len());
        Some(parts)
    } else {
        None
    };
    let phrases = query::phrases(&request.text);
    // What a snippet looks for, per language of the hits: the query's terms
    // as that language's fields analysed them, and its analyzer.
    let mut snippet_words: HashMap<usize, (snippet::QueryWords, TextAnalyzer)> = HashMap::new();
    let mut hits = Vec::with_capacity(ranked.len() + partial.len());
    // One list by score: an article's score with some of the words is the
    // same sum of BM25 and boosts as with all of them, so one that treats the
    // subject without saying one of the words (a state's own speech, without
    // "coup") ranks above a passing full match. The sort is stable and the
    // full matches come sorted, so their order stays as it was.
    let mut listed: Vec<((f32, DocAddress), bool)> = ranked
        .into_iter()
        .map(|r| (r, false))
        .chain(partial.into_iter().map(|r| (r, true)))
        .collect();
    listed.sort_by(|a, b| b.0.0.total_cmp(&a.0.0));
    for (i, ((score, address), is_partial)) in listed.into_iter().enumerate() {
        let doc: TantivyDocument = searcher.doc(address)?;
        let mut hit = hit_from_doc(fields, &doc);
        hit.rank = i + 1;
        hit.score = score;
        hit.partial = is_partial;
        if request.explain && !by_date {
            let parts = match (&some_words, is_partial) {
                (Some(some_words), true) => some_words,
                _ => &parts,
            };
            hit.explanation = Some(explain::explain(
                searcher,
                fields,
                parts,
                address,
                &hit.actors,
            )?);
        }
        let analysis = fields.analysis_of(&doc);
        let (words, analyzer) = match snippet_words.entry(analysis) {
            Entry::Occupied(known) => known.into_mut(),
            Entry::Vacant(slot) => {
                let texts = fields.texts[analysis];
                let mut words = snippet::QueryWords::default();
                query.query_terms(&mut |term, in_phrase| {
                    if (term.field() == texts.body || term.field() == texts.title)
                        && let Some(text) = term.value().as_str()
                    {
                        words.add_term(text, in_phrase);
                    }
                });
                if analysis != ENGLISH {
                    words.analyse_every_word();
                }
                let mut analyzer = open.index.tokenizer_for_field(texts.body)?;
                for phrase in &phrases {
                    words.add_phrase(phrase, &mut analyzer);
                }
                slot.insert((words, analyzer))
            }
        };
        let body = fields.text_of(&doc, |t| t.body).unwrap_or_default();
        hit.snippet = snippet::fragments(&body, words, analyzer);
        hits.push(hit);
    }
    let facets = if request.facets {
        Some(facets::count(searcher, &executor, &matches, 15)?)
    } else {
        None
    };
    Ok(SearchResults {
        total,
        hits,
        facets,
    })
}

/// The number of documents `parts` matches and the best `limit` of them,
/// best first (equal scores by content key): BM25 with the boosts, the proximity boost read for the best
/// few only and the actor boost scaled by each hit's mentions. Where the
/// query takes the year its matches burst in, the first pass counts them
/// per year too, and is run again with that year's boost only if it has one
/// (`parts` then holds it).
fn by_relevance(
    searcher: &Searcher,
    executor: &tantivy::Executor,
    fields: &Fields,
    parts: &mut query::RankedQuery,
    limit: usize,
) -> tantivy::Result<(usize, Vec<(f32, DocAddress)>)> {
    // Deeper without the proximity boost, then reordered by it and by how
    // often each hit names the actor.
    let names_actor = parts.named_actors().next().is_some();
    let mut depth = limit;
    if names_actor {
        depth = depth.max(ranking::ACTOR_RERANK_DEPTH);
    }
    if parts.proximity().is_some() {
        depth = depth.max(ranking::PROXIMITY_RERANK_DEPTH);
    }
    // A few more than asked for, so that a tie at the last place is broken
    // by content key ([`ranking::break_ties_by_key`]), not by index order.
    let depth = depth
        .max(limit.saturating_add(ranking::TIE_MARGIN))
        .min(searcher.num_docs() as usize);
    let first_pass = || (Count, TopDocs::with_limit(depth).order_by_score());
    let mut ranked = None;
    if parts.takes_event_year {
        let (matching, counted) = segments::search(
            searcher,
            executor,
            parts.first_pass().as_ref(),
            &(timeline::YearCounts, first_pass()),
        )?;
        // Unreadable dates leave the boost out: the hits are still right.
        let boosted = parts
            .add_event_year(searcher, executor, fields, &matching)
            .unwrap_or(false);
        if !boosted {
            ranked = Some(counted);
        }
    }
    let (count, mut top) = match ranked {
        Some(counted) => counted,
        None => segments::search(
            searcher,
            executor,
            parts.first_pass().as_ref(),
            &first_pass(),
        )?,
    };
    if let Some(proximity) = parts.proximity() {
        ranking::add_proximity(searcher, proximity, &mut top)?;
    }
    if names_actor {
        // From the postings of the mention counts: no document is loaded.
        let named: Vec<&str> = parts.named_actors().collect();
        let unearned = ranking::unearned_actor_boosts(searcher, fields, &named, &top)?;
        for ((score, _), unearned) in top.iter_mut().zip(unearned) {
            *score -= unearned;
        }
        let over = ranking::name_overcount(searcher, fields, &parts.names, &top)?;
        for ((score, _), over) in top.iter_mut().zip(over) {
            *score -= over;
        }
    }
    top.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranking::break_ties_by_key(searcher, fields, &mut top)?;
    top.truncate(limit);
    Ok((count, top))
}

/// Looks a document up by id.
pub fn find_by_id(
    searcher: &Searcher,
    fields: &Fields,
    id: &str,
) -> tantivy::Result<Option<TantivyDocument>> {
    let term = tantivy::Term::from_field_text(fields.id, id);
    let query = tantivy::query::TermQuery::new(term, tantivy::schema::IndexRecordOption::Basic);
    let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
    match top.first() {
        Some((_, address)) => Ok(Some(searcher.doc(*address)?)),
        None => Ok(None),
    }
}

pub fn first_text(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_owned)
}

/// The stored fields of a document as a hit (rank, score and snippet left empty).
pub fn hit_from_doc(fields: &Fields, doc: &TantivyDocument) -> Hit {
    let text = |f| first_text(doc, f);
    let actors: Vec<ActorMention> = text(fields.actor_mentions)
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default();
    let issues = doc
        .get_all(fields.issues)
        .filter_map(|v| v.as_facet())
        .filter_map(|encoded| {
            tantivy::schema::Facet::from_encoded(encoded.as_bytes().to_vec()).ok()
        })
        .map(|facet| facet.to_path().join("/"))
        .collect();
    let path = text(fields.path).unwrap_or_default();
    // A title made from the file name is not indexed; it is made again here.
    let title = fields.text_of(doc, |t| t.title).unwrap_or_else(|| {
        crate::article::title_from_file_name(path.rsplit('/').next().unwrap_or(&path))
    });
    Hit {
        rank: 0,
        id: text(fields.id).unwrap_or_default(),
        path,
        title,
        score: 0.0,
        published: text(fields.published_text),
        author: text(fields.author),
        source: text(fields.source),
        url: text(fields.url),
        group: None,
        actors,
        issues,
        snippet: Vec::new(),
        explanation: None,
        partial: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::PartialDate;
    use crate::fixture::{Fixture, article};
    use facets::Count;

    /// Four speeches: three on a ceasefire (one month apart or more), two of
    /// them naming Putin, two mentioning sanctions, and one undated on
    /// sanctions only.
    fn speeches() -> Fixture {
        let fixture = Fixture::new();
        let speeches = [
            ("a.md", Some("2024-01-15"), "Putin discussed a ceasefire."),
            (
                "b.md",
                Some("2024-03-05"),
                "A ceasefire, a ceasefire: sanctions loom.",
            ),
            (
                "c.md",
                Some("2024-06-20"),
                "The UN proposed a ceasefire and sanctions; Putin refused.",
            ),
            ("d.md", None, "Sanctions only."),
        ];
        for (rel, date, body) in speeches {
            fixture.write(rel, &article("Speech", date, body));
        }
        fixture.sync();
        fixture
    }

    fn request(text: &str) -> SearchRequest {
        SearchRequest {
            text: text.to_owned(),
            limit: 10,
            ..SearchRequest::default()
        }
    }

    fn run(fixture: &Fixture, request: &SearchRequest) -> SearchResults {
        search(&fixture.open(), request).unwrap()
    }

    fn ids(results: &SearchResults) -> Vec<&str> {
        results.hits.iter().map(|h| h.id.as_str()).collect()
    }

    fn day(text: &str) -> Option<PartialDate> {
        Some(PartialDate::parse(text).unwrap())
    }

    /// The reference for proximity reranking: the full query, its boost
    /// scored on every match. With fewer matches than the rerank depth, the
    /// two must give the same hits in the same order with the same scores.
    /// A reproducible stream of numbers below `n` (a 64-bit LCG from `seed`),
    /// for the tests that build random corpora.
    fn pseudo_random(mut seed: u64) -> impl FnMut(usize) -> usize {
        move |n| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        }
    }

    #[test]
    fn proximity_added_to_the_best_hits_matches_scoring_it_on_every_match() {
        let fixture = Fixture::new();
        let words = [
            "ceasefire",
            "sanctions",
            "talks",
            "port",
            "grain",
            "Putin",
            "the",
            "and",
            "of",
            "council",
            "truce",
            "border",
        ];
        let mut next = pseudo_random(7);
        for i in 0..60 {
            let length = 5 + next(60);
            let body: Vec<&str> = (0..length).map(|_| words[next(words.len())]).collect();
            fixture.write(
                &format!("a{i:02}.md"),
                &article("Notes", None, &body.join(" ")),
            );
        }
        fixture.sync();
        let open = fixture.open();
        let searcher = crate::index::searcher(&open.index).unwrap();
        for text in [
            "ceasefire sanctions",
            "sanctions talks grain",
            "Putin ceasefire",
            "council border truce",
            "grain port",
        ] {
            let results = run(&fixture, &request(text));
            let parts =
                query::build_ranked(&searcher, &open.fields, text, &Filters::default()).unwrap();
            assert!(parts.proximity().is_some(), "{text}");
            // Every match scored with the proximity boost; where the query
            // names a person (`Putin`), the actor boost as each hit's
            // mentions earn it (all 60 speeches are within the rerank's depth).
            let mut reference = searcher
                .search(&parts.query(), &TopDocs::with_limit(60).order_by_score())
                .unwrap();
            for (score, address) in &mut reference {
                let doc: TantivyDocument = searcher.doc(*address).unwrap();
                let actors = hit_from_doc(&open.fields, &doc).actors;
                *score -= ranking::reference::unearned_actor_boost(parts.named_actors(), &actors);
            }
            reference.sort_by(|a, b| b.0.total_cmp(&a.0));
            reference.truncate(10);
            assert_eq!(results.hits.len(), reference.len(), "{text}");
            for (hit, (score, address)) in results.hits.iter().zip(&reference) {
                assert!(
                    (hit.score - score).abs() <= 1e-4 * score.max(1.0),
                    "{text}: {hit:?}"
                );
                let doc: TantivyDocument = searcher.doc(*address).unwrap();
                let id = hit_from_doc(&open.fields, &doc).id;
                // Equal scores may come in either order.
                let tied = reference
                    .iter()
                    .filter(|(s, _)| (s - score).abs() <= 1e-5)
                    .count()
                    > 1;
                assert!(tied || hit.id == id, "{text}: {} against {id}", hit.id);
            }
        }
    }

    #[test]
    fn equal_scores_fall_the_same_way_whatever_the_index_order() {
        // Equal scores: the same words, as often, in bodies of one length.
        let bodies = [
            ("a.md", "Grain exports through the port resumed."),
            ("b.md", "Grain exports through the port stopped."),
            ("c.md", "Grain exports through the port doubled."),
            ("d.md", "Grain exports through the port halved."),
        ];
        let order = |written: &[usize], limit: usize| -> Vec<String> {
            let fixture = Fixture::new();
            // Each committed on its own, so each is in a segment of its own.
            for &i in written {
                let (name, body) = bodies[i];
                fixture.write(name, &article("Notes", None, body));
                fixture.sync();
            }
            let mut asked = request("grain port");
            asked.limit = limit;
            let results = run(&fixture, &asked);
            assert!(results.hits.windows(2).all(|w| w[0].score == w[1].score));
            results.hits.into_iter().map(|h| h.id).collect()
        };
        let forward = order(&[0, 1, 2, 3], 10);
        assert_eq!(forward.len(), 4);
        assert_eq!(order(&[3, 2, 1, 0], 10), forward);
        assert_eq!(order(&[2, 0, 3, 1], 10), forward);
        // The first place of a tie does not depend on which came first either.
        assert_eq!(order(&[3, 2, 1, 0], 1), forward[..1]);
        assert_eq!(order(&[0, 1, 2, 3], 1), forward[..1]);
    }

    /// [`by_relevance`] as it was before the mention counts were indexed:
    /// each of the best hits loaded and its stored actor mentions read.
    fn by_relevance_from_stored(
        searcher: &Searcher,
        fields: &Fields,
        parts: &query::RankedQuery,
        limit: usize,
    ) -> (usize, Vec<(f32, DocAddress)>) {
        let mut depth = limit.max(ranking::ACTOR_RERANK_DEPTH);
        if parts.proximity().is_some() {
            depth = depth.max(ranking::PROXIMITY_RERANK_DEPTH);
        }
        let depth = depth
            .max(limit + ranking::TIE_MARGIN)
            .min(searcher.num_docs() as usize);
        let (count, mut top) = searcher
            .search(
                &parts.first_pass(),
                &(Count, TopDocs::with_limit(depth).order_by_score()),
            )
            .unwrap();
        if let Some(proximity) = parts.proximity() {
            ranking::add_proximity(searcher, proximity, &mut top).unwrap();
        }
        let mut mentions = Vec::new();
        for (score, address) in &mut top {
            let doc: TantivyDocument = searcher.doc(*address).unwrap();
            let actors = hit_from_doc(fields, &doc).actors;
            *score -= ranking::reference::unearned_actor_boost(parts.named_actors(), &actors);
            mentions.push(actors);
        }
        let over =
            ranking::reference::name_overcount(searcher, &parts.names, &top, &mentions).unwrap();
        for ((score, _), over) in top.iter_mut().zip(over) {
            *score -= over;
        }
        top.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranking::break_ties_by_key(searcher, fields, &mut top).unwrap();
        top.truncate(limit);
        (count, top)
    }

    /// The rerank of a query naming an actor reads the mention counts from
    /// the index's postings; it must give exactly (same hits, order and
    /// scores) what reading each hit's stored mentions gave, over random
    /// speeches full of names inside longer names, in two segments.
    #[test]
    fn the_indexed_mention_counts_rank_as_the_stored_mentions_did() {
        let states = [
            "Sudan",
            "South Sudan",
            "Guinea",
            "Guinea-Bissau",
            "Papua New Guinea",
            "Equatorial Guinea",
            "Niger",
            "Nigeria",
        ];
        // Two states also named by their capitals, which hold no name word.
        let aliases = |name: &str| match name {
            "Sudan" => "[\"Khartoum\"]",
            "Guinea" => "[\"Conakry\"]",
            _ => "[]",
        };
        let lexicon: String = states
            .iter()
            .map(|name| {
                format!(
                    "[[actor]]\nname = \"{name}\"\nkind = \"state\"\naliases = {}\n\n",
                    aliases(name)
                )
            })
            .collect();
        let fixture = Fixture::with_lexicon(&lexicon);
        // The states' names, then other words, in the order the seed draws from.
        let words: Vec<&str> = states
            .into_iter()
            .chain([
                "Khartoum",
                "Conakry",
                "war",
                "coup",
                "transition",
                "refugees",
                "elections",
                "the",
                "and",
                "of",
                "council",
            ])
            .collect();
        let mut next = pseudo_random(11);
        for batch in 0..2 {
            for i in 0..45 {
                let length = 5 + next(80);
                let body: Vec<&str> = (0..length).map(|_| words[next(words.len())]).collect();
                fixture.write(
                    &format!("s{batch}{i:02}.md"),
                    &article("Speech", None, &format!("{}.", body.join(" "))),
                );
            }
            fixture.sync();
        }
        let open = fixture.open();
        let searcher = crate::index::searcher(&open.index).unwrap();
        assert!(searcher.segment_readers().len() > 1);
        let executor = segments::executor(&searcher).unwrap();
        let mut overcounted = 0;
        for text in [
            "Sudan war",
            "Guinea transition",
            "Niger coup",
            "Guinea elections",
            "South Sudan refugees",
            "Sudan Guinea war",
            "Papua New Guinea",
            "Guinea-Bissau coup",
            "Nigeria",
            "Sudan",
            "war council",
        ] {
            let mut parts =
                query::build_ranked(&searcher, &open.fields, text, &Filters::default()).unwrap();
            // The articles with some of the words too: there a name the text
            // does not write may be credited from its other names.
            let mut some_words =
                query::build_ranked_some_words(&searcher, &open.fields, text, &Filters::default())
                    .unwrap();
            for parts in [&mut parts, &mut some_words] {
                for limit in [10, ranking::ACTOR_RERANK_DEPTH] {
                    let (count, top) =
                        by_relevance(&searcher, &executor, &open.fields, parts, limit).unwrap();
                    let reference = by_relevance_from_stored(&searcher, &open.fields, parts, limit);
                    assert_eq!((count, &top), (reference.0, &reference.1), "{text}");
                }
            }
            // What --explain shows as the `name` part agrees too.
            let results = run(
                &fixture,
                &SearchRequest {
                    explain: true,
                    ..request(text)
                },
            );
            for hit in &results.hits {
                let address = searcher
                    .search(
                        &tantivy::query::TermQuery::new(
                            tantivy::Term::from_field_text(open.fields.id, &hit.id),
                            tantivy::schema::IndexRecordOption::Basic,
                        ),
                        &TopDocs::with_limit(1).order_by_score(),
                    )
                    .unwrap()[0]
                    .1;
                let reference = ranking::reference::name_overcount(
                    &searcher,
                    &parts.names,
                    &[(0.0, address)],
                    std::slice::from_ref(&hit.actors),
                )
                .unwrap()[0];
                let shown: f32 = hit
                    .explanation
                    .as_ref()
                    .unwrap()
                    .parts
                    .iter()
                    .filter(|p| p.kind == explain::PartKind::Name)
                    .map(|p| -p.score)
                    .sum();
                assert_eq!(shown, reference, "{text}: {}", hit.id);
                overcounted += usize::from(reference > 0.0);
            }
        }
        // The random speeches do put longer names beside the short ones.
        assert!(overcounted > 5, "{overcounted}");
    }

    /// An article that names the actor the query names only by another of
    /// its names ("Khartoum" for the Sudan) scores the name word as if it
    /// wrote it as often, and `--explain` shows the credit as a `name` part;
    /// one that writes the word keeps its own count.
    #[test]
    fn a_name_the_text_does_not_write_counts_its_other_names() {
        let fixture = Fixture::with_lexicon(
            "[[actor]]\nname = \"Sudan\"\nkind = \"state\"\naliases = [\"Khartoum\"]\n",
        );
        let filler = "Budgets, roads, schools and harvests were discussed at length. ";
        let body = |lead: &str| format!("{lead} {}", filler.repeat(6));
        fixture.write(
            "alias.md",
            &article("A", None, &body("Khartoum spoke of war.")),
        );
        fixture.write(
            "word.md",
            &article("B", None, &body("Sudan spoke of peace.")),
        );
        fixture.write(
            "none.md",
            &article("C", None, &body("Someone spoke of war.")),
        );
        fixture.write(
            "both.md",
            &article("D", None, &body("Sudan and Khartoum spoke of war.")),
        );
        fixture.sync();
        let results = run(
            &fixture,
            &SearchRequest {
                explain: true,
                fill_with_partial: true,
                ..request("Sudan war")
            },
        );
        let ids: Vec<&str> = results.hits.iter().map(|h| h.title.as_str()).collect();
        // D has both words; A names the Sudan and says "war", so it ranks
        // above B (the name, not the war) and C (the war only).
        assert_eq!(ids, ["D", "A", "B", "C"], "{results:?}");
        let name_part = |title: &str| -> f32 {
            let hit = results.hits.iter().find(|h| h.title == title).unwrap();
            let parts = &hit.explanation.as_ref().unwrap().parts;
            let total: f32 = parts.iter().map(|p| p.score).sum();
            assert!((total - hit.score).abs() < 1e-4, "{title}: {parts:?}");
            parts
                .iter()
                .filter(|p| p.kind == explain::PartKind::Name)
                .map(|p| p.score)
                .sum()
        };
        assert!(name_part("A") > 0.0);
        // D writes "Sudan" once and names it twice: the word's count stands.
        assert_eq!(name_part("D"), 0.0);
        assert_eq!(name_part("B"), 0.0);
        assert_eq!(name_part("C"), 0.0);
    }

    /// A query's one-word name is met by the actor found under another of
    /// its names: such an article holds every word, so it is counted,
    /// faceted and listed as a full match, not as one with some of the
    /// words. Only for a query of plain words.
    #[test]
    fn another_name_of_the_actor_a_query_names_meets_its_word() {
        let fixture = Fixture::with_lexicon(
            "[[actor]]\nname = \"Sudan\"\nkind = \"state\"\naliases = [\"Khartoum\"]\n",
        );
        fixture.write("alias.md", &article("A", None, "Khartoum spoke of war."));
        fixture.write("word.md", &article("B", None, "Sudan spoke of peace."));
        fixture.write("none.md", &article("C", None, "Someone spoke of war."));
        fixture.sync();
        let results = run(
            &fixture,
            &SearchRequest {
                facets: true,
                fill_with_partial: true,
                ..request("Sudan war")
            },
        );
        assert_eq!(results.total, 1, "{results:?}");
        let alias = &results.hits[0];
        assert_eq!((alias.id.as_str(), alias.partial), ("alias.md", false));
        assert!(results.hits[1..].iter().all(|h| h.partial), "{results:?}");
        let facets = results.facets.unwrap();
        let sudan = facets.actors.iter().find(|c| c.name == "Sudan");
        assert_eq!(sudan.map(|c| c.documents), Some(1), "{facets:?}");
        assert_eq!(run(&fixture, &request("sudan")).total, 2);
        // With an operator the words are the user's to combine: as typed.
        assert_eq!(run(&fixture, &request("Sudan AND war")).total, 0);
    }

    #[test]
    fn more_occurrences_and_title_matches_rank_first() {
        let fixture = Fixture::new();
        // Bodies of the same length, so only the counts differ.
        fixture.write(
            "one.md",
            &article("Notes", None, "ceasefire port port port"),
        );
        fixture.write(
            "three.md",
            &article("Notes", None, "ceasefire ceasefire ceasefire port"),
        );
        fixture.write("none.md", &article("Notes", None, "port port port port"));
        fixture.write(
            "titled.md",
            &article("Harbour", None, "port port port port"),
        );
        fixture.write("body.md", &article("Notes", None, "harbour port port port"));
        fixture.sync();

        let results = run(&fixture, &request("ceasefire"));
        assert_eq!(ids(&results), ["three.md", "one.md"]);
        assert_eq!(results.total, 2);
        assert_eq!(
            results.hits.iter().map(|h| h.rank).collect::<Vec<_>>(),
            [1, 2]
        );
        assert!(results.hits[0].score > results.hits[1].score);
        assert!(results.hits[1].score > 0.0);

        assert_eq!(
            ids(&run(&fixture, &request("harbour"))),
            ["titled.md", "body.md"]
        );
    }

    #[test]
    fn filters_narrow_the_hits_and_keep_their_order() {
        let fixture = speeches();
        let unfiltered = run(&fixture, &request("ceasefire"));
        assert_eq!(unfiltered.total, 3);
        let filtered = |filters: Filters| {
            let results = run(
                &fixture,
                &SearchRequest {
                    filters,
                    ..request("ceasefire")
                },
            );
            assert_eq!(results.total, results.hits.len());
            ids(&results)
                .into_iter()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        // The unfiltered order, keeping only `wanted`.
        let kept = |wanted: &[&str]| {
            ids(&unfiltered)
                .into_iter()
                .filter(|id| wanted.contains(id))
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        let putin = || vec!["Vladimir Putin".to_owned()];
        assert_eq!(
            filtered(Filters {
                actors: putin(),
                ..Filters::default()
            }),
            kept(&["a.md", "c.md"])
        );
        // A parent issue takes in its children.
        assert_eq!(
            filtered(Filters {
                issues: vec!["economy".to_owned()],
                ..Filters::default()
            }),
            kept(&["b.md", "c.md"])
        );
        // Dates are inclusive, and a month covers all its days.
        assert_eq!(
            filtered(Filters {
                since: day("2024-03"),
                ..Filters::default()
            }),
            kept(&["b.md", "c.md"])
        );
        assert_eq!(
            filtered(Filters {
                until: day("2024-03"),
                ..Filters::default()
            }),
            kept(&["a.md", "b.md"])
        );
        assert_eq!(
            filtered(Filters {
                since: day("2024-02"),
                until: day("2024-05-31"),
                ..Filters::default()
            }),
            ["b.md"]
        );
        assert_eq!(
            filtered(Filters {
                actors: putin(),
                since: day("2024-03-05"),
                ..Filters::default()
            }),
            ["c.md"]
        );
    }

    #[test]
    fn date_order_is_newest_first_with_undated_last() {
        let fixture = speeches();
        let by_date = SearchRequest {
            sort: SortOrder::Date,
            ..request("ceasefire")
        };
        assert_eq!(ids(&run(&fixture, &by_date)), ["c.md", "b.md", "a.md"]);
        // No text: every document, by date.
        assert_eq!(
            ids(&run(&fixture, &request(""))),
            ["c.md", "b.md", "a.md", "d.md"]
        );
        let sanctions = SearchRequest {
            filters: Filters {
                issues: vec!["economy/sanctions".to_owned()],
                ..Filters::default()
            },
            ..request("  ")
        };
        assert_eq!(ids(&run(&fixture, &sanctions)), ["c.md", "b.md", "d.md"]);
    }

    #[test]
    fn the_limit_cuts_the_hits_but_not_the_total() {
        let fixture = speeches();
        let all = run(&fixture, &request("ceasefire"));
        let first = run(
            &fixture,
            &SearchRequest {
                limit: 1,
                ..request("ceasefire")
            },
        );
        assert_eq!((first.total, first.hits.len()), (3, 1));
        assert_eq!(first.hits[0].id, all.hits[0].id);
        let count_only = run(
            &fixture,
            &SearchRequest {
                limit: 0,
                ..request("ceasefire")
            },
        );
        assert_eq!((count_only.total, count_only.hits.len()), (3, 0));
        let generous = run(
            &fixture,
            &SearchRequest {
                limit: 1000,
                ..request("")
            },
        );
        assert_eq!((generous.total, generous.hits.len()), (4, 4));
        assert!(all.facets.is_none());
    }

    #[test]
    fn facets_count_the_matching_documents_only() {
        let fixture = speeches();
        let results = run(
            &fixture,
            &SearchRequest {
                facets: true,
                limit: 0,
                ..request("ceasefire")
            },
        );
        let count = |name: &str, documents| Count {
            name: name.to_owned(),
            documents,
        };
        let facets = results.facets.expect("facets were asked for");
        assert_eq!(
            facets.actors,
            [count("Vladimir Putin", 2), count("United Nations", 1)]
        );
        assert_eq!(
            facets.issues,
            [
                count("security", 3),
                count("economy", 2),
                count("economy/sanctions", 2)
            ]
        );
    }

    #[test]
    fn a_hit_carries_its_stored_fields_and_a_highlighted_snippet() {
        let fixture = speeches();
        let results = run(&fixture, &request("sanction putin"));
        assert_eq!(ids(&results), ["c.md"]);
        let hit = &results.hits[0];
        let body = "The UN proposed a ceasefire and sanctions; Putin refused.";
        assert_eq!((hit.path.as_str(), hit.title.as_str()), ("c.md", "Speech"));
        assert_eq!(hit.published.as_deref(), Some("2024-06-20"));
        let mut actors: Vec<&str> = hit.actors.iter().map(|a| a.name.as_str()).collect();
        actors.sort();
        assert_eq!(actors, ["United Nations", "Vladimir Putin"]);
        let mut issues = hit.issues.clone();
        issues.sort();
        assert_eq!(issues, ["economy/sanctions", "security"]);
        assert_eq!(hit.snippet.len(), 1);
        let snippet = &hit.snippet[0];
        assert_eq!(snippet.text, body);
        let at = |word: &str| {
            let start = body.find(word).unwrap();
            start..start + word.len()
        };
        // "sanctions" by its stem; "Putin" whatever its case.
        assert_eq!(snippet.highlights, [at("sanctions"), at("Putin")]);
    }

    #[test]
    fn a_phrase_is_highlighted_where_it_stands_whole() {
        let fixture = speeches();
        let results = run(&fixture, &request("\"sanctions loom\""));
        assert_eq!(ids(&results), ["b.md"]);
        let snippet = &results.hits[0].snippet[0];
        let start = snippet.text.find("sanctions loom").unwrap();
        let phrase = start..start + "sanctions loom".len();
        assert_eq!(snippet.highlights, vec![phrase]);
    }

    /// A query whose matches burst in one year ranks that year's documents
    /// a little higher: the event's year, which the user did not type. A
    /// typed year or a date filter says which year is wanted, and a subject
    /// every year treats alike has no burst: no boost then.
    #[test]
    fn the_year_a_querys_matches_burst_in_ranks_first_unless_a_year_is_given() {
        let fixture = Fixture::new();
        for year in 2020..2024 {
            for n in 0..24 {
                let body = match (year, n) {
                    (2023, 0..22) => "The earthquake destroyed the harvest.",
                    (_, 0) => "The earthquake and another earthquake: the harvest.",
                    _ => "The harvest was good.",
                };
                let date = format!("{year}-09-{:02}", n + 1);
                fixture.write(
                    &format!("{year}-{n}.md"),
                    &article("Speech", Some(&date), body),
                );
            }
        }
        fixture.sync();
        let explained = |text: &str, filters: Filters| {
            run(
                &fixture,
                &SearchRequest {
                    explain: true,
                    filters,
                    limit: 30,
                    ..request(text)
                },
            )
        };
        let event_part = |hit: &Hit| {
            hit.explanation
                .as_ref()
                .unwrap()
                .parts
                .iter()
                .find(|p| p.kind == explain::PartKind::Event)
                .map(|p| p.score)
        };
        // The three speeches that say it twice outrank a single mention by
        // BM25 alone: the burst's year comes first with the boost.
        let burst = explained("earthquake", Filters::default());
        assert_eq!(burst.total, 25);
        let (first, rest) = burst.hits.split_at(22);
        for hit in first {
            assert!(hit.id.starts_with("2023-"), "{}", hit.id);
            assert_eq!(event_part(hit), Some(ranking::EVENT_BOOST));
        }
        assert!(rest.iter().all(|h| event_part(h).is_none()));
        // Given a date filter or a typed year, the words alone order them.
        let since = Filters {
            since: day("2020"),
            ..Filters::default()
        };
        let dated = explained("earthquake", since);
        assert!(dated.hits[0].id.ends_with("-0.md"));
        let typed = explained("earthquake 2021", Filters::default());
        for results in [dated, typed] {
            assert!(results.hits.iter().all(|h| event_part(h).is_none()));
        }
        // Every year's speeches speak of the harvest: no burst.
        let flat = explained("harvest", Filters::default());
        assert!(flat.hits.iter().all(|h| event_part(h).is_none()));
    }

    /// The ranking that counts the matches per year in its first pass (and
    /// runs it again only with a burst's boost) gives what a search with
    /// the boost known beforehand gives: the same count, hits, order and
    /// scores, for queries with and without a burst.
    #[test]
    fn counting_years_in_the_first_pass_ranks_as_counting_them_first() {
        let fixture = Fixture::new();
        for year in 2019..2024 {
            for n in 0..24 {
                let body = match (year, n % 3) {
                    (2022, _) if n < 21 => "The flood destroyed the harvest and the port.",
                    (_, 0) => "The flood and another flood: the harvest.",
                    (_, 1) => "The port reopened after the harvest.",
                    _ => "The harvest was good; the flood came later.",
                };
                let date = format!("{year}-{:02}-{:02}", n % 12 + 1, n + 1);
                fixture.write(
                    &format!("{year}-{n}.md"),
                    &article("Speech", Some(&date), body),
                );
            }
        }
        fixture.sync();
        let open = fixture.open();
        let searcher = crate::index::searcher(&open.index).unwrap();
        let executor = segments::executor(&searcher).unwrap();
        let fields = &open.fields;
        let mut bursts = 0;
        for text in [
            "destroyed",
            "flood",
            "harvest",
            "flood port",
            "port destroyed harvest",
        ] {
            for limit in [1, 5, 30] {
                let mut parts =
                    query::build_ranked(&searcher, fields, text, &Filters::default()).unwrap();
                assert!(parts.takes_event_year, "{text}");
                let found = by_relevance(&searcher, &executor, fields, &mut parts, limit).unwrap();
                // The reference: the matches counted per year on their own,
                // then one ranking pass with the boost (if any) in the query.
                let mut reference =
                    query::build_ranked(&searcher, fields, text, &Filters::default()).unwrap();
                let matching =
                    timeline::years(&searcher, &executor, reference.first_pass().as_ref()).unwrap();
                let boosted = reference
                    .add_event_year(&searcher, &executor, fields, &matching)
                    .unwrap();
                bursts += usize::from(boosted);
                reference.takes_event_year = false;
                let expected =
                    by_relevance(&searcher, &executor, fields, &mut reference, limit).unwrap();
                assert_eq!(found, expected, "{text}, {limit}");
                assert_eq!(parts.boosts.len(), reference.boosts.len(), "{text}");
            }
        }
        // "destroyed" bursts in 2022 (21 of its 21 matches), "flood" does not
        // reach a quarter there: both branches are taken.
        assert!(bursts > 0 && bursts < 15, "{bursts}");
    }

    /// A year typed among the words asks for the documents of that year,
    /// which mostly never write it: they come first, and those of other
    /// years still match on the other words. A year no document was
    /// published in, or one inside a phrase, stays a word to match.
    #[test]
    fn a_typed_year_ranks_that_years_documents_first_without_requiring_it() {
        let fixture = Fixture::new();
        let speeches = [
            (
                "later.md",
                "2005-09-20",
                "The Iraq war of 2003, the Iraq war, the war.",
            ),
            (
                "then.md",
                "2003-09-23",
                "The war in Iraq divides the Council.",
            ),
            ("other.md", "2003-09-24", "Harvests and rivers in 2030."),
            (
                "agenda.md",
                "2016-09-20",
                "The 2030 Agenda, the Agenda for all.",
            ),
            ("agenda2.md", "2016-09-21", "An agenda of reforms."),
        ];
        for (rel, date, body) in speeches {
            fixture.write(rel, &article("Speech", Some(date), body));
        }
        fixture.sync();
        // Without the year, the speech that says "Iraq war" most is first.
        assert_eq!(ids(&run(&fixture, &request("Iraq war")))[0], "later.md");
        let typed = run(&fixture, &request("Iraq war 2003"));
        assert_eq!(ids(&typed), ["then.md", "later.md"]);
        assert_eq!(typed.total, 2);
        // What counts the matches (facets, trend, export, alerts) agrees.
        let open = fixture.open();
        let searcher = crate::index::searcher(&open.index).unwrap();
        let all = query::build(
            &searcher,
            &open.fields,
            "Iraq war 2003",
            &Filters::default(),
        );
        assert_eq!(searcher.search(&all.unwrap(), &Count).unwrap(), 2);
        // The year as such matches nothing it did not match before.
        assert!(!ids(&typed).contains(&"other.md"));
        let explained = run(
            &fixture,
            &SearchRequest {
                explain: true,
                ..request("Iraq war 2003")
            },
        );
        let parts = &explained.hits[0].explanation.as_ref().unwrap().parts;
        assert!(
            parts
                .iter()
                .any(|p| p.kind == explain::PartKind::Year && p.score == ranking::YEAR_BOOST)
        );
        // No document was published in 2030: it is a word to find.
        assert_eq!(ids(&run(&fixture, &request("agenda 2030"))), ["agenda.md"]);
        // In a phrase, a year is part of the phrase.
        assert_eq!(
            ids(&run(&fixture, &request("\"Iraq war of 2003\""))),
            ["later.md"]
        );
        // A query of nothing but a year is a word too.
        assert_eq!(ids(&run(&fixture, &request("2003"))), ["later.md"]);
    }

    #[test]
    fn a_query_mistake_is_an_error_with_its_position() {
        let fixture = speeches();
        // A dangling `AND`, placed in characters, not bytes.
        let text = "перемирие AND";
        let and_at = text.chars().position(|c| c == 'A');
        match search(&fixture.open(), &request(text)) {
            Err(SearchError::Query(error)) => assert_eq!(error.position, and_at, "{error:?}"),
            other => panic!("expected a query error, got {:?}", other.map(|r| r.total)),
        }
    }

    /// Speeches, four dated and four not, over a few shared words.
    fn words_fixture() -> &'static Fixture {
        static FIXTURE: std::sync::OnceLock<Fixture> = std::sync::OnceLock::new();
        FIXTURE.get_or_init(|| {
            let fixture = Fixture::new();
            let speeches = [
                (
                    Some("2021-02-01"),
                    "Putin spoke of a ceasefire on the Black Sea.",
                ),
                (Some("2022-05-10"), "Sanctions and talks; a truce failed."),
                (
                    Some("2023-09-30"),
                    "A truce by the sea. Sanctions, sanctions.",
                ),
                (None, "Black flags, talks and a ceasefire."),
                (None, "Calm talks on the sea."),
                // One word many times: above articles with every word in
                // the OR search, so the fill must leave room for those.
                (Some("2022-01-01"), "Talks, talks, talks, talks and talks."),
                (None, "Sea, sea, sea. Truce, truce, truce, truce."),
                // Every word once in a long text: low in the OR search.
                (
                    None,
                    "A long report on budgets, roads, schools, harvests, rivers, \
                     bridges, elections, taxes, hospitals, railways, mines, forests \
                     and farms mentions talks, a truce, sanctions, Putin, a ceasefire \
                     and the Black Sea once each, among much else about wages, \
                     prices, pensions, courts, police, water, power and housing.",
                ),
            ];
            for (i, (date, body)) in speeches.iter().enumerate() {
                fixture.write(&format!("{i}.md"), &article("Speech", *date, body));
            }
            fixture.sync();
            fixture
        })
    }

    /// When a list is short, an article with some of the words ranks by its
    /// score among those with all of them: the speech about Bissau that never
    /// says "coup" comes before the long one that names both once in passing
    /// (it came after it, under the heading, before).
    #[test]
    fn a_short_list_is_ranked_by_score_whatever_words_a_hit_lacks() {
        let fixture = Fixture::new();
        let filler = "Budgets, roads, schools, harvests, rivers, bridges, taxes, \
                      hospitals, railways, forests, farms, wages, prices and pensions. "
            .repeat(8);
        let passing = format!("{filler}A coup took place in Bissau. {filler}");
        let about = "Bissau rebuilds. In Bissau the army obeys the law; Bissau holds \
                     elections, and the people of Bissau vote.";
        fixture.write("passing.md", &article("Speech", None, &passing));
        fixture.write("about.md", &article("Speech", None, about));
        fixture.write("other.md", &article("Speech", None, "Harvests and rivers."));
        fixture.sync();
        let open = fixture.open();
        let ask = |fill_with_partial| {
            search(
                &open,
                &SearchRequest {
                    text: "bissau coup".to_owned(),
                    limit: 10,
                    fill_with_partial,
                    ..SearchRequest::default()
                },
            )
            .unwrap()
        };
        let filled = ask(true);
        assert_eq!(
            listed(&filled),
            [
                ("about.md".to_owned(), true),
                ("passing.md".to_owned(), false)
            ]
        );
        assert!(filled.hits[0].score > filled.hits[1].score);
        // The full match keeps its score, and the total counts it alone.
        let strict = ask(false);
        assert_eq!(listed(&strict), [("passing.md".to_owned(), false)]);
        assert_eq!((filled.total, strict.total), (1, 1));
        assert_eq!(filled.hits[1].score, strict.hits[0].score);
    }

    /// The ids of `results`' hits, in order, and whether each is partial.
    fn listed(results: &SearchResults) -> Vec<(String, bool)> {
        results
            .hits
            .iter()
            .map(|h| (h.id.clone(), h.partial))
            .collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]
        /// Filling a short list with articles that have some of the words
        /// keeps the full matches as they were (in order and score), ranks
        /// the whole list by score, and adds every article (up to the limit)
        /// that a plain union of one-word searches with the same filters
        /// finds and the full search does not.
        #[test]
        fn partial_hits_fill_a_short_list_ranked_by_score(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "putin", "ceasefire", "sanctions", "truce", "sea", "black", "talks", "zebra",
                ]),
                1..4,
            ),
            limit in 1usize..7,
            since in proptest::option::of(proptest::sample::select(vec!["2021", "2022", "2023"])),
        ) {
            let open = words_fixture().open();
            let filters = Filters {
                since: since.map(|y| PartialDate::parse(y).unwrap()),
                ..Filters::default()
            };
            let ask = |text: &str, limit: usize, fill: bool| {
                search(&open, &SearchRequest {
                    text: text.to_owned(),
                    filters: filters.clone(),
                    limit,
                    fill_with_partial: fill,
                    ..SearchRequest::default()
                })
                .unwrap()
            };
            let text = words.join(" ");
            let strict = ask(&text, limit, false);
            let filled = ask(&text, limit, true);
            let hits = listed(&filled);
            let scored = |results: &SearchResults, partial: bool| -> Vec<(String, f32)> {
                results.hits.iter().filter(|h| h.partial == partial)
                    .map(|h| (h.id.clone(), h.score)).collect()
            };
            proptest::prop_assert_eq!(scored(&filled, false), scored(&strict, false));
            proptest::prop_assert_eq!(filled.total, strict.total);
            proptest::prop_assert!(
                filled.hits.windows(2).all(|w| w[0].score >= w[1].score),
                "not ranked by score: {:?}", hits
            );
            let full = strict.hits.len();
            let partial: Vec<&String> = hits.iter().filter(|(_, p)| *p).map(|(id, _)| id).collect();
            // The reference: every article with at least one of the words.
            let mut some = std::collections::BTreeSet::new();
            for word in &words {
                some.extend(ask(word, 100, false).hits.into_iter().map(|h| h.id));
            }
            let all: std::collections::BTreeSet<String> =
                ask(&text, 100, false).hits.into_iter().map(|h| h.id).collect();
            let expected = some.difference(&all).count().min(limit.saturating_sub(full));
            proptest::prop_assert_eq!(partial.len(), expected, "{:?}", hits);
            for id in &partial {
                proptest::prop_assert!(some.contains(*id) && !all.contains(*id), "{id}");
            }
            let distinct: std::collections::BTreeSet<&String> = hits.iter().map(|(id, _)| id).collect();
            proptest::prop_assert_eq!(distinct.len(), hits.len());
        }
    }
}
