//! The `pundex` binary: the command line over the library. It parses the
//! flags (`cli`), resolves them with the environment and config files
//! (`config`) into one `Context`, runs a subcommand (`cmd`), and turns an
//! error into a message and an exit code.

#![warn(clippy::print_stderr)]

/// `eprintln!` that ignores a stderr it cannot write to (see
/// [`pundex::error::stderr_line`]); the binary's only way to stderr.
macro_rules! stderr_line {
    ($($arg:tt)*) => {
        pundex::error::stderr_line(format_args!($($arg)*))
    };
}

/// A warning line on stderr: the work goes on. Every warning starts with
/// the same prefix, so a user can grep a cron mail for it.
macro_rules! warning {
    ($($arg:tt)*) => {
        pundex::error::stderr_line(format_args!("warning: {}", format_args!($($arg)*)))
    };
}

mod cli;
mod cmd;
mod config;
mod context;

use crate::cli::{Cli, Command, LexiconCommand};
use crate::cmd::facets::Kind;
use crate::context::{Context, Environment};
use clap::FromArgMatches;
use pundex::error;
use std::process::ExitCode;

fn main() -> ExitCode {
    pundex::bug::install_hook();
    let matches = match cli::command().try_get_matches() {
        Ok(matches) => matches,
        Err(e) => return clap_exit(e),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return clap_exit(e),
    };
    let ctx = match Context::resolve(&cli, &matches, &Environment::of_process()) {
        Ok(ctx) => ctx,
        Err(e) => {
            stderr_line!("pundex: {}", error::message(&e));
            // A config the system refused to read is no usage mistake.
            return match e.downcast_ref::<config::ConfigError>() {
                Some(c) if c.unreadable => ExitCode::from(error::EXIT_FAILURE),
                _ => ExitCode::from(error::EXIT_USAGE),
            };
        }
    };
    for skipped in &ctx.skipped_configs {
        warning!(
            "{}; its settings are not used",
            error::escape_controls(skipped, false)
        );
    }
    let result = match &cli.command {
        Command::Index(args) => cmd::index::run(args, &ctx),
        Command::Watch(args) => cmd::watch::run(args, &ctx),
        Command::Search(args) => cmd::search::run(args, &ctx),
        Command::Show(args) => cmd::show::run(args, &ctx),
        Command::Trend(args) => cmd::trend::run(args, &ctx),
        Command::Status(args) => cmd::status::run(args, &ctx),
        Command::Alerts(args) => cmd::alerts::run(args, &ctx),
        Command::Export(args) => cmd::export::run(args, &ctx),
        Command::Actors(args) => cmd::facets::run(args, Kind::Actors, &ctx),
        Command::Issues(args) => cmd::facets::run(args, Kind::Issues, &ctx),
        Command::Lexicon(LexiconCommand::Check { file }) => cmd::lexicon::check(file),
        Command::Completions(args) => cmd::shell::completions(args.shell),
        Command::Man(args) => cmd::shell::man(&args.command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if error::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let e = cmd::name_damage(e, &ctx);
            stderr_line!("pundex: {}", error::message(&e));
            ExitCode::from(error::exit_code(&e))
        }
    }
}

/// Help and version as clap prints them (a failed write is a failure, a
/// closed pipe is not); a usage error with the control
/// characters of the user's arguments escaped.
fn clap_exit(e: clap::Error) -> ExitCode {
    if !e.use_stderr() {
        use std::io::Write;
        return match e.print().and_then(|()| std::io::stdout().flush()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(err) => {
                stderr_line!("pundex: cannot write the output: {err}");
                ExitCode::from(error::EXIT_FAILURE)
            }
        };
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some((command, word)) = cli::exclusion_read_as_options(&args) {
        let word = error::escape_controls(&word, false);
        stderr_line!(
            "pundex: `{word}` was read as options, not as a word to exclude: put the query after \
             `--` (pundex {command} -- … {word}) or quote it whole (pundex {command} '… {word}')",
        );
        return ExitCode::from(error::EXIT_USAGE);
    }
    {
        use std::io::Write;
        let message = error::clap_message(&e.render().to_string());
        let _ = std::io::stderr().lock().write_all(message.as_bytes());
    }
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(error::EXIT_USAGE))
}
