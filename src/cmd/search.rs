//! `pundex search QUERY`: ranked hits with snippets.

use crate::cli::{SearchArgs, Sort, TrendPeriod};
use crate::context::Context;
use pundex::render::{json, terminal};
use pundex::search::timeline::{Period, group_label};
use pundex::search::{self, SearchRequest, SortOrder};
use std::io::Write;

pub fn run(args: &SearchArgs, ctx: &Context) -> anyhow::Result<()> {
    let open = super::open_index(ctx)?;
    let filters = super::filters_of(&open, &args.filters, ctx)?;
    let request = SearchRequest {
        text: args.query.join(" "),
        filters,
        limit: ctx.search_limit,
        sort: match (args.sort, args.group_by) {
            (_, Some(_)) | (Sort::Date, _) => SortOrder::Date,
            (Sort::Relevance, None) => SortOrder::Relevance,
        },
        facets: args.facets,
        explain: args.explain,
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
