//! The lexicon: actors (with aliases) and issues (with key phrases), as TOML.
//!
//! A default lexicon is embedded in the binary; a user file extends it, and an
//! entry with the same actor name or issue path replaces the default one.

use super::issues::phrase_has_word;
use crate::text::Lines;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::collections::hash_map::Entry;
use std::fmt;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The lexicon that ships with pundex.
pub const DEFAULT_LEXICON: &str = include_str!("default_lexicon.toml");

/// What sort of actor a name denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActorKind {
    Person,
    Organisation,
    State,
    Group,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organisation => "organisation",
            ActorKind::State => "state",
            ActorKind::Group => "group",
        }
    }

    pub fn parse(s: &str) -> Option<ActorKind> {
        Some(match s {
            "person" => ActorKind::Person,
            "organisation" | "organization" => ActorKind::Organisation,
            "state" => ActorKind::State,
            "group" => ActorKind::Group,
            _ => return None,
        })
    }
}

impl fmt::Display for ActorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A person, organisation, state or group, under one canonical name.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub name: String,
    pub kind: ActorKind,
    /// Other names that denote the actor; the canonical name always matches
    /// too. After loading, the case forms of Cyrillic names follow those
    /// written (see [`super::declension`]).
    pub aliases: Vec<String>,
    /// How many of `aliases` the lexicon writes; the rest are case forms.
    pub written_aliases: usize,
    pub country: Option<String>,
    pub role: Option<String>,
    /// The years of a person's public life (`active = "2008-"` in TOML):
    /// a surname alias shared with another person, or common, is read by
    /// them (see [`Actor::surname_fits`]).
    pub active: Option<Active>,
    /// A state's names that name its capital city (`capital = ["Moscow",
    /// "Moskau"]` in TOML, each one of its names), in lower case, with the
    /// case forms of them that loading adds: "Moscow" stands for Russia, but
    /// an article that names a capital once and its state once has named the
    /// state once (see [`Actor::names_capital`]).
    pub capital: Vec<String>,
}

impl Actor {
    /// Whether `found`, a name of this actor as an article writes it, is
    /// one of its capital's names.
    pub fn names_capital(&self, found: &str) -> bool {
        !self.capital.is_empty()
            && self
                .capital
                .contains(&crate::text::to_lowercase(found.trim()))
    }

    /// Adds to `capital` the case forms loading added to the aliases that
    /// decline a capital's name: those after the written aliases that begin
    /// with the name less a final vowel or soft sign ("Москвы", "Берлине"),
    /// and are at most [`CAPITAL_ENDING`] letters longer.
    fn add_capital_case_forms(&mut self) {
        if self.capital.is_empty() {
            return;
        }
        let written = self.written_aliases.min(self.aliases.len());
        let mut forms = Vec::new();
        for capital in &self.capital {
            let stem = capital.trim_end_matches(['а', 'я', 'о', 'е', 'ь', 'й', 'α', 'η']);
            if stem.chars().count() < 3 {
                continue;
            }
            let longest = capital.chars().count() + CAPITAL_ENDING;
            for alias in &self.aliases[written..] {
                let lower = crate::text::to_lowercase(alias);
                if lower.starts_with(stem)
                    && lower.chars().count() <= longest
                    && !self.capital.contains(&lower)
                    && !forms.contains(&lower)
                {
                    forms.push(lower);
                }
            }
        }
        self.capital.extend(forms);
    }
}

/// See [`Actor::add_capital_case_forms`].
const CAPITAL_ENDING: usize = 3;

/// First and, if it is over, last year of a public life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Active {
    pub from: i32,
    pub until: Option<i32>,
}

impl Active {
    /// `"1968-1984"`, `"2008-"` (either dash), or a single year.
    pub fn parse(s: &str) -> Option<Active> {
        let s = s.trim();
        let year = |y: &str| {
            let y = y.trim();
            (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
                .then(|| y.parse::<i32>().ok())
                .flatten()
        };
        let (from, until) = match s.split_once(['-', '–']) {
            Some((from, "")) => (year(from)?, None),
            Some((from, until)) => (year(from)?, Some(year(until)?)),
            None => (year(s)?, Some(year(s)?)),
        };
        (until.is_none_or(|u| u >= from)).then_some(Active { from, until })
    }

    pub fn contains(&self, year: i32) -> bool {
        year >= self.from && self.until.is_none_or(|u| year <= u)
    }
}

impl fmt::Display for Active {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.until {
            Some(u) => write!(f, "{}-{u}", self.from),
            None => write!(f, "{}-", self.from),
        }
    }
}

/// A topic, identified by a `/`-separated path whose parents are implied.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub path: String,
    pub label: Option<String>,
    /// Key phrases; a trailing `*` lets the last word continue (`sanction*`).
    pub phrases: Vec<String>,
    /// Phrases in which a key phrase does not count (set phrases and
    /// boilerplate: "your election" to the Assembly's presidency, the
    /// "World Summit" that is a UN conference), matched as phrases are.
    pub except: Vec<String>,
    /// Phrases (among `phrases`) too common off the issue to stand for it
    /// alone: a region's bare name ("Europe", "Afryki"), which an article
    /// on anything names in passing, or an armed group's ("Islamic State"),
    /// named in passing beside another. They count as hits and as a distinct
    /// phrase, but an issue whose only phrases are these is met only by
    /// distinct evidence (another phrase or its states), never by
    /// repeating them or naming them in the title.
    pub generic: Vec<String>,
    /// Phrase occurrences needed before an article is tagged.
    pub min_hits: u32,
    /// Distinct phrases needed before an article is tagged.
    pub min_distinct: u32,
    /// Other ways to be tagged: another issue of the article together with
    /// actors it names ("a ceasefire between Russia and Ukraine" is the war
    /// in Ukraine).
    pub implied_by: Vec<Implication>,
    /// States whose naming counts as evidence (a region's states): an
    /// article that names several of them treats the region, though it may
    /// never name the region itself; the parties of a conflict. Canonical
    /// actor names.
    pub states: Vec<String>,
    /// Different `states` an article must name before they count.
    pub min_states: u32,
}

/// An issue implied by another issue when the article also names actors.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Implication {
    /// The path of the implying issue.
    pub issue: String,
    /// Canonical names of actors the article must all name (after loading;
    /// the lexicon may write any alias).
    #[serde(default)]
    pub actors: Vec<String>,
}

/// Actors, issues and the phrases that shadow aliases, merged from all sources.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub actors: Vec<Actor>,
    pub issues: Vec<Issue>,
    /// Phrases that, where they are the longest match, stop an alias inside them
    /// from counting ("George Washington" is not the US government).
    pub ignore: Vec<String>,
    /// A hash of the sources, so an index knows when to re-extract.
    pub fingerprint: String,
    /// While the case forms of the actors' names are still to be added to
    /// their aliases ([`Lexicon::add_case_forms`]): the issues as merged,
    /// to resolve again once they are.
    case_forms_pending: Option<Unresolved>,
}

