//! What orders the hits beyond BM25 on the query's words: the words standing
//! close together, the actor a query names, and the year a query types or
//! its matches burst in. Each boost is an optional
//! clause beside the required text, so it reorders what the text matches and
//! never adds a hit. The weights were measured on the judged query set
//! (`tests/data/ranking`); the repository README's "Ranking" section gives
//! the figures.

use super::syntax::Prepared;
use crate::extract::is_title_or_opening_word;
use crate::index::schema::{self, Fields};
pub use crate::text::name_key;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use tantivy::columnar::Column;
use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{
    Bm25Weight, BooleanQuery, BoostQuery, ConstScoreQuery, EnableScoring, Occur, PhraseQuery,
    Query, Scorer, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, DocSet, Searcher, Term};

/// How much more a word in the title weighs than one in the body.
pub const TITLE_BOOST: f32 = 2.0;

/// The share of documents whose bodies hold a word above which the word
/// scores in the body alone, not in the title ([`query`](super::query)'s
/// `in_most_bodies`): half, where Robertson and Spärck Jones's idf (FTS5's)
/// reaches zero, as a word in half the documents tells nothing of relevance.
pub const COMMON_WORD_SHARE: f64 = 0.5;

/// How far apart two neighbouring query words may stand and still count as
/// close: about a sentence (words between them, a swap costing 2). On the
/// judged set 20 did better than 2, 4 or 10.
pub const PROXIMITY_SLOP: u32 = 20;

/// The weight of the proximity clause against the words' own BM25. A sloppy
/// phrase's BM25 sums the idf of both words, so a small weight already
/// reorders close calls; 0.1 and 0.2 did no better on the judged set.
pub const PROXIMITY_WEIGHT: f32 = 0.05;

/// How many of the best hits without the proximity boost get it added and
/// are reordered (see [`add_proximity`]). A document further down would need
/// a proximity score many times the usual to reach the top 10: on the judged
/// set, the top 10s of all needs are the same as with the boost scored on
/// every match.
pub const PROXIMITY_RERANK_DEPTH: usize = 100;

/// How many hits beyond those asked for the first pass collects, so that
/// hits tied at the last place asked for are all there to be ordered by key.
pub const TIE_MARGIN: usize = 10;

/// Adds the `proximity` query's score to each hit's: word positions are read
/// for these documents only, not for every document the text matches.
pub fn add_proximity(
    searcher: &Searcher,
    proximity: &dyn Query,
    hits: &mut [(f32, DocAddress)],
) -> tantivy::Result<()> {
    let weight = proximity.weight(EnableScoring::enabled_from_searcher(searcher))?;
    // In index order, so that each segment's scorer only moves forward.
    let mut order: Vec<usize> = (0..hits.len()).collect();
    order.sort_by_key(|&i| hits[i].1);
    let mut scorer: Option<(u32, Box<dyn Scorer>)> = None;
    for i in order {
        let address = hits[i].1;
        let scorer = match &mut scorer {
            Some((segment, scorer)) if *segment == address.segment_ord => scorer,
            _ => {
                let reader = searcher.segment_reader(address.segment_ord);
                &mut scorer
                    .insert((address.segment_ord, weight.scorer(reader, 1.0)?))
                    .1
            }
        };
        if scorer.doc() < address.doc_id {
            scorer.seek(address.doc_id);
        }
        if scorer.doc() == address.doc_id {
            hits[i].0 += scorer.score();
        }
    }
    Ok(())
}

/// The most a document gains when the extractor found the actor the query
/// names: about a third of a typical two-word BM25 score on the UN speeches.
/// It gets `ACTOR_BOOST * n / (n + ACTOR_HALF)` for `n` mentions, so a speech
/// about Guinea (16 mentions) outranks one about Guinea-Bissau that names
/// Guinea twice. On the judged set, a flat 2.0 for any mention scored 0.922;
/// this 0.932 (condensed nDCG@10; `ACTOR_BOOST` 2, 3 or 4 with `ACTOR_HALF`
/// 2, 4 or 8 scored 0.926 to 0.929 otherwise).
pub const ACTOR_BOOST: f32 = 2.0;

/// The mentions at which an actor earns half of [`ACTOR_BOOST`].
pub const ACTOR_HALF: f32 = 2.0;

/// How many of the best hits are read to weigh the actor boost by mentions
/// (the query gives every naming document the whole boost, and the hits are
/// reordered from there).
pub const ACTOR_RERANK_DEPTH: usize = 60;

/// For each hit, the part of [`ACTOR_BOOST`] the query gave it for the
/// `named` actors but that it does not earn by its mentions of them
/// ([`actor_boost`]), summed over the actors in their order; 0 for a hit
/// naming none. Read from the packed `actor_counts`, not stored documents.
pub fn unearned_actor_boosts(
    searcher: &Searcher,
    fields: &Fields,
    named: &[&str],
    hits: &[(f32, DocAddress)],
) -> tantivy::Result<Vec<f32>> {
    let mut parts: Vec<Vec<f32>> = vec![Vec::new(); hits.len()];
    for name in named {
        let counts = packed_counts(searcher, fields.actor_counts, name, hits)?;
        for (i, count) in counts.into_iter().enumerate() {
            if let Some(count) = count {
                parts[i].push(ACTOR_BOOST - actor_boost(count));
            }
        }
    }
    Ok(parts.into_iter().map(|p| p.into_iter().sum()).collect())
}

/// The positions of `hits` in index order, so that each segment's postings
/// only move forward.
fn index_order(hits: &[(f32, DocAddress)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..hits.len()).collect();
    order.sort_by_key(|&i| hits[i].1);
    order
}

/// For each hit, the count `field` (`actor_counts` or `name_word_counts`)
/// packs for `key` ([`schema::packed_count`]), `None` for a hit without one.
fn packed_counts(
    searcher: &Searcher,
    field: Field,
    key: &str,
    hits: &[(f32, DocAddress)],
) -> tantivy::Result<Vec<Option<u32>>> {
    let mut columns = SegmentColumns::new(searcher, field);
    let mut found = Vec::with_capacity(hits.len());
    for &(_, address) in hits {
        let column = columns.of(address.segment_ord)?;
        let rows = column.index.value_row_ids(address.doc_id);
        found.push(schema::unpacked_count(
            rows,
            |row| column.values.get_val(row),
            key,
        ));
    }
    Ok(found)
}

/// A u64 fast column of the hits' segments, each opened when a hit of its
/// segment first needs it.
struct SegmentColumns<'a> {
    searcher: &'a Searcher,
    name: &'a str,
    open: HashMap<u32, Column<u64>>,
}

impl<'a> SegmentColumns<'a> {
    fn new(searcher: &'a Searcher, field: Field) -> Self {
        SegmentColumns {
            searcher,
            name: searcher.schema().get_field_name(field),
            open: HashMap::new(),
        }
    }

    fn of(&mut self, segment_ord: u32) -> tantivy::Result<&Column<u64>> {
        Ok(match self.open.entry(segment_ord) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(
                self.searcher
                    .segment_reader(segment_ord)
                    .fast_fields()
                    .u64(self.name)?,
            ),
        })
    }
}

