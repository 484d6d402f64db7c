//! Human-readable output.

use super::{IndexStatus, ShownArticle, Style, printable, printable_field};
use crate::alert::{Alert, AlertMatch, SavedSearch};
use crate::search::association::Associate;
use crate::search::explain::Explanation;
use crate::search::facets::{Count, DiscoveredCount, Facets};
use crate::search::snippet::Fragment;
use crate::search::timeline::Timeline;
use crate::search::{Hit, SearchResults};
use crate::sync::{Summary, SyncPlan, path_as_text};
use std::io::{self, Write};
use std::path::Path;

/// What follows the score of a hit that has some of the query's words, not
/// all: such hits are ranked among the others by score, so each is marked.
const PARTIAL_MARK: &str = "(some of the words)";

/// How many actors and issues a hit line shows.
const HIT_TAGS: usize = 5;

/// The ranked hits, then the totals and (when asked) the facets.
pub fn search_results(
    out: &mut impl Write,
    results: &SearchResults,
    style: Style,
) -> io::Result<()> {
    let mut group: Option<&str> = None;
    for hit in &results.hits {
        if let Some(g) = hit.group.as_deref()
            && group != Some(g)
        {
            writeln!(out, "{}", style.bold(&format!("── {g} ──")))?;
            group = Some(g);
        }
        hit_block(out, hit, style)?;
    }
    let partial = results.hits.iter().filter(|h| h.partial).count();
    let shown = results.hits.len() - partial;
    let mut summary = match (results.total, shown) {
        (0, _) => "no matching articles".to_owned(),
        (t, s) if t == s => format!("{t} matching article{}", plural(t)),
        (t, 0) => format!("{t} matching article{} (none shown: --limit 0)", plural(t)),
        (t, s) => format!("showing {s} of {t} matching articles (use --limit N for more)"),
    };
    if partial > 0 {
        summary.push_str(&format!(
            "; and {partial} more with some of the words, marked (--all-words leaves them out)"
        ));
    }
    writeln!(out, "{}", style.dim(&summary))?;
    if let Some(facets) = &results.facets {
        facet_tables(out, facets, style)?;
    }
    Ok(())
}

/// "s" after a count other than one.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn hit_block(out: &mut impl Write, hit: &Hit, style: Style) -> io::Result<()> {
    let mut head = format!(
        "{:>2}. {}",
        hit.rank,
        style.bold(&printable_field(&hit.title))
    );
    if let Some(date) = &hit.published {
        head.push_str(&format!("  {}", style.green(date)));
    }
    if hit.score > 0.0 {
        head.push_str(&format!(
            "  {}",
            style.dim(&format!("score {:.2}", hit.score))
        ));
    }
    if hit.partial {
        head.push_str(&format!("  {}", style.dim(PARTIAL_MARK)));
    }
    writeln!(out, "{head}")?;
    let mut line = format!("    {}", style.cyan(&printable(&hit.id)));
    if let Some(author) = &hit.author {
        line.push_str(&format!("  by {}", printable_field(author)));
    }
    writeln!(out, "{line}")?;
    for fragment in &hit.snippet {
        writeln!(out, "    {}", fragment_text(fragment, style))?;
    }
    if !hit.actors.is_empty() {
        let names: Vec<String> = hit
            .actors
            .iter()
            .take(HIT_TAGS)
            .map(|a| format!("{} ({})", printable(&a.name), a.count))
            .collect();
        writeln!(out, "    {} {}", style.dim("actors:"), names.join(", "))?;
    }
    if !hit.issues.is_empty() {
        let issues: Vec<&str> = hit
            .issues
            .iter()
            .take(HIT_TAGS)
            .map(String::as_str)
            .collect();
        writeln!(out, "    {} {}", style.dim("issues:"), issues.join(", "))?;
    }
    if let Some(explanation) = &hit.explanation {
        explanation_lines(out, explanation, style)?;
    }
    writeln!(out)
}

