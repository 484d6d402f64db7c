//! The command line: clap derive structs whose doc comments are the `--help` text.

use crate::context::DEFAULT_CORPUS;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// pundex: search a folder of political commentary from the terminal.
///
/// Indexes op-eds, speeches, press releases and transcripts (.txt, .md, .html,
/// .json, .jsonl) into a local full-text index, tags each article with the
/// actors, issues and dates it mentions, and answers ranked queries with
/// highlighted snippets.
#[derive(Debug, Parser)]
#[command(name = "pundex", version, max_term_width = 100)]
#[command(after_help = "Examples:
  pundex index corpus/                          index a folder (incremental; safe to re-run)
  pundex watch corpus/                          keep the index in step with the folder, live
  pundex search \"Black Sea truce\"               ranked hits with snippets
  pundex search sanctions --actor Putin --since 2022 --facets
  pundex show 2025-03-19-putin-trump-call.txt
  pundex trend ceasefire sanctions --since 1990   bar chart of hits per year
  pundex index corpus/ --alerts --quiet         for cron: new articles matching the saved searches

Defaults for --index, --color, --lexicon, the corpus folder (`corpus = \"…\"`) and search's --limit
can be set in pundex.toml, in $XDG_CONFIG_HOME/pundex/ and in the corpus folder (which wins);
flags win over both. Saved searches are [[alert]] tables there (see `pundex alerts --help`).

Exit codes: 0 success, 1 failure, 2 usage error or bad query, 3 index busy (another writer),
101 a bug in pundex (please report it)")]
pub struct Cli {
    /// Index folder (created if missing; must not be inside the indexed folder)
    #[arg(
        long,
        global = true,
        env = INDEX_ENV,
        default_value = "index",
        value_name = "PATH",
        help_heading = "Global options"
    )]
    pub index: PathBuf,

    /// When to colour output (auto: on a terminal, unless NO_COLOR is set or
    /// TERM=dumb; also piped when CLICOLOR_FORCE is set)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", help_heading = "Global options")]
    pub color: ColorChoice,

    /// A lexicon TOML file that extends the built-in one (default: DIR/.pundex/lexicon.toml if present)
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        help_heading = "Global options"
    )]
    pub lexicon: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

/// The narrowest `COLUMNS` taken as a width for `--help`; below it (0 is
/// what some shells export for "unknown") clap wrapped every word onto a
/// line of its own.
const MIN_HELP_COLUMNS: usize = 20;

/// The width `--help` wraps at when stdout is no terminal and `COLUMNS` is
/// below [`MIN_HELP_COLUMNS`]: clap's own default.
const FALLBACK_HELP_COLUMNS: usize = 100;

/// The command line's definition, with `--help` wrapped at a width it can
/// use: `COLUMNS` when it is one ([`help_columns`]), else the terminal's.
pub fn command() -> clap::Command {
    let command = unset_when_empty(
        <Cli as clap::CommandFactory>::command(),
        std::env::var_os(INDEX_ENV).as_deref(),
    );
    let on_terminal = terminal_size::terminal_size().is_some();
    match help_columns(on_terminal, std::env::var("COLUMNS").ok().as_deref()) {
        Some(width) => command.term_width(width),
        None => command,
    }
}

/// The variable that gives `--index`.
const INDEX_ENV: &str = "PUNDEX_INDEX";

/// `command` without `PUNDEX_INDEX` when it is set but empty, which means
/// unset (as an empty `NO_COLOR` does): clap took it for an empty `--index`
/// and refused every command, even one given `--index`.
fn unset_when_empty(command: clap::Command, value: Option<&std::ffi::OsStr>) -> clap::Command {
    match value.is_some_and(|v| v.is_empty()) {
        true => command.mut_arg("index", |arg| arg.env(None)),
        false => command,
    }
}

/// The width to impose on clap, if any: clap reads `COLUMNS` only when
/// there is no terminal, and takes any number it holds, `0` included.
fn help_columns(on_terminal: bool, columns: Option<&str>) -> Option<usize> {
    let columns = columns?.trim().parse::<usize>().ok()?;
    (!on_terminal && columns < MIN_HELP_COLUMNS).then_some(FALLBACK_HELP_COLUMNS)
}