/// Orders each run of equal scores in `hits` (sorted best first) by the
/// documents' content keys (a hash of the body, [`schema::CONTENT_KEY`]), so
/// that a tie falls the same way in every build of an index: the
/// documents' order in the index, which broke ties before, depends on how
/// its segments happened to be written. Only tied hits have their key read,
/// from a fast column: reading their ids instead (a string column's
/// dictionary) cost a tied query a tenth more instructions.
pub fn break_ties_by_key(
    searcher: &Searcher,
    fields: &Fields,
    hits: &mut [(f32, DocAddress)],
) -> tantivy::Result<()> {
    let mut columns = SegmentColumns::new(searcher, fields.content_key);
    for tied in hits.chunk_by_mut(|a, b| a.0 == b.0) {
        if tied.len() < 2 {
            continue;
        }
        let mut keyed = Vec::with_capacity(tied.len());
        for &hit in tied.iter() {
            // 0 for a document without a key.
            let key = columns
                .of(hit.1.segment_ord)?
                .first(hit.1.doc_id)
                .unwrap_or(0);
            keyed.push((key, hit));
        }
        // Stable: equal bodies keep the order they came in.
        keyed.sort_by_key(|&(key, _)| key);
        for (slot, (_, hit)) in tied.iter_mut().zip(keyed) {
            *slot = hit;
        }
    }
    Ok(())
}

/// What a document naming an actor `count` times earns.
pub fn actor_boost(count: u32) -> f32 {
    let count = count as f32;
    ACTOR_BOOST * count / (count + ACTOR_HALF)
}

/// A word of the query that is the whole name of an actor the query names
/// (`sudan`, `guinea`), as one language's body field holds it, with the
/// BM25 weight the text query scores it with.
#[derive(Clone)]
pub struct NameWord {
    /// The actor, as the index stores it.
    pub actor: String,
    pub term: Term,
    weight: Bm25Weight,
}

impl std::fmt::Debug for NameWord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NameWord")
            .field("actor", &self.actor)
            .field("term", &self.term)
            .finish()
    }
}

/// The words of the `text` query that are whole one-word names of the
/// `named` actors, per language body field. A longer name's words are left
/// out: "korea" in a speech of the Republic of Korea may well be about North
/// Korea ("the two Koreas"), while a one-word name is the one that other
/// names contain (Sudan in South Sudan, Guinea in Papua New Guinea).
pub fn name_words<'a>(
    searcher: &Searcher,
    fields: &Fields,
    text: &dyn Query,
    named: impl Iterator<Item = &'a str>,
) -> tantivy::Result<Vec<NameWord>> {
    let mut typed: Vec<Term> = Vec::new();
    text.query_terms(&mut |term, _| typed.push(term.clone()));
    let mut words = Vec::new();
    for actor in named {
        for texts in &fields.texts {
            let mut analyzer = searcher.index().tokenizer_for_field(texts.body)?;
            let Some(term) = single_term(&mut analyzer, texts.body, actor) else {
                continue;
            };
            if typed.contains(&term) {
                let weight = Bm25Weight::for_terms(searcher, std::slice::from_ref(&term))?;
                words.push(NameWord {
                    actor: actor.to_owned(),
                    term,
                    weight,
                });
            }
        }
    }
    Ok(words)
}

/// The one term `text` is analysed into for `field`, or `None` when it
/// gives none or several (`U.S.`, a name of two words).
pub fn single_term(analyzer: &mut TextAnalyzer, field: Field, text: &str) -> Option<Term> {
    let mut stream = analyzer.token_stream(text);
    let term = stream
        .advance()
        .then(|| Term::from_field_text(field, &stream.token().text))?;
    (!stream.advance()).then_some(term)
}

/// How often a one-word name counts in a document where the word stands
/// `frequency` times, the actor was found `own` times and longer names that
/// hold the word (South Sudan for Sudan) `others` times: the uses the
/// longer names explain are taken away, but never below the actor's own
/// mentions, nor above the word's frequency. A document that never writes
/// the word but names the actor otherwise ("Türkiye" for Turkey, "the
/// Syrian Arab Republic" for Syria) counts its mentions; one that writes
/// the word keeps its frequency as the most, so a capital named beside it
/// ("Dhaka, Bangladesh") adds nothing.
pub fn counted_frequency(frequency: u32, own: u32, others: u32) -> u32 {
    if frequency == 0 {
        return own;
    }
    frequency.saturating_sub(others).max(own.min(frequency))
}

/// For each hit, what its [`NameWord`]s scored beyond the uses of the word
/// that are the actor's: BM25 at the word's frequency less BM25 at the
/// [`counted_frequency`], so that "Sudan" in a speech about South Sudan or
/// "Guinea" in one about Papua New Guinea does not score as if the speech
/// were about the state the query names; negative for a hit that names
/// the actor without the word ("Türkiye"), which scores as if it wrote the
/// word as often. The actor's own mentions are read from `actor_counts`,
/// the longer names' from `name_word_counts` (the mentions of every actor
/// whose [`name_key`] has the word's among two or more words); the result
/// has one entry per hit, 0 for most.
pub fn name_overcount(
    searcher: &Searcher,
    fields: &Fields,
    words: &[NameWord],
    hits: &[(f32, DocAddress)],
) -> tantivy::Result<Vec<f32>> {
    let mut over = vec![0.0; hits.len()];
    let order = index_order(hits);
    for word in words {
        let key = name_key(&word.actor);
        let others = if key.is_empty() || key.contains(' ') {
            // No name holds it as one of its words.
            vec![None; hits.len()]
        } else {
            packed_counts(searcher, fields.name_word_counts, &key, hits)?
        };
        let own = packed_counts(searcher, fields.actor_counts, &word.actor, hits)?;
        let field = word.term.field();
        let mut segment: Option<(u32, Option<SegmentPostings>, FieldNormReader)> = None;
        for &i in &order {
            if others[i].is_none() && own[i].is_none() {
                continue;
            }
            let address = hits[i].1;
            if segment.as_ref().map(|s| s.0) != Some(address.segment_ord) {
                let reader = searcher.segment_reader(address.segment_ord);
                let postings = reader
                    .inverted_index(field)?
                    .read_postings(&word.term, IndexRecordOption::WithFreqs)?;
                segment = Some((
                    address.segment_ord,
                    postings,
                    reader.get_fieldnorms_reader(field)?,
                ));
            }
            let Some((_, postings, norms)) = &mut segment else {
                continue;
            };
            if norms.fieldnorm(address.doc_id) == 0 {
                // Another language's body field: the document has no text here.
                continue;
            }
            let frequency = postings.as_mut().map_or(0, |postings| {
                if postings.doc() < address.doc_id {
                    postings.seek(address.doc_id);
                }
                if postings.doc() == address.doc_id {
                    postings.term_freq()
                } else {
                    0
                }
            });
            let counted = counted_frequency(frequency, own[i].unwrap_or(0), others[i].unwrap_or(0));
            if counted != frequency {
                let norm = norms.fieldnorm_id(address.doc_id);
                over[i] += word.weight.score(norm, frequency) - word.weight.score(norm, counted);
            }
        }
    }
    Ok(over)
}

/// The longest actor name, in words, looked for in a query.
const LONGEST_NAME: usize = 6;

