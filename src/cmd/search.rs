//! `pundex search QUERY`: ranked hits with snippets.

use crate::cli::{IndexArgs, SearchArgs, Sort, TrendPeriod};
use crate::context::Context;
use crate::index::{self, OpenIndex};
use crate::render::{json, terminal};
use crate::search::timeline::{Period, group_label};
use crate::search::{self, SearchRequest, SortOrder};
use std::io::Write;

pub fn run(args: &SearchArgs, ctx: &Context) -> anyhow::Result<()> {
    let open = open_or_build(ctx)?;
    let root = open.state.root.clone();
    let filters =
        super::resolve_filters(&open, &|| ctx.load_lexicon(root.as_deref()), &args.filters)?;
    let request = SearchRequest {
        text: args.query.join(" "),
        filters,
        limit: args.limit,
        sort: match (args.sort, args.group_by) {
            (_, Some(_)) | (Sort::Date, _) => SortOrder::Date,
            (Sort::Relevance, None) => SortOrder::Relevance,
        },
        facets: args.facets,
    };
    let mut results = search::search(&open, &request)?;
    if let Some(by) = args.group_by {
        let period = match by {
            TrendPeriod::Year => Period::Year,
            TrendPeriod::Month => Period::Month,
            TrendPeriod::Week => Period::Week,
        };
        for hit in &mut results.hits {
            hit.group = Some(group_label(period, hit.published.as_deref()));
        }
    }
    let mut out = super::stdout();
    if args.json {
        json::search_results(&mut out, &results)?;
    } else {
        terminal::search_results(&mut out, &results, ctx.style)?;
    }
    out.flush()?;
    Ok(())
}

/// Opens the index; on a fresh clone (default index path, no index yet) builds
/// it from `corpus/` first, saying so on stderr.
pub fn open_or_build(ctx: &Context) -> anyhow::Result<OpenIndex> {
    let why = match index::open(&ctx.index) {
        Ok(open) => return Ok(open),
        Err(index::OpenError::Missing(_)) => "no index yet",
        Err(index::OpenError::Outdated(_)) => "the index was built by another version of pundex",
        Err(e) => return Err(e.into()),
    };
    if ctx.index_is_default && ctx.corpus.is_dir() {
        eprintln!(
            "pundex: {why}; building {} from {}/ first",
            ctx.index.display(),
            ctx.corpus.display()
        );
        let args = IndexArgs {
            dir: ctx.corpus.clone(),
            full: false,
            retry_skipped: false,
            dry_run: false,
            no_extract: false,
            quiet: true,
            json: false,
            wait: 30,
        };
        super::index::run(&args, ctx)?;
    }
    Ok(index::open(&ctx.index)?)
}
