//! Saved searches as `pundex.toml` writes them: `[[alert]]` tables with a
//! name, a query and the filters of `search`. Reading checks what needs no
//! index (names, dates, an empty search); actors, issues, languages and the
//! query are checked against the index when an alert is resolved. Every
//! mistake names the file, the line and the alert.

use crate::article::PartialDate;
use crate::text::Lines;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// One `[[alert]]` table as written; the config file's model holds these.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlertTable {
    name: Spanned<String>,
    query: Option<Spanned<String>>,
    actor: Option<Spanned<OneOrMany>>,
    issue: Option<Spanned<OneOrMany>>,
    lang: Option<Spanned<OneOrMany>>,
    since: Option<Spanned<toml::Value>>,
    until: Option<Spanned<toml::Value>>,
}

/// A filter given as one string or a list of them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

/// The date a `since` or `until` value gives: a string (`"2024-03"`), a
/// year (`2024`) or a TOML date (`2024-03-01`, which TOML reads as a date,
/// not a string, and serde then called "a map"). A date with a time, or
/// anything else, gives none.
fn date_of(value: &toml::Value) -> Option<PartialDate> {
    let text = match value {
        toml::Value::String(s) => s.trim().to_owned(),
        toml::Value::Integer(year) => year.to_string(),
        toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt.to_string(),
        _ => return None,
    };
    text.parse().ok()
}

/// A value as TOML writes it, cut short: an error repeats it.
fn clipped_value(value: &toml::Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

/// A saved search read from a config file: the filters' names as written
/// (resolved against the lexicon later), the dates parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedSearch {
    pub name: String,
    /// The query text; empty for an alert made of filters only.
    pub query: String,
    pub actors: Vec<String>,
    pub issues: Vec<String>,
    pub languages: Vec<String>,
    pub since: Option<PartialDate>,
    pub until: Option<PartialDate>,
    /// Where it is written: the file, and the line of each part.
    pub origin: Origin,
}

/// The file a saved search is in and the 1-based lines of its parts, so a
/// mistake found later (an unknown actor) still points at its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: PathBuf,
    pub name_line: usize,
    pub query_line: usize,
    pub actor_line: usize,
    pub issue_line: usize,
    pub lang_line: usize,
}

/// A saved search that cannot be used: a usage error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} line {line}: {}{message}", file.display(), alert.as_ref().map(|a| format!("alert {a:?}: ")).unwrap_or_default())]
pub struct SavedSearchError {
    pub file: PathBuf,
    pub line: usize,
    /// The alert's name, when the mistake is inside one.
    pub alert: Option<String>,
    pub message: String,
}

impl SavedSearch {
    /// The error for a mistake in this saved search at `line`.
    pub fn error(&self, line: usize, message: impl Into<String>) -> SavedSearchError {
        SavedSearchError {
            file: self.origin.file.clone(),
            line,
            alert: Some(self.name.clone()),
            message: message.into(),
        }
    }
}