/// `--explain`: the parts of a hit's score, one per line, largest first.
fn explanation_lines(
    out: &mut impl Write,
    explanation: &Explanation,
    style: Style,
) -> io::Result<()> {
    writeln!(
        out,
        "    {}",
        style.dim(&format!("score {:.2} =", explanation.total()))
    )?;
    for part in &explanation.parts {
        let what = match (&part.field, &part.actor) {
            (Some(field), _) => format!("{} {field}", part.kind.as_str()),
            (None, Some(actor)) => format!("{} {}", part.kind.as_str(), printable(actor)),
            (None, None) => part.kind.as_str().to_owned(),
        };
        let terms: Vec<String> = part
            .terms
            .iter()
            .map(|(term, score)| format!("{} {score:.2}", printable(term)))
            .collect();
        let terms = if terms.is_empty() {
            String::new()
        } else {
            format!(": {}", terms.join(", "))
        };
        writeln!(out, "      {:>6.2}  {what}{terms}", part.score)?;
    }
    Ok(())
}

/// A snippet passage with its matches highlighted, between ellipses.
pub fn fragment_text(fragment: &Fragment, style: Style) -> String {
    let mut s = String::from("… ");
    let mut at = 0;
    for range in &fragment.highlights {
        if range.start < at || range.end > fragment.text.len() {
            continue;
        }
        s.push_str(&printable(&fragment.text[at..range.start]));
        s.push_str(&style.highlight(&printable(&fragment.text[range.clone()])));
        at = range.end;
    }
    s.push_str(&printable(&fragment.text[at..]));
    s.push_str(" …");
    s
}

/// Top actors, issues and languages as three short tables.
pub fn facet_tables(out: &mut impl Write, facets: &Facets, style: Style) -> io::Result<()> {
    writeln!(out)?;
    count_table(out, "Actors", &facets.actors, style)?;
    writeln!(out)?;
    count_table(out, "Issues", &facets.issues, style)?;
    writeln!(out)?;
    count_table(out, "Languages", &facets.languages, style)
}

/// A titled list of names with document counts, aligned.
pub fn count_table(
    out: &mut impl Write,
    title: &str,
    counts: &[Count],
    style: Style,
) -> io::Result<()> {
    writeln!(out, "{}", style.bold(title))?;
    if counts.is_empty() {
        return writeln!(out, "  (none)");
    }
    let width = counts
        .iter()
        .map(|c| c.documents.to_string().len())
        .max()
        .unwrap_or(1);
    for c in counts {
        writeln!(out, "  {:>width$}  {}", c.documents, printable(&c.name))?;
    }
    Ok(())
}

/// `actors --discovered`: documents, name, kind and aliases.
pub fn discovered_table(
    out: &mut impl Write,
    found: &[DiscoveredCount],
    style: Style,
) -> io::Result<()> {
    writeln!(out, "{}", style.bold("Discovered actors (documents)"))?;
    if found.is_empty() {
        return writeln!(out, "  (none)");
    }
    let width = found
        .iter()
        .map(|d| d.documents.to_string().len())
        .max()
        .unwrap_or(1);
    for d in found {
        let aliases = if d.aliases.is_empty() {
            String::new()
        } else {
            format!(", {}", d.aliases.join(", "))
        };
        writeln!(
            out,
            "  {:>width$}  {} {}",
            d.documents,
            printable(&d.name),
            style.dim(&format!("({}{})", d.kind, printable(&aliases)))
        )?;
    }
    Ok(())
}

/// `actors --discovered --toml`: lexicon `[[actor]]` entries to adopt.
pub fn discovered_toml(out: &mut impl Write, found: &[DiscoveredCount]) -> io::Result<()> {
    // A JSON string is a TOML basic string: same quotes and escapes.
    let quoted = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned());
    writeln!(
        out,
        "# Actors pundex discovered, most documents first; check each, then paste into your lexicon."
    )?;
    for d in found {
        writeln!(
            out,
            "\n# {} document{}",
            d.documents,
            plural(d.documents as usize)
        )?;
        writeln!(out, "[[actor]]")?;
        writeln!(out, "name = {}", quoted(&d.name))?;
        writeln!(out, "kind = {}", quoted(&d.kind))?;
        if !d.aliases.is_empty() {
            let aliases: Vec<String> = d.aliases.iter().map(|a| quoted(a)).collect();
            writeln!(out, "aliases = [{}]", aliases.join(", "))?;
        }
    }
    Ok(())
}

