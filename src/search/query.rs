//! Turning the user's query text and filters into a tantivy query.
//!
//! tantivy's parser does the work; before it, [`syntax::prepare`] keeps
//! pundex's own syntax, escapes every other character a person types, and
//! places the mistakes that remain.

use super::{case_forms, ranking, syntax};
use crate::article::PartialDate;
use crate::index::document::day_value;
use crate::index::schema::{self, ANALYSES, Analysis, ENGLISH, Fields};
use std::ops::Bound;
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, EmptyQuery, Occur, Query, QueryParser,
    QueryParserError, RangeQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{Facet, IndexRecordOption};
use tantivy::{Executor, Searcher, Term};

/// A query the user must fix, with the character position (from 0) of the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct QueryError {
    pub message: String,
    pub position: Option<usize>,
}

/// Filters that narrow the matching documents; all must hold.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Canonical actor names; a document must name each.
    pub actors: Vec<String>,
    /// Issue paths; a document must carry each (or a child of it).
    pub issues: Vec<String>,
    pub since: Option<PartialDate>,
    pub until: Option<PartialDate>,
    /// Language codes as the index stores them (`ru`); a document must be in one.
    pub languages: Vec<String>,
    /// Article ids; a document must have one of them. Empty: any id (alerts
    /// restrict a saved search to the articles a run brought new text for).
    pub ids: Vec<String>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
            && self.issues.is_empty()
            && self.languages.is_empty()
            && self.ids.is_empty()
            && self.since.is_none()
            && self.until.is_none()
    }
}

/// The exact phrases of a query (those without a slop, `"black sea"~2`),
/// in straight or curly quotes; none when the query has a mistake.
pub fn phrases(text: &str) -> Vec<String> {
    syntax::prepare(text).map(|p| p.phrases).unwrap_or_default()
}

/// The full query: the user's text (all words required, title boosted) and the
/// filters. An empty text matches every document. This is the query that
/// decides which documents match; [`build_ranked`] adds what orders them.
///
/// An article's title and body are in the fields of its language, stemmed
/// with its stemmer, so the text is parsed once per language the index holds
/// (`title:` becoming `title_ru:` for Russian), each parse analysing the
/// words with that language's stemmer, and a document matches through its
/// own language's parse. An English-only index gets exactly one parse.
pub fn build(
    searcher: &Searcher,
    fields: &Fields,
    text: &str,
    filters: &Filters,
) -> Result<Box<dyn Query>, QueryError> {
    Ok(build_parts(searcher, fields, text, filters, Words::All, false)?.query())
}

/// [`build`] with the ranking boosts (words close together, the actor a query
/// names), kept in parts so that a score can be explained part by part.
pub fn build_ranked(
    searcher: &Searcher,
    fields: &Fields,
    text: &str,
    filters: &Filters,
) -> Result<RankedQuery, QueryError> {
    build_parts(searcher, fields, text, filters, Words::All, true)
}

/// [`build_ranked`] with words joined by OR where the text joins them by
/// nothing: an article with some of the words matches. Phrases, exclusions,
/// explicit AND and OR and the filters stay as they are. The search fills a
/// short list of hits with these, after the articles with every word.
pub fn build_ranked_some_words(
    searcher: &Searcher,
    fields: &Fields,
    text: &str,
    filters: &Filters,
) -> Result<RankedQuery, QueryError> {
    build_parts(searcher, fields, text, filters, Words::Some, true)
}

/// Whether words the text joins by nothing must all occur.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Words {
    All,
    Some,
}

/// A search's query in the parts its score is the sum of.
pub struct RankedQuery {
    /// The user's text: BM25 over title and body. `None` for an empty text.
    pub text: Option<Box<dyn Query>>,
    /// Clauses that only raise the score of documents the text matches.
    pub boosts: Vec<(ranking::Boost, Box<dyn Query>)>,
    /// The text's words that are one-word names of the actors it names,
    /// whose uses inside longer names the ranking takes back
    /// ([`ranking::name_overcount`]).
    pub names: Vec<ranking::NameWord>,
    /// Whether the year the matches burst in would be boosted
    /// ([`Self::add_event_year`]): the query types no year, no date filter
    /// is given and every word is required.
    pub takes_event_year: bool,
    /// Required, scoring 0.
    filters: Vec<(Occur, Box<dyn Query>)>,
}

impl RankedQuery {
    /// The actors the query names, whose boost depends on their mentions.
    pub fn named_actors(&self) -> impl Iterator<Item = &str> {
        self.boosts.iter().filter_map(|(boost, _)| match boost {
            ranking::Boost::Actor(name) => Some(name.as_str()),
            ranking::Boost::Proximity
            | ranking::Boost::Year(_)
            | ranking::Boost::Event(_)
            | ranking::Boost::TypedOrder => None,
        })
    }

