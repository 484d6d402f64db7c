//! `pundex.toml`: defaults for the corpus folder, index, lexicon, colour and
//! result count, read from the XDG config dir and then from the corpus folder
//! (which wins). Every setting is also a flag, and flags win over both; the
//! merging with the command line is in [`crate::context::Context::resolve`].

use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The file name looked for in the corpus folder and in `$XDG_CONFIG_HOME/pundex/`.
pub const FILE_NAME: &str = "pundex.toml";

/// Settings from config files; `None` where no file sets them.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The default folder for `index`, `watch` and a first `search`.
    pub corpus: Option<PathBuf>,
    pub index: Option<PathBuf>,
    pub lexicon: Option<PathBuf>,
    /// `auto`, `always` or `never`.
    pub color: Option<String>,
    /// Hits `search` prints.
    pub limit: Option<usize>,
}

/// A config file that could not be used.
#[derive(Debug, thiserror::Error)]
#[error("config {path}: {message}")]
pub struct ConfigError {
    pub path: PathBuf,
    pub message: String,
}

/// `$XDG_CONFIG_HOME/pundex/pundex.toml`, or `~/.config/pundex/pundex.toml`.
pub fn user_config_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("pundex").join(FILE_NAME))
}

impl Config {
    /// Reads one file; relative paths in it are relative to its folder.
    pub fn read(path: &Path) -> Result<Option<Config>, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(ConfigError {
                    path: path.to_owned(),
                    message: e.to_string(),
                });
            }
        };
        let mut config: Config = toml::from_str(&text).map_err(|e| ConfigError {
            path: path.to_owned(),
            message: e.message().to_owned(),
        })?;
        if let Some(c) = &config.color
            && !matches!(c.as_str(), "auto" | "always" | "never")
        {
            return Err(ConfigError {
                path: path.to_owned(),
                message: format!("color = {c:?}: use \"auto\", \"always\" or \"never\""),
            });
        }
        let base = path.parent().unwrap_or(Path::new("."));
        for p in [&mut config.corpus, &mut config.index, &mut config.lexicon]
            .into_iter()
            .flatten()
        {
            if p.is_relative() {
                *p = base.join(&*p);
            }
        }
        Ok(Some(config))
    }

    /// `later`'s settings over `self`'s.
    pub fn overlaid(self, later: Config) -> Config {
        Config {
            corpus: later.corpus.or(self.corpus),
            index: later.index.or(self.index),
            lexicon: later.lexicon.or(self.lexicon),
            color: later.color.or(self.color),
            limit: later.limit.or(self.limit),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_are_relative_to_the_file_and_bad_keys_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "index = \"idx\"\nlimit = 3\ncolor = \"never\"\n").unwrap();
        let c = Config::read(&path).unwrap().unwrap();
        assert_eq!(c.index, Some(dir.path().join("idx")));
        assert_eq!(c.limit, Some(3));
        std::fs::write(&path, "colour = \"never\"\n").unwrap();
        assert!(Config::read(&path).unwrap_err().message.contains("colour"));
        std::fs::write(&path, "color = \"sometimes\"\n").unwrap();
        assert!(Config::read(&path).is_err());
        assert_eq!(Config::read(&dir.path().join("none.toml")).unwrap(), None);
    }

    #[test]
    fn later_files_win() {
        let user = Config {
            limit: Some(5),
            color: Some("never".into()),
            ..Config::default()
        };
        let folder = Config {
            limit: Some(20),
            ..Config::default()
        };
        let merged = user.overlaid(folder);
        assert_eq!(merged.limit, Some(20));
        assert_eq!(merged.color.as_deref(), Some("never"));
    }
}
