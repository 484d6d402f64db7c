//! Settings resolved once, before any work: flags, environment and the
//! `pundex.toml` files become one [`Context`] (fd's `Config` is the model).
//! Precedence: a flag, then the environment (`PUNDEX_INDEX`), then the corpus
//! folder's config file, then the user's, then the built-in default.

use crate::cli::{Cli, ColorChoice, Command, DEFAULT_SEARCH_LIMIT, FilterArgs};
use crate::config::{self, Config};
use clap::ArgMatches;
use clap::parser::ValueSource;
use pundex::alert::SavedSearch;
use pundex::article::PartialDate;
use pundex::error::UsageError;
use pundex::extract::Lexicon;
use pundex::render::Style;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Where a user lexicon lives inside an indexed folder.
pub const FOLDER_LEXICON: &str = ".pundex/lexicon.toml";

/// The folder of articles when neither DIR nor a config file names one.
pub const DEFAULT_CORPUS: &str = "corpus";

/// What every command needs to know.
#[derive(Debug, Clone)]
pub struct Context {
    pub index: PathBuf,
    /// The index path was not given, so a missing index may be built from the corpus.
    pub index_is_default: bool,
    pub style: Style,
    /// `--lexicon`, which wins over the folder's own lexicon.
    pub lexicon: Option<PathBuf>,
    /// Progress bars are drawn on a terminal only.
    pub stderr_is_tty: bool,
    /// The folder `index` and `watch` read (their DIR), and the one a first
    /// search builds the index from when there is none yet.
    pub corpus: PathBuf,
    /// How many hits `search` prints.
    pub search_limit: usize,
    /// `--since` of the filter commands, parsed.
    pub since: Option<PartialDate>,
    /// `--until` of the filter commands, parsed; never before `since`.
    pub until: Option<PartialDate>,
    /// Saved searches (`[[alert]]`) of both config files, checked for what
    /// needs no index (names, dates).
    pub alerts: Vec<SavedSearch>,
    /// Config files that exist but could not be read, as one line each
    /// (path and reason): their settings are not used.
    pub skipped_configs: Vec<String>,
}

/// What the process's surroundings say, gathered apart from resolving so
/// that tests can set it.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    /// `$XDG_CONFIG_HOME/pundex/pundex.toml` or its fallback under `$HOME`.
    pub user_config: Option<PathBuf>,
    /// `NO_COLOR` is set and not empty.
    pub no_color: bool,
    /// `TERM=dumb`: a terminal that shows escape codes instead of obeying them.
    pub dumb_terminal: bool,
    /// `CLICOLOR_FORCE` is set and neither empty nor `0`: colour even when
    /// piped (to `less -R`, say), unless `NO_COLOR` is set too.
    pub force_color: bool,
    pub stdout_is_tty: bool,
    pub stderr_is_tty: bool,
}

impl Environment {
    pub fn of_process() -> Environment {
        Environment {
            user_config: config::user_config_path(),
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            dumb_terminal: std::env::var_os("TERM").is_some_and(|t| t == "dumb"),
            force_color: std::env::var_os("CLICOLOR_FORCE")
                .is_some_and(|v| !v.is_empty() && v != "0"),
            stdout_is_tty: std::io::stdout().is_terminal(),
            stderr_is_tty: std::io::stderr().is_terminal(),
        }
    }
}