    /// The parts as one query: the text and the filters required, the boosts optional.
    pub fn query(&self) -> Box<dyn Query> {
        self.query_with(|_| true)
    }

    /// [`query`](Self::query) without the proximity boost: the same hits, and
    /// the same scores but for that boost, which [`Self::proximity`] adds to
    /// the best of them afterwards (reading word positions for every match
    /// is most of a query's time on a large index).
    pub fn first_pass(&self) -> Box<dyn Query> {
        self.query_with(|boost| *boost != ranking::Boost::Proximity)
    }

    /// Adds the boost for the year the documents this query matches burst
    /// in ([`ranking::event_year`]), given them counted per publication
    /// year (`matching`, as [`timeline::years`](super::timeline::years)
    /// gives). The search counts them in the pass that ranks the query
    /// without the boost, so that a query whose matches have no such year
    /// (most) goes over its matches once. Whether a boost was added; never
    /// one where [`Self::takes_event_year`] is false.
    pub fn add_event_year(
        &mut self,
        searcher: &Searcher,
        executor: &Executor,
        fields: &Fields,
        matching: &[(i32, u64)],
    ) -> tantivy::Result<bool> {
        if !self.takes_event_year || !ranking::may_burst(matching) {
            return Ok(false);
        }
        let indexed = super::timeline::years(searcher, executor, &AllQuery)?;
        let Some(year) = ranking::event_year(matching, &indexed) else {
            return Ok(false);
        };
        let query =
            ConstScoreQuery::new(Box::new(published_in(fields, year)), ranking::EVENT_BOOST);
        self.boosts
            .push((ranking::Boost::Event(year), Box::new(query)));
        Ok(true)
    }

    /// The proximity boost, if the query has one.
    pub fn proximity(&self) -> Option<&dyn Query> {
        self.boosts
            .iter()
            .find(|(boost, _)| *boost == ranking::Boost::Proximity)
            .map(|(_, query)| query.as_ref())
    }

    fn query_with(&self, keep: impl Fn(&ranking::Boost) -> bool) -> Box<dyn Query> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(text) = &self.text {
            clauses.push((Occur::Must, text.box_clone()));
            for (_, boost) in self.boosts.iter().filter(|(b, _)| keep(b)) {
                clauses.push((Occur::Should, boost.box_clone()));
            }
        }
        clauses.extend(self.filters.iter().map(|(o, q)| (*o, q.box_clone())));
        match clauses.len() {
            0 => Box::new(AllQuery),
            1 => clauses.pop().map(|(_, q)| q).expect("one clause"),
            _ => Box::new(BooleanQuery::new(clauses)),
        }
    }
}

fn build_parts(
    searcher: &Searcher,
    fields: &Fields,
    text: &str,
    filters: &Filters,
    words: Words,
    with_boosts: bool,
) -> Result<RankedQuery, QueryError> {
    let text = text.trim();
    let mut ranked = RankedQuery {
        text: None,
        boosts: Vec::new(),
        names: Vec::new(),
        takes_event_year: false,
        filters: filter_clauses(fields, filters),
    };
    if text.is_empty() {
        return Ok(ranked);
    }
    let mut prepared = syntax::prepare(text)?;
    let mut years = Vec::new();
    if let Some((rest, typed)) = typed_years(searcher, fields, &prepared) {
        prepared = syntax::prepare(&rest)?;
        years = typed;
    }
    let analyses = indexed_analyses(searcher, fields);
    // A boost that cannot be built (an unreadable term list) is left out:
    // the hits are still right, only ordered without it.
    let boosts = if with_boosts {
        ranking::boosts(searcher, fields, &analyses, &prepared).unwrap_or_default()
    } else {
        Vec::new()
    };
    let named = boosts.iter().filter_map(|(boost, _)| match boost {
        ranking::Boost::Actor(name) => Some(name.as_str()),
        _ => None,
    });
    let by_name = if words == Words::All {
        name_words_typed(&prepared, named)
    } else {
        Vec::new()
    };
    ranked.text = Some(if by_name.is_empty() {
        parse_text(searcher, fields, &analyses, &prepared, words)?
    } else {
        text_with_names(searcher, fields, &analyses, &prepared, &by_name)?
    });
    if with_boosts {
        ranked.boosts = boosts;
        if let Some(text) = &ranked.text {
            let named = ranked.boosts.iter().filter_map(|(boost, _)| match boost {
                ranking::Boost::Actor(name) => Some(name.as_str()),
                _ => None,
            });
            ranked.names =
                ranking::name_words(searcher, fields, text.as_ref(), named).unwrap_or_default();
        }
        for &year in &years {
            let query =
                ConstScoreQuery::new(Box::new(published_in(fields, year)), ranking::YEAR_BOOST);
            ranked
                .boosts
                .push((ranking::Boost::Year(year), Box::new(query)));
        }
        // A query that types no year nor dates its matches, whose matches
        // burst in one year: that year's documents first, a little. The
        // search adds the boost once it has counted the matches per year.
        let dated = filters.since.is_some() || filters.until.is_some();
        ranked.takes_event_year = years.is_empty() && !dated && words == Words::All;
    }
    Ok(ranked)
}

