//! `pundex completions SHELL` and `pundex man [COMMAND]`: generated from the clap
//! definitions, so they never drift from `--help`.

use crate::cli::Cli;
use clap::CommandFactory;
use pundex::error::UsageError;
use std::io::Write;

/// The script is generated into memory first: clap_complete panics when its
/// writer fails, and a closed pipe (`| head`) must end quietly.
pub fn completions(shell: clap_complete::Shell) -> anyhow::Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "pundex", &mut script);
    let mut out = super::stdout();
    out.write_all(&script)?;
    out.flush()?;
    Ok(())
}

/// The page of pundex, or of the command at `path` ("search", "lexicon
/// check"), named as man names it: `pundex-search`.
pub fn man(path: &[String]) -> anyhow::Result<()> {
    let mut page = Cli::command();
    page.build();
    for (depth, name) in path.iter().enumerate() {
        let Some(sub) = page.find_subcommand(name).filter(|_| name != "help") else {
            return Err(no_page(&page, &path[..depth], name).into());
        };
        page = sub.clone();
    }
    let mut out = super::stdout();
    clap_mangen::Man::new(page)
        .source(format!("pundex {}", env!("CARGO_PKG_VERSION")))
        .render(&mut out)?;
    out.flush()?;
    Ok(())
}

/// Why `name` under `pundex PARENT` has no page: what the user can ask for instead.
fn no_page(parent: &clap::Command, path: &[String], name: &str) -> UsageError {
    let known: Vec<&str> = parent
        .get_subcommands()
        .map(|c| c.get_name())
        .filter(|&c| c != "help")
        .collect();
    if known.is_empty() {
        UsageError(format!("`pundex {}` has no subcommands", path.join(" ")))
    } else {
        UsageError(format!(
            "no command `{name}` for a man page; known: {}",
            known.join(", ")
        ))
    }
}
