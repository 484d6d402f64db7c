//! The names a query may give an actor: for every lexicon actor the index
//! holds, its canonical name and aliases, and the lexicon's phrases that stop
//! an alias inside them. Written beside the index at each commit from the
//! lexicon the documents were extracted with, so search can tell that
//! `Macedonia` is North Macedonia without loading the lexicon (~50 ms).
//!
//! The table is a sorted text file of `key TAB acronym TAB name` lines: the
//! key is the name as [`name_key`] compares names, `acronym` is `A` for a name
//! written in capitals (`DRC`) and `-` otherwise, and `name` is the actor as
//! the index stores it, empty for a stopping phrase. It only lifts documents
//! the query already matches, so a table older than the documents (a crash
//! between the commit and its writing) can cost a boost, never a hit.

use crate::extract::lexicon::Lexicon;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;
use tantivy::directory::Directory;
use tantivy::schema::Field;
use tantivy::{Index, Searcher};

/// The table's file in the index folder.
pub const FILE: &str = "pundex-actor-aliases.tsv";

/// What a query's run of words names, by the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Named {
    /// One actor, as the index stores it.
    Actor(String),
    /// A phrase that stops the aliases inside it ("George Washington"), or an
    /// alias of several actors: it names none, and no shorter name inside it
    /// counts either.
    Nobody,
}