/// What a boost clause rewards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Boost {
    /// Neighbouring query words close together in the body.
    Proximity,
    /// The document names this actor (its name as the index stores it).
    Actor(String),
    /// The document was published in this year, which the query types as a
    /// word (`Iraq war 2003`).
    Year(i32),
    /// The document was published in the year the query's matches burst in
    /// ([`event_year`]), where the query types no year and no date filter.
    Event(i32),
    /// The query's words, each in most bodies, stand in the body as typed
    /// ([`common_words_phrase`]).
    TypedOrder,
}

/// What a document published in a year the query types (`Iraq war 2003`)
/// gains: about half a typical two-word BM25 score on the UN speeches, so
/// the year's documents come first unless another one matches the words
/// much better. On the judged sets' 16 date-bound needs typed with their
/// year, 1, 2, 3, 4 and 8 scored 0.864, 0.886, 0.905, 0.913 and 0.911
/// (nDCG@10; tests/data/ranking/README.md).
pub const YEAR_BOOST: f32 = 4.0;

/// What a document published in the year a query's matches burst in gains
/// ([`event_year`]): half of [`YEAR_BOOST`], since the year is inferred,
/// not asked for. On the eight judged sets (132 needs) 1, 1.5, 2, 3 and 4
/// scored 0.885, 0.888, 0.890, 0.891 and 0.891 (nDCG@10, without filters;
/// with them 0.932 for all): 1 left a year's speeches below the same
/// states' speeches of other years when the query names two states (`India
/// Pakistan war`), and above 2 only two needs gain more
/// (tests/data/ranking/README.md, "The event boost doubled").
pub const EVENT_BOOST: f32 = 2.0;

/// How many times the median year's rate (matches per indexed document of
/// that year) the peak year's must be for [`event_year`] to take it: at 5
/// and 6 perennial subjects with a busy year (Gorbachev, Chad and Libya)
/// were lifted; 8 to 10 scored alike on the judged sets.
pub const EVENT_PEAK_RATIO: f64 = 8.0;

/// The fewest matching documents of the peak year for [`event_year`]: with
/// 10 or 15, a few speeches naming a subject in one year (a hurricane, a
/// sanctions regime) made a burst of a subject that spans years.
pub const EVENT_MIN_DOCUMENTS: u64 = 20;

/// The least share of a query's dated matches the peak year must hold for
/// [`event_year`]. Over a long index (all 79 UNGDC sessions) the median
/// year's rate is near 0 for most subjects, so the ratio alone took a peak
/// for 43 of the 100 judged queries, often one episode of several (the
/// Congo in 1960 for the war of 1998); a quarter leaves 13. On the judged
/// sets' spans (6–10 years) every burst the ratio finds holds more.
pub const EVENT_MIN_SHARE: f64 = 0.25;

/// The year a query's matches burst in, if they do: each year's matching
/// documents divided by the index's documents of that year, the peak taken
/// when its rate is at least [`EVENT_PEAK_RATIO`] times the median year's,
/// strictly above every other year's, and it holds at least
/// [`EVENT_MIN_DOCUMENTS`] matches and [`EVENT_MIN_SHARE`] of them. `matching` and `indexed` are
/// `(year, documents)`; only years the index holds documents of count, and
/// fewer than three never have a burst. A flat profile (every year's rate
/// alike) never has one.
pub fn event_year(matching: &[(i32, u64)], indexed: &[(i32, u64)]) -> Option<i32> {
    let found = |year: i32| -> u64 {
        matching
            .iter()
            .filter(|&&(y, _)| y == year)
            .map(|&(_, n)| n)
            .sum()
    };
    let mut rates: Vec<(i32, f64, u64)> = indexed
        .iter()
        .filter(|&&(_, n)| n > 0)
        .map(|&(year, n)| (year, found(year) as f64 / n as f64, found(year)))
        .collect();
    if rates.len() < 3 {
        return None;
    }
    rates.sort_by(|a, b| b.1.total_cmp(&a.1));
    let middle = rates.len() / 2;
    let median = if rates.len().is_multiple_of(2) {
        (rates[middle - 1].1 + rates[middle].1) / 2.0
    } else {
        rates[middle].1
    };
    let (year, rate, documents) = rates[0];
    let clear = rate > rates[1].1 && rate > median && rate >= EVENT_PEAK_RATIO * median;
    let dated: u64 = rates.iter().map(|r| r.2).sum();
    if !(clear && holds_enough(documents, dated)) {
        return None;
    }
    Some(latest_episode(&rates, year, rate))
}

/// A later episode's peak must reach this share of the strongest year's
/// rate for [`event_year`] to take it instead: the floods of 2022 after
/// those of 2010 (0.7 of the rate on the whole of UNGDC).
pub const EPISODE_MIN_RATE: f64 = 0.5;

/// A year below this share of the peak year's rate ends an episode: the
/// years between two episodes of a recurring event fall below it, an
/// event's own aftermath (its next years looking back) does not.
pub const EPISODE_TROUGH: f64 = 0.25;

/// The year of the latest episode of a recurring event whose strongest year
/// is `peak` at `peak_rate`: after `peak`, the years of `rates` (`(year,
/// rate, matches)`) are cut into runs at the years below
/// [`EPISODE_TROUGH`] of the peak's rate, and the last run whose best year
/// holds [`EVENT_MIN_DOCUMENTS`] matches at [`EPISODE_MIN_RATE`] of the
/// peak's rate gives its best year. The run holding `peak` itself is its
/// aftermath, not another episode. `peak` when there is none.
fn latest_episode(rates: &[(i32, f64, u64)], peak: i32, peak_rate: f64) -> i32 {
    let mut later: Vec<(i32, f64, u64)> = rates.iter().copied().filter(|r| r.0 > peak).collect();
    later.sort_by_key(|r| r.0);
    let episode = |best: (i32, f64, u64)| {
        best.2 >= EVENT_MIN_DOCUMENTS && best.1 >= EPISODE_MIN_RATE * peak_rate
    };
    let mut latest = peak;
    let mut past_trough = false;
    let mut run: Option<(i32, f64, u64)> = None;
    for year in later {
        if year.1 < EPISODE_TROUGH * peak_rate {
            past_trough = true;
            if let Some(best) = run.take().filter(|&best| episode(best)) {
                latest = best.0;
            }
        } else if past_trough && run.is_none_or(|best| year.1 > best.1) {
            run = Some(year);
        }
    }
    if let Some(best) = run.filter(|&best| episode(best)) {
        latest = best.0;
    }
    latest
}

/// Whether some year of `matching` holds enough of a query's dated matches
/// to be their burst: where none does, [`event_year`] finds none, so a
/// search need not count the index's documents per year.
pub fn may_burst(matching: &[(i32, u64)]) -> bool {
    let dated: u64 = matching.iter().map(|&(_, n)| n).sum();
    matching.iter().any(|&(_, n)| holds_enough(n, dated))
}

/// A year's `documents` are enough of a query's `dated` matches for a burst:
/// [`EVENT_MIN_DOCUMENTS`] and [`EVENT_MIN_SHARE`] of them.
fn holds_enough(documents: u64, dated: u64) -> bool {
    documents >= EVENT_MIN_DOCUMENTS && documents as f64 >= EVENT_MIN_SHARE * dated as f64
}