/// The subcommands whose free arguments are a query, in which `-word`
/// excludes a word.
const QUERY_COMMANDS: [&str; 5] = ["search", "trend", "actors", "issues", "export"];

/// When a command line clap refused holds a word to exclude where options
/// are read (`pundex search peace -nuclear`, which clap reads as `-n uclear`
/// and then complains of `--limit`): that argument and the subcommand, so
/// the error can say how to write it. `None` when no such argument comes
/// before `--`, or the subcommand takes no query.
pub fn exclusion_read_as_options(args: &[std::ffi::OsString]) -> Option<(String, String)> {
    let args: Vec<&str> = args.iter().skip(1).filter_map(|a| a.to_str()).collect();
    let command = args.iter().find(|a| QUERY_COMMANDS.contains(a))?;
    let word = args.iter().take_while(|a| **a != "--").find(|a| {
        a.strip_prefix('-')
            .is_some_and(|rest| rest.chars().count() >= 2 && rest.chars().all(char::is_alphabetic))
    })?;
    Some(((*command).to_owned(), (*word).to_owned()))
}

/// Hits `search` prints unless `--limit` or a config file says otherwise.
pub const DEFAULT_SEARCH_LIMIT: usize = 10;

/// The longest `--wait`, in seconds: a week.
pub const MAX_WAIT: u64 = 7 * 24 * 3600;

/// `--poll SECONDS`: a finite number from 0.1 (smaller is taken as 0.1) to a day.
fn poll_seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(s) if (0.0..=86_400.0).contains(&s) => Ok(s.max(0.1)),
        _ => Err("expected seconds from 0.1 to 86400".into()),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Index(IndexArgs),
    Watch(WatchArgs),
    Search(SearchArgs),
    Show(ShowArgs),
    Trend(TrendArgs),
    Status(StatusArgs),
    Alerts(AlertsArgs),
    Export(ExportArgs),
    #[command(
        about = "List actors with the number of articles naming them; --with: those most associated with one"
    )]
    Actors(FacetArgs),
    #[command(
        about = "List issues with the number of articles tagged with them; --with: those most associated with one"
    )]
    Issues(FacetArgs),
    #[command(
        subcommand,
        after_help = "Examples:
  pundex lexicon check corpus/.pundex/lexicon.toml
  pundex lexicon check my-lexicon.toml && pundex --lexicon my-lexicon.toml index corpus --full"
    )]
    Lexicon(LexiconCommand),
    Completions(CompletionsArgs),
    Man(ManArgs),
}

/// Print a shell completion script.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  pundex completions bash > ~/.local/share/bash-completion/completions/pundex
  pundex completions zsh > ~/.zfunc/_pundex
  pundex completions fish > ~/.config/fish/completions/pundex.fish")]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Print the man page (roff), generated from the same definitions as --help.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  pundex man > ~/.local/share/man/man1/pundex.1 && man pundex
  pundex man search | man -l -
  pundex man lexicon check > ~/.local/share/man/man1/pundex-lexicon-check.1")]
pub struct ManArgs {
    /// A command (and subcommand) whose own page to print, with all its options
    #[arg(value_name = "COMMAND")]
    pub command: Vec<String>,
}

/// Index a folder: add new files, re-index changed ones, drop deleted ones.
///
/// Unchanged files are skipped by size and modification time without being
/// read, so re-running is cheap; run it from cron or a systemd timer.
/// Hidden files and paths in .gitignore are skipped. Bad files get one warning
/// line each and are counted as skipped; the run still succeeds.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  pundex index                       index corpus/ into index/
  pundex index ~/commentary --index ~/.cache/pundex
  pundex index corpus --dry-run      show what the next run would do
  pundex index corpus --quiet        for cron: only warnings and errors
  pundex index corpus --full         rebuild from scratch
  pundex index corpus --retry-skipped  read files that failed before once more
  pundex index corpus --checksum     also hash files whose size and time did not change
  pundex index corpus --alerts --quiet  for cron: one line per new article a saved search matches
  pundex index corpus --alerts --json --exec 'jq -r .title >> ~/alerts.log'")]
