//! `pundex index DIR`: bring the index in step with a folder.

use crate::cli::IndexArgs;
use crate::context::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
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
            .then(|| Lexicon::load_without_case_forms(ctx.lexicon_file(Some(root)).as_deref()))
            .transpose()
    })?;
    session.retry_skipped = args.retry_skipped;
    session.checksum = args.checksum;
    let alerts = match args.alerts.alerts {
        true => Some(super::session_alerts(ctx, &mut session)?),
        false => None,
    };
    session.track_new_content = alerts.is_some();
    if alerts.is_some() && session.is_rebuilding() {
        stderr_line!("pundex: {}", super::NO_ALERTS_WHILE_REBUILDING);
    }
    if let Some(reason) = &session.full_reason
        && !args.quiet
        && !args.json
    {
        stderr_line!("pundex: {reason}");
    }
    let (plan, walk_warnings) = session.plan(Scope::All)?;
    for w in &walk_warnings {
        warning!("{w}");
    }
    if args.dry_run {
        return print_plan(&plan, args.json);
    }
    let jobs = (plan.add.len() + plan.check.len()) as u64;
    let bar = progress_bar(jobs, ctx.stderr_is_tty && !args.quiet && !args.json);
    let mut summary = session.apply_or_count(plan, &|n| bar.tick(n))?;
    bar.finish();
    for w in &summary.warnings {
        warning!("{w}");
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
    drop(out);
    if let (Some(alerts), Some(new)) = (&alerts, &summary.new_content) {
        let matches = pundex::alert::check(&session.index, alerts, new)?;
        let output = super::AlertOutput {
            json: args.json,
            exec: args.alerts.exec.clone(),
            style: ctx.style,
        };
        output.deliver(&matches)?;
    }
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
        if Some(self.bar.position()) == self.bar.length() {
            // Every file is read: what is left is the commit and the segment
            // merges, which take seconds on a large folder and report no count.
            self.bar.set_style(phase_style());
            self.bar
                .set_message("writing the index: commit and merging segments");
            self.bar.enable_steady_tick(Duration::from_millis(120));
        }
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
            "{spinner} indexing [{bar:30}] {human_pos}/{human_len} files  {rate}  {eta} left",
        )
        .expect("valid template")
        .with_key(
            "rate",
            |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = w.write_str(&files_per_second(state.per_sec()));
            },
        )
        .progress_chars("=> "),
    );
    Progress {
        bar,
        enabled,
        shown: AtomicBool::new(false),
        started: Instant::now(),
    }
}

/// The style once every file is read: a spinner and what is being done.
fn phase_style() -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {msg}  ({elapsed} so far)").expect("valid template")
}

/// A rate the way a person reads it: "1,688 files/s", "8.5 files/s".
fn files_per_second(rate: f64) -> String {
    if !rate.is_finite() || rate <= 0.0 {
        return "- files/s".to_owned();
    }
    if rate < 10.0 {
        return format!("{rate:.1} files/s");
    }
    let whole = rate.round() as u64;
    let digits = whole.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{grouped} files/s")
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

#[cfg(test)]
mod tests {
    use super::files_per_second;

    #[test]
    fn rates_read_as_a_person_reads_them() {
        assert_eq!(files_per_second(1688.3999), "1,688 files/s");
        assert_eq!(files_per_second(1_234_567.6), "1,234,568 files/s");
        assert_eq!(files_per_second(999.5), "1,000 files/s");
        assert_eq!(files_per_second(42.0), "42 files/s");
        assert_eq!(files_per_second(8.46), "8.5 files/s");
        assert_eq!(files_per_second(0.0), "- files/s");
        assert_eq!(files_per_second(f64::INFINITY), "- files/s");
    }
}
