//! `pundex status`: what the index holds and what the next run would change.

use crate::cli::StatusArgs;
use crate::context::Context;
use pundex::index::{self, manifest::Manifest};
use pundex::render::{IndexStatus, json, terminal};
use pundex::sync::{self, LastRun};
use std::io::Write;

pub fn run(args: &StatusArgs, ctx: &Context) -> anyhow::Result<()> {
    if let Some(dir) = &args.dir {
        super::check_folder(dir, "to compare the index with")?;
    }
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
    let writer = index::lock::writer_at_work(&open.path);
    let status = IndexStatus {
        index: &open.path,
        folder: root.as_deref(),
        documents: searcher.num_docs(),
        files: manifest.files.len(),
        segments,
        size_bytes: size,
        state: &open.state,
        last_run: last_run.as_ref(),
        pending: pending.as_ref(),
        writer: writer.as_deref(),
    };
    let mut out = super::stdout();
    if args.json {
        json::line(&mut out, &json::StatusRecord::new(&status))?;
    } else {
        terminal::status(&mut out, &status, ctx.style)?;
    }
    out.flush()?;
    Ok(())
}