/// A name compared the way people type it: lower case, words of letters and
/// digits only (`Côte d'Ivoire` and `côte d ivoire` are the same).
pub fn name_key(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A name written in capitals, as acronyms are (`DRC`, `UNITA`, `U.S.`): a
/// query names it only in capitals, so `us` and `who` stay plain words.
pub fn is_acronym(name: &str) -> bool {
    let mut letters = name.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// Writes the table for the actors of `actors` (the index's actor field as
/// `searcher` sees it) that `lexicon` holds; with no lexicon (extraction off)
/// the table is empty. Written whole or not at all (tantivy's atomic write).
pub fn write(
    index: &Index,
    searcher: &Searcher,
    actors: Field,
    lexicon: Option<&Lexicon>,
) -> tantivy::Result<()> {
    let text = lexicon.map_or_else(String::new, |lexicon| {
        table(lexicon, |name| present(searcher, actors, name))
    });
    index
        .directory()
        .atomic_write(Path::new(FILE), text.as_bytes())?;
    Ok(())
}

/// Whether some segment holds the actor `name`.
fn present(searcher: &Searcher, actors: Field, name: &str) -> bool {
    searcher.segment_readers().iter().any(|segment| {
        segment
            .inverted_index(actors)
            .ok()
            .and_then(|inverted| inverted.terms().get(name).ok().flatten())
            .is_some()
    })
}

/// The table's text for the lexicon actors `held` says the index holds.
fn table(lexicon: &Lexicon, held: impl Fn(&str) -> bool) -> String {
    let mut lines = BTreeSet::new();
    for actor in lexicon.actors.iter().filter(|a| held(&a.name)) {
        for name in std::iter::once(&actor.name).chain(&actor.aliases) {
            let key = name_key(name);
            if key.is_empty() || name.contains(['\t', '\n']) {
                continue;
            }
            let acronym = if is_acronym(name) { "A" } else { "-" };
            lines.insert(format!("{key}\t{acronym}\t{}\n", actor.name));
        }
    }
    for phrase in &lexicon.ignore {
        let key = name_key(phrase);
        if !key.is_empty() {
            lines.insert(format!("{key}\t-\t\n"));
        }
    }
    lines.into_iter().collect()
}

/// What each of `wanted` names by the table of `index` (keys as
/// [`name_key`] makes them, each with whether the query wrote it in
/// capitals); keys the table does not know are left out. An index without
/// the table (built before it) names nothing this way.
pub fn lookup(index: &Index, wanted: &HashMap<String, bool>) -> HashMap<String, Named> {
    match index.directory().atomic_read(Path::new(FILE)) {
        Ok(bytes) => resolve(&String::from_utf8_lossy(&bytes), wanted),
        Err(_) => HashMap::new(),
    }
}

/// [`lookup`] on the table's text.
fn resolve(text: &str, wanted: &HashMap<String, bool>) -> HashMap<String, Named> {
    let mut actors: HashMap<&str, HashSet<&str>> = HashMap::new();
    let mut stopped: HashSet<&str> = HashSet::new();
    for line in text.lines() {
        let mut parts = line.splitn(3, '\t');
        let (Some(key), Some(acronym), Some(name)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let Some(&in_capitals) = wanted.get(key) else {
            continue;
        };
        if name.is_empty() {
            stopped.insert(key);
        } else if acronym != "A" || in_capitals {
            actors.entry(key).or_default().insert(name);
        }
    }
    let mut named = HashMap::new();
    for key in stopped.iter().copied().chain(actors.keys().copied()) {
        let found = match actors.get(key) {
            Some(names) if names.len() == 1 && !stopped.contains(key) => Named::Actor(
                names
                    .iter()
                    .next()
                    .map_or_else(String::new, |n| n.to_string()),
            ),
            _ => Named::Nobody,
        };
        named.insert(key.to_owned(), found);
    }
    named
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::{Actor, ActorKind};

    fn actor(name: &str, aliases: &[&str]) -> Actor {
        Actor {
            name: name.to_owned(),
            kind: ActorKind::State,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            written_aliases: aliases.len(),
            country: None,
            role: None,
            active: None,
        }
    }

    fn lexicon() -> Lexicon {
        Lexicon {
            actors: vec![
                actor(
                    "North Macedonia",
                    &["Macedonia", "former Yugoslav Republic of Macedonia"],
                ),
                actor("Democratic Republic of the Congo", &["DRC", "Zaire"]),
                actor("George H. W. Bush", &["Bush"]),
                actor("George W. Bush", &["Bush"]),
                actor("United States", &["Washington", "US"]),
                actor("Atlantis", &["Atlantean Republic"]),
            ],
            issues: Vec::new(),
            ignore: vec!["George Washington".to_owned()],
            fingerprint: String::new(),
        }
    }

    fn named(wanted: &[(&str, bool)]) -> HashMap<String, Named> {
        let text = table(&lexicon(), |name| name != "Atlantis");
        let wanted = wanted.iter().map(|&(k, c)| (k.to_owned(), c)).collect();
        resolve(&text, &wanted)
    }

    #[test]
    fn an_alias_names_its_actor() {
        let found = named(&[("macedonia", false), ("zaire", false), ("name", false)]);
        assert_eq!(
            found.get("macedonia"),
            Some(&Named::Actor("North Macedonia".into()))
        );
        assert_eq!(
            found.get("zaire"),
            Some(&Named::Actor("Democratic Republic of the Congo".into()))
        );
        assert_eq!(found.get("name"), None);
        let canonical = named(&[("north macedonia", false)]);
        assert_eq!(
            canonical.get("north macedonia"),
            Some(&Named::Actor("North Macedonia".into()))
        );
    }

    #[test]
    fn ambiguous_and_stopped_names_name_nobody() {
        let found = named(&[("bush", false), ("george washington", false)]);
        assert_eq!(found.get("bush"), Some(&Named::Nobody));
        assert_eq!(found.get("george washington"), Some(&Named::Nobody));
        assert_eq!(
            named(&[("washington", false)]).get("washington"),
            Some(&Named::Actor("United States".into()))
        );
    }

    #[test]
    fn acronyms_count_only_in_capitals() {
        assert_eq!(named(&[("us", false)]).get("us"), None);
        assert_eq!(
            named(&[("us", true)]).get("us"),
            Some(&Named::Actor("United States".into()))
        );
        assert!(is_acronym("U.S.") && is_acronym("DRC") && !is_acronym("Zaire"));
        assert!(!is_acronym("1990"));
    }

    #[test]
    fn only_actors_the_index_holds_are_written() {
        let text = table(&lexicon(), |name| name != "Atlantis");
        assert!(!text.contains("Atlantis"));
        assert!(text.contains("macedonia\t-\tNorth Macedonia\n"));
        let lines: Vec<&str> = text.lines().collect();
        let mut sorted = lines.clone();
        sorted.sort_unstable();
        assert_eq!(lines, sorted);
    }
}
