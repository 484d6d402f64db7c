//! `pundex actors` and `pundex issues`: names with document counts.

use crate::cli::FacetArgs;
use crate::context::Context;
use crate::render::{json, terminal};
use crate::search::{facets, query};
use std::io::Write;

/// Which list to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Actors,
    Issues,
}

pub fn run(args: &FacetArgs, kind: Kind, ctx: &Context) -> anyhow::Result<()> {
    let open = super::search::open_or_build(ctx)?;
    let lexicon = ctx.load_lexicon(open.state.root.as_deref())?;
    let filters = super::resolve_filters(
        &|| ctx.load_lexicon(open.state.root.as_deref()),
        &args.actor,
        &args.issue,
        args.since.as_deref(),
        args.until.as_deref(),
    )?;
    let query = query::build(&open.index, &open.fields, &args.query.join(" "), &filters)?;
    let searcher = open.index.reader()?.searcher();
    let counts = facets::count(&searcher, query.as_ref(), args.limit)?;
    let mut out = super::stdout();
    match kind {
        Kind::Actors => {
            if args.json {
                for c in &counts.actors {
                    let actor = lexicon.find_actor(&c.name);
                    json::line(
                        &mut out,
                        &serde_json::json!({
                            "name": c.name,
                            "kind": actor.map(|a| a.kind.as_str()),
                            "country": actor.and_then(|a| a.country.clone()),
                            "documents": c.documents,
                        }),
                    )?;
                }
            } else {
                terminal::count_table(&mut out, "Actors (documents)", &counts.actors, ctx.style)?;
            }
        }
        Kind::Issues => {
            if args.json {
                for c in &counts.issues {
                    json::line(
                        &mut out,
                        &serde_json::json!({"issue": c.name, "documents": c.documents}),
                    )?;
                }
            } else {
                terminal::count_table(&mut out, "Issues (documents)", &counts.issues, ctx.style)?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