/// The boost clauses for a prepared query over the `analyses` the index holds.
pub fn boosts(
    searcher: &Searcher,
    fields: &Fields,
    analyses: &[usize],
    prepared: &Prepared,
) -> tantivy::Result<Vec<(Boost, Box<dyn Query>)>> {
    let mut boosts = Vec::new();
    if let Some(query) = proximity(searcher, fields, analyses, prepared)? {
        boosts.push((Boost::Proximity, query));
    }
    if let Some(query) = common_words_phrase(searcher, fields, analyses, prepared)? {
        boosts.push((Boost::TypedOrder, query));
    }
    for name in named_actors(searcher, fields, analyses, &prepared.runs)? {
        let term = Term::from_field_text(fields.actors, &name);
        let query = ConstScoreQuery::new(
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            ACTOR_BOOST,
        );
        boosts.push((Boost::Actor(name), Box::new(query)));
    }
    Ok(boosts)
}

/// For a query of plain words, one sloppy phrase per pair of neighbouring
/// words in each language's body field: the more pairs stand close together
/// (and the more often), the higher the document. `None` for fewer than two words.
fn proximity(
    searcher: &Searcher,
    fields: &Fields,
    analyses: &[usize],
    prepared: &Prepared,
) -> tantivy::Result<Option<Box<dyn Query>>> {
    if !prepared.only_words {
        return Ok(None);
    }
    let words = prepared.runs.concat().join(" ");
    let mut pairs: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for &analysis in analyses {
        let terms: Vec<Term> = body_terms(searcher, fields, analysis, &words)?
            .into_iter()
            .map(|(_, term)| term)
            .collect();
        for pair in terms.windows(2).filter(|pair| pair[0] != pair[1]) {
            let mut phrase = PhraseQuery::new(pair.to_vec());
            phrase.set_slop(PROXIMITY_SLOP);
            pairs.push((Occur::Should, Box::new(phrase)));
        }
    }
    if pairs.is_empty() {
        return Ok(None);
    }
    let any = BooleanQuery::new(pairs);
    Ok(Some(Box::new(BoostQuery::new(
        Box::new(any),
        PROXIMITY_WEIGHT,
    ))))
}

/// The share of documents whose bodies must each hold every word of a
/// query for [`common_words_phrase`] to rank by the words standing as typed:
/// nine in ten, where a word's idf falls to about 0.1 and BM25 tells little.
/// At [`COMMON_WORD_SHARE`] (a half, idf about 0.7) the phrase outweighed
/// BM25 that still told (`Iran Iraq war` over the 1980s, `law of the sea
/// conference`, `Security Council reform`) and the judged sets lost 0.01.
pub const TYPED_ORDER_SHARE: f64 = 0.9;

/// What a document gains where a query's words, every one of them in at
/// least [`TYPED_ORDER_SHARE`] of the bodies, stand in its body in the order
/// typed ([`common_words_phrase`]): as much as the year a query's matches
/// burst in ([`EVENT_BOOST`]). Any weight above the words' own BM25 (near 0)
/// puts those documents first; see tests/data/ranking/README.md
/// (ranking-20) for the figures.
pub const TYPED_ORDER_BOOST: f32 = 2.0;

/// For a query of plain words of which every one is in nearly every body
/// (`International Year of Peace` over the 1980s), the words as one
/// exact phrase in each language's body, scoring [`TYPED_ORDER_BOOST`].
/// BM25 weighs such words at almost nothing, so without it their order is
/// close to arbitrary and the proximity boost, weighed by the same idf, does
/// not help; the phrase, far rarer than its words, is what tells. `None`
/// when any word is rarer (BM25 and proximity then order the hits), and for
/// fewer than two words. Only such queries read word positions for every
/// match in the first pass.
fn common_words_phrase(
    searcher: &Searcher,
    fields: &Fields,
    analyses: &[usize],
    prepared: &Prepared,
) -> tantivy::Result<Option<Box<dyn Query>>> {
    if !prepared.only_words {
        return Ok(None);
    }
    let words = prepared.runs.concat().join(" ");
    let documents = searcher.num_docs() as f64;
    let mut phrases: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for &analysis in analyses {
        let terms = body_terms(searcher, fields, analysis, &words)?;
        if terms.len() < 2 {
            continue;
        }
        let mut all_common = true;
        for (_, term) in &terms {
            if (searcher.doc_freq(term)? as f64) < TYPED_ORDER_SHARE * documents {
                all_common = false;
                break;
            }
        }
        if all_common {
            phrases.push((Occur::Should, Box::new(PhraseQuery::new_with_offset(terms))));
        }
    }
    if phrases.is_empty() {
        return Ok(None);
    }
    Ok(Some(Box::new(ConstScoreQuery::new(
        Box::new(BooleanQuery::new(phrases)),
        TYPED_ORDER_BOOST,
    ))))
}

/// `words` analysed as the body field of `analysis` is: each term with its
/// position, as a phrase is built from them.
fn body_terms(
    searcher: &Searcher,
    fields: &Fields,
    analysis: usize,
    words: &str,
) -> tantivy::Result<Vec<(usize, Term)>> {
    let body = fields.texts[analysis].body;
    let mut analyzer = searcher.index().tokenizer_for_field(body)?;
    let mut terms = Vec::new();
    let mut stream = analyzer.token_stream(words);
    while let Some(token) = stream.next() {
        terms.push((token.position, Term::from_field_text(body, &token.text)));
    }
    Ok(terms)
}

/// The first string after every string that begins with `prefix`: its last
/// character that has a successor, moved on by one.
fn successor(prefix: &str) -> Option<String> {
    let mut chars: Vec<char> = prefix.chars().collect();
    while let Some(last) = chars.pop() {
        if let Some(next) = char::from_u32(last as u32 + 1) {
            chars.push(next);
            return Some(chars.into_iter().collect());
        }
    }
    None
}

/// Whether `name` has the [`name_key`] `key`, without building the name's key.
fn same_name(name: &str, key: &str) -> bool {
    let words = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut key_words = key.split(' ');
    for word in words {
        let Some(wanted) = key_words.next() else {
            return false;
        };
        let mut wanted = wanted.chars();
        for c in word.chars().flat_map(char::to_lowercase) {
            if wanted.next() != Some(c) {
                return false;
            }
        }
        if wanted.next().is_some() {
            return false;
        }
    }
    key_words.next().is_none()
}

