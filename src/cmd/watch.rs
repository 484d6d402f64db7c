//! `pundex watch DIR`: reconcile once, then apply file events in batches.

use crate::cli::WatchArgs;
use crate::context::Context;
use pundex::alert::Alert;
use pundex::extract::Lexicon;
use pundex::render::json;
use pundex::sync::{Scope, Session, SessionOptions, Summary};
use pundex::watch::{Batch, EventSource, Stop, sleep_unless_stopped};
use std::collections::HashSet;
use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

pub fn run(args: &WatchArgs, ctx: &Context) -> anyhow::Result<()> {
    let options = SessionOptions {
        folder: &ctx.corpus,
        index: &ctx.index,
        holder: &format!("watch {}", ctx.corpus.display()),
        wait: Duration::from_secs(args.wait),
        full: false,
    };
    let mut session = Session::start(&options, |root| {
        Lexicon::load_without_case_forms(ctx.lexicon_file(Some(root)).as_deref()).map(Some)
    })?;
    let alerts = match args.alerts.alerts {
        true => Some(Alerts {
            alerts: super::session_alerts(ctx, &mut session)?,
            output: super::AlertOutput {
                json: args.json,
                exec: args.alerts.exec.clone(),
                style: ctx.style,
            },
        }),
        false => None,
    };
    session.track_new_content = alerts.is_some();
    let (root, index_dir) = (session.root.clone(), session.index_dir().to_owned());
    let stop = Arc::new(Stop::default());
    {
        let stop = Arc::clone(&stop);
        ctrlc::set_handler(move || stop.request())?;
    }
    let mut reporter = Reporter {
        quiet: args.quiet,
        json: args.json,
        warned: HashSet::new(),
        alerts,
    };
    if let Some(reason) = &session.full_reason {
        reporter.note(reason);
    }
    if reporter.alerts.is_some() && session.is_rebuilding() {
        reporter.note(super::NO_ALERTS_WHILE_REBUILDING);
    }
    sync_once(&mut session, Scope::All, &mut reporter, true)?;
    reporter.note(&format!(
        "watching {} (Ctrl-C to stop){}",
        pundex::sync::path_as_text(&ctx.corpus),
        args.poll
            .map(|s| format!(", polling every {s} s"))
            .unwrap_or_default()
    ));
    if let Some(seconds) = args.poll {
        let every = Duration::from_secs_f64(seconds.max(0.1));
        while sleep_unless_stopped(every, &stop) {
            if wait_for_root(&session, &stop, &mut reporter) {
                sync_once(&mut session, Scope::All, &mut reporter, false)?;
            }
        }
        return Ok(());
    }
    'watching: loop {
        // Whatever happens in the index is no change to the folder.
        let source = EventSource::new(&root, std::slice::from_ref(&index_dir))?;
        // Files created between the reconcile and the watch starting are caught here.
        sync_once(&mut session, Scope::All, &mut reporter, false)?;
        while let Some(batch) = source.next_batch(&stop) {
            match batch {
                Batch::Paths(paths) => {
                    sync_once(&mut session, Scope::Paths(&paths), &mut reporter, false)?
                }
                Batch::Rescan(reason) => {
                    reporter.note(&format!("{reason}: comparing the whole folder"));
                    sync_once(&mut session, Scope::All, &mut reporter, false)?;
                }
                Batch::RootGone => {
                    drop(source);
                    if wait_for_root(&session, &stop, &mut reporter) {
                        continue 'watching;
                    }
                    break 'watching;
                }
            }
        }
        break;
    }
    reporter.note("stopped");
    Ok(())
}

/// Waits while the watched folder is missing; false when stopped meanwhile.
fn wait_for_root(session: &Session, stop: &Stop, reporter: &mut Reporter) -> bool {
    if session.root.is_dir() {
        return true;
    }
    reporter.note(&format!(
        "{} disappeared; waiting for it to come back",
        pundex::sync::path_as_text(&session.root)
    ));
    while !session.root.is_dir() {
        if !sleep_unless_stopped(Duration::from_secs(1), stop) {
            return false;
        }
    }
    reporter.note(&format!(
        "{} is back",
        pundex::sync::path_as_text(&session.root)
    ));
    true
}