/// Issues whose `implied_by` and `states` are not yet resolved, and where
/// each was defined (source, line).
#[derive(Debug, Clone)]
struct Unresolved {
    issues: Vec<Issue>,
    defined: Vec<(String, usize)>,
}

/// Why a lexicon could not be used.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("cannot read lexicon {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("lexicon {origin}:{line}: {message}")]
    Parse {
        origin: String,
        line: usize,
        message: String,
    },
    #[error("lexicon {origin} has {} problem(s); first: line {}: {}; run `pundex lexicon check {origin}`", .problems.len(), .problems[0].line, .problems[0].message)]
    Invalid {
        origin: String,
        problems: Vec<Problem>,
    },
}

/// One mistake in a lexicon file, at a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileModel {
    #[serde(default)]
    actor: Vec<ActorModel>,
    #[serde(default)]
    issue: Vec<IssueModel>,
    #[serde(default)]
    ignore: Option<IgnoreModel>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorModel {
    name: Spanned<String>,
    kind: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    #[serde(default)]
    capital: Vec<Spanned<String>>,
    country: Option<String>,
    role: Option<String>,
    active: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IssueModel {
    path: Spanned<String>,
    label: Option<String>,
    #[serde(default)]
    phrases: Vec<Spanned<String>>,
    #[serde(default)]
    except: Vec<Spanned<String>>,
    #[serde(default)]
    generic: Vec<Spanned<String>>,
    min_hits: Option<u32>,
    min_distinct: Option<u32>,
    #[serde(default)]
    implied_by: Vec<Implication>,
    #[serde(default)]
    states: Vec<String>,
    min_states: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IgnoreModel {
    #[serde(default)]
    phrases: Vec<Spanned<String>>,
}

/// An actor with the line it starts on and each alias with its line.
type LinedActor = (usize, Actor, Vec<(usize, String)>);

/// A parsed file, before merging: entries with the line each starts on.
struct Parsed {
    actors: Vec<LinedActor>,
    issues: Vec<(usize, Issue)>,
    ignore: Vec<String>,
    problems: Vec<Problem>,
}

/// True for names written as acronyms ("US", "U.S.", "G20", "OPEC+"): these
/// match with their exact case only, so "us" and "un" never count.
pub fn is_acronym(alias: &str) -> bool {
    alias.chars().any(|c| c.is_uppercase())
        && alias
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '&' | '+' | '-'))
}

/// True for a person's alias that is one word and not an acronym
/// ("Putin", "al-Assad", "Путина"): the kind of name other people share.
pub fn is_surname(alias: &str) -> bool {
    let alias = alias.trim();
    !alias.is_empty() && !alias.contains(char::is_whitespace) && !is_acronym(alias)
}

/// The key under which two aliases count as the same name.
pub fn alias_key(alias: &str) -> String {
    let trimmed = alias.trim();
    if is_acronym(trimmed) {
        trimmed.to_owned()
    } else {
        crate::text::to_lowercase(trimmed)
    }
}

fn parse(text: &str, origin: &str) -> Result<Parsed, LexiconError> {
    let lines = Lines::new(text);
    let line_of = |_: &str, offset: usize| lines.of(offset);
    let model: FileModel = toml::from_str(text).map_err(|e| LexiconError::Parse {
        origin: origin.to_owned(),
        line: e.span().map_or(1, |s| line_of(text, s.start)),
        message: e.message().to_owned(),
    })?;
    let mut problems = Vec::new();
    let mut actors = Vec::new();
    for a in model.actor {
        let line = line_of(text, a.name.span().start);
        let Some(kind) = ActorKind::parse(a.kind.get_ref().trim()) else {
            problems.push(Problem {
                line: line_of(text, a.kind.span().start),
                message: format!(
                    "actor {:?}: kind {:?} is not person, organisation, state or group",
                    a.name.get_ref(),
                    a.kind.get_ref()
                ),
            });
            continue;
        };
        let active = match &a.active {
            None => None,
            Some(written) => match Active::parse(written.get_ref()) {
                Some(active) => Some(active),
                None => {
                    problems.push(Problem {
                        line: line_of(text, written.span().start),
                        message: format!(
                            "actor {:?}: active {:?} is not years like \"1968-1984\" or \"2008-\"",
                            a.name.get_ref(),
                            written.get_ref()
                        ),
                    });
                    continue;
                }
            },
        };
        let aliases: Vec<(usize, String)> = a
            .aliases
            .iter()
            .map(|s| (line_of(text, s.span().start), s.get_ref().trim().to_owned()))
            .collect();
        let mut capital = Vec::new();
        for c in &a.capital {
            let key = alias_key(c.get_ref());
            let named = std::iter::once(a.name.get_ref())
                .chain(aliases.iter().map(|(_, s)| s))
                .any(|n| alias_key(n) == key);
            if !named {
                problems.push(Problem {
                    line: line_of(text, c.span().start),
                    message: format!(
                        "actor {:?}: capital {:?} is not one of its names (add it to aliases)",
                        a.name.get_ref(),
                        c.get_ref()
                    ),
                });
                continue;
            }
            capital.push(crate::text::to_lowercase(c.get_ref().trim()));
        }
        let actor = Actor {
            name: a.name.get_ref().trim().to_owned(),
            kind,
            aliases: aliases.iter().map(|(_, s)| s.clone()).collect(),
            written_aliases: aliases.len(),
            country: a
                .country
                .map(|c| c.trim().to_owned())
                .filter(|c| !c.is_empty()),
            role: a
                .role
                .map(|c| c.trim().to_owned())
                .filter(|c| !c.is_empty()),
            active,
            capital,
        };
        actors.push((line, actor, aliases));
    }
    let issues = model
        .issue
        .into_iter()
        .map(|i| {
            let line = line_of(text, i.path.span().start);
            let path = i.path.get_ref().trim().trim_matches('/');
            if !is_valid_issue_path(path) {
                // As written: "/" trims to nothing, which would read as "".
                problems.push(Problem {
                    line,
                    message: format!(
                        "issue path {:?}: use lowercase words, digits and '-' separated by '/'",
                        i.path.get_ref()
                    ),
                });
            }
            for phrase in &i.phrases {
                let written = phrase.get_ref().trim();
                if !written.is_empty() && !phrase_has_word(written) {
                    problems.push(Problem {
                        line: line_of(text, phrase.span().start),
                        message: format!(
                            "issue {:?}: phrase {written:?} has no word, so it never matches",
                            i.path.get_ref()
                        ),
                    });
                }
            }
            for except in &i.except {
                let written = except.get_ref().trim();
                let message = if !phrase_has_word(written) {
                    "has no word"
                } else if i.phrases.iter().any(|p| p.get_ref().trim() == written) {
                    "is one of its phrases too, so it would never count"
                } else {
                    continue;
                };
                problems.push(Problem {
                    line: line_of(text, except.span().start),
                    message: format!(
                        "issue {:?}: except phrase {written:?} {message}",
                        i.path.get_ref()
                    ),
                });
            }
            for generic in &i.generic {
                let written = generic.get_ref().trim();
                if i.phrases.iter().any(|p| p.get_ref().trim() == written) {
                    continue;
                }
                problems.push(Problem {
                    line: line_of(text, generic.span().start),
                    message: format!(
                        "issue {:?}: generic phrase {written:?} is none of its phrases",
                        i.path.get_ref()
                    ),
                });
            }
            let issue = Issue {
                path: path.to_owned(),
                label: i.label,
                phrases: i
                    .phrases
                    .iter()
                    .map(|p| p.get_ref().trim().to_owned())
                    .collect(),
                except: i
                    .except
                    .iter()
                    .map(|p| p.get_ref().trim().to_owned())
                    .collect(),
                generic: i
                    .generic
                    .iter()
                    .map(|p| p.get_ref().trim().to_owned())
                    .collect(),
                min_hits: i.min_hits.unwrap_or(2).max(1),
                min_distinct: i.min_distinct.unwrap_or(1).max(1),
                implied_by: i.implied_by,
                states: i.states,
                min_states: i.min_states.unwrap_or(3).max(1),
            };
            (line, issue)
        })
        .collect();
    let ignore = model
        .ignore
        .map(|i| {
            i.phrases
                .into_iter()
                .map(|p| p.into_inner().trim().to_owned())
                .collect()
        })
        .unwrap_or_default();
    Ok(Parsed {
        actors,
        issues,
        ignore,
        problems,
    })
}