/// The lexicon actors (as the index stores them) whose name is a run of
/// words of the query: the longest name at each place wins, so
/// `Papua New Guinea` names Papua New Guinea and not Guinea. Actors found
/// by discovery are left out: the lexicon's names are the ones checked. A
/// stored name whose first word is in mixed case (`McDonald`) is not found.
/// A run that is no actor's name may be a person's other name, as the
/// extractor found it in the documents (`Nasser`, [`person_by_alias`]),
/// unless a capitalised word before it is another first name, as the
/// extractor reads one (`Eric Trump` is not Donald Trump; `President
/// Trump`, `Donald Trump` and `Iran Trump` name him: [`names_another`]).
fn named_actors(
    searcher: &Searcher,
    fields: &Fields,
    analyses: &[usize],
    runs: &[Vec<String>],
) -> tantivy::Result<Vec<String>> {
    // Each word of a run as `name_key` splits it, beside its typed form.
    let typed: Vec<Vec<&str>> = runs
        .iter()
        .map(|run| {
            run.iter()
                .flat_map(|w| w.split(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .collect()
        })
        .collect();
    let runs: Vec<Vec<String>> = typed
        .iter()
        .map(|run| run.iter().map(|w| w.to_lowercase()).collect())
        .collect();
    let mut wanted: HashMap<String, Option<String>> = HashMap::new();
    for run in &runs {
        for start in 0..run.len() {
            for end in start + 1..=run.len().min(start + LONGEST_NAME) {
                wanted.insert(run[start..end].join(" "), None);
            }
        }
    }
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    // Only the stored names that begin with a key's first word, in lower
    // case, capitalised or in capitals, are read: reading every name cost a
    // search a third of its time, reading those of each initial a tenth.
    let mut prefixes: Vec<String> = wanted
        .keys()
        .filter_map(|key| key.split(' ').next())
        .flat_map(|word| {
            let mut chars = word.chars();
            let capitalised: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars)
                .collect();
            [word.to_owned(), capitalised, word.to_uppercase()]
        })
        .collect();
    prefixes.sort_unstable();
    prefixes.dedup();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(fields.actors)?;
        let discovered = segment.inverted_index(fields.discovered)?;
        for prefix in &prefixes {
            let range = inverted.terms().range().ge(prefix);
            let mut names = match successor(prefix) {
                Some(end) => range.lt(end),
                None => range,
            }
            .into_stream()?;
            while names.advance() {
                let Ok(name) = std::str::from_utf8(names.key()) else {
                    continue;
                };
                for (key, slot) in wanted.iter_mut() {
                    if slot.is_none()
                        && same_name(name, key)
                        && discovered.terms().get(name)?.is_none()
                    {
                        *slot = Some(name.to_owned());
                    }
                }
            }
        }
    }
    let mut by_alias = HashSet::new();
    for (key, slot) in wanted.iter_mut() {
        if slot.is_none() {
            *slot = person_by_alias(searcher, fields, analyses, key)?;
            if slot.is_some() {
                by_alias.insert(key.clone());
            }
        }
    }
    let mut named = Vec::new();
    for (run, typed) in runs.iter().zip(&typed) {
        let mut start = 0;
        // Where the last name found ends: a word before it is that name's.
        let mut name_end = 0;
        while start < run.len() {
            let longest = (start + 1..=run.len().min(start + LONGEST_NAME))
                .rev()
                .find_map(|end| {
                    let key = run[start..end].join(" ");
                    let found = wanted.get(&key)?.as_ref()?;
                    let before = start.checked_sub(1).filter(|&b| b >= name_end);
                    if let Some(before) = before
                        && by_alias.contains(&key)
                        && names_another(typed[before], found, |word| {
                            wanted.get(word).is_some_and(Option::is_some)
                        })
                    {
                        return None;
                    }
                    Some((end, found))
                });
            match longest {
                Some((end, name)) => {
                    if !named.contains(name) {
                        named.push(name.clone());
                    }
                    start = end;
                    name_end = end;
                }
                None => start += 1,
            }
        }
    }
    Ok(named)
}

/// Whether the typed word `before`, right before a person's other name in a
/// query, is another first name, so that the name is someone else's (`Eric`
/// before `Trump`): a capitalised word that is no title or opening word of
/// the extractor's ([`is_title_or_opening_word`]), no word of the person's
/// own name (`Gamal Nasser`), no acronym (`US Trump`) and no actor's name
/// (`named`: `Iran Khomeini`), as the extractor reads a first name before a
/// surname.
fn names_another(before: &str, person: &str, named: impl Fn(&str) -> bool) -> bool {
    let lower = before.to_lowercase();
    before.chars().next().is_some_and(char::is_uppercase)
        && before.chars().any(char::is_lowercase)
        && !is_title_or_opening_word(before)
        && !name_key(person).split(' ').any(|w| w == lower)
        && !named(&lower)
}

/// The least share of the documents whose bodies hold an alias's rarest
/// word that name the person, for a query typing the alias to name that
/// person ([`person_by_alias`]). Below it the word is mostly something
/// else: `rice` (the crop, not Condoleezza Rice).
pub const ALIAS_MIN_SHARE: f64 = 0.2;

/// The lexicon person a query's run of words `key` (in [`name_key`] form)
/// names by another name than their own (`nasser`, `bin laden`): of the
/// people the extractor found called so, the one the most documents call
/// so (ties by name), read from the `actor_aliases` terms `key\u{1}…`. None
/// when no document calls anyone so, or when the documents naming that
/// person (by any name) are fewer than [`ALIAS_MIN_SHARE`] of those whose
/// bodies hold the alias's rarest word, counted in the body fields of the
/// `analyses` the index holds.
fn person_by_alias(
    searcher: &Searcher,
    fields: &Fields,
    analyses: &[usize],
    key: &str,
) -> tantivy::Result<Option<String>> {
    let start = schema::alias_term(key, "");
    let end = format!("{key}{}", schema::ALIAS_END);
    let mut by_actor: HashMap<String, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(fields.actor_aliases)?;
        let mut terms = inverted
            .terms()
            .range()
            .ge(start.as_bytes())
            .lt(end.as_bytes())
            .into_stream()?;
        while terms.advance() {
            let Some(actor) = std::str::from_utf8(terms.key())
                .ok()
                .and_then(|term| term.strip_prefix(start.as_str()))
            else {
                continue;
            };
            // A term's document frequency counts deleted documents until
            // their segment is merged: where the segment has any, the living
            // are counted, so a removed or re-indexed article no longer
            // decides whom the alias names.
            let documents = match segment.alive_bitset() {
                None => u64::from(terms.value().doc_freq),
                Some(alive) => {
                    let mut postings = inverted
                        .read_postings_from_terminfo(terms.value(), IndexRecordOption::Basic)?;
                    let mut living = 0;
                    let mut doc = postings.doc();
                    while doc != tantivy::TERMINATED {
                        living += u64::from(alive.is_alive(doc));
                        doc = postings.advance();
                    }
                    living
                }
            };
            if documents > 0 {
                *by_actor.entry(actor.to_owned()).or_default() += documents;
            }
        }
    }
    let Some((actor, _)) = by_actor
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
    else {
        return Ok(None);
    };
    let naming = searcher.doc_freq(&Term::from_field_text(fields.actors, &actor))?;
    let mut bodies = Vec::new();
    for &analysis in analyses {
        let body = fields.texts[analysis].body;
        bodies.push((body, searcher.index().tokenizer_for_field(body)?));
    }
    let mut rarest: Option<u64> = None;
    for word in key.split(' ') {
        // A word no analysis makes one term of ("puti̇n" of a typed
        // "PUTİN", split at its combining dot) is not counted, rather than
        // counted as held by no document.
        let mut holding = None;
        for (body, analyzer) in &mut bodies {
            if let Some(term) = single_term(analyzer, *body, word) {
                *holding.get_or_insert(0) += searcher.doc_freq(&term)?;
            }
        }
        if let Some(holding) = holding {
            rarest = Some(rarest.map_or(holding, |r| r.min(holding)));
        }
    }
    let holding = rarest.unwrap_or(0);
    Ok((naming as f64 >= ALIAS_MIN_SHARE * holding as f64).then_some(actor))
}

