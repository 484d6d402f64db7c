//! JSON output: one object per line, with a `type` key so a stream can mix
//! hits and a closing summary.

use crate::search::{Hit, SearchResults};
use serde::Serialize;
use std::io::{self, Write};

/// Writes one compact JSON object and a newline.
pub fn line<T: Serialize>(out: &mut impl Write, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

#[derive(Serialize)]
struct TypedHit<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(flatten)]
    hit: &'a Hit,
}

/// Hits, one per line, then a summary line with the total (and facets when asked).
pub fn search_results(out: &mut impl Write, results: &SearchResults) -> io::Result<()> {
    for hit in &results.hits {
        line(out, &TypedHit { kind: "hit", hit })?;
    }
    line(
        out,
        &serde_json::json!({
            "type": "summary",
            "total": results.total,
            "returned": results.hits.len(),
            "facets": results.facets,
        }),
    )
}
