//! Counts of actors and issues over all documents matching a query.

use crate::index::schema;
use tantivy::Searcher;
use tantivy::aggregation::AggregationCollector;
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::collector::FacetCollector;
use tantivy::query::Query;

/// The most actors one count returns (tantivy's default bucket limit).
const MAX_BUCKETS: usize = 65_000;

/// A name with the number of matching documents that carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub name: String,
    pub documents: u64,
}

/// Top actors, issues and languages, most documents first.
#[derive(Debug, Clone, Default)]
pub struct Facets {
    pub actors: Vec<Count>,
    pub issues: Vec<Count>,
    /// ISO 639-1 codes (`en`, `ru`); articles of no clear language are not counted.
    pub languages: Vec<Count>,
}

/// Counts the top `limit` actors, issues (every level of the issue
/// hierarchy) and languages among the documents matching `query`. `limit` 0
/// means all.
pub fn count(searcher: &Searcher, query: &dyn Query, limit: usize) -> tantivy::Result<Facets> {
    // Never more buckets than distinct actors, nor than tantivy's bucket limit.
    let mut distinct = 0;
    for segment in searcher.segment_readers() {
        let field = segment.schema().get_field(schema::ACTORS)?;
        distinct += segment.inverted_index(field)?.terms().num_terms();
    }
    let all = distinct.clamp(1, MAX_BUCKETS);
    let size = if limit == 0 { all } else { limit.min(all) };
    // Fewer languages than codes exist (ISO 639-1 has 184).
    let languages = if limit == 0 { 200 } else { limit.min(200) };
    let request: Aggregations = serde_json::from_value(serde_json::json!({
        "actors": { "terms": { "field": schema::ACTORS, "size": size } },
        "languages": { "terms": { "field": schema::LANGUAGE, "size": languages } }
    }))
    .map_err(|e| tantivy::TantivyError::InvalidArgument(e.to_string()))?;
    let aggregations = AggregationCollector::from_aggs(request, Default::default());
    let mut issues = FacetCollector::for_field(schema::ISSUES);
    issues.add_facet("/");
    let (aggs, top_level) = searcher.search(query, &(aggregations, issues))?;
    let json = serde_json::to_value(&aggs)
        .map_err(|e| tantivy::TantivyError::InvalidArgument(e.to_string()))?;
    let buckets = |name: &str| -> Vec<Count> {
        json[name]["buckets"]
            .as_array()
            .map(|buckets| {
                buckets
                    .iter()
                    .filter_map(|b| {
                        Some(Count {
                            name: b["key"].as_str()?.to_owned(),
                            documents: b["doc_count"].as_u64()?,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let actors = buckets("actors");
    let languages = buckets("languages");
    // Second level: children of each top-level issue.
    let parents: Vec<(String, u64)> = top_level
        .get("/")
        .map(|(f, c)| (f.to_string(), c))
        .collect();
    let mut children = FacetCollector::for_field(schema::ISSUES);
    for (parent, _) in &parents {
        children.add_facet(parent.as_str());
    }
    let child_counts = if parents.is_empty() {
        None
    } else {
        Some(searcher.search(query, &children)?)
    };
    let mut issues: Vec<Count> = Vec::new();
    for (parent, n) in &parents {
        issues.push(Count {
            name: parent.trim_start_matches('/').to_owned(),
            documents: *n,
        });
        if let Some(counts) = &child_counts {
            for (facet, n) in counts.get(parent) {
                issues.push(Count {
                    name: facet.to_string().trim_start_matches('/').to_owned(),
                    documents: n,
                });
            }
        }
    }
    issues.sort_by(|a, b| {
        b.documents
            .cmp(&a.documents)
            .then_with(|| a.name.cmp(&b.name))
    });
    if limit > 0 {
        issues.truncate(limit);
    }
    Ok(Facets {
        actors,
        issues,
        languages,
    })
}

/// A discovered actor over the index: how many matching documents name it,
/// the kind most of them gave it, and the other names (acronyms) they used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscoveredCount {
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub documents: u64,
}

/// How many documents per discovered actor are read for its kind and aliases.
const SAMPLED_DOCUMENTS: usize = 20;

/// The `limit` discovered actors (0: all) named by the most documents
/// matching `query`, most first, then by name.
pub fn discovered(
    searcher: &Searcher,
    fields: &crate::index::schema::Fields,
    query: &dyn Query,
    limit: usize,
) -> tantivy::Result<Vec<DiscoveredCount>> {
    let request: Aggregations = serde_json::from_value(serde_json::json!({
        "discovered": { "terms": { "field": schema::DISCOVERED, "size": MAX_BUCKETS } }
    }))
    .map_err(|e| tantivy::TantivyError::InvalidArgument(e.to_string()))?;
    let aggs = searcher.search(
        query,
        &AggregationCollector::from_aggs(request, Default::default()),
    )?;
    let json = serde_json::to_value(&aggs)
        .map_err(|e| tantivy::TantivyError::InvalidArgument(e.to_string()))?;
    let mut counts: Vec<(String, u64)> = json["discovered"]["buckets"]
        .as_array()
        .map(|buckets| {
            buckets
                .iter()
                .filter_map(|b| Some((b["key"].as_str()?.to_owned(), b["doc_count"].as_u64()?)))
                .collect()
        })
        .unwrap_or_default();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    if limit > 0 {
        counts.truncate(limit);
    }
    let mut found = Vec::with_capacity(counts.len());
    for (name, documents) in counts {
        let (kind, aliases) = discovered_details(searcher, fields, query, &name)?;
        found.push(DiscoveredCount {
            name,
            kind,
            aliases,
            documents,
        });
    }
    Ok(found)
}

/// The kind most of the (first [`SAMPLED_DOCUMENTS`]) documents matching
/// `query` gave the discovered actor `name`, and the other names they used;
/// an empty kind when none names it.
pub fn discovered_details(
    searcher: &Searcher,
    fields: &crate::index::schema::Fields,
    query: &dyn Query,
    name: &str,
) -> tantivy::Result<(String, Vec<String>)> {
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, Occur, TermQuery};
    use tantivy::schema::IndexRecordOption;
    let term = tantivy::Term::from_field_text(fields.discovered, name);
    let named = BooleanQuery::new(vec![
        (Occur::Must, query.box_clone()),
        (
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ),
    ]);
    let mut kinds: Vec<(String, u32)> = Vec::new();
    let mut aliases: Vec<String> = Vec::new();
    for (_, address) in searcher.search(
        &named,
        &TopDocs::with_limit(SAMPLED_DOCUMENTS).order_by_score(),
    )? {
        let doc: tantivy::TantivyDocument = searcher.doc(address)?;
        let hit = super::hit_from_doc(fields, &doc);
        for mention in hit.actors.into_iter().filter(|m| m.name == name) {
            match kinds.iter_mut().find(|(k, _)| *k == mention.kind) {
                Some((_, n)) => *n += 1,
                None => kinds.push((mention.kind, 1)),
            }
            for alias in mention.aliases {
                if !aliases.contains(&alias) {
                    aliases.push(alias);
                }
            }
        }
    }
    kinds.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    aliases.sort();
    let kind = kinds.into_iter().next().map(|(k, _)| k).unwrap_or_default();
    Ok((kind, aliases))
}