/// The rerank computed from the stored `actor_mentions` of each hit, as it
/// was before the counts were indexed: the plain reference that
/// [`unearned_actor_boosts`] and [`name_overcount`] are checked against.
#[cfg(test)]
pub(crate) mod reference {
    use super::*;
    use crate::search::ActorMention;

    /// The part of [`ACTOR_BOOST`] a document with these mentions of the
    /// `named` actors was given by the query but does not earn.
    pub fn unearned_actor_boost<'a>(
        named: impl Iterator<Item = &'a str>,
        mentions: &[ActorMention],
    ) -> f32 {
        named
            .filter_map(|name| mentions.iter().find(|m| m.name == name))
            .map(|m| ACTOR_BOOST - actor_boost(m.count))
            .sum()
    }

    /// Whether the actor `name` holds the one-word name `word` as one of its
    /// words (`South Sudan` holds `Sudan`, `Guinea-Bissau` holds `Guinea`).
    pub fn holds_name(name: &str, word: &str) -> bool {
        let (name, word) = (name_key(name), name_key(word));
        name != word && name.split(' ').any(|w| w == word)
    }

    /// [`super::name_overcount`] with `mentions[i]` as `hits[i]`'s actors.
    pub fn name_overcount(
        searcher: &Searcher,
        words: &[NameWord],
        hits: &[(f32, DocAddress)],
        mentions: &[Vec<ActorMention>],
    ) -> tantivy::Result<Vec<f32>> {
        let mut over = vec![0.0; hits.len()];
        for word in words {
            let field = word.term.field();
            for (i, &(_, address)) in hits.iter().enumerate() {
                let others: u32 = mentions[i]
                    .iter()
                    .filter(|m| holds_name(&m.name, &word.actor))
                    .map(|m| m.count)
                    .sum();
                let own = mentions[i]
                    .iter()
                    .find(|m| m.name == word.actor)
                    .map_or(0, |m| m.count);
                let reader = searcher.segment_reader(address.segment_ord);
                let norms = reader.get_fieldnorms_reader(field)?;
                if norms.fieldnorm(address.doc_id) == 0 {
                    continue;
                }
                let mut frequency = 0;
                if let Some(mut postings) = reader
                    .inverted_index(field)?
                    .read_postings(&word.term, IndexRecordOption::WithFreqs)?
                {
                    if postings.doc() < address.doc_id {
                        postings.seek(address.doc_id);
                    }
                    if postings.doc() == address.doc_id {
                        frequency = postings.term_freq();
                    }
                }
                let counted = counted_frequency(frequency, own, others);
                let norm = norms.fieldnorm_id(address.doc_id);
                over[i] += word.weight.score(norm, frequency) - word.weight.score(norm, counted);
            }
        }
        Ok(over)
    }
}

#[cfg(test)]
mod tests {
    use super::reference::{holds_name, unearned_actor_boost};
    use super::*;
    use crate::search::ActorMention;

    #[test]
    fn the_actor_boost_grows_with_mentions() {
        assert_eq!(actor_boost(2), ACTOR_BOOST / 2.0);
        assert!(actor_boost(1) < actor_boost(2) && actor_boost(16) < ACTOR_BOOST);
        let mention = |name: &str, count| ActorMention {
            name: name.to_owned(),
            kind: "state".to_owned(),
            count,
            discovered: false,
            aliases: Vec::new(),
        };
        let mentions = [mention("Guinea-Bissau", 20), mention("Guinea", 2)];
        let unearned = |named: &[&str]| unearned_actor_boost(named.iter().copied(), &mentions);
        assert_eq!(unearned(&["Guinea"]), ACTOR_BOOST / 2.0);
        assert_eq!(unearned(&["Mali"]), 0.0);
        assert_eq!(
            unearned(&["Guinea", "Guinea-Bissau"]),
            ACTOR_BOOST - actor_boost(2) + ACTOR_BOOST - actor_boost(20)
        );
    }

    /// The counted frequency against its definition, over small counts: the
    /// uses no longer name explains, or the actor's own mentions if more,
    /// never more than the word stands where it stands at all; where it does
    /// not, the actor's mentions by its other names.
    #[test]
    fn a_name_counts_the_uses_no_longer_name_explains() {
        for frequency in 0..12 {
            for own in 0..12 {
                for others in 0..12 {
                    let counted = counted_frequency(frequency, own, others);
                    if frequency == 0 {
                        assert_eq!(counted, own, "{own} {others}");
                        continue;
                    }
                    let unexplained = frequency as i64 - others as i64;
                    let expected = unexplained.max(own.min(frequency) as i64).max(0) as u32;
                    assert_eq!(counted, expected, "{frequency} {own} {others}");
                    assert!(counted <= frequency);
                    if others == 0 {
                        assert_eq!(counted, frequency);
                    }
                }
            }
        }
        assert!(holds_name("South Sudan", "Sudan"));
        assert!(holds_name("Guinea-Bissau", "Guinea"));
        assert!(holds_name("Papua New Guinea", "Guinea"));
        assert!(!holds_name("Sudan", "Sudan"));
        assert!(!holds_name("sudan", "Sudan"));
        assert!(!holds_name("Nigeria", "Niger"));
        assert!(!holds_name("Sudanese Armed Forces", "Sudan"));
    }

    /// A typed alias names the person the most documents call by it, and
    /// only where enough of the documents holding the word name that
    /// person: a word that is mostly something else names no one.
    #[test]
    fn an_alias_names_the_person_most_documents_call_by_it() {
        use tantivy::{Index, doc};
        let index = Index::create_in_ram(schema::build());
        crate::index::stem::register(&index);
        let fields = Fields::of(&index.schema()).unwrap();
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let add = |body: &str, people: &[(&str, &str)]| {
            let mut d = doc!(fields.body => body);
            for (alias, person) in people {
                d.add_text(fields.actors, *person);
                d.add_text(fields.actor_aliases, schema::alias_term(alias, person));
            }
            writer.add_document(d).unwrap();
        };
        for _ in 0..3 {
            add("Nasser spoke.", &[("nasser", "Gamal Abdel Nasser")]);
        }
        add("Al-Nasser presided.", &[("nasser", "Nassir Al-Nasser")]);
        add(
            "Rice met them.",
            &[
                ("rice", "Condoleezza Rice"),
                ("rice i\u{307}x", "Condoleezza Rice"),
            ],
        );
        for _ in 0..5 {
            add("Rice prices rose.", &[]);
        }
        add("Bin Laden hid.", &[("bin laden", "Osama bin Laden")]);
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let analyses = crate::search::query::indexed_analyses(&searcher, &fields);
        let named = |key: &str| person_by_alias(&searcher, &fields, &analyses, key).unwrap();
        assert_eq!(named("nasser").as_deref(), Some("Gamal Abdel Nasser"));
        assert_eq!(named("bin laden").as_deref(), Some("Osama bin Laden"));
        // One document in six holding `rice` names her: under the share.
        const { assert!(1.0 / 6.0 < ALIAS_MIN_SHARE) };
        assert_eq!(named("rice"), None);
        // A word that is no single term ("i\u{307}x" splits at its combining
        // dot) does not count as held by no document, which would wave the
        // alias through.
        assert_eq!(named("rice i\u{307}x"), None);
        // Neither a prefix of an alias nor a longer run.
        assert_eq!(named("nas"), None);
        assert_eq!(named("nasser spoke"), None);
        assert_eq!(named("bin"), None);
    }

