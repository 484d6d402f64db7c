//! Which actors or issues go together: co-occurrence counts with lift, so
//! names that appear everywhere do not crowd out the telling ones.

use super::facets::{self, Count};
use tantivy::Searcher;
use tantivy::collector::Count as CountCollector;
use tantivy::query::Query;

/// A name seen in the same articles as the anchor.
#[derive(Debug, Clone, PartialEq)]
pub struct Associate {
    pub name: String,
    /// Articles naming both the anchor and this name.
    pub together: u64,
    /// Articles naming this name (within the query's scope).
    pub overall: u64,
    /// How much likelier this name is alongside the anchor than in general:
    /// P(name | anchor) / P(name). 1 means independent.
    pub lift: f64,
    /// `together × log2(lift)`: association weighted by evidence; the sort key.
    pub score: f64,
}

/// Associates of the anchor among `which` (actors or issues). `scope` is every
/// article considered; `with_anchor` those of them that carry the anchor.
/// Names for which `skip` is true (the anchor itself) are left out.
pub fn associates(
    searcher: &Searcher,
    scope: &dyn Query,
    with_anchor: &dyn Query,
    which: fn(&facets::Facets) -> &Vec<Count>,
    skip: &dyn Fn(&str) -> bool,
) -> tantivy::Result<Vec<Associate>> {
    let total = searcher.search(scope, &CountCollector)? as f64;
    let anchored = searcher.search(with_anchor, &CountCollector)? as f64;
    if total == 0.0 || anchored == 0.0 {
        return Ok(Vec::new());
    }
    let executor = super::segments::executor(searcher)?;
    let all = facets::count(searcher, &executor, scope, 0)?;
    let together = facets::count(searcher, &executor, with_anchor, 0)?;
    let mut out: Vec<Associate> = which(&together)
        .iter()
        .filter(|c| !skip(&c.name))
        .filter_map(|c| {
            let overall = which(&all).iter().find(|o| o.name == c.name)?.documents;
            let lift = (c.documents as f64 / anchored) / (overall as f64 / total);
            Some(Associate {
                name: c.name.clone(),
                together: c.documents,
                overall,
                lift,
                score: c.documents as f64 * lift.log2(),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.name.cmp(&b.name))
    });
    Ok(out)
}