/// Checks the `[[alert]]` tables of the file `file` (whose text is `text`):
/// a name that is not empty and not used twice, dates that parse and are in
/// order, and a query or at least one filter.
pub fn read(
    tables: Vec<AlertTable>,
    text: &str,
    file: &Path,
) -> Result<Vec<SavedSearch>, SavedSearchError> {
    let lines = Lines::new(text);
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut saved = Vec::with_capacity(tables.len());
    for table in tables {
        let line_of = |span: std::ops::Range<usize>| lines.of(span.start);
        let name_line = line_of(table.name.span());
        let name = table.name.get_ref().trim().to_owned();
        let fail = |line: usize, alert: Option<&str>, message: String| SavedSearchError {
            file: file.to_owned(),
            line,
            alert: alert.map(str::to_owned),
            message,
        };
        if name.is_empty() || name.chars().any(char::is_control) {
            return Err(fail(
                name_line,
                None,
                "an alert needs a name of printable characters (name = \"…\")".into(),
            ));
        }
        if let Some(first) = seen.insert(name.clone(), name_line) {
            return Err(fail(
                name_line,
                Some(&name),
                format!("the name is used twice (first on line {first})"),
            ));
        }
        let date = |value: &Option<Spanned<toml::Value>>, key: &str| {
            value
                .as_ref()
                .map(|v| {
                    date_of(v.get_ref()).ok_or_else(|| {
                        fail(
                            line_of(v.span()),
                            Some(&name),
                            format!(
                                "{key} = {}: expected YYYY, YYYY-MM or YYYY-MM-DD",
                                clipped_value(v.get_ref())
                            ),
                        )
                    })
                })
                .transpose()
        };
        let since = date(&table.since, "since")?;
        let until = date(&table.until, "until")?;
        if let (Some(s), Some(u)) = (since, until)
            && s.first_day() > u.last_day()
        {
            let line = table
                .until
                .as_ref()
                .map_or(name_line, |u| line_of(u.span()));
            return Err(fail(
                line,
                Some(&name),
                format!("since {s} is after until {u}"),
            ));
        }
        // An empty entry is a mistake, as `--actor ""` is: left out, it
        // would widen the alert to what the user meant to narrow.
        let list = |value: Option<Spanned<OneOrMany>>, key: &str| match value {
            Some(v) => {
                let line = line_of(v.span());
                let items: Vec<String> = v
                    .into_inner()
                    .into_vec()
                    .into_iter()
                    .map(|s| s.trim().to_owned())
                    .collect();
                match items.iter().any(String::is_empty) {
                    true => Err(fail(line, Some(&name), format!("{key} \"\" names nothing"))),
                    false => Ok((items, line)),
                }
            }
            None => Ok((Vec::new(), name_line)),
        };
        let (actors, actor_line) = list(table.actor, "actor")?;
        let (issues, issue_line) = list(table.issue, "issue")?;
        let (languages, lang_line) = list(table.lang, "lang")?;
        let (query, query_line) = match table.query {
            Some(q) => (q.get_ref().trim().to_owned(), line_of(q.span())),
            None => (String::new(), name_line),
        };
        let filtered = !actors.is_empty()
            || !issues.is_empty()
            || !languages.is_empty()
            || since.is_some()
            || until.is_some();
        if query.is_empty() && !filtered {
            return Err(fail(
                name_line,
                Some(&name),
                "give a query or a filter (actor, issue, lang, since, until); \
                 an alert on everything would report every article"
                    .into(),
            ));
        }
        saved.push(SavedSearch {
            name,
            query,
            actors,
            issues,
            languages,
            since,
            until,
            origin: Origin {
                file: file.to_owned(),
                name_line,
                query_line,
                actor_line,
                issue_line,
                lang_line,
            },
        });
    }
    Ok(saved)
}