    /// An alias's documents are counted among the living: documents deleted
    /// but not yet merged away (a removed or re-indexed article) do not
    /// decide whom the alias names.
    #[test]
    fn deleted_documents_do_not_decide_whom_an_alias_names() {
        use tantivy::{Index, doc};
        let index = Index::create_in_ram(schema::build());
        crate::index::stem::register(&index);
        let fields = Fields::of(&index.schema()).unwrap();
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        let add = |writer: &mut tantivy::IndexWriter, body: &str, alias: &str, person: &str| {
            let mut d = doc!(fields.body => body);
            d.add_text(fields.actors, person);
            d.add_text(fields.actor_aliases, schema::alias_term(alias, person));
            writer.add_document(d).unwrap();
        };
        for _ in 0..3 {
            add(&mut writer, "Nasser spoke.", "nasser", "Gamal Abdel Nasser");
        }
        add(
            &mut writer,
            "Al-Nasser presided.",
            "nasser",
            "Nassir Al-Nasser",
        );
        writer.commit().unwrap();
        let named = |index: &Index| {
            let searcher = index.reader().unwrap().searcher();
            let analyses = crate::search::query::indexed_analyses(&searcher, &fields);
            person_by_alias(&searcher, &fields, &analyses, "nasser").unwrap()
        };
        assert_eq!(named(&index).as_deref(), Some("Gamal Abdel Nasser"));
        writer.delete_term(Term::from_field_text(fields.actors, "Gamal Abdel Nasser"));
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        assert!(
            searcher.segment_readers().iter().any(|s| s.has_deletes()),
            "the deleted documents are still in their segment"
        );
        assert_eq!(named(&index).as_deref(), Some("Nassir Al-Nasser"));
        // With every document calling anyone so deleted, it names no one.
        writer.delete_term(Term::from_field_text(fields.actors, "Nassir Al-Nasser"));
        writer.commit().unwrap();
        assert_eq!(named(&index), None);
    }

    /// A capitalised word before an alias that is another first name makes
    /// the alias someone else's; a title, an opening word, the person's own
    /// name, an acronym or another actor's name does not.
    #[test]
    fn another_first_name_before_an_alias_is_another_person() {
        let named = |word: &str| ["iran", "security"].contains(&word);
        for word in ["Eric", "Ivanka", "Melania", "Jean"] {
            assert!(names_another(word, "Donald Trump", named), "{word}");
        }
        for word in [
            "President",
            "PRESIDENT",
            "Presidents",
            "Vice-President",
            "Mr",
            "Mr.",
            "Minister",
            "Président",
            "Президент",
            "The",
            "Donald",
            "US",
            "UN",
            "Iran",
            "eric",
            "",
        ] {
            assert!(!names_another(word, "Donald Trump", named), "{word}");
        }
        assert!(!names_another("Gamal", "Gamal Abdel Nasser", named));
        assert!(!names_another("Abdel", "Gamal Abdel Nasser", named));
    }

    /// The query side of [`names_another`]: the runs of a query name the
    /// person by an alias unless another first name stands right before it.
    #[test]
    fn a_query_names_a_person_by_alias_unless_another_first_name_precedes() {
        use tantivy::{Index, doc};
        let index = Index::create_in_ram(schema::build());
        crate::index::stem::register(&index);
        let fields = Fields::of(&index.schema()).unwrap();
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for _ in 0..3 {
            let mut d = doc!(fields.body => "Trump spoke in Iran and at the Security Council.");
            for actor in ["Donald Trump", "Iran", "Security Council"] {
                d.add_text(fields.actors, actor);
            }
            d.add_text(
                fields.actor_aliases,
                schema::alias_term("trump", "Donald Trump"),
            );
            writer.add_document(d).unwrap();
        }
        writer
            .add_document(doc!(fields.body => "A hotel."))
            .unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let analyses = crate::search::query::indexed_analyses(&searcher, &fields);
        let named = |query: &[&[&str]]| {
            let runs: Vec<Vec<String>> = query
                .iter()
                .map(|run| run.iter().map(|w| w.to_string()).collect())
                .collect();
            named_actors(&searcher, &fields, &analyses, &runs).unwrap()
        };
        let trump = ["Donald Trump"];
        assert_eq!(named(&[&["Trump", "hotel"]]), trump);
        assert_eq!(named(&[&["trump"]]), trump);
        assert_eq!(named(&[&["President", "Trump"]]), trump);
        assert_eq!(named(&[&["Mr.", "Trump"]]), trump);
        assert_eq!(named(&[&["Donald", "Trump"]]), trump);
        assert_eq!(named(&[&["US", "Trump", "tariffs"]]), trump);
        assert_eq!(named(&[&["hotel", "Trump"]]), trump);
        assert_eq!(named(&[&["Iran", "Trump"]]), ["Iran", "Donald Trump"]);
        assert_eq!(
            named(&[&["Security", "Council", "Trump"]]),
            ["Security Council", "Donald Trump"]
        );
        // A first name in another run (a quoted phrase, `OR`) says nothing.
        assert_eq!(named(&[&["Eric"], &["Trump"]]), trump);
        assert!(named(&[&["Eric", "Trump", "hotel"]]).is_empty());
        assert!(named(&[&["Ivanka", "Trump"]]).is_empty());
        assert!(named(&[&["Jean-Eric", "Trump"]]).is_empty());
    }

    #[test]
    fn names_compare_as_typed() {
        assert_eq!(name_key("Côte d'Ivoire"), "côte d ivoire");
        assert_eq!(name_key("  Papua  New-Guinea "), "papua new guinea");
        assert_eq!(name_key("U.S."), "u s");
        for name in [
            "Côte d'Ivoire",
            "Papua New Guinea",
            "al-Shabaab",
            "U.S.",
            "Guinea",
        ] {
            assert!(same_name(name, &name_key(name)), "{name}");
        }
        assert!(!same_name("Guinea-Bissau", "guinea"));
        assert!(!same_name("Guinea", "guinea bissau"));
        assert!(!same_name("Nigeria", "niger"));
        assert!(!same_name("Niger", "nigeria"));
        assert_eq!(successor("Guinea").as_deref(), Some("Guineb"));
        assert_eq!(successor("").as_deref(), None);
    }
}

#[cfg(test)]
mod event_tests {
    use super::{
        EPISODE_MIN_RATE, EVENT_MIN_DOCUMENTS, EVENT_MIN_SHARE, EVENT_PEAK_RATIO, event_year,
        may_burst,
    };
    use proptest::prelude::*;

