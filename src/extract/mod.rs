//! Extraction: who an article is about (actors), what (issues) and when (dates).
//!
//! One [`Extractor`] is built per run from a [`Lexicon`] and shared by all
//! parsing threads; extraction itself never fails.

pub mod dates;
pub mod gazetteer;
pub mod lexicon;

use crate::article::{Article, PartialDate};
use gazetteer::Gazetteer;
pub use lexicon::{Actor, ActorKind, Issue, Lexicon};
use std::collections::HashMap;

/// Target id of `[ignore]` phrases in the actor matcher.
const IGNORED: u32 = u32::MAX;

/// An actor named in an article, with how often it is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorCount {
    pub name: String,
    pub kind: ActorKind,
    pub count: u32,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extraction {
    /// Most mentioned first, then by name.
    pub actors: Vec<ActorCount>,
    /// Issue paths whose evidence rule the article meets, sorted.
    pub issues: Vec<String>,
    /// Distinct dates the text mentions, sorted.
    pub dates: Vec<PartialDate>,
}

/// One place where an actor is named: an index into the lexicon's actors and a byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub actor: usize,
    pub start: usize,
    pub end: usize,
}

/// Matchers built from a lexicon.
#[derive(Debug)]
pub struct Extractor {
    lexicon: Lexicon,
    actors: Gazetteer,
    issues: Gazetteer,
    bulk: bool,
}

impl Extractor {
    /// Quick to build: for `show`, small syncs and watch batches.
    pub fn new(lexicon: Lexicon) -> Extractor {
        Extractor::build(lexicon, false)
    }

    /// Slower to build, faster to run: for syncs of many articles.
    pub fn for_bulk(lexicon: Lexicon) -> Extractor {
        Extractor::build(lexicon, true)
    }

    /// True when built with [`Extractor::for_bulk`].
    pub fn is_bulk(&self) -> bool {
        self.bulk
    }

    fn build(lexicon: Lexicon, bulk: bool) -> Extractor {
        let gazetteer = |patterns: Vec<(u32, &str)>, names: bool| {
            if bulk {
                Gazetteer::new_for_bulk(patterns, names)
            } else {
                Gazetteer::new(patterns, names)
            }
        };
        let actor_patterns = lexicon.actors.iter().enumerate().flat_map(|(i, a)| {
            std::iter::once(a.name.as_str())
                .chain(a.aliases.iter().map(String::as_str))
                .map(move |name| (i as u32, name))
        });
        let ignored = lexicon.ignore.iter().map(|p| (IGNORED, p.as_str()));
        let actors = gazetteer(actor_patterns.chain(ignored).collect::<Vec<_>>(), true);
        let issue_patterns = lexicon
            .issues
            .iter()
            .enumerate()
            .flat_map(|(i, issue)| issue.phrases.iter().map(move |p| (i as u32, p.as_str())));
        let issues = gazetteer(issue_patterns.collect::<Vec<_>>(), false);
        Extractor {
            lexicon,
            actors,
            issues,
            bulk,
        }
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Every place an actor is named in `text`, in text order, as byte spans
    /// of `text`. Any run of white space counts as one space, so a name broken
    /// across lines ("Minsk \r\nGroup") still matches.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        self.mentions_in(&Flat::new(text))
    }

    fn mentions_in(&self, flat: &Flat) -> Vec<Mention> {
        self.actors
            .find(&flat.text)
            .into_iter()
            .filter(|m| m.target != IGNORED)
            .map(|m| {
                let (start, end) = flat.original(m.start, m.end);
                Mention {
                    actor: m.target as usize,
                    start,
                    end,
                }
            })
            .collect()
    }

    /// Actors, issues and dates of an article (title and body together).
    pub fn extract(&self, article: &Article) -> Extraction {
        let flat = Flat::new(&format!("{}\n{}", article.title, article.body));
        let mut counts: HashMap<usize, u32> = HashMap::new();
        for m in self.mentions_in(&flat) {
            *counts.entry(m.actor).or_default() += 1;
        }
        let mut actors: Vec<ActorCount> = counts
            .into_iter()
            .map(|(i, count)| {
                let actor = &self.lexicon.actors[i];
                ActorCount {
                    name: actor.name.clone(),
                    kind: actor.kind,
                    count,
                }
            })
            .collect();
        actors.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        let found = dates::extract_dates(&article.body, article.published);
        Extraction {
            actors,
            issues: self.issues_in_flat(&flat.text),
            dates: dates::distinct_dates(&found),
        }
    }