/// The query's words in every language the index holds: each language's
/// parse of `prepared` ([`build`] explains why), joined by OR.
fn parse_text(
    searcher: &Searcher,
    fields: &Fields,
    analyses: &[usize],
    prepared: &syntax::Prepared,
    words: Words,
) -> Result<Box<dyn Query>, QueryError> {
    let mut per_language: Vec<Box<dyn Query>> = Vec::new();
    for &analysis in analyses {
        let texts = fields.texts[analysis];
        let mut parser = QueryParser::for_index(searcher.index(), vec![texts.title, texts.body]);
        if words == Words::All {
            parser.set_conjunction_by_default();
        }
        parser.set_field_boost(texts.title, ranking::TITLE_BOOST);
        let rename = |name: &'static str| match name {
            schema::TITLE | schema::BODY => ANALYSES[analysis].field(name),
            other => other.to_owned(),
        };
        let own_fields = match case_forms::Widening::for_analysis(searcher.index(), analysis) {
            Some(mut widening) => prepared.text_for(rename, |word| widening.alternatives(word)),
            None => {
                let (title, body) = (
                    ANALYSES[analysis].field(schema::TITLE),
                    ANALYSES[analysis].field(schema::BODY),
                );
                prepared.text_scoring_in_body(rename, &title, &body, |word| {
                    in_most_bodies(searcher, texts.body, word)
                })
            }
        };
        match parser.parse_query(&own_fields) {
            Ok(query) => per_language.push(query),
            // Only words the tokenizer drops (`&`, emoji): nothing to find.
            Err(QueryParserError::AllButQueryForbidden) if prepared.first_exclusion.is_none() => {}
            Err(e) => {
                return Err(QueryError {
                    message: describe(&e),
                    position: match e {
                        QueryParserError::AllButQueryForbidden => prepared.first_exclusion,
                        _ => None,
                    },
                });
            }
        }
    }
    Ok(match per_language.len() {
        0 => Box::new(EmptyQuery),
        1 => per_language.pop().expect("one parse"),
        _ => Box::new(BooleanQuery::union(per_language)),
    })
}

/// Whether `word`, analysed for the `body` field, is in at least
/// [`COMMON_WORD_SHARE`] of the index's documents' bodies. Such a word says
/// little of what a document is about, and BM25 already weighs it at almost
/// nothing in the body; but titles are short, so the same word is rare
/// among them and scored high there. A first-line "title" of a
/// hard-wrapped speech ("Allow me to congratulate") then outranked the
/// speeches on `responsibility to protect` by its `to`. Counted against all
/// documents, so in another language's fields, which hold only that
/// language's documents, a word is seldom found common (the title keeps its
/// weight, as before).
fn in_most_bodies(searcher: &Searcher, body: tantivy::schema::Field, word: &str) -> bool {
    let Ok(mut analyzer) = searcher.index().tokenizer_for_field(body) else {
        return false;
    };
    // Several tokens (`U.S.`): the word is a phrase; leave it be.
    let Some(term) = ranking::single_term(&mut analyzer, body, word) else {
        return false;
    };
    let documents = searcher.num_docs();
    let with_word = searcher.doc_freq(&term).unwrap_or(0);
    documents > 0 && with_word as f64 >= ranking::COMMON_WORD_SHARE * documents as f64
}

/// The words of a query of plain words that are the whole one-word name of
/// an actor it names (`turkey` for Turkey), with that actor: the positions
/// in `prepared.words`. None for a query with anything but words.
fn name_words_typed<'a>(
    prepared: &syntax::Prepared,
    named: impl Iterator<Item = &'a str>,
) -> Vec<(usize, String)> {
    if !prepared.only_words {
        return Vec::new();
    }
    let mut found = Vec::new();
    for actor in named {
        let key = ranking::name_key(actor);
        if key.is_empty() || key.contains(' ') {
            continue;
        }
        for (i, (_, word)) in prepared.words.iter().enumerate() {
            if ranking::name_key(word) == key && !found.iter().any(|(j, _)| *j == i) {
                found.push((i, actor.to_owned()));
            }
        }
    }
    found
}

