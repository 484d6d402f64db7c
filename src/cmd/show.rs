//! `pundex show ID`: one article, its metadata and what was extracted from it.

use crate::cli::ShowArgs;
use crate::context::Context;
use anyhow::anyhow;
use pundex::article::Format;
use pundex::extract::{Extractor, dates};
use pundex::render::{ShownArticle, json, terminal};
use pundex::search::{self, first_text};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// How many places per actor `show` quotes.
const PLACES_PER_ACTOR: usize = 2;
/// Characters of context either side of a quoted place.
const CONTEXT_CHARS: usize = 50;

pub fn run(args: &ShowArgs, ctx: &Context) -> anyhow::Result<()> {
    let open = super::open_index(ctx)?;
    let fields = open.fields;
    let searcher = pundex::index::searcher(&open.index)?;
    // An id, else the path of a file in the indexed folder.
    let by_path = open
        .state
        .root
        .as_deref()
        .and_then(|root| pundex::sync::id_of_file(root, Path::new(&args.id)));
    let mut doc = search::find_by_id(&searcher, &fields, &args.id)?;
    if doc.is_none()
        && let Some(id) = &by_path
    {
        doc = search::find_by_id(&searcher, &fields, id)?;
    }
    let Some(doc) = doc else {
        let id = by_path.as_deref().unwrap_or(&args.id);
        let format = Format::of(Path::new(id));
        let several = matches!(format, Some(Format::JsonLines | Format::Json))
            && search::find_by_id(&searcher, &fields, &format!("{id}#1"))?.is_some();
        let record = match format {
            Some(Format::JsonLines) => "one article a line; give the line",
            _ => "a list of articles; give the article's place in it",
        };
        return Err(match several {
            true => anyhow!(
                "{:?} holds {record} after a #, as `pundex search` prints it: {id}#1",
                args.id
            ),
            false => anyhow!(
                "no article with id {:?} in {}; ids are paths relative to the indexed folder, as `pundex search` prints them",
                args.id,
                open.path.display()
            ),
        });
    };
    let hit = search::hit_from_doc(&fields, &doc);
    let body = fields.text_of(&doc, |t| t.body).unwrap_or_default();
    let mentioned: Vec<String> = doc
        .get_all(fields.mentioned)
        .filter_map(|v| tantivy::schema::Value::as_str(&v).map(str::to_owned))
        .collect();
    let lexicon = ctx.load_lexicon(open.state.root.as_deref())?;
    let extractor = Extractor::new(lexicon);
    let published = hit.published.as_deref().and_then(|p| p.parse().ok());
    let text = format!("{}\n{}", hit.title, body);
    let mut places: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for m in extractor.mentions(&text, published) {
        let name = &extractor.lexicon().actors[m.actor].name;
        let quotes = places.entry(name.clone()).or_default();
        if quotes.len() < PLACES_PER_ACTOR {
            quotes.push(context_around(&text, m.start, m.end));
        }
    }
    let date_places: Vec<(String, String)> = dates::extract_dates(&body, published)
        .into_iter()
        .map(|d| (d.date.to_string(), body[d.start..d.end].to_owned()))
        .collect();
    let article = ShownArticle {
        hit: &hit,
        body: &body,
        date_source: first_text(&doc, fields.date_source),
        language: first_text(&doc, fields.language),
        encoding: first_text(&doc, fields.encoding),
        mentioned_dates: &mentioned,
        actor_places: &places,
        date_places: &date_places,
    };
    let mut out = super::stdout();
    if args.json {
        json::line(&mut out, &json::ShowRecord::new(&article))?;
    } else {
        terminal::article(&mut out, &article, ctx.style)?;
    }
    out.flush()?;
    Ok(())
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