/// Plans and applies one batch, printing a line when anything changed.
fn sync_once(
    session: &mut Session,
    scope: Scope,
    reporter: &mut Reporter,
    always_report: bool,
) -> anyhow::Result<()> {
    let (plan, walk_warnings) = session.plan(scope)?;
    if session.needs_no_commit(&plan) {
        if always_report {
            let summary = Summary {
                unchanged: plan.unchanged,
                documents: session.documents()?,
                ..Summary::default()
            };
            reporter.batch(&summary)?;
        }
        return Ok(());
    }
    let summary = session.apply(plan, &|_| {})?;
    for w in walk_warnings.iter().chain(&summary.warnings) {
        reporter.warn(w);
    }
    session.record_last_run(&summary);
    // The batch's matches, then its line: the line ends what the batch printed.
    reporter.alert(session, &summary)?;
    reporter.batch(&summary)
}

/// The saved searches a watcher checks each batch against, and where their
/// matches go.
struct Alerts {
    alerts: Vec<Alert>,
    output: super::AlertOutput,
}

/// Prints batch lines, notes and warnings as `--quiet` and `--json` say;
/// a failing file is reported once until its problem changes.
struct Reporter {
    quiet: bool,
    json: bool,
    warned: HashSet<(String, String)>,
    /// With `--alerts`.
    alerts: Option<Alerts>,
}

impl Reporter {
    fn note(&self, message: &str) {
        if !self.quiet && !self.json {
            stderr_line!("pundex: {message}");
        }
    }

    fn warn(&mut self, w: &pundex::sync::Skipped) {
        if self.warned.insert((w.path.clone(), w.reason.clone())) {
            warning!("{w}");
        }
    }

    /// Checks the batch's new articles against the saved searches, and
    /// delivers the matches.
    fn alert(&self, session: &Session, s: &Summary) -> anyhow::Result<()> {
        if let (Some(alerts), Some(new)) = (&self.alerts, &s.new_content) {
            let matches = pundex::alert::check(&session.index, &alerts.alerts, new)?;
            alerts.output.deliver(&matches)?;
        }
        Ok(())
    }

    fn batch(&self, s: &Summary) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        if self.json {
            json::line(&mut out, &json::RunSummary::new(s))?;
        } else if !self.quiet {
            writeln!(
                out,
                "{} +{} added, ~{} updated, -{} removed; {} document{}; {:.2} s",
                local_clock(),
                s.added,
                s.updated,
                s.removed,
                s.documents,
                pundex::render::terminal::plural(s.documents as usize),
                s.seconds
            )?;
        }
        out.flush()?;
        Ok(())
    }
}

/// The local wall-clock time as `HH:MM:SS`, printed before each batch.
///
/// `time` will not read the local UTC offset once a process has threads
/// (`OffsetDateTime::now_local` returns an error: reading the C library's
/// time-zone state can race with `setenv`), and the watcher has threads. The
/// C library's own `localtime_r` is safe here because pundex never calls
/// `setenv`. Other platforms, and a failing `localtime_r`, print UTC.
fn local_clock() -> String {
    let now = time::OffsetDateTime::now_utc();
    #[cfg(unix)]
    if let Some((h, m, s)) = local_hms(now.unix_timestamp()) {
        return format!("{h:02}:{m:02}:{s:02}");
    }
    format!("{:02}:{:02}:{:02}", now.hour(), now.minute(), now.second())
}

/// Hours, minutes and seconds of `unix_seconds` in the local time zone.
#[cfg(unix)]
fn local_hms(unix_seconds: i64) -> Option<(i32, i32, i32)> {
    let seconds = libc::time_t::try_from(unix_seconds).ok()?;
    let mut tm = std::mem::MaybeUninit::<libc::tm>::zeroed();
    // SAFETY: both pointers are valid for the call: `seconds` is read, and
    // `tm` is our own, properly aligned `libc::tm` that `localtime_r` fills
    // in. It is the re-entrant variant, so no shared static buffer is used.
    let filled = unsafe { libc::localtime_r(&seconds, tm.as_mut_ptr()) };
    if filled.is_null() {
        return None;
    }
    // SAFETY: `localtime_r` returned non-null, so it wrote the whole struct
    // (and a zeroed `libc::tm` is a valid value in any case).
    let tm = unsafe { tm.assume_init() };
    Some((tm.tm_hour, tm.tm_min, tm.tm_sec))
}