impl Context {
    /// Resolves every setting of the parsed command line. A setting the
    /// command line left at its default (neither flag nor environment) comes
    /// from the config files: the user's, then the corpus folder's. Errors are
    /// usage errors: a bad config file ([`config::ConfigError`]) or a bad date
    /// ([`UsageError`]).
    pub fn resolve(cli: &Cli, matches: &ArgMatches, env: &Environment) -> anyhow::Result<Context> {
        let sub = matches.subcommand().map(|(_, m)| m);
        let sub_given = |id: &str| sub.is_some_and(|m| given(m, id));
        let mut skipped_configs = Vec::new();
        let needs_configs = uses_saved_searches(&cli.command);
        // A config the system will not let us read is no mistake of the
        // user's: a command that needs none of its saved searches goes on
        // without it, and says so.
        let mut read = |path: &Path| match Config::read(path) {
            Err(e) if e.unreadable && !needs_configs => {
                skipped_configs.push(e.to_string());
                Ok(None)
            }
            other => other,
        };
        let mut config = match &env.user_config {
            Some(path) => read(path)?.unwrap_or_default(),
            None => Config::default(),
        };
        let explicit_dir = match &cli.command {
            Command::Index(a) if sub_given("dir") => Some(a.dir.clone()),
            Command::Watch(a) if sub_given("dir") => Some(a.dir.clone()),
            Command::Alerts(a) => a.dir.clone(),
            _ => None,
        };
        let folder = explicit_dir
            .clone()
            .or_else(|| config.corpus.clone())
            .unwrap_or_else(|| PathBuf::from(DEFAULT_CORPUS));
        if let Some(folder_config) = read(&folder.join(config::FILE_NAME))? {
            config = config.overlaid(folder_config);
        }
        let corpus = explicit_dir
            .or_else(|| config.corpus.clone())
            .unwrap_or_else(|| PathBuf::from(DEFAULT_CORPUS));
        let alerts = std::mem::take(&mut config.alerts);

        let (index, index_is_default) = match (given(matches, "index"), config.index) {
            (false, Some(index)) => (index, false),
            (given, _) => (cli.index.clone(), !given),
        };
        let choice = match config.color.as_deref() {
            Some(color) if !given(matches, "color") => match color {
                "always" => ColorChoice::Always,
                "never" => ColorChoice::Never,
                _ => ColorChoice::Auto,
            },
            _ => cli.color,
        };
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                !env.no_color && (env.force_color || (!env.dumb_terminal && env.stdout_is_tty))
            }
        };
        let search_limit = match &cli.command {
            Command::Search(a) if sub_given("limit") => a.limit,
            Command::Search(a) => config.limit.unwrap_or(a.limit),
            _ => config.limit.unwrap_or(DEFAULT_SEARCH_LIMIT),
        };
        let (since, until) = match filter_args(&cli.command) {
            Some(filters) => dates(filters)?,
            None => (None, None),
        };
        let lexicon = cli.lexicon.clone().or(config.lexicon);
        if !matches!(cli.command, Command::Completions(_) | Command::Man(_)) {
            check_paths(
                &cli.command,
                &index,
                lexicon.as_deref(),
                cli.lexicon.is_some(),
            )?;
        }
        Ok(Context {
            index,
            index_is_default,
            style: Style { color },
            lexicon,
            // A progress bar redraws with escape codes a dumb terminal shows.
            stderr_is_tty: env.stderr_is_tty && !env.dumb_terminal,
            corpus,
            search_limit,
            since,
            until,
            alerts,
            skipped_configs,
        })
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

/// Why `path` can be no index folder, or `None` when it is a folder or
/// nothing yet. A device, a FIFO or a link to nothing passed as a new index
/// and failed on a lock file ("File exists"), or was told to be built there.
fn not_a_folder(path: &Path) -> Option<&'static str> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => None,
        Ok(meta) if meta.is_file() => Some("a file, not a folder"),
        Ok(_) => Some("a device, FIFO or socket, not a folder"),
        Err(_) if path.symlink_metadata().is_ok() => Some("a symbolic link to nothing"),
        Err(_) => None,
    }
}

