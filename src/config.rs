//! `pundex.toml`: defaults for the corpus folder, index, lexicon, colour and
//! result count, and saved searches (`[[alert]]`), read from the XDG config
//! dir and then from the corpus folder (which wins). Every setting is also a flag, and flags win over both; the
//! merging with the command line is in [`crate::context::Context::resolve`].

use pundex::alert::SavedSearch;
use pundex::alert::saved::{self, AlertTable};
use pundex::text::Lines;
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
    /// `[[alert]]` tables as written; read into `alerts`.
    #[serde(default, rename = "alert")]
    alert_tables: Vec<AlertTable>,
    /// Saved searches, in the order written (the user's file first).
    #[serde(skip)]
    pub alerts: Vec<SavedSearch>,
}

/// A config file that could not be used, and the line of the mistake when known.
#[derive(Debug, thiserror::Error)]
#[error("config {}{}: {message}", path.display(), line.map(|l| format!(" line {l}")).unwrap_or_default())]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
    /// The system refused to read the file (no permission, an unreadable
    /// folder on the way): no mistake in it, so a command that needs none of
    /// its settings can go on without it.
    pub unreadable: bool,
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
        let text = match pundex::article::read_settings_file(path) {
            Ok(t) => t,
            // No file, or no folder to hold one (a file given as the
            // corpus): the caller says what is wrong with the folder.
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                return Ok(None);
            }
            Err(e) => {
                return Err(ConfigError {
                    path: path.to_owned(),
                    line: None,
                    message: e.to_string(),
                    unreadable: e.raw_os_error().is_some(),
                });
            }
        };
        let mut config: Config = toml::from_str(&text).map_err(|e| {
            let line = e.span().map(|s| Lines::new(&text).of(s.start));
            let alert = line.and_then(|l| saved::alert_at_line(&text, l));
            ConfigError {
                path: path.to_owned(),
                line,
                message: match alert {
                    Some(alert) => format!("alert {alert}: {}", e.message()),
                    None => e.message().to_owned(),
                },
                unreadable: false,
            }
        })?;
        if let Some(c) = &config.color
            && !matches!(c.as_str(), "auto" | "always" | "never")
        {
            return Err(ConfigError {
                path: path.to_owned(),
                line: None,
                message: format!("color = {c:?}: use \"auto\", \"always\" or \"never\""),
                unreadable: false,
            });
        }
        let tables = std::mem::take(&mut config.alert_tables);
        config.alerts = saved::read(tables, &text, path).map_err(|e| ConfigError {
            path: path.to_owned(),
            line: Some(e.line),
            message: match &e.alert {
                Some(alert) => format!("alert {alert:?}: {}", e.message),
                None => e.message.clone(),
            },
            unreadable: false,
        })?;
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

    /// `later`'s settings over `self`'s; saved searches of both, `later`'s
    /// replacing those of `self` with the same name.
    pub fn overlaid(self, later: Config) -> Config {
        let mut alerts: Vec<SavedSearch> = self
            .alerts
            .into_iter()
            .filter(|a| !later.alerts.iter().any(|b| b.name == a.name))
            .collect();
        alerts.extend(later.alerts);
        Config {
            corpus: later.corpus.or(self.corpus),
            index: later.index.or(self.index),
            lexicon: later.lexicon.or(self.lexicon),
            color: later.color.or(self.color),
            limit: later.limit.or(self.limit),
            alert_tables: Vec::new(),
            alerts,
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
    fn alerts_are_read_with_lines_and_a_mistake_names_file_line_and_alert() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(
            &path,
            "limit = 3\n\n[[alert]]\nname = \"truce\"\nquery = \"ceasefire\"\n",
        )
        .unwrap();
        let c = Config::read(&path).unwrap().unwrap();
        assert_eq!(c.alerts.len(), 1);
        assert_eq!(
            (c.alerts[0].name.as_str(), c.alerts[0].origin.name_line),
            ("truce", 4)
        );
        std::fs::write(
            &path,
            "[[alert]]\nname = \"truce\"\nquery = \"ceasefire\"\nactors = \"Putin\"\n",
        )
        .unwrap();
        let message = Config::read(&path).unwrap_err().to_string();
        let expected = format!(
            "config {} line 4: alert \"truce\": unknown field `actors`",
            path.display()
        );
        assert!(message.starts_with(&expected), "{message}");
        std::fs::write(
            &path,
            "[[alert]]\nname = \"x\"\nquery = \"y\"\nuntil = \"soon\"\n",
        )
        .unwrap();
        let message = Config::read(&path).unwrap_err().to_string();
        assert!(
            message.contains(" line 4: alert \"x\": until = \"soon\""),
            "{message}"
        );
    }

    #[test]
    fn alerts_of_both_files_are_kept_and_the_later_wins_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let read = |name: &str, text: &str| {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            Config::read(&path).unwrap().unwrap()
        };
        let user = read(
            "user.toml",
            "[[alert]]\nname = \"a\"\nquery = \"x\"\n[[alert]]\nname = \"b\"\nquery = \"y\"\n",
        );
        let folder = read("folder.toml", "[[alert]]\nname = \"b\"\nquery = \"z\"\n");
        let merged = user.overlaid(folder);
        let alerts: Vec<(&str, &str)> = merged
            .alerts
            .iter()
            .map(|a| (a.name.as_str(), a.query.as_str()))
            .collect();
        assert_eq!(alerts, [("a", "x"), ("b", "z")]);
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