    proptest! {
        /// [`may_burst`] is false only where [`event_year`] finds nothing,
        /// whatever the index holds: the search may skip counting it.
        #[test]
        fn no_burst_is_found_where_may_burst_says_none_can_be(
            counts in proptest::collection::vec((0u64..60, 1u64..200), 0..12),
        ) {
            let matching = by_year(&counts.iter().map(|c| c.0.min(c.1)).collect::<Vec<_>>());
            let indexed = by_year(&counts.iter().map(|c| c.1).collect::<Vec<_>>());
            if !may_burst(&matching) {
                prop_assert_eq!(event_year(&matching, &indexed), None);
            }
        }
    }

    proptest! {
        /// The year taken, the strongest or a later episode, holds the
        /// minimum of matches at half the strongest year's rate or more, and
        /// is not before the strongest year.
        #[test]
        fn the_year_taken_is_a_strong_year_not_before_the_peak(
            background in proptest::collection::vec((0u64..4, 80u64..200), 3..60),
            peak in 0usize..60,
            peak_matches in 20u64..80,
            later in 0usize..60,
            later_matches in 0u64..80,
        ) {
            let mut counts = background;
            let peak = peak % counts.len();
            counts[peak].0 = peak_matches;
            let later = later % counts.len();
            counts[later].0 = counts[later].0.max(later_matches);
            let matching = by_year(&counts.iter().map(|c| c.0).collect::<Vec<_>>());
            let indexed = by_year(&counts.iter().map(|c| c.1).collect::<Vec<_>>());
            if let Some(year) = event_year(&matching, &indexed) {
                let rate = |i: usize| counts[i].0 as f64 / counts[i].1 as f64;
                let peak = (0..counts.len()).max_by(|&a, &b| rate(a).total_cmp(&rate(b))).unwrap();
                let taken = (year - 2000) as usize;
                prop_assert!(taken >= peak);
                prop_assert!(counts[taken].0 >= EVENT_MIN_DOCUMENTS);
                prop_assert!(rate(taken) >= EPISODE_MIN_RATE * rate(peak));
            }
        }
    }

    /// `(year, documents)` from 2000 on.
    fn by_year(counts: &[u64]) -> Vec<(i32, u64)> {
        (2000..).zip(counts.iter().copied()).collect()
    }

    #[test]
    fn a_burst_is_the_peak_year_clear_of_the_median_with_enough_matches() {
        let indexed = by_year(&[190, 190, 190, 190, 190]);
        let burst = by_year(&[3, 2, 40, 8, 4]);
        assert_eq!(event_year(&burst, &indexed), Some(2002));
        // Fewer matches than the minimum: no burst, however sharp.
        let few = by_year(&[0, 0, EVENT_MIN_DOCUMENTS - 1, 0, 0]);
        assert_eq!(event_year(&few, &indexed), None);
        // A busy year within the ratio of the median's rate: a perennial subject.
        assert_eq!(event_year(&by_year(&[10, 12, 40, 9, 11]), &indexed), None);
        // Two years tied at the peak: no one year.
        assert_eq!(event_year(&by_year(&[1, 40, 40, 2, 1]), &indexed), None);
        // Rates, not counts: a year twice as large with twice the matches is flat.
        let uneven = by_year(&[100, 200, 100, 100, 100]);
        assert_eq!(event_year(&by_year(&[20, 40, 20, 20, 20]), &uneven), None);
        // A sharp peak that is one episode of a long-lived subject: a year
        // of 20 among 80 years of one match each holds too little of it
        // (a fifth), one of 40 enough.
        let long = vec![100; 80];
        let mut episodes = vec![1; 80];
        episodes[40] = 20;
        assert_eq!(event_year(&by_year(&episodes), &by_year(&long)), None);
        episodes[40] = 40;
        assert_eq!(event_year(&by_year(&episodes), &by_year(&long)), Some(2040));
        // A recurring event: its latest episode, if as strong as half the
        // strongest and apart from it; not the strongest year's aftermath.
        let mut recurring = vec![1; 80];
        recurring[40] = 60;
        recurring[41] = 12;
        recurring[70] = 35;
        recurring[71] = 6;
        assert_eq!(
            event_year(&by_year(&recurring), &by_year(&long)),
            Some(2070)
        );
        recurring[70] = 29;
        assert_eq!(
            event_year(&by_year(&recurring), &by_year(&long)),
            Some(2040)
        );
        let mut aftermath = vec![1; 80];
        aftermath[40] = 60;
        aftermath[41] = 45;
        aftermath[42] = 46;
        assert_eq!(
            event_year(&by_year(&aftermath), &by_year(&long)),
            Some(2040)
        );
        // Matches in years the index does not hold, or an index of two years.
        assert_eq!(event_year(&[(1990, 50)], &indexed), None);
        assert_eq!(event_year(&by_year(&[0, 50]), &by_year(&[100, 100])), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        /// Where every year's matches are the same share of its documents,
        /// there is no burst.
        #[test]
        fn a_flat_profile_never_has_a_burst(
            sizes in proptest::collection::vec(1u64..400, 0..30),
            share in 1u64..=4,
            of in 4u64..=8,
        ) {
            let indexed = by_year(&sizes.iter().map(|n| n * of).collect::<Vec<_>>());
            let matching = by_year(&sizes.iter().map(|n| n * share).collect::<Vec<_>>());
            prop_assert_eq!(event_year(&matching, &indexed), None);
        }

        /// One year whose rate is the ratio or more above every other year's
        /// (so above the median's), with enough matches and share of them,
        /// is the burst,
        /// wherever it stands and however the years are listed.
        #[test]
        fn a_year_clear_of_all_others_is_the_burst(
            years in proptest::collection::vec((50u64..400, 0u64..=10), 3..30),
            peak in 0usize..30,
            reversed in any::<bool>(),
        ) {
            let peak = peak % years.len();
            let highest = years
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != peak)
                .map(|(_, &(n, m))| m as f64 / n as f64)
                .fold(0.0, f64::max);
            let size = years[peak].0;
            // The fewest matches that beat `highest` by the ratio, and the minimum.
            let needed = (highest * EVENT_PEAK_RATIO * size as f64).floor() as u64 + 1;
            let found = needed.max(EVENT_MIN_DOCUMENTS);
            prop_assume!(found <= size);
            let others: u64 = years.iter().enumerate().filter(|&(i, _)| i != peak).map(|(_, y)| y.1).sum();
            prop_assume!(found as f64 >= EVENT_MIN_SHARE * (found + others) as f64);
            let mut indexed: Vec<(i32, u64)> = by_year(&years.iter().map(|y| y.0).collect::<Vec<_>>());
            let mut matching: Vec<(i32, u64)> = by_year(&years.iter().map(|y| y.1).collect::<Vec<_>>());
            matching[peak].1 = found;
            let year = indexed[peak].0;
            if reversed {
                indexed.reverse();
                matching.reverse();
            }
            prop_assert_eq!(event_year(&matching, &indexed), Some(year));
            // Without the minimum's worth of matches it is none.
            matching.iter_mut().filter(|m| m.0 == year).for_each(|m| m.1 = EVENT_MIN_DOCUMENTS - 1);
            prop_assert_ne!(event_year(&matching, &indexed), Some(year));
        }
    }
}
