//! Settings resolved once from the command line and environment, before any work.

use crate::extract::Lexicon;
use crate::render::Style;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Where a user lexicon lives inside an indexed folder.
pub const FOLDER_LEXICON: &str = ".pundex/lexicon.toml";

/// What every command needs to know.
#[derive(Debug, Clone)]
pub struct Context {
    pub index: PathBuf,
    /// The index path was not given, so a missing index may be built from `corpus/`.
    pub index_is_default: bool,
    pub style: Style,
    /// `--lexicon`, which wins over the folder's own lexicon.
    pub lexicon: Option<PathBuf>,
    /// Progress bars are drawn on a terminal only.
    pub stderr_is_tty: bool,
    /// The folder a first search indexes when there is no index yet.
    pub corpus: PathBuf,
}

impl Context {
    /// Colour when `choice` says so, or on `auto` when stdout is a TTY and `NO_COLOR` is unset.
    pub fn new(
        index: PathBuf,
        index_is_default: bool,
        choice: crate::cli::ColorChoice,
        lexicon: Option<PathBuf>,
    ) -> Context {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = match choice {
            crate::cli::ColorChoice::Always => true,
            crate::cli::ColorChoice::Never => false,
            crate::cli::ColorChoice::Auto => !no_color && std::io::stdout().is_terminal(),
        };
        Context {
            index,
            index_is_default,
            style: Style { color },
            lexicon,
            stderr_is_tty: std::io::stderr().is_terminal(),
            corpus: PathBuf::from("corpus"),
        }
    }

    /// The user lexicon file that applies to `root`: `--lexicon`, else
    /// `ROOT/.pundex/lexicon.toml` when it exists.
    pub fn lexicon_file(&self, root: Option<&Path>) -> Option<PathBuf> {
        self.lexicon.clone().or_else(|| {
            let candidate = root?.join(FOLDER_LEXICON);
            candidate.is_file().then_some(candidate)
        })
    }

    /// The built-in lexicon extended by the user lexicon for `root`.
    pub fn load_lexicon(&self, root: Option<&Path>) -> anyhow::Result<Lexicon> {
        Ok(Lexicon::load(self.lexicon_file(root).as_deref())?)
    }
}