/// Lowercase ASCII words, digits and '-', in segments separated by '/'.
fn is_valid_issue_path(path: &str) -> bool {
    !path.is_empty()
        && path.split('/').all(|segment| {
            !segment.is_empty()
                && segment
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
}

/// What is wrong with a name or alias that is not empty, if anything: one
/// without a letter or digit would be found in every "..." of a text, and a
/// control character in none.
fn spelling_problem(spelling: &str) -> Option<&'static str> {
    if !spelling.chars().any(char::is_alphanumeric) {
        Some("has no letter or digit")
    } else if spelling.chars().any(char::is_control) {
        Some("holds a control character")
    } else {
        None
    }
}

/// Checks one lexicon file on its own: empty entries, unknown kinds, duplicate
/// names and paths, an alias listed twice or shared by two actors. Problems are
/// sorted by line.
pub fn check(text: &str, origin: &str) -> Result<Vec<Problem>, LexiconError> {
    Ok(problems_of(&parse(text, origin)?))
}

/// What [`check`] finds in a parsed text, so that loading parses each
/// text once.
fn problems_of(parsed: &Parsed) -> Vec<Problem> {
    let mut problems = parsed.problems.clone();
    let mut names: FxHashMap<String, (usize, String)> = FxHashMap::default();
    for (line, actor, _) in &parsed.actors {
        if actor.name.is_empty() {
            problems.push(Problem {
                line: *line,
                message: "actor with an empty name".into(),
            });
            continue;
        }
        if let Some(problem) = spelling_problem(&actor.name) {
            problems.push(Problem {
                line: *line,
                message: format!("actor name {:?} {problem}", actor.name),
            });
            continue;
        }
        if let Some((first, _)) = names.insert(alias_key(&actor.name), (*line, actor.name.clone()))
        {
            problems.push(Problem {
                line: *line,
                message: format!(
                    "actor {:?} is defined twice (first on line {first})",
                    actor.name
                ),
            });
        }
    }
    let mut owners: FxHashMap<String, (usize, String, bool)> = FxHashMap::default();
    for (_, actor, aliases) in &parsed.actors {
        for (line, alias) in aliases {
            if alias.is_empty() {
                problems.push(Problem {
                    line: *line,
                    message: format!("actor {:?} has an empty alias", actor.name),
                });
                continue;
            }
            if let Some(problem) = spelling_problem(alias) {
                problems.push(Problem {
                    line: *line,
                    message: format!("alias {alias:?} of {:?} {problem}", actor.name),
                });
                continue;
            }
            let key = alias_key(alias);
            if let Some((_, other)) = names.get(&key).filter(|(_, n)| *n != actor.name) {
                problems.push(Problem {
                    line: *line,
                    message: format!(
                        "alias {alias:?} of {:?} is the name of actor {other:?}",
                        actor.name
                    ),
                });
            }
            // People of one surname may share it when each has active
            // years: the article's date picks one.
            let dated_person = actor.kind == ActorKind::Person && actor.active.is_some();
            match owners.get(&key) {
                Some((first, owner, _)) if *owner == actor.name => problems.push(Problem {
                    line: *line,
                    message: format!(
                        "alias {alias:?} is listed twice for {:?} (first on line {first})",
                        actor.name
                    ),
                }),
                Some((_, _, true)) if dated_person && is_surname(alias) => {}
                Some((first, owner, _)) => problems.push(Problem {
                    line: *line,
                    message: format!(
                        "alias {alias:?} is shared by {:?} and {owner:?} (line {first}); \
                         people who share a surname need `active` years",
                        actor.name
                    ),
                }),
                None => {
                    owners.insert(key, (*line, actor.name.clone(), dated_person));
                }
            }
        }
    }
    let mut paths: FxHashMap<&str, usize> = FxHashMap::default();
    for (line, issue) in &parsed.issues {
        if let Some(first) = paths.insert(issue.path.as_str(), *line) {
            problems.push(Problem {
                line: *line,
                message: format!(
                    "issue {:?} is defined twice (first on line {first})",
                    issue.path
                ),
            });
        }
        if !issue.phrases.iter().any(|p| phrase_has_word(p)) {
            problems.push(Problem {
                line: *line,
                message: format!("issue {:?} has no phrases", issue.path),
            });
        }
    }
    problems.sort_by_key(|p| p.line);
    problems
}

impl Lexicon {
    /// The embedded default lexicon extended by `user`, if given.
    pub fn load(user: Option<&Path>) -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon::load_without_case_forms(user)?;
        lexicon.add_case_forms()?;
        Ok(lexicon)
    }

    /// [`Lexicon::load`], checked and fingerprinted alike, but without the
    /// case forms of its names, which are most of the cost of loading it: an
    /// index run needs only the fingerprint until it extracts something, and
    /// [`Extractor::new`](super::Extractor::new) adds them (on its own thread).
    pub fn load_without_case_forms(user: Option<&Path>) -> Result<Lexicon, LexiconError> {
        let mut sources = vec![("default lexicon".to_owned(), DEFAULT_LEXICON.to_owned())];
        if let Some(path) = user {
            let text =
                crate::article::read_settings_file(path).map_err(|source| LexiconError::Io {
                    path: path.to_owned(),
                    source,
                })?;
            sources.push((path.display().to_string(), text));
        }
        Lexicon::from_sources_without_case_forms(&sources)
    }

    /// Adds to each actor's aliases the case forms of its names (see
    /// [`declension::add_case_forms`](super::declension::add_case_forms))
    /// and resolves the issues' actors again, as a whole load does, unless
    /// that is done already or the lexicon is one file's own entries. After
    /// [`Lexicon::load_without_case_forms`] succeeded it does not fail: a
    /// name that resolved then still resolves to the same actor, since a
    /// written name goes before any case form ([`Lexicon::spellings_in_order`]).
    pub fn add_case_forms(&mut self) -> Result<(), LexiconError> {
        if let Some(Unresolved { issues, defined }) = self.case_forms_pending.take() {
            super::declension::add_case_forms(&mut self.actors, &self.ignore);
            for actor in &mut self.actors {
                actor.add_capital_case_forms();
            }
            self.issues = issues;
            self.resolve_implications(&defined)?;
        }
        Ok(())
    }

    /// One file's own actors and issues, as written (its `implied_by` not
    /// resolved, so they may name entries of another file).
    pub fn own_entries(origin: &str, text: &str) -> Result<Lexicon, LexiconError> {
        let parsed = parse(text, origin)?;
        Ok(Lexicon {
            actors: parsed.actors.into_iter().map(|(_, a, _)| a).collect(),
            issues: parsed.issues.into_iter().map(|(_, i)| i).collect(),
            ignore: parsed.ignore,
            fingerprint: String::new(),
            case_forms_pending: None,
        })
    }

    /// Merges lexicon texts in order; later entries replace earlier ones with the
    /// same actor name or issue path. Each text must pass [`check`].
    pub fn from_sources(sources: &[(String, String)]) -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon::from_sources_without_case_forms(sources)?;
        lexicon.add_case_forms()?;
        Ok(lexicon)
    }

    /// [`Lexicon::from_sources`] but for the case forms of the names.
    fn from_sources_without_case_forms(
        sources: &[(String, String)],
    ) -> Result<Lexicon, LexiconError> {
        let mut actors: Vec<Actor> = Vec::new();
        let mut issues: Vec<Issue> = Vec::new();
        // Where each merged issue was defined, to report its implications.
        let mut defined: Vec<(String, usize)> = Vec::new();
        let mut ignore: Vec<String> = Vec::new();
        // Where each actor (by its name in ASCII lower case) and issue (by
        // its path) is, so a later source replaces it in one lookup: a user
        // lexicon of 60,000 actors took 20 s to load by search.
        let mut actor_at: FxHashMap<String, usize> = FxHashMap::default();
        let mut issue_at: FxHashMap<String, usize> = FxHashMap::default();
        let mut hasher = blake3::Hasher::new();
        for (origin, text) in sources {
            let parsed = parse(text, origin)?;
            let problems = problems_of(&parsed);
            if !problems.is_empty() {
                return Err(LexiconError::Invalid {
                    origin: origin.clone(),
                    problems,
                });
            }
            hasher.update(text.as_bytes());
            for (_, actor, _) in parsed.actors {
                match actor_at.entry(actor.name.to_ascii_lowercase()) {
                    Entry::Occupied(at) => actors[*at.get()] = actor,
                    Entry::Vacant(at) => {
                        at.insert(actors.len());
                        actors.push(actor);
                    }
                }
            }
            for (line, issue) in parsed.issues {
                match issue_at.entry(issue.path.clone()) {
                    Entry::Occupied(at) => {
                        issues[*at.get()] = issue;
                        defined[*at.get()] = (origin.clone(), line);
                    }
                    Entry::Vacant(at) => {
                        at.insert(issues.len());
                        issues.push(issue);
                        defined.push((origin.clone(), line));
                    }
                }
            }
            ignore.extend(parsed.ignore);
        }
        hasher.update(super::declension::RULES_VERSION.as_bytes());
        hasher.update(super::issues::RULES_VERSION.as_bytes());
        hasher.update(super::discover::RULES_VERSION.as_bytes());
        hasher.update(super::dates::RULES_VERSION.as_bytes());
        let mut lexicon = Lexicon {
            actors,
            issues,
            ignore,
            fingerprint: hasher.finalize().to_hex()[..16].to_owned(),
            case_forms_pending: None,
        };
        let unresolved = Unresolved {
            issues: lexicon.issues.clone(),
            defined,
        };
        // Resolved here to tell a broken lexicon at once; a name that only a
        // case form spells is resolved with them.
        let failed = lexicon.resolve_implications(&unresolved.defined).is_err();
        lexicon.case_forms_pending = Some(unresolved);
        if failed {
            lexicon.add_case_forms()?;
        }
        Ok(lexicon)
    }

    /// Checks that each `implied_by` names an issue and actors of the merged
    /// lexicon and each of `states` a state actor, and writes the actors by
    /// their canonical names.
    /// `defined` is where each issue was defined (source, line).
    fn resolve_implications(&mut self, defined: &[(String, usize)]) -> Result<(), LexiconError> {
        let paths: Vec<String> = self.issues.iter().map(|i| i.path.clone()).collect();
        let named = self.spellings(self.issues.iter().flat_map(|issue| {
            let implied = issue.implied_by.iter().flat_map(|imp| &imp.actors);
            issue.states.iter().chain(implied).map(String::as_str)
        }));
        let find_actor = |name: &str| {
            named
                .get(&crate::text::to_lowercase(name.trim()))
                .map(|&i| &self.actors[i])
        };
        let mut resolved = Vec::with_capacity(self.issues.len());
        for (n, issue) in self.issues.iter().enumerate() {
            let mut implications = issue.implied_by.clone();
            let mut states = issue.states.clone();
            // One line naming the issue and where it was defined.
            let invalid = |message: String| {
                let (origin, line) = defined[n].clone();
                LexiconError::Invalid {
                    origin,
                    problems: vec![Problem {
                        line,
                        message: format!("issue {:?}: {message}", issue.path),
                    }],
                }
            };
            let state_problem = states.iter_mut().find_map(|name| match find_actor(name) {
                Some(actor) if actor.kind == ActorKind::State => {
                    *name = actor.name.clone();
                    None
                }
                Some(actor) => Some(format!(
                    "states names {name:?}, which is no state ({})",
                    actor.kind.as_str()
                )),
                None => Some(format!("states names unknown actor {name:?}")),
            });
            if let Some(message) = state_problem {
                return Err(invalid(message));
            }
            for imp in &mut implications {
                let problem = if !paths.contains(&imp.issue) {
                    Some(format!("implied by unknown issue {:?}", imp.issue))
                } else if imp.issue == issue.path {
                    Some("implied by itself".to_owned())
                } else {
                    imp.actors
                        .iter_mut()
                        .find_map(|name| match find_actor(name) {
                            Some(actor) => {
                                *name = actor.name.clone();
                                None
                            }
                            None => Some(format!("implied_by names unknown actor {name:?}")),
                        })
                };
                if let Some(message) = problem {
                    return Err(invalid(message));
                }
            }
            resolved.push((implications, states));
        }
        for (issue, (implications, states)) in self.issues.iter_mut().zip(resolved) {
            issue.implied_by = implications;
            issue.states = states;
        }
        Ok(())
    }

    /// Of `names`, those some actor has as its canonical name or an alias,
    /// in lower case, with that actor's index (the first in the order of
    /// [`Lexicon::spellings_in_order`] where two share one): what
    /// [`Lexicon::find_actor`] answers, without a walk over every alias for
    /// each name looked up. Loading resolves
    /// hundreds of names against tens of thousands of spellings (with the
    /// case forms), so only a spelling whose first letter in lower case
    /// begins one of the names is lower-cased (a capital sigma becomes
    /// final only after a letter, so the first letter is always its own).
    fn spellings<'a>(&self, names: impl Iterator<Item = &'a str>) -> FxHashMap<String, usize> {
        let mut wanted: FxHashMap<String, Option<usize>> = names
            .map(|name| (crate::text::to_lowercase(name.trim()), None))
            .collect();
        let first_letters: FxHashSet<char> =
            wanted.keys().filter_map(|n| n.chars().next()).collect();
        for (i, spelling) in self.spellings_in_order() {
            let first = spelling
                .chars()
                .next()
                .and_then(|c| c.to_lowercase().next());
            if first.is_some_and(|c| !first_letters.contains(&c)) {
                continue;
            }
            if let Some(slot @ None) = wanted.get_mut(&crate::text::to_lowercase(spelling)) {
                *slot = Some(i);
            }
        }
        wanted
            .into_iter()
            .filter_map(|(name, actor)| Some((name, actor?)))
            .collect()
    }

    /// Every actor's names with its index: first the names the lexicon
    /// writes, actor by actor, then the case forms [`add_case_forms`] made.
    /// A written name goes first so that a generated form never takes it
    /// from the actor that wrote it (a user's acronym "TUSKA" is theirs, not
    /// a case form of "Tusk"), and so a name resolves to the same actor
    /// before and after the forms are added.
    ///
    /// [`add_case_forms`]: Lexicon::add_case_forms
    fn spellings_in_order(&self) -> impl Iterator<Item = (usize, &str)> {
        let written = self.actors.iter().enumerate().flat_map(|(i, a)| {
            let count = a.written_aliases.min(a.aliases.len());
            std::iter::once(&a.name)
                .chain(&a.aliases[..count])
                .map(move |s| (i, s.as_str()))
        });
        let generated = self.actors.iter().enumerate().flat_map(|(i, a)| {
            let count = a.written_aliases.min(a.aliases.len());
            a.aliases[count..].iter().map(move |s| (i, s.as_str()))
        });
        written.chain(generated)
    }

    /// The actor a user means by `name`: its canonical name or any alias, any
    /// case; a written name before a case form (see [`Lexicon::spellings_in_order`]).
    pub fn find_actor(&self, name: &str) -> Option<&Actor> {
        let key = crate::text::to_lowercase(name.trim());
        self.spellings_in_order()
            .find(|(_, spelling)| spelling.to_lowercase() == key)
            .map(|(i, _)| &self.actors[i])
    }

    /// Up to `n` actor names closest to `name`, for "did you mean" messages.
    /// Names and aliases are both compared ("Putn" is near "Putin", an
    /// alias of Vladimir Putin); canonical names are returned.
    pub fn nearest_actors(&self, name: &str, n: usize) -> Vec<&str> {
        let spellings = self.actors.iter().flat_map(|a| {
            std::iter::once(a.name.as_str())
                .chain(a.aliases.iter().map(String::as_str))
                .map(|spelling| (spelling, a.name.as_str()))
        });
        nearest(name, spellings, n)
    }

    /// The issue with this path, or a parent path of known issues ("security").
    pub fn has_issue_path(&self, path: &str) -> bool {
        let path = path.trim_matches('/');
        self.issues
            .iter()
            .any(|i| i.path == path || i.path.starts_with(&format!("{path}/")))
    }

    /// Up to `n` issue paths closest to `path`, parent paths ("security")
    /// included, for "did you mean" messages.
    pub fn nearest_issues(&self, path: &str, n: usize) -> Vec<&str> {
        let paths = self.issues.iter().flat_map(|i| {
            let path = i.path.as_str();
            path.match_indices('/')
                .map(move |(slash, _)| &path[..slash])
                .chain([path])
                .map(|p| (p, p))
        });
        nearest(path, paths, n)
    }
}