/// `--with`: names seen with the anchor, with how often and the lift.
pub fn associate_table(
    out: &mut impl Write,
    title: &str,
    found: &[Associate],
    style: Style,
) -> io::Result<()> {
    writeln!(out, "{}", style.bold(title))?;
    if found.is_empty() {
        return writeln!(out, "  (none)");
    }
    let width = found
        .iter()
        .map(|a| a.together.to_string().len())
        .max()
        .unwrap_or(1)
        .max(8);
    writeln!(out, "  {:>width$}  {:>6}  name", "together", "lift")?;
    for a in found {
        writeln!(
            out,
            "  {:>width$}  {:>6.2}  {}",
            a.together,
            a.lift,
            printable(&a.name)
        )?;
    }
    Ok(())
}

/// `show`: the title, labelled metadata, actors with quoted places, issues,
/// dates mentioned, then the body.
pub fn article(out: &mut impl Write, a: &ShownArticle, style: Style) -> io::Result<()> {
    let s = style;
    let hit = a.hit;
    writeln!(out, "{}", s.bold(&printable_field(&hit.title)))?;
    let mut meta = vec![("id", hit.id.clone())];
    if let Some(p) = &hit.published {
        let source = a
            .date_source
            .as_ref()
            .map(|s| format!(" (from {s})"))
            .unwrap_or_default();
        meta.push(("published", format!("{p}{source}")));
    }
    for (label, value) in [
        ("author", hit.author.clone()),
        ("source", hit.source.clone()),
        ("url", hit.url.clone()),
        ("language", a.language.clone()),
        ("encoding", a.encoding.clone()),
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
            printable_field(&value)
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", s.bold("Actors"))?;
    if hit.actors.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for actor in &hit.actors {
        writeln!(
            out,
            "  {} {} ×{}",
            s.yellow(&printable(&actor.name)),
            s.dim(&if actor.discovered {
                format!("({}, discovered)", actor.kind)
            } else {
                format!("({})", actor.kind)
            }),
            actor.count
        )?;
        for quote in a.actor_places.get(&actor.name).into_iter().flatten() {
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
    if a.date_places.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for (date, said) in a.date_places {
        writeln!(
            out,
            "  {date}  {}",
            s.dim(&format!("\"{}\"", printable(said)))
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", printable_body(a.body))?;
    Ok(())
}

/// The body with control characters removed but line breaks kept.
fn printable_body(body: &str) -> String {
    body.lines().map(printable).collect::<Vec<_>>().join("\n")
}

/// Skipped files listed by name in `status`.
const SKIPPED_LISTED: usize = 20;

/// `status`: labelled rows for the index, the last run, skipped files and
/// what the next run would change.
pub fn status(out: &mut impl Write, st: &IndexStatus, style: Style) -> io::Result<()> {
    let s = style;
    let row = |label: &str, value: String| format!("{} {value}", s.dim(&format!("{label:>10}:")));
    writeln!(out, "{}", row("index", path_as_text(st.index)))?;
    if let Some(r) = st.folder {
        writeln!(out, "{}", row("folder", path_as_text(r)))?;
    }
    writeln!(
        out,
        "{}",
        row(
            "documents",
            format!("{} from {} files", st.documents, st.files)
        )
    )?;
    writeln!(out, "{}", row("segments", st.segments.to_string()))?;
    if let Some(writer) = st.writer {
        writeln!(out, "{}", row("writer", format!("{writer} is writing")))?;
    }
    writeln!(
        out,
        "{}",
        row("size", format!("{:.1} MB", st.size_bytes as f64 / 1e6))
    )?;
    if let Some(run) = st.last_run {
        let ago = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())
            .saturating_sub(run.finished);
        let s = &run.summary;
        writeln!(
            out,
            "{}",
            row(
                "last run",
                format!(
                    "{} ago: {} added, {} updated, {} removed, {} unchanged, {} skipped in {:.2} s",
                    human_duration(ago),
                    s.added,
                    s.updated,
                    s.removed,
                    s.unchanged,
                    s.skipped,
                    s.seconds
                )
            )
        )?;
    }
    let skipped = &st.state.skipped;
    if !skipped.is_empty() {
        writeln!(
            out,
            "{}",
            row(
                "skipped",
                format!(
                    "{} files could not be indexed; each is read again when it changes (or with `pundex index --retry-skipped`):",
                    skipped.len()
                )
            )
        )?;
        for (path, failed) in skipped.iter().take(SKIPPED_LISTED) {
            writeln!(out, "{:>12}{path}: {}", "", failed.reason)?;
        }
        if skipped.len() > SKIPPED_LISTED {
            writeln!(
                out,
                "{:>12}… and {} more (`pundex status --json` lists them all)",
                "",
                skipped.len() - SKIPPED_LISTED
            )?;
        }
    }
    let re_extract = st
        .re_extract
        .map(|why| format!("every article to re-extract: {why}"));
    match st.pending {
        Some(p) if p.is_empty() && re_extract.is_none() => writeln!(
            out,
            "{}",
            row(
                "pending",
                "nothing: the index is in step with the folder".into()
            )
        )?,
        Some(p) => {
            let files = (!p.is_empty()).then(|| {
                format!(
                    "{} to add, {} to check, {} to remove",
                    p.add.len(),
                    p.check.len(),
                    p.remove.len()
                )
            });
            let parts: Vec<String> = files.into_iter().chain(re_extract).collect();
            writeln!(
                out,
                "{}",
                row(
                    "pending",
                    format!("{} (run `pundex index` to apply)", parts.join("; "))
                )
            )?
        }
        None => {
            let why = match (st.folder, st.state.format) {
                (Some(folder), _) => format!("the folder {} is gone", path_as_text(folder)),
                // Format 0: nothing committed yet.
                (None, 0) if st.writer.is_some() => "the first run has not committed yet".into(),
                (None, 0) => "nothing committed yet".into(),
                (None, _) => "the index does not name its folder".into(),
            };
            writeln!(out, "{}", row("pending", format!("unknown: {why}")))?;
        }
    }
    Ok(())
}

/// A coarse age: seconds, minutes, hours or days.
fn human_duration(secs: u64) -> String {
    match secs {
        0..=59 => format!("{secs} s"),
        60..=3599 => format!("{} min", secs / 60),
        3600..=86_399 => format!("{} h", secs / 3600),
        _ => format!("{} days", secs / 86_400),
    }
}

/// `trend`: per query, the matching articles the chart leaves out (undated,
/// or dated less precisely than its periods); nothing for a query that has none.
pub fn left_out_of_chart(
    out: &mut impl Write,
    names: &[String],
    timelines: &[Timeline],
    style: Style,
) -> io::Result<()> {
    for (name, t) in names.iter().zip(timelines) {
        let mut left_out = Vec::new();
        if t.undated > 0 {
            left_out.push(format!("{} undated", t.undated));
        }
        if t.imprecise > 0 {
            left_out.push(format!(
                "{} dated only to a coarser period (try --by year)",
                t.imprecise
            ));
        }
        if !left_out.is_empty() {
            writeln!(
                out,
                "{}",
                style.dim(&format!("{name}: not shown: {}", left_out.join(", ")))
            )?;
        }
    }
    Ok(())
}

/// One alert match on one line, for a terminal or a cron mail: the alert
/// (marked when the article changed), title, date, id and the first passage
/// of the snippet.
pub fn alert_line(found: &AlertMatch, style: Style) -> String {
    let hit = &found.hit;
    let mut line = style.yellow(&printable(&found.alert));
    if found.updated {
        line.push_str(" (updated)");
    }
    line.push_str(&format!(": {}", style.bold(&printable_field(&hit.title))));
    line.push_str(&format!(
        "  {}",
        style.green(hit.published.as_deref().unwrap_or("undated"))
    ));
    line.push_str(&format!("  {}", style.cyan(&printable(&hit.id))));
    if let Some(fragment) = hit.snippet.first() {
        line.push_str(&format!("  {}", fragment_text(fragment, style)));
    }
    line
}

/// `pundex alerts`: each saved search as resolved, and where it is written.
pub fn saved_searches(
    out: &mut impl Write,
    alerts: &[(&SavedSearch, Alert)],
    style: Style,
) -> io::Result<()> {
    for (saved, alert) in alerts {
        let query = if alert.query.is_empty() {
            style.dim("(filters only)")
        } else {
            printable(&alert.query)
        };
        writeln!(out, "{}  {query}", style.bold(&printable(&alert.name)))?;
        let f = &alert.filters;
        let mut filters = Vec::new();
        for (key, values) in [
            ("actor", &f.actors),
            ("issue", &f.issues),
            ("lang", &f.languages),
        ] {
            if !values.is_empty() {
                let values: Vec<String> = values.iter().map(|v| printable(v)).collect();
                filters.push(format!("{key}: {}", values.join(", ")));
            }
        }
        if let Some(since) = f.since {
            filters.push(format!("since: {since}"));
        }
        if let Some(until) = f.until {
            filters.push(format!("until: {until}"));
        }
        if !filters.is_empty() {
            writeln!(out, "    {}", filters.join("  "))?;
        }
        writeln!(
            out,
            "    {}",
            style.dim(&format!(
                "{} line {}",
                path_as_text(&saved.origin.file),
                saved.origin.name_line
            ))
        )?;
    }
    let n = alerts.len();
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "{n} saved search{}",
            if n == 1 { "" } else { "es" }
        ))
    )
}

/// One line: what changed, how long it took, and the throughput.
pub fn run_summary(dir: &Path, s: &Summary) -> String {
    let skipped = if s.skipped_unchanged > 0 {
        format!(
            "{} skipped ({} unchanged since an earlier warning; `pundex status` lists them)",
            s.skipped, s.skipped_unchanged
        )
    } else {
        format!("{} skipped", s.skipped)
    };
    let mut line = format!(
        "indexed {}: {} added, {} updated, {} removed, {} unchanged, {skipped}; {} document{} in the index; {:.2} s",
        path_as_text(dir),
        s.added,
        s.updated,
        s.removed,
        s.unchanged,
        s.documents,
        plural(s.documents as usize),
        s.seconds
    );
    if s.documents_written > 0 && s.seconds > 0.0 {
        line.push_str(&format!(
            " ({:.0} docs/s, {:.1} MB/s)",
            s.documents_written as f64 / s.seconds,
            s.bytes_read as f64 / 1e6 / s.seconds
        ));
    }
    line
}

/// `index --dry-run`: each file to add, check or remove, then the counts.
pub fn sync_plan(out: &mut impl Write, plan: &SyncPlan) -> io::Result<()> {
    for f in &plan.add {
        writeln!(out, "add     {}", f.rel)?;
    }
    for (f, _) in &plan.check {
        writeln!(out, "check   {}", f.rel)?;
    }
    for p in &plan.remove {
        writeln!(out, "remove  {p}")?;
    }
    writeln!(
        out,
        "dry run: {} to add, {} to check (size or time changed), {} to remove, {} unchanged, {} skipped (unchanged since they failed)",
        plan.add.len(),
        plan.check.len(),
        plan.remove.len(),
        plan.unchanged,
        plan.still_skipped.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No associates: the title and "(none)", not a column header after it.
    #[test]
    fn an_empty_association_table_has_no_header() {
        let plain = Style { color: false };
        let mut out = Vec::new();
        associate_table(&mut out, "Actors with Russia", &[], plain).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "Actors with Russia\n  (none)\n"
        );
        let one = crate::search::association::Associate {
            name: "Ukraine".into(),
            together: 3,
            overall: 4,
            lift: 1.5,
            score: 1.75,
        };
        let mut out = Vec::new();
        associate_table(&mut out, "Actors with Russia", &[one], plain).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(lines[1].trim_start().starts_with("together"), "{text}");
        assert!(lines[2].ends_with("Ukraine"), "{text}");
    }

    #[test]
    fn fragment_markup() {
        let f = Fragment {
            text: "a truce on the Black Sea".into(),
            highlights: vec![2..7, 15..20],
        };
        assert_eq!(
            fragment_text(&f, Style { color: false }),
            "… a [truce] on the [Black] Sea …"
        );
    }
}