/// Paths that cannot be what they name, refused before any work: an index
/// that is a file (it cannot be created there, nor read), and a lexicon that
/// is not a file, which a command that needs no lexicon would otherwise
/// ignore unseen. `lexicon_flag`: the lexicon came from `--lexicon`, not a
/// config file.
fn check_paths(
    command: &Command,
    index: &Path,
    lexicon: Option<&Path>,
    lexicon_flag: bool,
) -> Result<(), UsageError> {
    if !matches!(command, Command::Lexicon(_))
        && let Some(why) = not_a_folder(index)
    {
        return Err(UsageError(format!(
            "--index {}: {why}; give the folder of an index, or a new one",
            index.display()
        )));
    }
    if let Some(lexicon) = lexicon
        && !lexicon.is_file()
    {
        let why = if lexicon.exists() {
            "not a file"
        } else {
            "no such file"
        };
        let named = if lexicon_flag {
            "--lexicon"
        } else {
            "lexicon (from pundex.toml)"
        };
        return Err(UsageError(format!("{named} {}: {why}", lexicon.display())));
    }
    Ok(())
}

/// The argument was given by a flag or the environment, not left at its default.
fn given(matches: &ArgMatches, id: &str) -> bool {
    matches.try_get_raw(id).is_ok_and(|v| v.is_some())
        && matches
            .value_source(id)
            .is_some_and(|s| s != ValueSource::DefaultValue)
}

/// The command reads the saved searches of the config files, so a config
/// file it cannot read is an error, not a warning.
fn uses_saved_searches(command: &Command) -> bool {
    match command {
        Command::Alerts(_) => true,
        Command::Index(a) => a.alerts.alerts,
        Command::Watch(a) => a.alerts.alerts,
        Command::Search(a) => a.saved.is_some(),
        _ => false,
    }
}

/// The filters of the commands that take them.
fn filter_args(command: &Command) -> Option<&FilterArgs> {
    match command {
        Command::Search(a) => Some(&a.filters),
        Command::Trend(a) => Some(&a.filters),
        Command::Export(a) => Some(&a.filters),
        Command::Actors(a) | Command::Issues(a) => Some(&a.filters),
        _ => None,
    }
}