pub struct IndexArgs {
    /// The folder of articles
    #[arg(default_value = DEFAULT_CORPUS, value_name = "DIR")]
    pub dir: PathBuf,

    /// Rebuild every document instead of only what changed
    #[arg(long)]
    pub full: bool,

    /// Read again the files that failed in earlier runs, even if they have not
    /// changed (they are otherwise warned about once, then left alone until they change;
    /// a file pundex itself failed on, by a bug, is tried on every run)
    #[arg(long)]
    pub retry_skipped: bool,

    /// Read and hash every indexed file, also those whose size and modification time match
    /// the index (files replaced with their old time kept: restored from a backup, `cp -p`,
    /// `touch -r`); only files whose content changed are re-indexed
    #[arg(long)]
    pub checksum: bool,

    /// Print the plan (files to add, check and remove) without changing the index
    #[arg(long, conflicts_with = "alerts")]
    pub dry_run: bool,

    /// Index text and metadata only, without actors, issues and dates (for benchmarks)
    #[arg(long)]
    pub no_extract: bool,

    /// Print only warnings, errors and alert matches
    #[arg(short, long)]
    pub quiet: bool,

    /// Print the summary (and each alert match) as one JSON object
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub alerts: AlertArgs,

    /// If another process is writing to the index, wait up to this long for it (at most a week)
    #[arg(long, value_name = "SECONDS", default_value_t = 0, value_parser = clap::value_parser!(u64).range(..=MAX_WAIT), allow_negative_numbers = true)]
    pub wait: u64,
}

/// Keep the index in step with a folder live: new, changed, renamed and deleted files.
///
/// First brings the index up to date (as `pundex index` does), then applies
/// file events in batches, one commit per batch; a saved article is searchable
/// within about a second. Temporary and hidden files are ignored. Ctrl-C or
/// SIGTERM finishes the batch in progress, commits and exits 0. Holds the
/// writer lock while it runs, so `pundex index` on the same index exits 3.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  pundex watch                       follow corpus/, writing to index/
  pundex watch ~/commentary --index ~/.cache/pundex --quiet
  pundex watch /mnt/share --poll 5   network filesystems, where events do not arrive
  pundex watch corpus --alerts       also print each new article a saved search matches
  pundex watch corpus --alerts --exec 'notify-send \"$PUNDEX_ALERT\" \"$PUNDEX_TITLE\"'")]
pub struct WatchArgs {
    /// The folder of articles
    #[arg(default_value = DEFAULT_CORPUS, value_name = "DIR")]
    pub dir: PathBuf,

    /// Instead of file events, compare the whole folder every SECONDS (0.1 to 86400)
    #[arg(long, value_name = "SECONDS", value_parser = poll_seconds, allow_negative_numbers = true)]
    pub poll: Option<f64>,

    /// Print only warnings, errors and alert matches
    #[arg(short, long)]
    pub quiet: bool,

    /// Print one JSON summary object per applied batch (and one per alert match)
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub alerts: AlertArgs,

    /// If another process is writing to the index, wait up to this long for it (at most a week)
    #[arg(long, value_name = "SECONDS", default_value_t = 0, value_parser = clap::value_parser!(u64).range(..=MAX_WAIT), allow_negative_numbers = true)]
    pub wait: u64,
}

/// Alerts while indexing: the saved searches of pundex.toml checked against
/// the articles a run (or a watch batch) brought new text for.
#[derive(Debug, Clone, Default, Args)]
pub struct AlertArgs {
    /// Check the saved searches ([[alert]] in pundex.toml) against the
    /// articles with new text, and print one line per match: alert, title,
    /// date, id and snippet. Renamed, touched and re-indexed files bring no
    /// new text; a changed file's match is marked "updated"
    #[arg(long)]
    pub alerts: bool,

    /// Run CMD (with sh -c) once per match, the match's JSON on its stdin and
    /// PUNDEX_ALERT, PUNDEX_ID, PUNDEX_PATH, PUNDEX_TITLE, PUNDEX_PUBLISHED and
    /// PUNDEX_UPDATED set; a failure is reported and the run goes on
    #[arg(long, value_name = "CMD", requires = "alerts")]
    pub exec: Option<String>,
}

