//! Running a search: query + filters → ranked hits with snippets, and counts of
//! the actors and issues among all matching documents. Returns plain data;
//! `render` decides how it looks.

pub mod association;
pub mod facets;
pub mod query;
pub mod snippet;
pub mod syntax;
pub mod timeline;

use crate::index::OpenIndex;
use crate::index::schema::Fields;
use query::{Filters, QueryError};
use snippet::Fragment;
use tantivy::collector::{Count, TopDocs};
use tantivy::schema::Value;
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
}

/// An actor of a hit with its mention count.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct ActorMention {
    pub name: String,
    pub kind: String,
    pub count: u32,
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
    Index(#[from] tantivy::TantivyError),
}

/// Runs `request` against the index.
pub fn search(open: &OpenIndex, request: &SearchRequest) -> Result<SearchResults, SearchError> {
    let fields = &open.fields;
    let searcher = crate::index::searcher(&open.index)?;
    let query = query::build(&open.index, fields, &request.text, &request.filters)?;
    // Never more hits than documents: the collector allocates for `limit`.
    let limit = request.limit.min(searcher.num_docs() as usize);
    let by_date = request.sort == SortOrder::Date || request.text.trim().is_empty();
    let (total, ranked): (usize, Vec<(f32, DocAddress)>) = if limit == 0 {
        (searcher.search(&query, &Count)?, Vec::new())
    } else if by_date {
        let collector = TopDocs::with_limit(limit)
            .order_by_fast_field::<DateTime>(crate::index::schema::PUBLISHED, Order::Desc);
        let (count, top) = searcher.search(&query, &(Count, collector))?;
        (count, top.into_iter().map(|(_, a)| (0.0, a)).collect())
    } else {
        searcher.search(
            &query,
            &(Count, TopDocs::with_limit(limit).order_by_score()),
        )?
    };
    let mut words = snippet::QueryWords::default();
    query.query_terms(&mut |term, in_phrase| {
        if (term.field() == fields.body || term.field() == fields.title)
            && let Some(text) = term.value().as_str()
        {
            words.add_term(text, in_phrase);
        }
    });
    let mut analyzer = open.index.tokenizer_for_field(fields.body)?;
    for phrase in query::phrases(&request.text) {
        words.add_phrase(&phrase, &mut analyzer);
    }
    let mut hits = Vec::with_capacity(ranked.len());
    for (i, (score, address)) in ranked.into_iter().enumerate() {
        let doc: TantivyDocument = searcher.doc(address)?;
        let mut hit = hit_from_doc(fields, &doc);
        hit.rank = i + 1;
        hit.score = score;
        let body = first_text(&doc, fields.body).unwrap_or_default();
        hit.snippet = snippet::fragments(&body, &words, &mut analyzer);
        hits.push(hit);
    }
    let facets = if request.facets {
        Some(facets::count(&searcher, &query, 15)?)
    } else {
        None
    };
    Ok(SearchResults {
        total,
        hits,
        facets,
    })
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
    Hit {
        rank: 0,
        id: text(fields.id).unwrap_or_default(),
        path: text(fields.path).unwrap_or_default(),
        title: text(fields.title).unwrap_or_default(),
        score: 0.0,
        published: text(fields.published_text),
        author: text(fields.author),
        source: text(fields.source),
        url: text(fields.url),
        group: None,
        actors,
        issues,
        snippet: Vec::new(),
    }
}
