//! One file per subcommand, each a `run(args, &Context)`: it resolves the
//! arguments, calls the library and prints. Only the shared argument helpers
//! below are used by more than one.

pub mod alerts;
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
use pundex::alert::{Alert, AlertMatch, SavedSearch};
use pundex::article::PartialDate;
use pundex::error::UsageError;
use pundex::extract::Lexicon;
use pundex::index::OpenIndex;
use pundex::search::query::Filters;
use pundex::sync::{self, BuildEvent, Session};
use std::cell::OnceCell;
use std::io::{BufWriter, Stdout, Write};
use std::path::Path;
use std::rc::Rc;

/// Buffered stdout; a closed pipe surfaces as an error that main treats as success.
pub fn stdout() -> Output {
    Output(BufWriter::new(std::io::stdout()))
}

/// Stdout whose errors say that writing the output failed: a full disk
/// under `> file` was a bare "No space left on device".
pub struct Output(BufWriter<Stdout>);

impl Output {
    fn context(e: std::io::Error) -> std::io::Error {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return e;
        }
        std::io::Error::new(e.kind(), format!("cannot write the output: {e}"))
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf).map_err(Output::context)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush().map_err(Output::context)
    }
}

/// Opens the index; on a fresh clone (default index path, no index yet)
/// builds it from the corpus folder first, saying so on stderr.
pub fn open_index(ctx: &Context) -> anyhow::Result<OpenIndex> {
    let corpus = ctx.index_is_default.then_some(ctx.corpus.as_path());
    let lexicon = |root: &Path| {
        Lexicon::load_without_case_forms(ctx.lexicon_file(Some(root)).as_deref()).map(Some)
    };
    let open = sync::open_or_build(&ctx.index, corpus, lexicon, &mut |event| match event {
        BuildEvent::Building { why } => stderr_line!(
            "pundex: {why}; building {} from {}/ first",
            sync::path_as_text(&ctx.index),
            sync::path_as_text(&ctx.corpus)
        ),
        BuildEvent::Warning(w) => warning!("{w}"),
    });
    match open {
        // A first run outside the repository: say what to do in plain words.
        Err(sync::SyncError::Open(pundex::index::OpenError::Missing(_)))
            if ctx.index_is_default =>
        {
            anyhow::bail!(
                "no index yet: none in {}/ and no {}/ folder to build one from; index your articles first with `pundex index DIR`",
                ctx.index.display(),
                ctx.corpus.display()
            )
        }
        Ok(open) => {
            // Format 0: nothing committed yet, as while a first build runs.
            if open.state.format == 0
                && let Some(holder) = pundex::index::lock::writer_at_work(&open.path)
            {
                return Err(pundex::index::lock::BeingBuilt {
                    path: open.path,
                    holder,
                }
                .into());
            }
            Ok(open)
        }
        Err(e) => Err(e.into()),
    }
}

/// A failure of the index explained by damage inside its files, when that
/// is what caused it: the damaged file and the remedy instead of tantivy's
/// words. Any other error is returned as it was.
pub fn name_damage(err: anyhow::Error, ctx: &Context) -> anyhow::Error {
    if !pundex::error::is_index_failure(&err) {
        return err;
    }
    match pundex::index::damage_behind_failure(&ctx.index) {
        Some(damage) => damage.into(),
        None => err,
    }
}

/// A folder argument that is missing or a file, as a usage error saying
/// what it was for (`what`: "to compare the index with").
pub fn check_folder(dir: &Path, what: &str) -> Result<(), UsageError> {
    if dir.is_dir() {
        return Ok(());
    }
    let why = if dir.exists() {
        "a file, not a folder"
    } else {
        "no such folder"
    };
    Err(UsageError(format!("{}: {why} {what}", dir.display())))
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
    resolve_filters(
        open,
        &|| ctx.load_lexicon(root).map(Rc::new),
        args,
        (ctx.since, ctx.until),
    )
}

/// Resolves `--actor` and `--issue` against the lexicon, with "did you mean"
/// suggestions for unknown names, and adds the dates (as parsed by the
/// context, or by a saved search). An actor named as the
/// index stores it (any case) needs no lexicon: parsing the lexicon costs
/// more than the rest of a search.
pub fn resolve_filters(
    open: &OpenIndex,
    lexicon: &dyn Fn() -> anyhow::Result<Rc<Lexicon>>,
    args: &FilterArgs,
    (since, until): (Option<PartialDate>, Option<PartialDate>),
) -> anyhow::Result<Filters> {
    let (actors, issues) = (&args.actor, &args.issue);
    let mut filters = Filters::default();
    let mut loaded: Option<Rc<Lexicon>> = None;
    let load = |slot: &mut Option<Rc<Lexicon>>| -> anyhow::Result<()> {
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
    filters.since = since;
    filters.until = until;
    Ok(filters)
}

/// Said when `--alerts` meets an index rebuilt from scratch.
pub const NO_ALERTS_WHILE_REBUILDING: &str =
    "the index is rebuilt from scratch, so every article looks new: no alerts for this run";

/// The saved search named `name`, or a usage error listing the names there are.
pub fn saved_search<'a>(ctx: &'a Context, name: &str) -> anyhow::Result<&'a SavedSearch> {
    ctx.alerts.iter().find(|a| a.name == name).ok_or_else(|| {
        let names: Vec<&str> = ctx.alerts.iter().map(|a| a.name.as_str()).collect();
        let known = if names.is_empty() {
            format!(
                "there are none in {}/pundex.toml or the user's pundex.toml (see `pundex alerts --help`)",
                ctx.corpus.display()
            )
        } else {
            format!("the saved searches are {}", names.join(", "))
        };
        anyhow::Error::new(UsageError(format!("no saved search {name:?}: {known}")))
    })
}