/// List the saved searches of pundex.toml, checked against the index.
///
/// A saved search is an [[alert]] table in pundex.toml (the user's, in
/// $XDG_CONFIG_HOME/pundex/, or the corpus folder's): a name, a query, and
/// the filters of search (actor, issue, lang: a string or a list; since,
/// until: YYYY, YYYY-MM or YYYY-MM-DD). `pundex index DIR --alerts` and
/// `pundex watch DIR --alerts` report the new articles each one matches;
/// `pundex search --saved NAME` runs one over the whole index.
#[derive(Debug, Args)]
#[command(after_help = "Example pundex.toml:
  [[alert]]
  name = \"black-sea-truce\"
  query = '(truce OR ceasefire) \"black sea\"'
  actor = [\"Russia\", \"Ukraine\"]
  since = \"2024\"

Examples:
  pundex alerts                      list them (a mistake names the file, line and alert)
  pundex alerts ~/commentary         with the saved searches of ~/commentary/pundex.toml
  pundex alerts --json
  pundex search --saved black-sea-truce --limit 5")]
pub struct AlertsArgs {
    /// The folder of articles whose pundex.toml to read too (default: the configured corpus, or corpus/)
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// One JSON object per saved search
    #[arg(long)]
    pub json: bool,
}

/// Filters shared by search, trend, export, actors and issues; all must hold.
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// Only articles naming this actor (any alias, any case); repeat for several
    #[arg(long, value_name = "NAME")]
    pub actor: Vec<String>,

    /// Only articles on this issue or its children (e.g. security, conflict/ukraine-war); repeatable
    #[arg(long, value_name = "PATH")]
    pub issue: Vec<String>,

    /// Only articles in this language (ISO 639-1 code such as ru, uk, de; or its name); repeat for any of several
    #[arg(long, value_name = "CODE")]
    pub lang: Vec<String>,

    /// Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "DATE", allow_negative_numbers = true)]
    pub since: Option<String>,

    /// Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "DATE", allow_negative_numbers = true)]
    pub until: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Sort {
    Relevance,
    Date,
}

/// Search the index: ranked hits with highlighted snippets.
///
/// All words are required by default; join alternatives with OR. When fewer
/// articles than --limit have them all, articles with some of the words fill the list,
/// ranked among them by score and marked (--all-words leaves them out). Use "quotes"
/// for phrases ("black sea"~3 lets their words stand up to 3 apart), -word to
/// exclude, and title:, author:, source: or tags: to search one field. Words
/// are stemmed (truce matches truces). With no query
/// but filters, lists the matching articles newest first. If there is no index
/// yet and --index is the default, builds it from corpus/ first.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  pundex search \"Black Sea\" truce
  pundex search 'sanctions OR embargo' --since 2014 --until 2016-06
  pundex search '\"nuclear weapons\" -treaty' --limit 5
  pundex search '(truce OR ceasefire) -gaza'       # exclusions outside OR and groups
  pundex search title:ceasefire --json | jq .title
  pundex search --actor \"Vladimir Putin\" --issue conflict --sort date
  pundex search climate --facets
  pundex search ceasefire --since 2020 --group-by year
  pundex search guinea ebola --explain
  pundex search --saved black-sea-truce --sort date")]
pub struct SearchArgs {
    /// The query (several words are joined with spaces; put `--` before a query that starts with `-`)
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,

    /// Run the saved search NAME ([[alert]] in pundex.toml) with its query and filters
    #[arg(long, value_name = "NAME", conflicts_with_all = ["query", "actor", "issue", "lang", "since", "until"])]
    pub saved: Option<String>,

    /// How many hits to print (0: only the count)
    #[arg(short = 'n', long, default_value_t = DEFAULT_SEARCH_LIMIT, value_name = "N", allow_negative_numbers = true)]
    pub limit: usize,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// Order of hits
    #[arg(long, value_enum, default_value_t = Sort::Relevance)]
    pub sort: Sort,

    /// Also print the top actors and issues of all matching articles
    #[arg(long)]
    pub facets: bool,

    /// Only articles with every word: no articles with some of the words to
    /// fill the list when those with all are fewer than --limit
    #[arg(long)]
    pub all_words: bool,

    /// Sort by date and print a heading for each year, month or ISO week
    #[arg(long, value_enum, value_name = "PERIOD")]
    pub group_by: Option<TrendPeriod>,

    /// One JSON object per line (see README for the schema)
    #[arg(long)]
    pub json: bool,

    /// Show why each hit ranks where it does: the parts its score adds up
    /// from (BM25 per field and word, phrases, words close together, the actor
    /// the query names)
    #[arg(long)]
    pub explain: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TrendPeriod {
    Year,
    Month,
    Week,
}

/// Chart how many articles match per year, month or ISO week.
///
/// Several queries are drawn side by side, each scaled to its own maximum.
/// Articles are placed by publication date; those without one, or dated less
/// precisely than the period, are counted below the chart.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  pundex trend ceasefire
  pundex trend ceasefire sanctions --since 2000
  pundex trend \"black sea\" --actor Russia --by month --since 2022
  pundex trend --issue climate --json")]
pub struct TrendArgs {
    /// One query per series (quote multi-word queries); none charts all articles
    #[arg(value_name = "QUERY")]
    pub queries: Vec<String>,

    /// Period of each bar
    #[arg(long, value_enum, default_value_t = TrendPeriod::Year)]
    pub by: TrendPeriod,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// Chart width in columns, 20 to 1000 (default: the terminal's, or 80,
    /// widened as far as the queries side by side need)
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..=1000), allow_negative_numbers = true)]
    pub width: Option<u16>,

    /// The counts as JSON, one object per query
    #[arg(long)]
    pub json: bool,
}