/// Up to `n` suggestions whose spellings are nearest to `target`
/// (case-insensitive): only those at the smallest edit distance found, and
/// only if that distance is a likely typo, at most a third of the letters of
/// the shorter word (two from four letters, else one), or if one contains
/// the other (from four letters: "US" is in too much). Candidates are
/// `(spelling, suggestion)` pairs; each suggestion is given once.
fn nearest<'a>(
    target: &str,
    candidates: impl Iterator<Item = (&'a str, &'a str)>,
    n: usize,
) -> Vec<&'a str> {
    let target = crate::text::to_lowercase(target);
    let target_len = target.chars().count();
    let mut scored: Vec<(usize, &str)> = candidates
        .filter_map(|(spelling, suggestion)| {
            let lower = crate::text::to_lowercase(spelling);
            let contains =
                |long: &str, short: &str| short.chars().nth(3).is_some() && long.contains(short);
            if contains(&lower, &target) || contains(&target, &lower) {
                return Some((0, suggestion));
            }
            let shorter = target_len.min(lower.chars().count());
            let close_enough = (shorter / 3).max(if shorter >= 4 { 2 } else { 1 });
            let d = strsim::levenshtein(&target, &lower);
            (d <= close_enough).then_some((d, suggestion))
        })
        .collect();
    scored.sort();
    let best = scored.first().map_or(0, |&(d, _)| d);
    let mut seen = std::collections::HashSet::new();
    scored
        .into_iter()
        .take_while(|&(d, _)| d == best)
        .filter(|&(_, s)| seen.insert(s))
        .take(n)
        .map(|(_, s)| s)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A capital is one of the state's names; its case forms are capital
    /// names too, and the state's own names, in any case, are not.
    #[test]
    fn capitals_are_names_of_their_state_with_their_case_forms() {
        let bad = "[[actor]]\nname = \"Ruritania\"\nkind = \"state\"\naliases = [\"Strelsau\"]\ncapital = [\"Zenda\"]\n";
        let problems = check(bad, "test").unwrap();
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("capital \"Zenda\"")),
            "{problems:?}"
        );
        let lexicon = Lexicon::load(None).unwrap();
        let state = |name: &str| lexicon.actors.iter().find(|a| a.name == name).unwrap();
        let russia = state("Russia");
        for capital in [
            "Moscow",
            "Moskau",
            "Moskaus",
            "Москва",
            "Москвы",
            "Москве",
            "MOSCOU",
        ] {
            assert!(russia.names_capital(capital), "{capital}");
        }
        for name in ["Russia", "Russland", "Россия", "России", "Rosji"] {
            assert!(!russia.names_capital(name), "{name}");
        }
        assert!(state("Germany").names_capital("Берлине"));
        assert!(!state("Germany").names_capital("Германии"));
        assert!(!state("Kenya").names_capital("Kenya"));
    }

    #[test]
    fn default_lexicon_is_valid() {
        let problems = check(DEFAULT_LEXICON, "default").unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let lex = Lexicon::load(None).unwrap();
        assert!(lex.actors.len() > 300);
        assert!(
            (30..=60).contains(&lex.issues.len()),
            "{}",
            lex.issues.len()
        );
    }

    /// An [ignore] phrase exists to shadow an alias inside a longer name; one
    /// that is itself a name in the lexicon contradicts that name.
    #[test]
    fn no_default_name_is_also_an_ignored_phrase() {
        let lex = Lexicon::load(None).unwrap();
        let ignored: std::collections::HashSet<String> =
            lex.ignore.iter().map(|p| alias_key(p)).collect();
        let both: Vec<&str> = lex
            .actors
            .iter()
            .flat_map(|a| std::iter::once(&a.name).chain(&a.aliases))
            .filter(|name| ignored.contains(&alias_key(name)))
            .map(String::as_str)
            .collect();
        assert!(both.is_empty(), "names that are also ignored: {both:?}");
    }

    /// The index that loading resolves names through answers as the walk
    /// of `find_actor` does: for spellings of the default lexicon (every
    /// 17th, with their case changed, and padded; Greek names with a
    /// capital sigma), and for names of no actor.
    #[test]
    fn spellings_find_the_actor_find_actor_finds() {
        let lex = Lexicon::load(None).unwrap();
        let all: Vec<&String> = lex
            .actors
            .iter()
            .flat_map(|a| std::iter::once(&a.name).chain(&a.aliases))
            .collect();
        let mut names: Vec<String> = all.iter().step_by(17).map(|s| s.to_string()).collect();
        names.extend(
            all.iter()
                .step_by(61)
                .map(|s| format!(" {} ", s.to_uppercase())),
        );
        names.extend(
            all.iter()
                .filter(|s| s.contains('Σ'))
                .map(|s| s.to_string()),
        );
        names.extend(["Examplestan", "", "the", "ΣΥΡΙΖΑ", "Σ"].map(String::from));
        let spellings = lex.spellings(names.iter().map(String::as_str));
        for name in &names {
            let indexed = spellings
                .get(&crate::text::to_lowercase(name.trim()))
                .map(|&i| lex.actors[i].name.as_str());
            let walked = lex.find_actor(name).map(|a| a.name.as_str());
            assert_eq!(indexed, walked, "{name:?}");
        }
    }

    #[test]
    fn acronyms() {
        assert!(is_acronym("US"));
        assert!(is_acronym("U.S."));
        assert!(is_acronym("G20"));
        assert!(!is_acronym("Putin"));
        assert!(!is_acronym("20"));
        assert_eq!(alias_key("Putin"), "putin");
        assert_eq!(alias_key("UN"), "UN");
    }

    #[test]
    fn active_years() {
        let a = |s| Active::parse(s);
        assert_eq!(
            a("1968-1984"),
            Some(Active {
                from: 1968,
                until: Some(1984)
            })
        );
        assert_eq!(
            a(" 2008– "),
            Some(Active {
                from: 2008,
                until: None
            })
        );
        assert_eq!(
            a("1990"),
            Some(Active {
                from: 1990,
                until: Some(1990)
            })
        );
        for bad in ["", "-", "1984-1968", "68-84", "since 2008", "2008-now"] {
            assert_eq!(a(bad), None, "{bad}");
        }
        assert!(a("1968-1984").unwrap().contains(1984));
        assert!(!a("2008-").unwrap().contains(2007));
    }

    #[test]
    fn people_may_share_a_surname_only_with_active_years() {
        let person = |name: &str, active: &str| {
            format!(
                "[[actor]]\nname = \"{name}\"\nkind = \"person\"\naliases = [\"Doe\"]\n{active}\n"
            )
        };
        let both =
            person("Ann Doe", "active = \"1950-1970\"") + &person("Bob Doe", "active = \"2000-\"");
        assert_eq!(check(&both, "t").unwrap(), []);
        let one = person("Ann Doe", "active = \"1950-1970\"") + &person("Bob Doe", "");
        let problems = check(&one, "t").unwrap();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.contains("need `active` years"),
            "{problems:?}"
        );
        let bad = person("Ann Doe", "active = \"soon\"");
        let problems = check(&bad, "t").unwrap();
        assert_eq!(problems[0].line, 5, "{problems:?}");
    }

    const BAD: &str = r#"