/// The text of a query of plain words where each word of `by_name` is met
/// by the word itself or by the extractor finding its actor: a speech that
/// writes "Türkiye" or "the Syrian Arab Republic" holds `turkey` and `syria`
/// as a speech writing them does, so it is a full match (counted, faceted,
/// and ranked before the articles with some of the words). The actor
/// scores nothing here; the rerank credits the word to a hit that names
/// the actor without it ([`ranking::name_overcount`]). The other words are
/// required as [`parse_text`] requires them.
fn text_with_names(
    searcher: &Searcher,
    fields: &Fields,
    analyses: &[usize],
    prepared: &syntax::Prepared,
    by_name: &[(usize, String)],
) -> Result<Box<dyn Query>, QueryError> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut rest: Vec<&str> = Vec::new();
    for (i, (_, word)) in prepared.words.iter().enumerate() {
        let Some((_, actor)) = by_name.iter().find(|(j, _)| *j == i) else {
            rest.push(word);
            continue;
        };
        let alone = parse_text(
            searcher,
            fields,
            analyses,
            &syntax::prepare(word)?,
            Words::All,
        )?;
        let mut analysed = false;
        alone.query_terms(&mut |_, _| analysed = true);
        if !analysed {
            // A word the analyzer drops matches nothing on its own: it stays
            // with the others, where it is dropped as before.
            rest.push(word);
            continue;
        }
        let term = Term::from_field_text(fields.actors, actor);
        let named: Box<dyn Query> = Box::new(ConstScoreQuery::new(
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            0.0,
        ));
        let either = BooleanQuery::new(vec![(Occur::Should, alone), (Occur::Should, named)]);
        clauses.push((Occur::Must, Box::new(either)));
    }
    if !rest.is_empty() {
        let rest = syntax::prepare(&rest.join(" "))?;
        clauses.push((
            Occur::Must,
            parse_text(searcher, fields, analyses, &rest, Words::All)?,
        ));
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// The years a query of plain words types (`Iraq war 2003`) that some
/// document of the index was published in, and the query's other words.
/// Such a year asks for the documents of that time, most of which never
/// write it (a speech of 2003 on the war says "this year", if anything), so
/// it becomes a boost for them ([`ranking::YEAR_BOOST`]) rather than a word
/// every hit must hold. A year no document was published in (`Agenda 2030`)
/// stays a word, and so does one in a phrase (`"Vision 2020"`). The year is
/// left out of what matches for every use of the query, so that `search`'s
/// total, `facets`, `trend`, `export` and alerts count the same articles.
/// `None` when there is no such year, or nothing but years.
fn typed_years(
    searcher: &Searcher,
    fields: &Fields,
    prepared: &syntax::Prepared,
) -> Option<(String, Vec<i32>)> {
    if !prepared.only_words {
        return None;
    }
    let mut years = Vec::new();
    let mut rest = Vec::new();
    for (_, word) in &prepared.words {
        let year = (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
            .then(|| word.parse::<i32>().ok())
            .flatten()
            .filter(|y| (1900..=2099).contains(y));
        match year {
            Some(year) if published_any(searcher, fields, year) => {
                if !years.contains(&year) {
                    years.push(year);
                }
            }
            _ => rest.push(word.as_str()),
        }
    }
    if years.is_empty() || rest.is_empty() {
        return None;
    }
    Some((rest.join(" "), years))
}

/// The documents published in `year` (a year [`typed_years`] accepts).
fn published_in(fields: &Fields, year: i32) -> RangeQuery {
    let year = PartialDate::year(year);
    published_between(fields, Some(year), Some(year))
}

/// The documents published from the first day of `since` to the last of
/// `until`; an absent end is open.
fn published_between(
    fields: &Fields,
    since: Option<PartialDate>,
    until: Option<PartialDate>,
) -> RangeQuery {
    let day = |d: time::Date| Term::from_field_date_for_search(fields.published, day_value(d));
    RangeQuery::new(
        since.map_or(Bound::Unbounded, |d| Bound::Included(day(d.first_day()))),
        until.map_or(Bound::Unbounded, |d| Bound::Included(day(d.last_day()))),
    )
}

/// Whether any document was published in `year`.
fn published_any(searcher: &Searcher, fields: &Fields, year: i32) -> bool {
    searcher
        .search(&published_in(fields, year), &tantivy::collector::Count)
        .is_ok_and(|n| n > 0)
}

/// Filters narrow the set and leave the order alone: each clause goes
/// through [`filter`], which scores every match 0.
fn filter_clauses(fields: &Fields, filters: &Filters) -> Vec<(Occur, Box<dyn Query>)> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if !filters.ids.is_empty() {
        let ids = filters
            .ids
            .iter()
            .map(|id| Term::from_field_text(fields.id, id));
        let query: Box<dyn Query> = Box::new(ConstScoreQuery::new(any_term(ids.collect()), 0.0));
        clauses.push((Occur::Must, query));
    }
    if !filters.languages.is_empty() {
        let any: Vec<(Occur, Box<dyn Query>)> = filters
            .languages
            .iter()
            .map(|code| {
                let term = Term::from_field_text(fields.language, code);
                let query: Box<dyn Query> =
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                (Occur::Should, query)
            })
            .collect();
        clauses.push(filter(BooleanQuery::new(any)));
    }
    for actor in &filters.actors {
        let term = Term::from_field_text(fields.actors, actor);
        clauses.push(filter(TermQuery::new(term, IndexRecordOption::Basic)));
    }
    for issue in &filters.issues {
        let facet = Facet::from_path(issue.trim_matches('/').split('/'));
        let term = Term::from_facet(fields.issues, &facet);
        clauses.push(filter(TermQuery::new(term, IndexRecordOption::Basic)));
    }
    if filters.since.is_some() || filters.until.is_some() {
        clauses.push(filter(published_between(
            fields,
            filters.since,
            filters.until,
        )));
    }
    clauses
}

/// Terms at which a set of terms becomes one [`TermSetQuery`] rather than
/// a union of term queries.
const TERM_SET_FROM: usize = 64;

/// A query for the documents holding any of `terms`. A [`TermSetQuery`]
/// builds an automaton of the terms for each search, whose builder
/// allocates a registry of 20,000 cells: for a watch batch's few terms that
/// was most of the cost of checking 50 alerts, so a few terms are a union of
/// term queries instead.
pub fn any_term(terms: Vec<Term>) -> Box<dyn Query> {
    if terms.len() >= TERM_SET_FROM {
        return Box::new(TermSetQuery::new(terms));
    }
    let any: Vec<(Occur, Box<dyn Query>)> = terms
        .into_iter()
        .map(|term| -> (Occur, Box<dyn Query>) {
            (
                Occur::Should,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            )
        })
        .collect();
    Box::new(BooleanQuery::new(any))
}

/// The analyses ([`ANALYSES`] entries) with text in the index: English
/// always (it also takes the articles of no clear language), and those of the
/// languages in the `language` field's terms. One term list per segment,
/// instead of one per language: opening 32 empty fields per segment cost an
/// English-only search a fifth of its time.
pub fn indexed_analyses(searcher: &Searcher, fields: &Fields) -> Vec<usize> {
    let mut present = [false; ANALYSES.len()];
    present[ENGLISH] = true;
    for segment in searcher.segment_readers() {
        let codes = segment
            .inverted_index(fields.language)
            .and_then(|inverted| {
                let mut codes = Vec::new();
                let mut terms = inverted.terms().stream()?;
                while terms.advance() {
                    codes.push(String::from_utf8_lossy(terms.key()).into_owned());
                }
                Ok(codes)
            });
        match codes {
            Ok(codes) => {
                for code in codes {
                    present[Analysis::index_of(Some(&code))] = true;
                }
            }
            // Unreadable: parse for every language rather than miss one.
            Err(_) => present = [true; ANALYSES.len()],
        }
    }
    (0..ANALYSES.len()).filter(|&a| present[a]).collect()
}

/// A required clause that adds nothing to the score: a filter must not
/// reorder the hits of the text it narrows (a term filter would otherwise add
/// its own BM25 score, larger for shorter documents).
fn filter(query: impl Query) -> (Occur, Box<dyn Query>) {
    (
        Occur::Must,
        Box::new(ConstScoreQuery::new(Box::new(query), 0.0)),
    )
}

fn describe(e: &QueryParserError) -> String {
    use QueryParserError as E;
    match e {
        E::AllButQueryForbidden => {
            "a query needs at least one term that is not excluded with `-`".into()
        }
        E::SyntaxError(s) => format!("syntax error: {s}"),
        E::FieldDoesNotExist(f) => format!(
            "unknown field `{f}`; fields are {}",
            schema::QUERYABLE.join(", ")
        ),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::schema::Analysis;
    use proptest::prelude::*;
    use tantivy::collector::Count;
    use tantivy::{DateTime, Index, doc};

    /// A small index in memory with the real schema and analyzers, built once.
    fn small_index() -> &'static (Index, Fields) {
        static INDEX: std::sync::OnceLock<(Index, Fields)> = std::sync::OnceLock::new();
        INDEX.get_or_init(build_small_index)
    }

    fn build_small_index() -> (Index, Fields) {
        let index = Index::create_in_ram(schema::build());
        crate::index::stem::register(&index);
        let fields = Fields::of(&index.schema()).unwrap();
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for (title, body) in [
            (
                "Putin's war",
                "Côte d'Ivoire and the U.S. on Nagorno-Karabakh.",
            ),
            ("Black Sea", "A truce on the Black Sea; мир и война; 和平."),
        ] {
            writer
                .add_document(doc!(fields.title => title, fields.body => body))
                .unwrap();
        }
        writer.commit().unwrap();
        (index, fields)
    }

    fn count(index: &Index, fields: &Fields, text: &str) -> Result<usize, QueryError> {
        count_with(index, fields, text, &Filters::default())
    }

    fn count_with(
        index: &Index,
        fields: &Fields,
        text: &str,
        filters: &Filters,
    ) -> Result<usize, QueryError> {
        let searcher = index.reader().unwrap().searcher();
        let query = build(&searcher, fields, text, filters)?;
        Ok(searcher.search(&query, &Count).unwrap())
    }

    #[test]
    fn typed_words_find_their_article() {
        let (index, fields) = small_index();
        for q in [
            "Putin's war",
            "Putin’s",
            "Côte d'Ivoire",
            "Nagorno-Karabakh",
            "U.S.",
            "“black sea”",
            "«Black Sea»",
            "мир",
            "和平",
            "truce & sea",
            "title:(black sea)",
            "(truce OR nothing) AND NOT putin",
        ] {
            assert_eq!(count(index, fields, q), Ok(1), "{q}");
        }
    }

    #[test]
    fn an_all_excluded_query_is_placed() {
        let (index, fields) = small_index();
        let e = count(index, fields, "truce -war").map(|_| ());
        assert_eq!(e, Ok(()));
        let e = count(index, fields, "  -war").unwrap_err();
        assert_eq!(e.position, Some(0));
    }

    #[test]
    fn an_excluded_phrase_that_matches_nothing_excludes_nothing() {
        // `truce-мир` is the phrase "truce мир", which no document holds;
        // found by the property test below (a tantivy debug assertion).
        let (index, fields) = small_index();
        for q in ["-truce-мир мир", "мир -\"truce мир\"", "мир -\"black war\""] {
            assert_eq!(count(index, fields, q), Ok(1), "{q}");
        }
        assert_eq!(count(index, fields, "мир -\"black sea\""), Ok(0));
    }

    /// Articles in English, Russian, German and Ukrainian, each in its own
    /// language's fields, as `index::document` puts them.
    fn languages_index() -> (Index, Fields) {
        let index = Index::create_in_ram(schema::build());
        crate::index::stem::register(&index);
        let fields = Fields::of(&index.schema()).unwrap();
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for (language, title, body) in [
            (
                "en",
                "Talks",
                "The negotiations on a truce in the Black Sea.",
            ),
            (
                "ru",
                "Переговоры в Эр-Рияде",
                "Стороны обсуждали перемирие на Чёрном море; итоги переговоров неясны. \
                 Через десять дней делегации встретятся в Киеве.",
            ),
            (
                "de",
                "Verhandlungen",
                "Die Verhandlungen über einen Waffenstillstand im Schwarzen Meer.",
            ),
            ("uk", "Угода", "Україна і США підписали угоду про надра."),
        ] {
            let texts = fields.texts[Analysis::index_of(Some(language))];
            writer
                .add_document(doc!(
                    texts.title => title,
                    texts.body => body,
                    fields.language => language,
                ))
                .unwrap();
        }
        writer.commit().unwrap();
        (index, fields)
    }

    #[test]
    fn a_word_finds_its_inflections_in_every_language() {
        let (index, fields) = languages_index();
        for (q, n) in [
            ("перемирии", 1),
            ("перемирие", 1),
            ("переговоры", 1),
            ("Переговоров", 1),
            ("title:переговоры", 1),
            ("body:переговоры", 1),
            ("\"на чёрном море\"", 1),
            ("\"на черном море\"", 1),
            ("\"море на\"", 0),
            ("перемирие -переговоры", 0),
            // Case forms the stemmer does not join: "день"/"дней", "Киев"/"Киева".
            ("день", 1),
            ("body:день", 1),
            ("title:день", 0),
            ("перемирие -день", 0),
            ("Киев", 1),
            ("(Киев OR nothing) AND день", 1),
            // A phrase's words take no other forms.
            ("\"десять дней\"", 1),
            ("\"десять день\"", 0),
            ("negotiation", 1),
            ("Verhandlung", 1),
            ("\"im Schwarzen Meer\"", 1),
            // Ukrainian has no stemmer: a word is found in the case forms
            // made for it ("угода" in "угоду"), a plural in the plural's.
            ("угоду", 1),
            ("Угода", 1),
            ("угоди", 0),
            ("нет_такого_слова", 0),
        ] {
            assert_eq!(count(&index, &fields, q), Ok(n), "{q}");
        }
        let languages = |codes: &[&str]| Filters {
            languages: codes.iter().map(|c| (*c).to_owned()).collect(),
            ..Filters::default()
        };
        assert_eq!(count_with(&index, &fields, "", &languages(&["ru"])), Ok(1));
        assert_eq!(
            count_with(&index, &fields, "", &languages(&["ru", "de"])),
            Ok(2)
        );
        assert_eq!(
            count_with(&index, &fields, "перемирие", &languages(&["de"])),
            Ok(0)
        );
        let searcher = index.reader().unwrap().searcher();
        let keys: Vec<&str> = indexed_analyses(&searcher, &fields)
            .into_iter()
            .map(|a| ANALYSES[a].key)
            .collect();
        assert_eq!(keys, ["", "de", "ru", "plain"]);
    }

    /// Pieces of queries: pundex's syntax, tantivy's, and what people type.
    fn piece() -> impl Strategy<Value = String> {
        const PIECES: &[&str] = &[
            "truce", "Putin's", "OR", "AND", "NOT", "IN", "TO", "title:", "body:*", "author:",
            "x:", "-", "+", "(", ")", "\"", "“", "”", "«", "»", "'", "’", "~2", "~", "*", "^2",
            ":", "\\", " ", "  ", "[", "]", "{", "}", "!", "&", "%", "$", "#", "@", ".", "/",
            "мир", "😀", "和平", "\u{1b}", "\t", "\n",
        ];
        prop_oneof![
            4 => proptest::sample::select(PIECES).prop_map(str::to_owned),
            1 => any::<char>().prop_map(String::from),
        ]
    }

    /// Where every word of a query is in nearly every body, BM25 weighs them at
    /// almost nothing: the document holding them in the order typed comes
    /// first, however often the others repeat them. A query with a rarer
    /// word gets no such boost, and BM25 orders it as before.
    #[test]
    fn words_in_most_bodies_rank_by_standing_as_typed() {
        use tantivy::collector::TopDocs;
        use tantivy::schema::Value;
        let index = Index::create_in_ram(schema::build());
        crate::index::stem::register(&index);
        let fields = Fields::of(&index.schema()).unwrap();
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for (title, body) in [
            (
                "scattered",
                "Peace, year after year: peace of nations, international peace, a year of work.",
            ),
            ("typed", "We open the International Year of Peace today."),
            (
                "reordered",
                "The peace of every year is international; an international year holds peace.",
            ),
            (
                "harvest",
                "Peace of the international kind in the year of the harvest.",
            ),
        ] {
            writer
                .add_document(doc!(fields.title => title, fields.body => body))
                .unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let typed_order = |text: &str| {
            let ranked = build_ranked(&searcher, &fields, text, &Filters::default()).unwrap();
            let has = ranked
                .boosts
                .iter()
                .any(|(boost, _)| *boost == ranking::Boost::TypedOrder);
            let top = searcher
                .search(&ranked.query(), &TopDocs::with_limit(1).order_by_score())
                .unwrap();
            let doc: tantivy::TantivyDocument = searcher.doc(top[0].1).unwrap();
            let title = doc.get_first(fields.title).and_then(|v| v.as_str());
            (has, title.unwrap_or_default().to_owned())
        };
        assert_eq!(
            typed_order("International Year of Peace"),
            (true, "typed".to_owned())
        );
        assert_eq!(typed_order("year of peace").1, "typed");
        // `harvest` is in one body of four: BM25 tells, no boost; nor for
        // `the`, in three of four, below `ranking::TYPED_ORDER_SHARE`.
        assert_eq!(
            typed_order("year of harvest"),
            (false, "harvest".to_owned())
        );
        assert!(!typed_order("the International Year of Peace").0);
        // One word is no phrase.
        assert!(!typed_order("peace").0);
    }

    /// Scores of the hits for `text` under `filters`, by title.
    fn scores(index: &Index, fields: &Fields, text: &str, filters: &Filters) -> Vec<(String, f32)> {
        use tantivy::TantivyDocument;
        use tantivy::collector::TopDocs;
        use tantivy::schema::Value;
        let searcher = index.reader().unwrap().searcher();
        let query = build(&searcher, fields, text, filters).unwrap();
        let mut hits: Vec<(String, f32)> = searcher
            .search(&query, &TopDocs::with_limit(10).order_by_score())
            .unwrap()
            .into_iter()
            .map(|(score, address)| {
                let doc: TantivyDocument = searcher.doc(address).unwrap();
                let title = doc.get_first(fields.title).and_then(|v| v.as_str());
                (title.unwrap_or_default().to_owned(), score)
            })
            .collect();
        hits.sort_by(|a, b| a.0.cmp(&b.0));
        hits
    }

    #[test]
    fn filters_narrow_the_hits_and_leave_their_scores_alone() {
        let index = Index::create_in_ram(schema::build());
        crate::index::stem::register(&index);
        let fields = Fields::of(&index.schema()).unwrap();
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let day = |y: i32| {
            let t = time::Date::from_calendar_date(y, time::Month::June, 1).unwrap();
            DateTime::from_timestamp_secs(t.midnight().assume_utc().unix_timestamp())
        };
        // Documents of different lengths, so a scoring filter term would
        // favour the shorter one; the third names another actor.
        let filler = "The assembly met again. ".repeat(40);
        for (title, body, actor, issue, year) in [
            (
                "long",
                format!("A truce was agreed. {filler}"),
                "Alpha",
                "conflict",
                2020,
            ),
            (
                "short",
                "A truce was agreed.".to_owned(),
                "Alpha",
                "conflict",
                2024,
            ),
            (
                "other",
                "A truce, a truce.".to_owned(),
                "Beta",
                "economy",
                2024,
            ),
        ] {
            writer
                .add_document(doc!(
                    fields.title => title,
                    fields.body => body,
                    fields.actors => actor,
                    fields.issues => Facet::from_path([issue]),
                    fields.published => day(year),
                ))
                .unwrap();
        }
        writer.commit().unwrap();

        let unfiltered = scores(&index, &fields, "truce", &Filters::default());
        assert_eq!(unfiltered.len(), 3);
        let alpha = Filters {
            actors: vec!["Alpha".into()],
            ..Filters::default()
        };
        let issue = Filters {
            issues: vec!["conflict".into()],
            ..Filters::default()
        };
        let recent = Filters {
            since: Some(PartialDate::parse("2023").unwrap()),
            ..Filters::default()
        };
        for (filters, kept) in [
            (alpha, &["long", "short"][..]),
            (issue, &["long", "short"][..]),
            (recent, &["other", "short"][..]),
        ] {
            let filtered = scores(&index, &fields, "truce", &filters);
            let expected: Vec<(String, f32)> = unfiltered
                .iter()
                .filter(|(title, _)| kept.contains(&title.as_str()))
                .cloned()
                .collect();
            assert_eq!(filtered, expected, "{filters:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        /// Parentheses group and nothing else: `w (a -b)` and `w AND (a -b)`
        /// find what `w a -b` finds, or are refused. A group that only
        /// excluded found nothing (or everything `w` found), whatever it excluded.
        #[test]
        fn a_group_beside_a_word_finds_what_its_terms_find_beside_it(
            outer in proptest::sample::select(WORDS),
            terms in proptest::collection::vec(
                (proptest::sample::select(&["", "-", "NOT "][..]), proptest::sample::select(WORDS)),
                1..4,
            ),
            and in any::<bool>(),
        ) {
            let (index, fields) = small_index();
            let inner: Vec<String> = terms.iter().map(|(sign, word)| format!("{sign}{word}")).collect();
            let inner = inner.join(" ");
            let flat = format!("{outer} {inner}");
            let grouped = format!("{outer}{} ({inner})", if and { " AND" } else { "" });
            if let Ok(n) = count(index, fields, &grouped) {
                prop_assert_eq!(Ok(n), count(index, fields, &flat), "{} against {}", grouped, flat);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// `a OR b` finds the articles with either; an excluded side, which
        /// tantivy dropped (`truce OR -gaza` found every truce), is refused.
        #[test]
        fn or_finds_either_side_or_is_refused(
            left in (proptest::sample::select(&["", "-", "NOT "][..]), proptest::sample::select(WORDS)),
            right in (proptest::sample::select(&["", "-", "NOT "][..]), proptest::sample::select(WORDS)),
            grouped in any::<bool>(),
        ) {
            let (index, fields) = small_index();
            let side = |(sign, word): (&str, &str)| {
                if grouped { format!("{sign}({word} {word})") } else { format!("{sign}{word}") }
            };
            let query = format!("{} OR {}", side(left), side(right));
            let result = count(index, fields, &query);
            if left.0.is_empty() && right.0.is_empty() {
                let (a, b) = (left.1, right.1);
                let both = count(index, fields, &format!("{a} {b}")).unwrap();
                let either = count(index, fields, a).unwrap() + count(index, fields, b).unwrap() - both;
                prop_assert_eq!(result, Ok(either), "{}", query);
            } else {
                prop_assert!(result.is_err(), "{query}: {result:?}");
            }
        }
    }

    /// Words of [`small_index`], and one it lacks.
    const WORDS: &[&str] = &[
        "war", "putin", "truce", "black", "sea", "karabakh", "absent",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn any_query_gives_results_or_a_placed_error(
            pieces in proptest::collection::vec(piece(), 0..24)
        ) {
            let (index, fields) = small_index();
            let text = pieces.concat();
            match count(index, fields, &text) {
                Err(e) => prop_assert!(e.position.is_some(), "{text:?}: {e:?}"),
                // The ranking boosts find no hit of their own and lose none.
                Ok(n) => {
                    let searcher = index.reader().unwrap().searcher();
                    let ranked = build_ranked(&searcher, fields, &text, &Filters::default());
                    let ranked = ranked.unwrap().query();
                    prop_assert_eq!(searcher.search(&ranked, &Count).unwrap(), n, "{:?}", text);
                }
            }
        }
    }
}