/// Every saved search of the config files resolved against the index, in
/// the order written; none is a usage error. `root` is the folder whose
/// lexicon applies, read when a name needs it unless `lexicon` is given.
pub fn resolve_alerts<'a>(
    ctx: &'a Context,
    open: &OpenIndex,
    root: Option<&Path>,
    given: Option<Lexicon>,
) -> anyhow::Result<Vec<(&'a SavedSearch, Alert)>> {
    if ctx.alerts.is_empty() {
        return Err(anyhow::Error::new(UsageError(format!(
            "no saved searches: add [[alert]] tables to {}/pundex.toml or the user's pundex.toml (see `pundex alerts --help`)",
            ctx.corpus.display()
        ))));
    }
    let lexicon: OnceCell<Rc<Lexicon>> = OnceCell::new();
    if let Some(given) = given {
        let _ = lexicon.set(Rc::new(given));
    }
    let load = || -> anyhow::Result<Rc<Lexicon>> {
        if let Some(l) = lexicon.get() {
            return Ok(Rc::clone(l));
        }
        let loaded = Rc::new(ctx.load_lexicon(root)?);
        Ok(Rc::clone(lexicon.get_or_init(|| loaded)))
    };
    let searcher = pundex::index::searcher(&open.index)?;
    ctx.alerts
        .iter()
        .map(|saved| Ok((saved, resolve_alert(open, &searcher, &load, saved)?)))
        .collect()
}

/// The saved searches resolved for a writer's session, with the lexicon it
/// extracts with (a copy costs far less than reading the files again).
pub fn session_alerts(ctx: &Context, session: &mut Session) -> anyhow::Result<Vec<Alert>> {
    let lexicon = session.lexicon()?.cloned();
    let resolved = resolve_alerts(ctx, &session.index, Some(&session.root), lexicon)?;
    Ok(resolved.into_iter().map(|(_, alert)| alert).collect())
}

/// One saved search resolved as `search` resolves its flags, and its query
/// parsed; a mistake is a [`pundex::alert::SavedSearchError`] naming its line.
pub fn resolve_alert(
    open: &OpenIndex,
    searcher: &tantivy::Searcher,
    lexicon: &dyn Fn() -> anyhow::Result<Rc<Lexicon>>,
    saved: &SavedSearch,
) -> anyhow::Result<Alert> {
    let at_line = |line: usize| {
        move |e: anyhow::Error| match pundex::error::exit_code(&e) {
            pundex::error::EXIT_USAGE => anyhow::Error::new(saved.error(line, error_text(&e))),
            _ => e,
        }
    };
    let part = |args: FilterArgs, line: usize| {
        resolve_filters(open, lexicon, &args, (None, None)).map_err(at_line(line))
    };
    let origin = &saved.origin;
    let actors = part(
        FilterArgs {
            actor: saved.actors.clone(),
            ..FilterArgs::default()
        },
        origin.actor_line,
    )?;
    let issues = part(
        FilterArgs {
            issue: saved.issues.clone(),
            ..FilterArgs::default()
        },
        origin.issue_line,
    )?;
    let languages = part(
        FilterArgs {
            lang: saved.languages.clone(),
            ..FilterArgs::default()
        },
        origin.lang_line,
    )?;
    let filters = Filters {
        actors: actors.actors,
        issues: issues.issues,
        languages: languages.languages,
        since: saved.since,
        until: saved.until,
        ids: Vec::new(),
    };
    pundex::search::query::build(searcher, &open.fields, &saved.query, &Filters::default())
        .map_err(|e| at_line(origin.query_line)(anyhow::Error::new(e)))?;
    Ok(Alert {
        name: saved.name.clone(),
        query: saved.query.clone(),
        filters,
    })
}

/// The one-line message of an error, with control characters escaped.
fn error_text(e: &anyhow::Error) -> String {
    pundex::error::message(e)
}

/// Where alert matches go: stdout, one line or JSON object each, and
/// `--exec`'s command.
pub struct AlertOutput {
    pub json: bool,
    pub exec: Option<String>,
    pub style: pundex::render::Style,
}

impl AlertOutput {
    /// Prints each match (flushed, so a pipe sees it at once) and runs the
    /// command for it; a failing command is a warning and the rest go on.
    pub fn deliver(&self, matches: &[AlertMatch]) -> anyhow::Result<()> {
        use pundex::render::{json, terminal};
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        for found in matches {
            let record = json::AlertRecord::new(found);
            if self.json {
                json::line(&mut out, &record)?;
            } else {
                writeln!(out, "{}", terminal::alert_line(found, self.style))?;
            }
            out.flush()?;
            if let Some(command) = &self.exec {
                let text = serde_json::to_string(&record)?;
                if let Err(e) = pundex::alert::exec::run(command, found, &text) {
                    warning!(
                        "alert {:?}, {}: --exec failed: {}",
                        found.alert,
                        found.hit.id,
                        pundex::error::escape_controls(&e.to_string(), false)
                    );
                }
            }
        }
        Ok(())
    }
}
