//! `pundex lexicon check FILE`: validate a user lexicon before using it.

use pundex::extract::lexicon;
use std::io::Write;
use std::path::Path;

/// Prints each problem as `FILE:LINE: message`; fails when there is any.
pub fn check(file: &Path) -> anyhow::Result<()> {
    let text = pundex::article::read_settings_file(file)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
    let origin = pundex::sync::path_as_text(file);
    let problems = lexicon::check(&text, &origin)?;
    let mut out = super::stdout();
    if problems.is_empty() {
        // `implied_by` may name issues and actors of the built-in lexicon:
        // resolve them as `--lexicon FILE` will, on top of it.
        lexicon::Lexicon::load(Some(file))?;
        let lex = lexicon::Lexicon::own_entries(&origin, &text)?;
        writeln!(
            out,
            "{origin}: ok ({} actors, {} issues)",
            lex.actors.len(),
            lex.issues.len()
        )?;
        out.flush()?;
        return Ok(());
    }
    for p in &problems {
        writeln!(out, "{origin}:{}: {}", p.line, p.message)?;
    }
    out.flush()?;
    anyhow::bail!("{origin}: {} problem(s)", problems.len())
}
