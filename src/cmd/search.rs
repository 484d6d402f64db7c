//! `pundex search QUERY`: ranked hits with snippets.

use crate::cli::{SearchArgs, Sort, TrendPeriod};
use crate::context::Context;
use pundex::render::{json, terminal};
use pundex::search::timeline::{Period, group_label};
use pundex::search::{self, SearchRequest, SortOrder};
use std::io::Write;
use std::rc::Rc;

pub fn run(args: &SearchArgs, ctx: &Context) -> anyhow::Result<()> {
    let open = super::open_index(ctx)?;
    let (text, filters) = match &args.saved {
        Some(name) => {
            let saved = super::saved_search(ctx, name)?;
            let root = open.state.root.as_deref();
            let searcher = pundex::index::searcher(&open.index)?;
            let lexicon = || ctx.load_lexicon(root).map(Rc::new);
            let alert = super::resolve_alert(&open, &searcher, &lexicon, saved)?;
            (alert.query, alert.filters)
        }
        None => (
            args.query.join(" "),
            super::filters_of(&open, &args.filters, ctx)?,
        ),
    };
    let request = SearchRequest {
        text,
        filters,
        limit: ctx.search_limit,
        sort: match (args.sort, args.group_by) {
            (_, Some(_)) | (Sort::Date, _) => SortOrder::Date,
            (Sort::Relevance, None) => SortOrder::Relevance,
        },
        facets: args.facets,
        explain: args.explain,
        fill_with_partial: !args.all_words,
    };
    let mut results = search::search(&open, &request)?;
    // No match in an empty index (an empty folder, a first run stopped
    // before its commit) says why, not only that nothing matched.
    if results.total == 0 && pundex::index::searcher(&open.index)?.num_docs() == 0 {
        let index = pundex::error::escape_controls(&ctx.index.display().to_string(), false);
        stderr_line!(
            "pundex: the index at {index} holds no articles yet; add them with `pundex index DIR --index {index}`",
        );
    }
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