/// The name of the `[[alert]]` table that `line` (1-based) of `text` is in,
/// for a mistake the TOML reader found there (an unknown key, a wrong type):
/// its `name`, or its place ("the 2nd [[alert]]") when it has none.
pub fn alert_at_line(text: &str, line: usize) -> Option<String> {
    let mut index: Option<usize> = None;
    let mut count = 0;
    for (i, l) in text.lines().enumerate() {
        if i + 1 > line {
            break;
        }
        let l = l.trim_start();
        if l.starts_with('[') {
            let header: String = l.chars().filter(|c| !c.is_whitespace()).collect();
            if header.starts_with("[[alert]]") {
                index = Some(count);
                count += 1;
            } else {
                index = None;
            }
        }
    }
    let index = index?;
    let name = toml::from_str::<toml::Table>(text).ok().and_then(|t| {
        t.get("alert")?
            .as_array()?
            .get(index)?
            .get("name")?
            .as_str()
            .map(str::to_owned)
    });
    Some(name.map_or_else(|| format!("number {}", index + 1), |n| format!("{n:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct File {
        #[serde(default)]
        alert: Vec<AlertTable>,
    }

    fn read_text(text: &str) -> Result<Vec<SavedSearch>, SavedSearchError> {
        let file: File = toml::from_str(text).unwrap();
        read(file.alert, text, Path::new("pundex.toml"))
    }

    #[test]
    fn tables_become_saved_searches_with_their_lines() {
        let text = "\n[[alert]]\nname = \"truce\"\nquery = \"ceasefire\"\n\
                    actor = \"Putin\"\n\n[[alert]]\nname = \"militias\"\n\
                    issue = [\"conflict\", \"security\"]\nlang = \"ru\"\nsince = \"2024-03\"\n";
        let saved = read_text(text).unwrap();
        assert_eq!(saved.len(), 2);
        assert_eq!(
            (saved[0].name.as_str(), saved[0].query.as_str()),
            ("truce", "ceasefire")
        );
        assert_eq!(saved[0].actors, ["Putin"]);
        assert_eq!(saved[0].origin.actor_line, 5);
        assert_eq!(saved[1].issues, ["conflict", "security"]);
        assert_eq!(saved[1].languages, ["ru"]);
        assert_eq!(saved[1].since, PartialDate::parse("2024-03"));
        assert_eq!(saved[1].origin.name_line, 8);
        assert_eq!(saved[1].query, "");
    }

    /// A date written as TOML writes dates, or a bare year, is the date; it
    /// was refused as "invalid type: map, expected a string".
    #[test]
    fn since_and_until_take_a_toml_date_or_a_year() {
        let text = "[[alert]]\nname = \"a\"\nsince = 2024-03-01\nuntil = 2025\n";
        let saved = read_text(text).unwrap();
        assert_eq!(saved[0].since, PartialDate::parse("2024-03-01"));
        assert_eq!(saved[0].until, PartialDate::parse("2025"));
        for (value, shown) in [
            ("2024-03-01T10:00:00", "2024-03-01T10:00:00"),
            ("true", "true"),
            ("[2024]", "[2024]"),
            ("99999", "99999"),
        ] {
            let text = format!("[[alert]]\nname = \"a\"\nquery = \"x\"\nsince = {value}\n");
            let err = read_text(&text).unwrap_err().to_string();
            assert_eq!(
                err,
                format!(
                    "pundex.toml line 4: alert \"a\": since = {shown}: expected YYYY, YYYY-MM or YYYY-MM-DD"
                ),
            );
        }
    }

    /// An empty actor, issue or language, alone or in a list, is refused on
    /// its line: dropped, it would widen the alert.
    #[test]
    fn an_empty_filter_entry_is_a_mistake() {
        for key in ["actor", "issue", "lang"] {
            for value in ["\"\"", "\"  \"", "[\"x\", \"\"]"] {
                let text = format!("[[alert]]\nname = \"a\"\nquery = \"x\"\n{key} = {value}\n");
                let err = read_text(&text).unwrap_err().to_string();
                assert_eq!(
                    err,
                    format!("pundex.toml line 4: alert \"a\": {key} \"\" names nothing"),
                    "{text}"
                );
            }
            let text = format!("[[alert]]\nname = \"a\"\n{key} = []\nquery = \"x\"\n");
            assert!(read_text(&text).is_ok(), "{text}");
        }
    }

    #[test]
    fn mistakes_name_the_line_and_the_alert() {
        let err = |text: &str| read_text(text).unwrap_err().to_string();
        assert_eq!(
            err("[[alert]]\nname = \"a\"\nquery = \"x\"\n[[alert]]\nname = \"a\"\nquery = \"y\"\n"),
            "pundex.toml line 5: alert \"a\": the name is used twice (first on line 2)"
        );
        assert_eq!(
            err("[[alert]]\nname = \"a\"\nquery = \"x\"\nsince = \"May\"\n"),
            "pundex.toml line 4: alert \"a\": since = \"May\": expected YYYY, YYYY-MM or YYYY-MM-DD"
        );
        assert_eq!(
            err("[[alert]]\nname = \"a\"\nsince = \"2024\"\nuntil = \"2023\"\n"),
            "pundex.toml line 4: alert \"a\": since 2024 is after until 2023"
        );
        assert!(
            err("[[alert]]\nname = \"all\"\n")
                .starts_with("pundex.toml line 2: alert \"all\": give a query")
        );
        assert!(
            err("[[alert]]\nname = \" \"\nquery = \"x\"\n")
                .starts_with("pundex.toml line 2: an alert needs a name")
        );
    }

    #[test]
    fn a_line_is_placed_in_its_alert_table() {
        let text = "limit = 3\n[[alert]]\nname = \"first\"\nquery = \"x\"\n\n\
                    [[ alert ]]\nqeury = \"y\"\n[other]\nkey = 1\n[[alert]]\nname = \"third\"\n";
        assert_eq!(alert_at_line(text, 1), None);
        assert_eq!(alert_at_line(text, 4).as_deref(), Some("\"first\""));
        assert_eq!(alert_at_line(text, 7).as_deref(), Some("number 2"));
        assert_eq!(alert_at_line(text, 9), None);
        assert_eq!(alert_at_line(text, 11).as_deref(), Some("\"third\""));
    }
}
