//! `pundex trend QUERY…`: matching articles per year, month or week, as a chart.

use crate::cli::{TrendArgs, TrendPeriod};
use crate::context::Context;
use pundex::render::{chart, json, terminal};
use pundex::search::query;
use pundex::search::timeline::{self, Period};
use std::io::Write;

/// Chart width when stdout is not a terminal.
const DEFAULT_WIDTH: usize = 80;

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
        let width = args.width.map(usize::from).unwrap_or_else(|| {
            terminal_size::terminal_size().map_or(DEFAULT_WIDTH, |(w, _)| usize::from(w.0))
        });
        chart::timeline(&mut out, &names, &rows, width, ctx.style)?;
    }
    terminal::left_out_of_chart(&mut out, &names, &timelines, ctx.style)?;
    out.flush()?;
    Ok(())
}
