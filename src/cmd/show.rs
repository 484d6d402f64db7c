//! `pundex show ID`: one article, its metadata and what was extracted from it.

use crate::cli::ShowArgs;
use crate::context::Context;
use crate::extract::{Extractor, dates};
use crate::render::{json, printable};
use crate::search::{self, first_text};
use anyhow::anyhow;
use std::collections::BTreeMap;
use std::io::Write;

/// How many places per actor `show` quotes.
const PLACES_PER_ACTOR: usize = 2;
/// Characters of context either side of a quoted place.
const CONTEXT_CHARS: usize = 50;

pub fn run(args: &ShowArgs, ctx: &Context) -> anyhow::Result<()> {
    let open = super::open_index(ctx)?;
    let fields = open.fields;
    let searcher = crate::index::searcher(&open.index)?;
    let doc = search::find_by_id(&searcher, &fields, &args.id)?
        .ok_or_else(|| anyhow!("no article with id {:?} in {}; ids are paths relative to the indexed folder, as `pundex search` prints them", args.id, open.path.display()))?;
    let hit = search::hit_from_doc(&fields, &doc);
    let body = first_text(&doc, fields.body).unwrap_or_default();
    let mentioned: Vec<String> = doc
        .get_all(fields.mentioned)
        .filter_map(|v| tantivy::schema::Value::as_str(&v).map(str::to_owned))
        .collect();
    let lexicon = ctx.load_lexicon(open.state.root.as_deref())?;
    let extractor = Extractor::new(lexicon);
    let text = format!("{}\n{}", hit.title, body);
    let mut places: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for m in extractor.mentions(&text) {
        let name = &extractor.lexicon().actors[m.actor].name;
        let quotes = places.entry(name.clone()).or_default();
        if quotes.len() < PLACES_PER_ACTOR {
            quotes.push(context_around(&text, m.start, m.end));
        }
    }
    let published = hit.published.as_deref().and_then(|p| p.parse().ok());
    let date_places: Vec<(String, String)> = dates::extract_dates(&body, published)
        .into_iter()
        .map(|d| (d.date.to_string(), body[d.start..d.end].to_owned()))
        .collect();
    let mut out = super::stdout();
    if args.json {
        json::line(
            &mut out,
            &json::ShowRecord::new(
                &hit,
                &body,
                first_text(&doc, fields.date_source),
                first_text(&doc, fields.language),
                first_text(&doc, fields.encoding),
                &mentioned,
                &places,
            ),
        )?;
        out.flush()?;
        return Ok(());
    }
    let s = ctx.style;
    writeln!(out, "{}", s.bold(&printable(&hit.title)))?;
    let mut meta = vec![("id", hit.id.clone())];
    if let Some(p) = &hit.published {
        let source = first_text(&doc, fields.date_source)
            .map(|s| format!(" (from {s})"))
            .unwrap_or_default();
        meta.push(("published", format!("{p}{source}")));
    }
    for (label, value) in [
        ("author", hit.author.clone()),
        ("source", hit.source.clone()),
        ("url", hit.url.clone()),
        ("language", first_text(&doc, fields.language)),
        ("encoding", first_text(&doc, fields.encoding)),
    ] {
        if let Some(v) = value {
            meta.push((label, v));
        }
    }
    for (label, value) in meta {
        writeln!(
            out,
            "{} {}",
            s.dim(&format!("{label:>10}:")),
            printable(&value)
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", s.bold("Actors"))?;
    if hit.actors.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for a in &hit.actors {
        writeln!(
            out,
            "  {} {} ×{}",
            s.yellow(&printable(&a.name)),
            s.dim(&format!("({})", a.kind)),
            a.count
        )?;
        for quote in places.get(&a.name).into_iter().flatten() {
            writeln!(out, "      {}", s.dim(&printable(quote)))?;
        }
    }
    writeln!(out, "{}", s.bold("Issues"))?;
    writeln!(
        out,
        "  {}",
        if hit.issues.is_empty() {
            "(none)".to_owned()
        } else {
            hit.issues.join(", ")
        }
    )?;
    writeln!(out, "{}", s.bold("Dates mentioned"))?;
    if date_places.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for (date, said) in &date_places {
        writeln!(
            out,
            "  {date}  {}",
            s.dim(&format!("\"{}\"", printable(said)))
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", printable_body(&body))?;
    out.flush()?;
    Ok(())
}

/// The body with control characters removed but line breaks kept.
fn printable_body(body: &str) -> String {
    body.lines().map(printable).collect::<Vec<_>>().join("\n")
}

/// `…text around the match…`, on char boundaries.
fn context_around(text: &str, start: usize, end: usize) -> String {
    let before: String = text[..start]
        .chars()
        .rev()
        .take(CONTEXT_CHARS)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = text[end..].chars().take(CONTEXT_CHARS).collect();
    let joined = format!("…{before}{}{after}…", &text[start..end]);
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}
