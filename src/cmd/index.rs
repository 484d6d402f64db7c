//! `pundex index DIR`: bring the index in step with a folder.

use crate::cli::IndexArgs;
use crate::context::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use pundex::extract::Lexicon;
use pundex::render::{json, terminal};
use pundex::sync::{self, Scope, Session, SessionOptions};
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

pub fn run(args: &IndexArgs, ctx: &Context) -> anyhow::Result<()> {
    let options = SessionOptions {
        folder: &ctx.corpus,
        index: &ctx.index,
        holder: &format!("index {}", ctx.corpus.display()),
        wait: Duration::from_secs(args.wait),
        full: args.full,
    };
    let mut session = Session::start(&options, |root| {
        (!args.no_extract)
            .then(|| Lexicon::load(ctx.lexicon_file(Some(root)).as_deref()))
            .transpose()
    })?;
    session.retry_skipped = args.retry_skipped;
    if let Some(reason) = &session.full_reason
        && !args.quiet
        && !args.json
    {
        eprintln!("pundex: {reason}");
    }
    let (plan, walk_warnings) = session.plan(Scope::All)?;
    for w in &walk_warnings {
        eprintln!("warning: {}: {}", w.path, w.reason);
    }
    if args.dry_run {
        return print_plan(&plan, args.json);
    }
    let jobs = (plan.add.len() + plan.check.len()) as u64;
    let bar = progress_bar(jobs, ctx.stderr_is_tty && !args.quiet && !args.json);
    let mut summary = session.apply_or_count(plan, &|n| bar.tick(n))?;
    bar.finish();
    for w in &summary.warnings {
        eprintln!("warning: {}: {}", w.path, w.reason);
    }
    summary.skipped += walk_warnings.len();
    session.record_last_run(&summary);
    let mut out = super::stdout();
    if args.json {
        json::line(&mut out, &json::RunSummary::new(&summary))?;
    } else if !args.quiet {
        writeln!(out, "{}", terminal::run_summary(&ctx.corpus, &summary))?;
    }
    out.flush()?;
    Ok(())
}

/// A bar that appears only once the run has taken more than a second.
struct Progress {
    bar: ProgressBar,
    enabled: bool,
    shown: AtomicBool,
    started: Instant,
}

impl Progress {
    fn tick(&self, n: u64) {
        self.bar.inc(n);
        if self.enabled
            && !self.shown.load(Ordering::Relaxed)
            && self.started.elapsed() > Duration::from_secs(1)
        {
            self.shown.store(true, Ordering::Relaxed);
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

fn progress_bar(len: u64, enabled: bool) -> Progress {
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::hidden());
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} indexing [{bar:30}] {pos}/{len} files  {per_sec}  eta {eta}",
        )
        .expect("valid template")
        .progress_chars("=> "),
    );
    Progress {
        bar,
        enabled,
        shown: AtomicBool::new(false),
        started: Instant::now(),
    }
}

fn print_plan(plan: &sync::SyncPlan, as_json: bool) -> anyhow::Result<()> {
    let mut out = super::stdout();
    if as_json {
        json::line(&mut out, &json::PlanRecord::new(plan))?;
    } else {
        terminal::sync_plan(&mut out, plan)?;
    }
    out.flush()?;
    Ok(())
}
