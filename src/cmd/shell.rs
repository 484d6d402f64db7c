//! `pundex completions SHELL` and `pundex man [COMMAND]`: generated from the clap
//! definitions, so they never drift from `--help`.

use crate::cli::Cli;
use crate::error::UsageError;
use clap::CommandFactory;
use std::io::Write;

pub fn completions(shell: clap_complete::Shell) -> anyhow::Result<()> {
    let mut out = super::stdout();
    clap_complete::generate(shell, &mut Cli::command(), "pundex", &mut out);
    out.flush()?;
    Ok(())
}

/// The page of pundex, or of the command at `path` ("search", "lexicon
/// check"), named as man names it: `pundex-search`.
pub fn man(path: &[String]) -> anyhow::Result<()> {
    let mut page = Cli::command();
    page.build();
    for (depth, name) in path.iter().enumerate() {
        let known: Vec<&str> = page
            .get_subcommands()
            .map(|c| c.get_name())
            .filter(|&c| c != "help")
            .collect();
        let found = page.find_subcommand(name).filter(|_| name != "help");
        page = match found {
            Some(sub) => sub.clone().version(env!("CARGO_PKG_VERSION")),
            None if known.is_empty() => {
                let parent = path[..depth].join(" ");
                return Err(UsageError(format!("`pundex {parent}` has no subcommands")).into());
            }
            None => {
                let known = known.join(", ");
                return Err(UsageError(format!(
                    "no command `{name}` for a man page; known: {known}"
                ))
                .into());
            }
        };
    }
    let mut out = super::stdout();
    clap_mangen::Man::new(page).render(&mut out)?;
    out.flush()?;
    Ok(())
}