/// `--since` and `--until` parsed, and checked to be in order.
fn dates(filters: &FilterArgs) -> Result<(Option<PartialDate>, Option<PartialDate>), UsageError> {
    let date = |flag: &str, value: Option<&str>| -> Result<Option<PartialDate>, UsageError> {
        value
            .map(|v| {
                v.parse::<PartialDate>().map_err(|error| {
                    // The parser says why: the form, or a day the month lacks.
                    let why = error
                        .rsplit_once(": ")
                        .map_or(error.as_str(), |(_, why)| why);
                    UsageError(format!("--{flag} {v:?}: {why}"))
                })
            })
            .transpose()
    };
    let since = date("since", filters.since.as_deref())?;
    let until = date("until", filters.until.as_deref())?;
    if let (Some(s), Some(u)) = (since, until)
        && s.first_day() > u.last_day()
    {
        return Err(UsageError(format!("--since {s} is after --until {u}")));
    }
    Ok((since, until))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, FromArgMatches};

    /// Resolves `args` as if run with a user config file holding `user` and a
    /// corpus folder config holding `folder`, under a fresh temporary folder.
    struct Setup {
        dir: tempfile::TempDir,
        env: Environment,
    }

    impl Setup {
        fn new(user: &str, folder: &str) -> Setup {
            let dir = tempfile::tempdir().unwrap();
            let user_config = dir.path().join("user.toml");
            std::fs::write(&user_config, user).unwrap();
            let corpus = dir.path().join("articles");
            std::fs::create_dir_all(&corpus).unwrap();
            std::fs::write(corpus.join(config::FILE_NAME), folder).unwrap();
            // The lexicons the configs and flags name (resolving checks they are files).
            std::fs::write(corpus.join("lex.toml"), "").unwrap();
            std::fs::write(dir.path().join("flag.toml"), "").unwrap();
            let env = Environment {
                user_config: Some(user_config),
                ..Environment::default()
            };
            Setup { dir, env }
        }

        fn path(&self, name: &str) -> PathBuf {
            self.dir.path().join(name)
        }

        fn resolve_with(&self, command: clap::Command, args: &[&str]) -> anyhow::Result<Context> {
            let matches = command
                .try_get_matches_from(std::iter::once("pundex").chain(args.iter().copied()))
                .unwrap();
            let cli = Cli::from_arg_matches(&matches).unwrap();
            Context::resolve(&cli, &matches, &self.env)
        }

        fn resolve(&self, args: &[&str]) -> anyhow::Result<Context> {
            self.resolve_with(Cli::command(), args)
        }
    }

    #[test]
    fn defaults_apply_when_nothing_is_set() {
        let setup = Setup::new("", "");
        let ctx = setup.resolve(&["search", "x"]).unwrap();
        assert_eq!(ctx.corpus, PathBuf::from(DEFAULT_CORPUS));
        assert_eq!(ctx.index, PathBuf::from("index"));
        assert!(ctx.index_is_default);
        assert_eq!(ctx.search_limit, DEFAULT_SEARCH_LIMIT);
        assert!(!ctx.style.color, "auto, and not a terminal");
        assert_eq!(ctx.lexicon, None);
        assert_eq!((ctx.since, ctx.until), (None, None));
    }

    /// A config the system refuses to read (a link to itself here, which
    /// fails for root as well as for others, as a file without read
    /// permission fails for others) is skipped with a line saying so, unless
    /// the command reads saved searches.
    #[test]
    fn an_unreadable_config_is_skipped_unless_saved_searches_are_needed() {
        let setup = Setup::new("limit = 5\n", "");
        let user = setup.env.user_config.clone().unwrap();
        std::fs::remove_file(&user).unwrap();
        std::os::unix::fs::symlink(&user, &user).unwrap();
        let ctx = setup.resolve(&["search", "x"]).unwrap();
        assert_eq!(ctx.search_limit, DEFAULT_SEARCH_LIMIT);
        assert_eq!(ctx.skipped_configs.len(), 1);
        assert!(
            ctx.skipped_configs[0].starts_with(&format!("config {}: ", user.display())),
            "{:?}",
            ctx.skipped_configs
        );
        for needs in [
            &["alerts"][..],
            &["search", "--saved", "x"],
            &["index", "--alerts"],
        ] {
            let e = setup.resolve(needs).unwrap_err();
            let e = e.downcast_ref::<config::ConfigError>().unwrap();
            assert!(e.unreadable && e.path == user, "{needs:?}: {e}");
        }
        // A mistake in a readable config is still an error for every command.
        std::fs::remove_file(&user).unwrap();
        std::fs::write(&user, "limit = \"five\"\n").unwrap();
        assert!(setup.resolve(&["search", "x"]).is_err());
    }

    #[test]
    fn the_corpus_folder_config_wins_over_the_user_config() {
        let setup = Setup::new(
            "corpus = \"articles\"\nlimit = 5\ncolor = \"always\"\nindex = \"user-index\"\n",
            "limit = 7\nindex = \"folder-index\"\nlexicon = \"lex.toml\"\n",
        );
        let ctx = setup.resolve(&["search", "x"]).unwrap();
        assert_eq!(ctx.corpus, setup.path("articles"));
        assert_eq!(ctx.search_limit, 7);
        assert!(ctx.style.color, "the user's colour is kept");
        assert_eq!(ctx.index, setup.path("articles/folder-index"));
        assert!(!ctx.index_is_default);
        assert_eq!(ctx.lexicon, Some(setup.path("articles/lex.toml")));
    }

    #[test]
    fn flags_win_over_config_files() {
        let setup = Setup::new(
            "corpus = \"articles\"\nlimit = 5\ncolor = \"always\"\n",
            "index = \"folder-index\"\nlexicon = \"lex.toml\"\n",
        );
        let flag_lexicon = setup.path("flag.toml");
        let ctx = setup
            .resolve(&[
                "--index",
                "flag-index",
                "--color",
                "never",
                "--lexicon",
                flag_lexicon.to_str().unwrap(),
                "search",
                "x",
                "--limit",
                "3",
            ])
            .unwrap();
        assert_eq!(ctx.index, PathBuf::from("flag-index"));
        assert!(!ctx.index_is_default);
        assert!(!ctx.style.color);
        assert_eq!(ctx.lexicon, Some(flag_lexicon));
        assert_eq!(ctx.search_limit, 3);
    }

    #[test]
    fn the_environment_wins_over_config_files() {
        let setup = Setup::new("corpus = \"articles\"\n", "index = \"folder-index\"\n");
        // `--index` read from a variable every test process has, instead of
        // PUNDEX_INDEX: setting a variable would race with other tests.
        let command = Cli::command().mut_arg("index", |arg| arg.env("PATH"));
        let ctx = setup.resolve_with(command, &["search", "x"]).unwrap();
        assert_eq!(ctx.index, PathBuf::from(std::env::var_os("PATH").unwrap()));
        assert!(!ctx.index_is_default);
    }

    #[test]
    fn an_explicit_dir_wins_over_the_configured_corpus_and_its_config_is_read() {
        let setup = Setup::new("corpus = \"elsewhere\"\n", "limit = 4\n");
        let dir = setup.path("articles");
        let ctx = setup.resolve(&["index", dir.to_str().unwrap()]).unwrap();
        assert_eq!(ctx.corpus, dir);
        assert_eq!(ctx.search_limit, 4);
        let ctx = setup.resolve(&["index"]).unwrap();
        assert_eq!(ctx.corpus, setup.path("elsewhere"));
    }

    #[test]
    fn no_color_and_a_dumb_terminal_turn_auto_off_but_not_always() {
        let mut setup = Setup::new("", "");
        setup.env.stdout_is_tty = true;
        assert!(setup.resolve(&["search", "x"]).unwrap().style.color);
        setup.env.no_color = true;
        assert!(!setup.resolve(&["search", "x"]).unwrap().style.color);
        setup.env.no_color = false;
        setup.env.dumb_terminal = true;
        assert!(!setup.resolve(&["search", "x"]).unwrap().style.color);
        let ctx = setup
            .resolve(&["--color", "always", "search", "x"])
            .unwrap();
        assert!(ctx.style.color);
    }

    /// `CLICOLOR_FORCE` colours piped output under `auto`; `NO_COLOR` and
    /// `--color never` still win.
    #[test]
    fn clicolor_force_colours_auto_unless_no_color_or_never() {
        let mut setup = Setup::new("", "");
        setup.env.stdout_is_tty = false;
        assert!(!setup.resolve(&["search", "x"]).unwrap().style.color);
        setup.env.force_color = true;
        assert!(setup.resolve(&["search", "x"]).unwrap().style.color);
        setup.env.dumb_terminal = true;
        assert!(setup.resolve(&["search", "x"]).unwrap().style.color);
        let never = setup.resolve(&["--color", "never", "search", "x"]);
        assert!(!never.unwrap().style.color);
        setup.env.no_color = true;
        assert!(!setup.resolve(&["search", "x"]).unwrap().style.color);
    }

    #[test]
    fn dates_are_parsed_and_checked_in_order() {
        let setup = Setup::new("", "");
        let ctx = setup
            .resolve(&["trend", "--since", "2014", "--until", "2016-06"])
            .unwrap();
        assert_eq!(ctx.since, Some("2014".parse().unwrap()));
        assert_eq!(ctx.until, Some("2016-06".parse().unwrap()));
        let err = setup.resolve(&["search", "--since", "May"]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "--since \"May\": expected YYYY, YYYY-MM or YYYY-MM-DD"
        );
        let err = setup
            .resolve(&["actors", "--since", "2020", "--until", "2019"])
            .unwrap_err();
        assert_eq!(err.to_string(), "--since 2020 is after --until 2019");
        assert!(err.is::<UsageError>());
    }

    #[test]
    fn a_bad_config_file_is_an_error_naming_it() {
        let setup = Setup::new("colour = \"never\"\n", "");
        let err = setup.resolve(&["search", "x"]).unwrap_err();
        assert!(err.to_string().contains("user.toml"), "{err}");
    }
}