[[actor]]
name = "A"
kind = "person"
aliases = ["Same", "Same"]

[[actor]]
name = "B"
kind = "robot"

[[actor]]
name = "C"
kind = "state"
aliases = ["same", "A", ""]

[[issue]]
path = "Bad Path"
phrases = []
"#;

    #[test]
    fn implications_must_name_known_issues_and_actors() {
        let lexicon = |implied: &str| {
            Lexicon::from_sources(&[(
                "mine.toml".into(),
                format!(
                    "[[actor]]\nname = \"Ruritania\"\nkind = \"state\"\n\n\
                     [[issue]]\npath = \"a\"\nphrases = [\"a\"]\n\n\
                     [[issue]]\npath = \"b\"\nphrases = [\"b\"]\nimplied_by = [{implied}]\n"
                ),
            )])
        };
        assert!(lexicon(r#"{ issue = "a", actors = ["Ruritania"] }"#).is_ok());
        for (implied, message) in [
            (
                r#"{ issue = "c" }"#,
                "issue \"b\": implied by unknown issue \"c\"",
            ),
            (r#"{ issue = "b" }"#, "issue \"b\": implied by itself"),
            (
                r#"{ issue = "a", actors = ["Borduria"] }"#,
                "issue \"b\": implied_by names unknown actor \"Borduria\"",
            ),
        ] {
            let err = lexicon(implied).unwrap_err().to_string();
            assert!(err.contains("mine.toml") && err.contains(message), "{err}");
            assert!(err.contains("line 10"), "{err}");
        }
    }

    /// A name the lexicon writes is its writer's, whatever case form of
    /// another actor spells it too: a user's state with the acronym of a
    /// generated form ("TUSKA", a Polish form of "Tusk") stays a state when
    /// the forms are added, so an issue's `states` that named it resolved
    /// before the forms and still does after. Checked over a sample of every
    /// generated one-word form of the default lexicon; before this rule, the
    /// two-step load failed for them and the extractor's thread panicked.
    #[test]
    fn written_names_win_over_case_forms() {
        let whole = Lexicon::load(None).unwrap();
        let forms: Vec<String> = whole
            .actors
            .iter()
            .filter(|a| a.kind != ActorKind::State)
            .flat_map(super::super::declension::oblique_aliases)
            .filter(|f| f.chars().count() >= 4 && f.chars().all(char::is_alphabetic))
            .map(|f| f.to_uppercase())
            .step_by(97)
            .collect();
        assert!(forms.len() > 5, "{}", forms.len());
        for form in &forms {
            let text = format!(
                "[[actor]]\nname = \"Examplestan\"\nkind = \"state\"\naliases = [{form:?}]\n\n\
                 [[issue]]\npath = \"examplestan\"\nphrases = [\"examplestan affairs\"]\n\
                 states = [{form:?}]\n"
            );
            let sources = [
                ("default lexicon".to_owned(), DEFAULT_LEXICON.to_owned()),
                ("mine.toml".to_owned(), text),
            ];
            let loaded = Lexicon::from_sources(&sources).unwrap();
            assert_eq!(
                loaded.find_actor(form).unwrap().name,
                "Examplestan",
                "{form}"
            );
            let issue = loaded
                .issues
                .iter()
                .find(|i| i.path == "examplestan")
                .unwrap();
            assert_eq!(issue.states, ["Examplestan"], "{form}");
            let mut later = Lexicon::from_sources_without_case_forms(&sources).unwrap();
            later
                .add_case_forms()
                .unwrap_or_else(|e| panic!("{form}: {e}"));
            assert_eq!(later.issues, loaded.issues, "{form}");
        }
    }

    /// Loading in two steps gives the whole load's lexicon: the default one,
    /// and one whose `implied_by` names an actor by a case form only, which
    /// resolves once the forms are added; the fingerprint is known at once.
    #[test]
    fn case_forms_added_later_make_the_whole_load() {
        let whole = Lexicon::load(None).unwrap();
        let mut later = Lexicon::load_without_case_forms(None).unwrap();
        assert_eq!(later.fingerprint, whole.fingerprint);
        assert!(
            later
                .actors
                .iter()
                .all(|a| a.aliases.len() == a.written_aliases)
        );
        assert!(
            whole
                .actors
                .iter()
                .any(|a| a.aliases.len() > a.written_aliases)
        );
        later.add_case_forms().unwrap();
        assert_eq!(later.actors, whole.actors);
        assert_eq!(later.issues, whole.issues);
        assert_eq!(later.ignore, whole.ignore);
        later.add_case_forms().unwrap();
        assert_eq!(later.actors, whole.actors, "added once");

        let text = "[[actor]]\nname = \"Дмитрий Медведев\"\nkind = \"person\"\n\
                    aliases = [\"Медведев\"]\n\n\
                    [[issue]]\npath = \"a\"\nphrases = [\"a\"]\n\n\
                    [[issue]]\npath = \"b\"\nphrases = [\"b\"]\n\
                    implied_by = [{ issue = \"a\", actors = [\"Медведева\"] }]\n";
        let sources = [("mine.toml".to_owned(), text.to_owned())];
        let whole = Lexicon::from_sources(&sources).unwrap();
        let mut later = Lexicon::from_sources_without_case_forms(&sources).unwrap();
        later.add_case_forms().unwrap();
        assert_eq!(later.issues, whole.issues);
        assert_eq!(whole.issues[1].implied_by[0].actors, ["Дмитрий Медведев"]);
        assert_eq!(later.actors, whole.actors);
    }

    #[test]
    fn generic_phrases_must_be_phrases_of_their_issue() {
        let text = "[[issue]]\npath = \"region/x\"\nphrases = [\"x\", \"x y\"]\n\ngeneric = [\n  \"x\", \"z\"]\n";
        let err = Lexicon::from_sources(&[("mine.toml".into(), text.into())])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("line 6")
                && err.contains("issue \"region/x\": generic phrase \"z\" is none of its phrases"),
            "{err}"
        );
        let fine = text.replace(", \"z\"", "");
        let lexicon = Lexicon::from_sources(&[("mine.toml".into(), fine)]).unwrap();
        assert_eq!(lexicon.issues[0].generic, ["x"]);
    }

    #[test]
    fn except_phrases_must_have_words_and_differ_from_phrases() {
        for (except, message) in [
            ("\"*\"", "except phrase \"*\" has no word"),
            (
                "\"x\"",
                "except phrase \"x\" is one of its phrases too, so it would never count",
            ),
        ] {
            let text = format!(
                "[[issue]]\npath = \"region/x\"\nphrases = [\"x\"]\n\nexcept = [\n  \"fine\", {except}]\n"
            );
            let err = Lexicon::from_sources(&[("mine.toml".into(), text)])
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("line 6") && err.contains(&format!("issue \"region/x\": {message}")),
                "{err}"
            );
        }
    }

    #[test]
    fn phrases_without_a_word_are_problems() {
        let no_word =
            |p: &str| format!(r#"issue "region/x": phrase "{p}" has no word, so it never matches"#);
        let no_phrases = r#"issue "region/x" has no phrases"#.to_owned();
        for (phrases, expected) in [
            (r#"["x", "!!!"]"#, vec![no_word("!!!")]),
            (
                r#"["—", "*"]"#,
                vec![no_phrases.clone(), no_word("—"), no_word("*")],
            ),
            (r#"["", " "]"#, vec![no_phrases.clone()]),
            ("[]", vec![no_phrases.clone()]),
            (r#"["x", "Ω*", "é", "٣"]"#, vec![]),
        ] {
            let text = format!("[[issue]]\npath = \"region/x\"\nphrases = {phrases}\n");
            let found: Vec<String> = check(&text, "mine.toml")
                .unwrap()
                .into_iter()
                .map(|p| p.message)
                .collect();
            assert_eq!(found, expected, "{phrases}");
        }
    }

    #[test]
    fn states_must_name_state_actors() {
        let lexicon = |states: &str| {
            Lexicon::from_sources(&[(
                "mine.toml".into(),
                format!(
                    "[[actor]]\nname = \"Ruritania\"\nkind = \"state\"\naliases = [\"Ruritanian Republic\"]\n\n\
                     [[actor]]\nname = \"Jane Doe\"\nkind = \"person\"\n\n\
                     [[issue]]\npath = \"region/x\"\nphrases = [\"x\"]\nstates = [{states}]\n"
                ),
            )])
        };
        let ok = lexicon(r#""Ruritanian Republic""#).unwrap();
        let issue = ok.issues.iter().find(|i| i.path == "region/x").unwrap();
        assert_eq!(
            issue.states,
            ["Ruritania"],
            "aliases become canonical names"
        );
        assert_eq!(issue.min_states, 3, "the default");
        for (states, message) in [
            (
                r#""Borduria""#,
                "issue \"region/x\": states names unknown actor \"Borduria\"",
            ),
            (
                r#""Jane Doe""#,
                "issue \"region/x\": states names \"Jane Doe\", which is no state (person)",
            ),
        ] {
            let err = lexicon(states).unwrap_err().to_string();
            assert!(err.contains("mine.toml") && err.contains(message), "{err}");
            assert!(err.contains("line 11"), "{err}");
        }
    }

    #[test]
    fn names_and_aliases_need_a_letter_or_digit_and_no_control_character() {
        let text = "[[actor]]\nname = \"...\"\nkind = \"person\"\n\n\
                    [[actor]]\nname = \"Jane Doe\"\nkind = \"person\"\naliases = [\"--\", \"J\\u0007D\", \"G7\"]\n";
        let problems = check(text, "mine.toml").unwrap();
        let messages: Vec<(usize, &str)> = problems
            .iter()
            .map(|p| (p.line, p.message.as_str()))
            .collect();
        assert_eq!(
            messages,
            [
                (2, "actor name \"...\" has no letter or digit"),
                (8, "alias \"--\" of \"Jane Doe\" has no letter or digit"),
                (
                    8,
                    "alias \"J\\u{7}D\" of \"Jane Doe\" holds a control character"
                ),
            ]
        );
    }

    #[test]
    fn a_bad_issue_path_is_quoted_as_written() {
        for written in ["/", " // ", "/War/", "war//peace"] {
            let text = format!("[[issue]]\npath = {written:?}\nphrases = [\"truce\"]\n");
            let problems = check(&text, "user.toml").unwrap();
            let expected = format!("issue path {written:?}: use lowercase");
            assert!(
                problems
                    .iter()
                    .any(|p| p.line == 2 && p.message.starts_with(&expected)),
                "{written:?}: {problems:?}"
            );
        }
        let fine = "[[issue]]\npath = \"/war/peace-talks/\"\nphrases = [\"truce\"]\n";
        assert!(check(fine, "user.toml").unwrap().is_empty());
    }

    #[test]
    fn check_reports_problems_with_lines() {
        let problems = check(BAD, "bad.toml").unwrap();
        let lines: Vec<(usize, &str)> = problems
            .iter()
            .map(|p| (p.line, p.message.as_str()))
            .collect();
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 5 && m.contains("listed twice")),
            "{lines:?}"
        );
        assert!(
            lines.iter().any(|(l, m)| *l == 9 && m.contains("robot")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 14 && m.contains("shared by")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 14 && m.contains("name of actor")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 14 && m.contains("empty alias")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 17 && m.contains("lowercase")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 17 && m.contains("no phrases")),
            "{lines:?}"
        );
    }

    #[test]
    fn syntax_errors_have_a_line() {
        let err = check("[[actor]]\nname = \"x\"\nkind = \n", "f.toml").unwrap_err();
        assert!(matches!(err, LexiconError::Parse { line: 3, .. }), "{err}");
    }

    #[test]
    fn user_entries_extend_and_override() {
        let user = r#"
[[actor]]
name = "Vladimir Putin"
kind = "person"
aliases = ["VVP"]

[[actor]]
name = "Jane Analyst"
kind = "person"
"#;
        let lex = Lexicon::from_sources(&[
            ("default".into(), DEFAULT_LEXICON.into()),
            ("user".into(), user.into()),
        ])
        .unwrap();
        let putin = lex.find_actor("vvp").unwrap();
        assert_eq!(putin.name, "Vladimir Putin");
        // As written: the generated case forms ("Vladimira Putina") follow.
        assert_eq!(putin.aliases[..putin.written_aliases], ["VVP"]);
        assert!(lex.find_actor("jane analyst").is_some());
        assert_ne!(lex.fingerprint, Lexicon::load(None).unwrap().fingerprint);
    }

    proptest::proptest! {
        /// Merging sources through the maps of names and paths gives what
        /// the plain reading does: each actor (its name compared in ASCII
        /// lower case) and issue (by path) where it first came, as the last
        /// source that has it writes it.
        #[test]
        fn later_sources_replace_entries_in_place(
            sources in proptest::collection::vec(
                proptest::collection::btree_map(0usize..8, proptest::bool::ANY, 0..6),
                1..4,
            )
        ) {
            let texts: Vec<(String, String)> = sources
                .iter()
                .enumerate()
                .map(|(k, entries)| {
                    let mut text = String::new();
                    for (&n, &upper) in entries {
                        let name = if upper { format!("ACTOR {n}") } else { format!("Actor {n}") };
                        text.push_str(&format!(
                            "[[actor]]\nname = \"{name}\"\nkind = \"person\"\naliases = [\"a{n} s{k}\"]\n\n\
                             [[issue]]\npath = \"topic/{n}\"\nphrases = [\"phrase {n} s{k}\"]\n\n"
                        ));
                    }
                    (format!("source {k}"), text)
                })
                .collect();
            let lexicon = Lexicon::from_sources(&texts).unwrap();
            let mut actors: Vec<(String, String)> = Vec::new();
            let mut issues: Vec<(String, String)> = Vec::new();
            for (k, entries) in sources.iter().enumerate() {
                for (&n, &upper) in entries {
                    let name = if upper { format!("ACTOR {n}") } else { format!("Actor {n}") };
                    let actor = (name.clone(), format!("a{n} s{k}"));
                    match actors.iter_mut().find(|(a, _)| a.eq_ignore_ascii_case(&name)) {
                        Some(existing) => *existing = actor,
                        None => actors.push(actor),
                    }
                    let issue = (format!("topic/{n}"), format!("phrase {n} s{k}"));
                    match issues.iter_mut().find(|(path, _)| *path == issue.0) {
                        Some(existing) => *existing = issue,
                        None => issues.push(issue),
                    }
                }
            }
            let merged_actors: Vec<(String, String)> = lexicon
                .actors
                .iter()
                .map(|a| (a.name.clone(), a.aliases[0].clone()))
                .collect();
            let merged_issues: Vec<(String, String)> = lexicon
                .issues
                .iter()
                .map(|i| (i.path.clone(), i.phrases[0].clone()))
                .collect();
            proptest::prop_assert_eq!(merged_actors, actors);
            proptest::prop_assert_eq!(merged_issues, issues);
        }
    }

    #[test]
    fn suggestions_count_edits_in_characters_and_a_swap_as_two() {
        // What `nearest` was written against: plain Levenshtein over chars
        // (strsim's, which gave the same as the former hand-written one on
        // 1.6 million pairs of the default lexicon's spellings).
        assert_eq!(strsim::levenshtein("côte", "cote"), 1);
        assert_eq!(strsim::levenshtein("путин", "путн"), 1);
        assert_eq!(strsim::levenshtein("putin", "putni"), 2);
        assert_eq!(strsim::levenshtein("kitten", "sitting"), 3);
    }

    #[test]
    fn nearest_names() {
        let lex = Lexicon::load(None).unwrap();
        assert!(
            lex.nearest_actors("Vladimir Putn", 3)
                .contains(&"Vladimir Putin")
        );
        assert_eq!(lex.nearest_issues("climat", 1), ["climate"]);
        assert_eq!(
            lex.nearest_actors("Putn", 3),
            ["Vladimir Putin"],
            "near an alias, and only the nearest"
        );
        assert_eq!(
            lex.nearest_issues("securty", 1),
            ["security"],
            "a parent path"
        );
        assert!(
            lex.nearest_actors("Nobody Atall", 3).is_empty(),
            "no far-fetched suggestions"
        );
    }
}