/// Print one article with its metadata and everything extracted from it.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  pundex show 2025-03-19-putin-trump-call.txt
  pundex show corpus/ungdc/USA_01_1946.txt      the file's path works too
  pundex show news.jsonl#3 --json")]
pub struct ShowArgs {
    /// The article's id, as search prints it (its path in the indexed folder,
    /// plus #LINE for JSON Lines or #N for a JSON list), or the file's own path (absolute, or from here)
    pub id: String,

    /// Print as one JSON object
    #[arg(long)]
    pub json: bool,
}

/// Show the index: documents, segments, size, last run, and pending changes.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  pundex status
  pundex status --json")]
pub struct StatusArgs {
    /// The folder to compare with (default: the folder the index was built from)
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// Print as one JSON object
    #[arg(long)]
    pub json: bool,
}

/// List actors or issues with the number of articles that name them.
///
/// With a query (and filters), counts only within its hits. With --with, lists
/// those most associated with an actor or issue: articles naming both, and the
/// lift (how much likelier alongside it than in general), sorted by
/// together × log2(lift) so that names found everywhere do not dominate.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  pundex actors
  pundex actors ceasefire --since 2020 --limit 20
  pundex actors --with \"Vladimir Putin\"
  pundex actors --discovered --since 2020
  pundex actors --discovered --toml --limit 100 >> my-lexicon.toml
  pundex issues --with conflict/ukraine-war
  pundex issues --with Hamas --json")]
pub struct FacetArgs {
    /// List what goes with this actor (any alias) or issue path
    #[arg(long, value_name = "ACTOR|ISSUE")]
    pub with: Option<String>,

    /// Count only within the hits of this query
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// How many to print (0 for all)
    #[arg(
        short = 'n',
        long,
        default_value_t = 30,
        value_name = "N",
        allow_negative_numbers = true
    )]
    pub limit: usize,

    /// One JSON object per line
    #[arg(long)]
    pub json: bool,

    /// actors only: list the actors found in the text that the lexicon does not know
    #[arg(long, conflicts_with = "with")]
    pub discovered: bool,

    /// With --discovered: print them as lexicon [[actor]] entries to check and adopt
    #[arg(long, requires = "discovered", conflicts_with = "json")]
    pub toml: bool,
}

