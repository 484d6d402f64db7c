//! `pundex completions SHELL` and `pundex man`: generated from the clap
//! definitions, so they never drift from `--help`.

use crate::cli::Cli;
use clap::CommandFactory;
use std::io::Write;

pub fn completions(shell: clap_complete::Shell) -> anyhow::Result<()> {
    let mut out = super::stdout();
    clap_complete::generate(shell, &mut Cli::command(), "pundex", &mut out);
    out.flush()?;
    Ok(())
}

pub fn man() -> anyhow::Result<()> {
    let mut out = super::stdout();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    out.flush()?;
    Ok(())
}