    /// Issues whose evidence rule (`min_hits` occurrences of `min_distinct`
    /// different phrases) the text meets.
    pub fn issues_in(&self, text: &str) -> Vec<String> {
        self.issues_in_flat(&Flat::new(text).text)
    }

    fn issues_in_flat(&self, text: &str) -> Vec<String> {
        let mut hits: HashMap<u32, (u32, Vec<String>)> = HashMap::new();
        for m in self.issues.find(text) {
            let entry = hits.entry(m.target).or_default();
            entry.0 += 1;
            let phrase = text[m.start..m.end].to_lowercase();
            if !entry.1.contains(&phrase) {
                entry.1.push(phrase);
            }
        }
        let mut issues: Vec<String> = hits
            .into_iter()
            .filter_map(|(i, (count, distinct))| {
                let issue = &self.lexicon.issues[i as usize];
                (count >= issue.min_hits && distinct.len() as u32 >= issue.min_distinct)
                    .then(|| issue.path.clone())
            })
            .collect();
        issues.sort();
        issues
    }
}

/// Text with every run of white space collapsed to one space, and the way
/// back to byte offsets of the original.
struct Flat {
    text: String,
    /// For each byte of `text`, its offset in the original.
    origin: Vec<u32>,
    original_len: usize,
}

impl Flat {
    fn new(original: &str) -> Flat {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut in_space = false;
        for (at, c) in original.char_indices() {
            if c.is_whitespace() {
                if !in_space {
                    text.push(' ');
                    origin.push(at as u32);
                }
                in_space = true;
                continue;
            }
            in_space = false;
            for k in 0..c.len_utf8() {
                origin.push((at + k) as u32);
            }
            text.push(c);
        }
        Flat {
            text,
            origin,
            original_len: original.len(),
        }
    }

    /// The original span of `start..end` in `text`.
    fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self
            .origin
            .get(start)
            .map_or(self.original_len, |&o| o as usize);
        let to = if end == 0 {
            from
        } else {
            self.origin[end - 1] as usize + 1
        };
        (from, to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extractor(toml: &str) -> Extractor {
        Extractor::new(Lexicon::from_sources(&[("test".into(), toml.into())]).unwrap())
    }

    const LEX: &str = r#"
[[actor]]
name = "United States"
kind = "state"
aliases = ["US", "Washington"]

[[actor]]
name = "Vladimir Putin"
kind = "person"
aliases = ["Putin"]

[[issue]]
path = "economy/sanctions"
phrases = ["sanction*", "export controls"]

[[issue]]
path = "climate"
phrases = ["climate change", "global warming", "emissions"]
min_hits = 2
min_distinct = 2

[ignore]
phrases = ["George Washington"]
"#;

    fn article(body: &str) -> Article {
        Article {
            title: "T".into(),
            body: body.into(),
            ..Article::default()
        }
    }

    #[test]
    fn actors_are_counted_under_canonical_names() {
        let e = extractor(LEX);
        let x = e.extract(&article(
            "Putin spoke. Vladimir Putin and the US; Washington replied. George Washington.",
        ));
        assert_eq!(
            x.actors,
            vec![
                ActorCount {
                    name: "United States".into(),
                    kind: ActorKind::State,
                    count: 2
                },
                ActorCount {
                    name: "Vladimir Putin".into(),
                    kind: ActorKind::Person,
                    count: 2
                },
            ]
        );
    }

    #[test]
    fn names_broken_across_lines_still_match() {
        let e = extractor(LEX);
        let text = "Vladimir\nPutin spoke; Vladimir \r\n  Putin — Путин.";
        let m = e.mentions(text);
        let found: Vec<&str> = m.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(found, ["Vladimir\nPutin", "Vladimir \r\n  Putin"]);
    }

    #[test]
    fn issue_evidence_rules() {
        let e = extractor(LEX);
        assert!(
            e.issues_in("new sanctions").is_empty(),
            "one passing word is not enough"
        );
        assert_eq!(
            e.issues_in("new sanctions; more sanctioned banks"),
            vec!["economy/sanctions"]
        );
        assert!(
            e.issues_in("emissions, emissions, emissions").is_empty(),
            "needs two distinct phrases"
        );
        assert_eq!(e.issues_in("climate change and emissions"), vec!["climate"]);
    }
}