/// Export the indexed documents with their extracted fields, or a Quickwit config.
///
/// --ndjson writes one JSON object per document (id, path, title, body, author,
/// source, url, tags, published as RFC 3339, published_text, language, actors,
/// actor_mentions, issues, mentioned), optionally only a query's matches.
/// --quickwit-config writes a Quickwit index config with the same fields and
/// tokenizers, so the export can be ingested into a Quickwit cluster.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  pundex export --ndjson > pundex.ndjson
  pundex export --ndjson ceasefire --since 2020 > ceasefire.ndjson
  pundex export --quickwit-config > pundex-quickwit.yaml
  quickwit index create --index-config pundex-quickwit.yaml
  quickwit index ingest --index pundex --input-path pundex.ndjson")]
pub struct ExportArgs {
    /// Export documents as NDJSON
    #[arg(long, conflicts_with = "quickwit_config")]
    pub ndjson: bool,

    /// Print a Quickwit index config (YAML) matching the NDJSON export
    #[arg(long)]
    pub quickwit_config: bool,

    /// The Quickwit index id to put in the config [default: pundex]
    #[arg(long, value_name = "ID", requires = "quickwit_config")]
    pub index_id: Option<String>,

    /// Export only the matches of this query
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,

    #[command(flatten)]
    pub filters: FilterArgs,
}

/// Work with lexicon files.
#[derive(Debug, Subcommand)]
pub enum LexiconCommand {
    /// Validate a lexicon file: syntax, kinds, duplicate and shared aliases, empty entries
    #[command(after_help = "Example:\n  pundex lexicon check corpus/.pundex/lexicon.toml")]
    Check {
        /// The TOML file to check
        file: PathBuf,
    },
}

#[cfg(test)]
mod tests {
    fn os(args: &[&str]) -> Vec<std::ffi::OsString> {
        args.iter().map(Into::into).collect()
    }

    #[test]
    fn a_word_to_exclude_among_the_options_is_found() {
        let found = |args: &[&str]| exclusion_read_as_options(&os(args));
        let pair = |c: &str, w: &str| Some((c.to_owned(), w.to_owned()));
        assert_eq!(
            found(&["pundex", "search", "peace", "-nuclear"]),
            pair("search", "-nuclear")
        );
        assert_eq!(
            found(&["pundex", "--index", "i", "trend", "-Израиль"]),
            pair("trend", "-Израиль")
        );
        // After `--` it is the query's, as the user meant; options are not words.
        assert_eq!(
            found(&["pundex", "search", "--", "peace", "-nuclear"]),
            None
        );
        assert_eq!(found(&["pundex", "search", "-n", "5", "--json", "x"]), None);
        assert_eq!(found(&["pundex", "search", "-n5", "x"]), None);
        // A command without a query.
        assert_eq!(found(&["pundex", "index", "-corpus"]), None);
    }

    use super::*;

    /// An empty `PUNDEX_INDEX` is taken off `--index`; any other stays.
    #[test]
    fn an_empty_index_variable_is_unset() {
        let env_of = |value: &str| {
            let command = unset_when_empty(
                <Cli as clap::CommandFactory>::command(),
                Some(std::ffi::OsStr::new(value)),
            );
            let arg = command
                .get_arguments()
                .find(|a| a.get_id() == "index")
                .cloned();
            arg.unwrap().get_env().map(|e| e.to_owned())
        };
        assert_eq!(env_of(""), None);
        assert_eq!(env_of("idx"), Some(INDEX_ENV.into()));
    }

    #[test]
    fn help_wraps_at_columns_only_when_they_are_a_width() {
        for (on_terminal, columns, want) in [
            (false, None, None),
            (false, Some("0"), Some(FALLBACK_HELP_COLUMNS)),
            (false, Some("5"), Some(FALLBACK_HELP_COLUMNS)),
            (false, Some("20"), None),
            (false, Some("80"), None),
            (false, Some("99999999999999999999999"), None),
            (false, Some("-3"), None),
            (false, Some("wide"), None),
            (true, Some("0"), None),
        ] {
            assert_eq!(help_columns(on_terminal, columns), want, "{columns:?}");
        }
    }
}
