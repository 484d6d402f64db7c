//! `pundex actors` and `pundex issues`: names with document counts.

use crate::cli::FacetArgs;
use crate::context::Context;
use pundex::error::UsageError;
use pundex::extract::Lexicon;
use pundex::index::OpenIndex;
use pundex::render::{json, terminal};
use pundex::search::{association, facets, query};
use std::io::Write;
use std::rc::Rc;

/// Which list to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Actors,
    Issues,
}

pub fn run(args: &FacetArgs, kind: Kind, ctx: &Context) -> anyhow::Result<()> {
    let open = super::open_index(ctx)?;
    // The lexicon is read once, and only when something needs it.
    let needs_lexicon = args.with.is_some()
        || !args.filters.actor.is_empty()
        || !args.filters.issue.is_empty()
        || (kind == Kind::Actors && args.json);
    let lexicon = Rc::new(if needs_lexicon {
        ctx.load_lexicon(open.state.root.as_deref())?
    } else {
        Lexicon::from_sources(&[])?
    });
    let filters = super::resolve_filters(
        &open,
        &|| Ok(Rc::clone(&lexicon)),
        &args.filters,
        (ctx.since, ctx.until),
    )?;
    let searcher = pundex::index::searcher(&open.index)?;
    let query = query::build(&searcher, &open.fields, &args.query.join(" "), &filters)?;
    if let Some(anchor) = &args.with {
        return with_anchor(
            args,
            kind,
            anchor,
            &lexicon,
            filters,
            &open,
            &searcher,
            query.as_ref(),
            ctx,
        );
    }
    if args.discovered {
        if kind == Kind::Issues {
            return Err(UsageError(
                "--discovered lists actors: `pundex actors --discovered`".into(),
            )
            .into());
        }
        let found = facets::discovered(&searcher, &open.fields, query.as_ref(), args.limit)?;
        let mut out = super::stdout();
        if args.json {
            for d in &found {
                json::line(&mut out, &json::DiscoveredRow::new(d))?;
            }
        } else if args.toml {
            terminal::discovered_toml(&mut out, &found)?;
        } else {
            terminal::discovered_table(&mut out, &found, ctx.style)?;
        }
        out.flush()?;
        return Ok(());
    }
    let counts = facets::count(
        &searcher,
        &pundex::search::segments::executor(&searcher)?,
        query.as_ref(),
        args.limit,
    )?;
    let mut out = super::stdout();
    match kind {
        Kind::Actors => {
            if args.json {
                for c in &counts.actors {
                    let actor = lexicon.find_actor(&c.name);
                    // An actor the lexicon lacks was discovered: its kind is in the index.
                    let discovered_kind = match actor {
                        Some(_) => None,
                        None => Some(
                            facets::discovered_details(
                                &searcher,
                                &open.fields,
                                query.as_ref(),
                                &c.name,
                            )?
                            .0,
                        )
                        .filter(|k| !k.is_empty()),
                    };
                    json::line(
                        &mut out,
                        &json::ActorRow {
                            country: actor.and_then(|a| a.country.as_deref()),
                            documents: c.documents,
                            kind: actor
                                .map(|a| a.kind.as_str())
                                .or(discovered_kind.as_deref()),
                            name: &c.name,
                        },
                    )?;
                }
            } else {
                terminal::count_table(&mut out, "Actors (documents)", &counts.actors, ctx.style)?;
            }
        }
        Kind::Issues => {
            if args.json {
                for c in &counts.issues {
                    json::line(&mut out, &json::CountRecord::new(c))?;
                }
            } else {
                terminal::count_table(&mut out, "Issues (documents)", &counts.issues, ctx.style)?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// Names to leave out of an association list (the anchor and its relatives).
type NameFilter = Box<dyn Fn(&str) -> bool>;

/// `--with`: what goes with an actor or an issue, by lift.
#[allow(clippy::too_many_arguments)]
fn with_anchor(
    args: &FacetArgs,
    kind: Kind,
    anchor: &str,
    lexicon: &Lexicon,
    mut filters: query::Filters,
    open: &OpenIndex,
    searcher: &tantivy::Searcher,
    scope: &dyn tantivy::query::Query,
    ctx: &Context,
) -> anyhow::Result<()> {
    let issue_path = anchor.trim().trim_matches('/').to_lowercase();
    let (skip, label): (NameFilter, String) = if lexicon.has_issue_path(&issue_path) {
        filters.issues.push(issue_path.clone());
        let p = issue_path.clone();
        let related = move |name: &str| {
            name == p || name.starts_with(&format!("{p}/")) || p.starts_with(&format!("{name}/"))
        };
        (Box::new(related), issue_path)
    } else if let Some(actor) = lexicon.find_actor(anchor) {
        filters.actors.push(actor.name.clone());
        let name = actor.name.clone();
        (Box::new(move |n: &str| n == name), actor.name.clone())
    } else if let Some(stored) = pundex::index::stored_actor(searcher, open.fields.actors, anchor)?
    {
        // A discovered actor, which only the index knows.
        filters.actors.push(stored.clone());
        let name = stored.clone();
        (Box::new(move |n: &str| n == name), stored)
    } else {
        let mut near = lexicon.nearest_actors(anchor, 2);
        near.extend(lexicon.nearest_issues(&issue_path, 2));
        return Err(UsageError(format!(
            "--with {anchor:?} is neither a known actor nor an issue{}",
            super::did_you_mean(&near)
        ))
        .into());
    };
    let with_query = query::build(searcher, &open.fields, &args.query.join(" "), &filters)?;
    let which: fn(&facets::Facets) -> &Vec<facets::Count> = match kind {
        Kind::Actors => |f| &f.actors,
        Kind::Issues => |f| &f.issues,
    };
    let mut found = association::associates(searcher, scope, with_query.as_ref(), which, &skip)?;
    if args.limit > 0 {
        found.truncate(args.limit);
    }
    let mut out = super::stdout();
    if args.json {
        for a in &found {
            json::line(&mut out, &json::AssociateRow::new(a))?;
        }
    } else {
        let what = if kind == Kind::Actors {
            "Actors"
        } else {
            "Issues"
        };
        let title = format!("{what} with {label}");
        terminal::associate_table(&mut out, &title, &found, ctx.style)?;
    }
    out.flush()?;
    Ok(())
}
