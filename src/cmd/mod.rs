//! One file per subcommand, each a `run(args, &Context)`: it resolves the
//! arguments, calls the library and prints. Only the shared argument helpers
//! below are used by more than one.

pub mod export;
pub mod facets;
pub mod index;
pub mod lexicon;
pub mod search;
pub mod shell;
pub mod show;
pub mod status;
pub mod trend;
pub mod watch;

use crate::cli::FilterArgs;
use crate::context::Context;
use pundex::error::UsageError;
use pundex::extract::Lexicon;
use pundex::index::OpenIndex;
use pundex::search::query::Filters;
use pundex::sync::{self, BuildEvent};
use std::io::{BufWriter, Stdout};
use std::path::Path;

/// Buffered stdout; a closed pipe surfaces as an error that main treats as success.
pub fn stdout() -> BufWriter<Stdout> {
    BufWriter::new(std::io::stdout())
}

/// Opens the index; on a fresh clone (default index path, no index yet)
/// builds it from the corpus folder first, saying so on stderr.
pub fn open_index(ctx: &Context) -> anyhow::Result<OpenIndex> {
    let corpus = ctx.index_is_default.then_some(ctx.corpus.as_path());
    let lexicon = |root: &Path| Lexicon::load(ctx.lexicon_file(Some(root)).as_deref()).map(Some);
    let open = sync::open_or_build(&ctx.index, corpus, lexicon, &mut |event| match event {
        BuildEvent::Building { why } => eprintln!(
            "pundex: {why}; building {} from {}/ first",
            ctx.index.display(),
            ctx.corpus.display()
        ),
        BuildEvent::Warning(w) => eprintln!("warning: {}: {}", w.path, w.reason),
    })?;
    Ok(open)
}

/// "; did you mean A, B?" for the close names, or nothing without any.
pub fn did_you_mean(near: &[&str]) -> String {
    if near.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", near.join(", "))
    }
}

/// [`resolve_filters`] with the lexicon of the folder the index was built from,
/// loaded only if a name needs it.
pub fn filters_of(open: &OpenIndex, args: &FilterArgs, ctx: &Context) -> anyhow::Result<Filters> {
    let root = open.state.root.as_deref();
    resolve_filters(open, &|| ctx.load_lexicon(root), args, ctx)
}

/// Resolves `--actor` and `--issue` against the lexicon, with "did you mean"
/// suggestions for unknown names, and adds the dates the context parsed. An actor named as the
/// index stores it (any case) needs no lexicon: parsing the lexicon costs
/// more than the rest of a search.
pub fn resolve_filters(
    open: &OpenIndex,
    lexicon: &dyn Fn() -> anyhow::Result<Lexicon>,
    args: &FilterArgs,
    ctx: &Context,
) -> anyhow::Result<Filters> {
    let (actors, issues) = (&args.actor, &args.issue);
    let mut filters = Filters::default();
    let mut loaded: Option<Lexicon> = None;
    let load = |slot: &mut Option<Lexicon>| -> anyhow::Result<()> {
        if slot.is_none() {
            *slot = Some(lexicon()?);
        }
        Ok(())
    };
    // One searcher for all actor names; none when there are none.
    let searcher = (!actors.is_empty())
        .then(|| pundex::index::searcher(&open.index))
        .transpose()?;
    for name in actors {
        let searcher = searcher.as_ref().expect("opened for actor filters");
        if let Some(stored) = pundex::index::stored_actor(searcher, open.fields.actors, name)? {
            filters.actors.push(stored);
            continue;
        }
        load(&mut loaded)?;
        let lexicon = loaded.as_ref().expect("loaded for actor filters");
        match lexicon.find_actor(name) {
            Some(actor) => filters.actors.push(actor.name.clone()),
            None => {
                return Err(anyhow::Error::new(UsageError(format!(
                    "unknown actor {name:?}{} (list them with `pundex actors`)",
                    did_you_mean(&lexicon.nearest_actors(name, 3))
                ))));
            }
        }
    }
    if !issues.is_empty() {
        load(&mut loaded)?;
    }
    let lexicon = loaded.as_ref();
    for path in issues {
        let lexicon = lexicon.expect("loaded for issue filters");
        let path = path.trim().trim_matches('/').to_lowercase();
        if !lexicon.has_issue_path(&path) {
            return Err(anyhow::Error::new(UsageError(format!(
                "unknown issue {path:?}{} (list them with `pundex issues`)",
                did_you_mean(&lexicon.nearest_issues(&path, 3))
            ))));
        }
        filters.issues.push(path);
    }
    for name in &args.lang {
        let code = pundex::article::language_code_of(name).ok_or_else(|| {
            UsageError(format!(
                "unknown language {name:?}; give an ISO 639-1 code such as en, ru, uk or de"
            ))
        })?;
        filters.languages.push(code);
    }
    filters.since = ctx.since;
    filters.until = ctx.until;
    Ok(filters)
}
