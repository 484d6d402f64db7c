//! `pundex status`: what the index holds and what the next run would change.

use crate::cli::StatusArgs;
use crate::context::Context;
use crate::index::{self, manifest::Manifest};
use crate::render::json;
use crate::sync::{self, LastRun};
use std::io::Write;

/// Skipped files listed by name in the human output.
const SKIPPED_LISTED: usize = 20;

pub fn run(args: &StatusArgs, ctx: &Context) -> anyhow::Result<()> {
    let open = index::open(&ctx.index)?;
    let searcher = index::searcher(&open.index)?;
    let manifest = Manifest::read(&searcher)?;
    let segments = searcher.segment_readers().len();
    let size = index::size_on_disk(&open.path);
    let last_run = LastRun::read(&open.path);
    let root = match &args.dir {
        Some(d) => Some(
            d.canonicalize()
                .map_err(|e| anyhow::anyhow!("{}: {e}", d.display()))?,
        ),
        None => open.state.root.clone(),
    };
    let pending = root.as_ref().filter(|r| r.is_dir()).map(|r| {
        let (found, _) = sync::walk(r);
        let state = &open.state;
        sync::plan(
            found,
            &manifest,
            &state.mtimes,
            &state.skipped,
            sync::Redo::default(),
        )
    });
    let mut out = super::stdout();
    if args.json {
        json::line(
            &mut out,
            &json::StatusRecord {
                documents: searcher.num_docs(),
                extracted: open.state.extracted,
                files: manifest.files.len(),
                folder: root.as_deref(),
                format: open.state.format,
                index: &open.path,
                last_run: last_run.as_ref().map(json::LastRunRecord::new),
                lexicon: &open.state.lexicon,
                pending: pending.as_ref().map(json::PendingRecord::new),
                segments,
                size_bytes: size,
                skipped: json::SkippedRecord::all(&open.state.skipped),
            },
        )?;
        out.flush()?;
        return Ok(());
    }
    let s = ctx.style;
    let row = |label: &str, value: String| format!("{} {value}", s.dim(&format!("{label:>10}:")));
    writeln!(out, "{}", row("index", open.path.display().to_string()))?;
    if let Some(r) = &root {
        writeln!(out, "{}", row("folder", r.display().to_string()))?;
    }
    writeln!(
        out,
        "{}",
        row(
            "documents",
            format!(
                "{} from {} files",
                searcher.num_docs(),
                manifest.files.len()
            )
        )
    )?;
    writeln!(out, "{}", row("segments", segments.to_string()))?;
    writeln!(
        out,
        "{}",
        row("size", format!("{:.1} MB", size as f64 / 1e6))
    )?;
    if let Some(run) = &last_run {
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
    let skipped = &open.state.skipped;
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
    match &pending {
        Some(p) if p.is_empty() => writeln!(
            out,
            "{}",
            row(
                "pending",
                "nothing: the index is in step with the folder".into()
            )
        )?,
        Some(p) => writeln!(
            out,
            "{}",
            row(
                "pending",
                format!(
                    "{} to add, {} to check, {} to remove (run `pundex index` to apply)",
                    p.add.len(),
                    p.check.len(),
                    p.remove.len()
                )
            )
        )?,
        None => writeln!(
            out,
            "{}",
            row("pending", "unknown: the indexed folder is gone".into())
        )?,
    }
    out.flush()?;
    Ok(())
}

fn human_duration(secs: u64) -> String {
    match secs {
        0..=59 => format!("{secs} s"),
        60..=3599 => format!("{} min", secs / 60),
        3600..=86_399 => format!("{} h", secs / 3600),
        _ => format!("{} days", secs / 86_400),
    }
}
