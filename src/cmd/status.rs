//! `pundex status`: what the index holds and what the next run would change.

use crate::cli::StatusArgs;
use crate::context::Context;
use pundex::extract::Lexicon;
use pundex::index::{self, State, manifest::Manifest};
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
    let re_extract = pending
        .as_ref()
        .and_then(|_| re_extract_reason(&open.state, ctx, root.as_deref()));
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
        re_extract: re_extract.as_deref(),
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

/// Why the next `pundex index` re-extracts every article although no file
/// changed: the lexicon it would load (the built-in one, `--lexicon` or the
/// folder's own) or pundex's extraction rules differ from those the index
/// was extracted with, as [`sync::Session`] checks. `None` for an index
/// built with `--no-extract`, whose runs extract nothing, and when the
/// lexicon cannot be loaded (said on stderr: the run will stop on it).
fn re_extract_reason(
    state: &State,
    ctx: &Context,
    root: Option<&std::path::Path>,
) -> Option<String> {
    if state.format == 0 || !state.extracted {
        return None;
    }
    match Lexicon::load_without_case_forms(ctx.lexicon_file(root).as_deref()) {
        Ok(lexicon) if !state.extracted_with(&lexicon.fingerprint) => {
            Some("the lexicon or pundex's extraction rules changed since the last run".to_owned())
        }
        Ok(_) => None,
        Err(e) => {
            warning!("{e} (the next `pundex index` stops on it)");
            None
        }
    }
}
