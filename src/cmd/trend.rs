//! `pundex trend QUERY…`: matching articles per year, month or week, as a chart.

use crate::cli::{TrendArgs, TrendPeriod};
use crate::context::Context;
use pundex::error::UsageError;
use pundex::render::{chart, json, terminal};
use pundex::search::query;
use pundex::search::timeline::{self, Period};
use std::io::Write;

/// Chart width when stdout is not a terminal.
const DEFAULT_WIDTH: usize = 80;

/// The chart's width: `--width` when the queries fit in it side by side;
/// else the terminal's (or 80), widened as far as the queries need up to the
/// widest chart drawn. Queries that do not fit are a usage error rather than
/// lines wider than asked for.
fn chart_width(
    asked: Option<u16>,
    queries: usize,
    rows: &[(String, Vec<u64>)],
) -> Result<usize, UsageError> {
    let needed = chart::columns_needed(queries, rows);
    let fits = |width: usize| {
        (1..=queries)
            .rev()
            .find(|&n| chart::columns_needed(n, rows) <= width)
    };
    match asked.map(usize::from) {
        Some(width) if needed > width => Err(UsageError(format!(
            "--width {width}: {queries} queries side by side need {needed} columns; \
             {} fit in {width} (give a larger --width, fewer queries, or --json)",
            fits(width).unwrap_or(0)
        ))),
        Some(width) => Ok(width),
        None if needed > chart::MAX_WIDTH => Err(UsageError(format!(
            "{queries} queries side by side need {needed} columns, more than the widest \
             chart ({} columns, {} queries): give fewer queries, or --json",
            chart::MAX_WIDTH,
            fits(chart::MAX_WIDTH).unwrap_or(0)
        ))),
        None => {
            let terminal =
                terminal_size::terminal_size().map_or(DEFAULT_WIDTH, |(w, _)| usize::from(w.0));
            Ok(terminal.max(needed))
        }
    }
}

pub fn run(args: &TrendArgs, ctx: &Context) -> anyhow::Result<()> {
    let open = super::open_index(ctx)?;
    let filters = super::filters_of(&open, &args.filters, ctx)?;
    let period = match args.by {
        TrendPeriod::Year => Period::Year,
        TrendPeriod::Month => Period::Month,
        TrendPeriod::Week => Period::Week,
    };
    let queries: Vec<String> = if args.queries.is_empty() {
        vec![String::new()]
    } else {
        args.queries.clone()
    };
    let searcher = pundex::index::searcher(&open.index)?;
    let mut timelines = Vec::with_capacity(queries.len());
    for text in &queries {
        let q = query::build(&searcher, &open.fields, text, &filters)?;
        timelines.push(timeline::count(&searcher, q.as_ref(), period)?);
    }
    let names: Vec<String> = queries
        .iter()
        .map(|q| {
            if q.is_empty() {
                "all articles".to_owned()
            } else {
                q.clone()
            }
        })
        .collect();
    let rows = timeline::align(&timelines);
    let mut out = super::stdout();
    if args.json {
        let labels: Vec<String> = rows.iter().map(|(label, _)| label.clone()).collect();
        for (name, t) in names.iter().zip(&timelines) {
            json::line(&mut out, &json::TrendRecord::new(name, t, &labels))?;
        }
        out.flush()?;
        return Ok(());
    }
    if rows.is_empty() {
        writeln!(out, "no dated articles match")?;
    } else {
        let width = chart_width(args.width, names.len(), &rows)?;
        chart::timeline(&mut out, &names, &rows, width, ctx.style)?;
    }
    terminal::left_out_of_chart(&mut out, &names, &timelines, ctx.style)?;
    out.flush()?;
    Ok(())
}
