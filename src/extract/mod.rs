//! Extraction: who an article is about (actors), what (issues) and when (dates).
//!
//! One [`Extractor`] is built per run from a [`Lexicon`] and shared by all
//! parsing threads; extraction itself never fails.

pub mod dates;
pub mod declension;
pub mod discover;
pub mod gazetteer;
mod home;
pub mod issues;
pub mod lexicon;
mod native_bodies;
mod shared_alias;
mod surname;
pub use surname::is_title_or_opening_word;
#[cfg(test)]
mod tests_spacing;

use crate::article::{Article, PartialDate, TitleSource};
use crate::text::{WordBits, plainly_spaced, soft_breaks_joined};
use discover::{Discoverer, KnownSpan};
use gazetteer::Gazetteer;
use issues::{IssueEvidence, IssueMatcher};
pub use lexicon::{Actor, ActorKind, Issue, Lexicon, LexiconError};
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use surname::{ArticleNames, Surnames};

/// Target id of `[ignore]` phrases in the actor matcher.
const IGNORED: u32 = u32::MAX;

/// An actor named in an article, with how often it is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorCount {
    pub name: String,
    pub kind: ActorKind,
    pub count: u32,
    /// Found from the text's own cues, not from the lexicon (see [`discover`]).
    pub discovered: bool,
    /// Other names the text gave a discovered actor (its acronym).
    pub aliases: Vec<String>,
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
    /// The other names the text calls lexicon people by ("Nasser", "bin
    /// Laden"), each as `(name_key of the name written, the person's name)`,
    /// distinct and sorted: what lets a search take a surname typed in a
    /// query for the person the extractor found behind it. A person named
    /// by their own name only has none.
    pub aliases: Vec<(String, String)>,
}

/// One place where an actor is named: an index into the lexicon's actors and a byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub actor: usize,
    pub start: usize,
    pub end: usize,
}

/// Matches of the actor list carry this list number, then the words dates
/// hang on (month names, then "year", "ago"…).
const ACTOR_LIST: u8 = 0;
const MONTH_LIST: u8 = 1;
const DATE_WORD_LIST: u8 = 2;

/// Matchers built from a lexicon.
#[derive(Debug)]
pub struct Extractor {
    lexicon: Lexicon,
    /// Actor names (and `[ignore]` phrases) and the words dates hang on,
    /// in one automaton so each text is read once.
    gazetteer: Gazetteer,
    /// Issue phrases, matched through stems.
    issues: IssueMatcher,
    /// Who a one-word person alias stands for, where it is found.
    surnames: Surnames,
    /// Actors the lexicon lacks, from the text's own cues.
    discoverer: Discoverer,
    /// Names two states' actors share, read by the state the text is about.
    shared: shared_alias::SharedAliases,
}

impl Extractor {
    /// The extractor of a whole lexicon, as [`Lexicon::load`] gives.
    ///
    /// # Panics
    /// If `lexicon` came without its case forms and adding them fails; build
    /// such a lexicon's extractor with [`Extractor::try_new`].
    pub fn new(lexicon: Lexicon) -> Extractor {
        Extractor::try_new(lexicon).expect("a whole lexicon has its case forms")
    }

    /// The extractor of any lexicon. One loaded without its case forms
    /// ([`Lexicon::load_without_case_forms`]) gets them here, on the thread
    /// that builds the extractor. That cannot fail after a successful load
    /// ([`Lexicon::add_case_forms`]); the index run still reports an error
    /// here as an error, not a panic.
    pub fn try_new(mut lexicon: Lexicon) -> Result<Extractor, LexiconError> {
        lexicon.add_case_forms()?;
        let actor_patterns = lexicon.actors.iter().enumerate().flat_map(|(i, a)| {
            std::iter::once(a.name.as_str())
                .chain(a.aliases.iter().map(String::as_str))
                .map(move |name| (i as u32, name))
        });
        let ignored = lexicon.ignore.iter().map(|p| (IGNORED, p.as_str()));
        let date_words = dates::date_words();
        let (months, other): (Vec<_>, Vec<_>) = date_words.iter().partition(|(_, caps)| *caps);
        let gazetteer = Gazetteer::builder()
            .list(true, actor_patterns.chain(ignored))
            .list(true, months.iter().map(|(word, _)| (0, word.as_str())))
            .list(false, other.iter().map(|(word, _)| (0, word.as_str())))
            .build();
        let surnames = Surnames::new(&lexicon);
        let issues = IssueMatcher::new(&lexicon.issues);
        let discoverer = Discoverer::new(
            lexicon
                .actors
                .iter()
                .flat_map(|a| std::iter::once(&a.name).chain(&a.aliases))
                .map(String::as_str),
        );
        let shared = shared_alias::SharedAliases::new(&lexicon.actors);
        Ok(Extractor {
            lexicon,
            gazetteer,
            issues,
            surnames,
            discoverer,
            shared,
        })
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Every place an actor is named in `text`, in text order, as byte spans
    /// of `text`, for an article published on `published`. Any run of white
    /// space counts as one space, so a name broken across lines ("Minsk
    /// \r\nGroup") still matches.
    pub fn mentions(&self, text: &str, published: Option<PartialDate>) -> Vec<Mention> {
        let year = published.map(|d| d.year);
        let matches = self.gazetteer.find(text);
        let names = self.article_names(text, &matches);
        matches
            .into_iter()
            .filter(|m| m.list == ACTOR_LIST && m.target != IGNORED)
            .filter_map(|m| {
                let actor = self.actor_named(text, &m, year, &names)?;
                Some(Mention {
                    actor: actor as usize,
                    start: m.start,
                    end: m.end,
                })
            })
            .collect()
    }

    /// The actor an actor-list match stands for here: a person's surname
    /// may stand for another person of that name, or for nobody known.
    fn actor_named(
        &self,
        text: &str,
        m: &gazetteer::Match,
        year: Option<i32>,
        names: &ArticleNames,
    ) -> Option<u32> {
        self.surnames
            .resolve(&self.lexicon, text, m.start, m.end, m.target, year, names)
    }

    /// What `text`'s actor matches name, for the surnames that people of
    /// different states share (see [`surname`]).
    fn article_names(&self, text: &str, matches: &[gazetteer::Match]) -> ArticleNames {
        self.surnames.article_names(
            matches
                .iter()
                .filter(|m| m.list == ACTOR_LIST && m.target != IGNORED)
                .map(|m| (m.target, &text[m.start..m.end])),
        )
    }

    /// Actors, issues and dates of an article (title and body together),
    /// read with its spacing made plain ([`plainly_spaced`]) and the soft
    /// breaks of a hard-wrapped body joined ([`soft_breaks_joined`]): a
    /// name or a date written with no-break spaces, tabs or CR LF, or
    /// broken over two lines of a mail, is the one written with spaces.
    pub fn extract(&self, article: &Article) -> Extraction {
        let body = match plainly_spaced(&article.body) {
            Cow::Borrowed(body) => soft_breaks_joined(body),
            Cow::Owned(body) => match soft_breaks_joined(&body) {
                Cow::Borrowed(_) => Cow::Owned(body),
                Cow::Owned(joined) => Cow::Owned(joined),
            },
        };
        match (plainly_spaced(&article.title), body) {
            (Cow::Borrowed(_), Cow::Borrowed(_)) => self.extract_plain(article),
            (title, body) => self.extract_plain(&Article {
                title: title.into_owned(),
                body: body.into_owned(),
                ..article.clone()
            }),
        }
    }

    /// [`Extractor::extract`] of an article spaced plainly already.
    fn extract_plain(&self, article: &Article) -> Extraction {
        // Mentions per actor.
        let mut actor_counts: FxHashMap<u32, u32> = FxHashMap::default();
        // Of those, the mentions of a state by its capital's name.
        let mut capital_counts: FxHashMap<u32, u32> = FxHashMap::default();
        let mut discovered: Vec<ActorCount> = Vec::new();
        // Where each discovered name is in `discovered`.
        let mut discovered_at: FxHashMap<String, usize> = FxHashMap::default();
        // Generic institution names ("the Senate"), with the state their
        // sentence names before them, if any, until the home state is known.
        let mut generic_names: FxHashMap<(String, SentenceOwner), u32> = FxHashMap::default();
        // Lexicon actors named by a generic alias ("Congress"), with the
        // alias and whose their sentence makes them, until the home state
        // is known: the home state's body of that name may be meant.
        let mut generic_aliases: Vec<GenericAlias> = Vec::new();
        // Bodies named bare in the article's own language, with their
        // owner as their sentence or own words give it (see `native_bodies`).
        let mut native_names: FxHashMap<NativeName, u32> = FxHashMap::default();
        // People named otherwise than by their own name: (actor, name_key of the form).
        let mut aliases: FxHashSet<(u32, String)> = FxHashSet::default();
        let reads_native_bodies = article.language.as_deref() != Some("en");
        let mut issue_evidence = IssueEvidence::default();
        let body_words = WordBits::new(&article.body);
        let lead = issues::lead_end(&article.body, &body_words);
        // Where the body's date words start; dates are read from the body only.
        let mut date_words = Vec::new();
        let year = article.published.map(|d| d.year);
        for (text, words, body) in [
            (&article.title, &WordBits::new(&article.title), false),
            (&article.body, &body_words, true),
        ] {
            // Lexicon matches, kept until discovery says which names hide them.
            let mut targets = Vec::new();
            let mut spans = Vec::new();
            let matches = self.gazetteer.find_in(text, words);
            let names = self.article_names(text, &matches);
            for m in matches {
                match m.list {
                    ACTOR_LIST if m.target != IGNORED => {
                        // A surname that is someone else's here is left
                        // to discovery ("Robert Kennedy").
                        let Some(actor) = self.actor_named(text, &m, year, &names) else {
                            continue;
                        };
                        targets.push(actor);
                        spans.push(KnownSpan {
                            start: m.start,
                            end: m.end,
                            person: self.lexicon.actors[actor as usize].kind == ActorKind::Person,
                            organisation: self.lexicon.actors[actor as usize].kind
                                == ActorKind::Organisation,
                        });
                    }
                    MONTH_LIST | DATE_WORD_LIST if body => date_words.push(m.start),
                    _ => {}
                }
            }
            self.drop_bodies_of_others(text, &mut targets, &mut spans);
            self.drop_given_names_read_as_states(text, &mut targets, &mut spans);
            let events = self.capitals_naming_events(text, &targets, &spans);
            self.read_heads_as_longer_names(text, &mut targets, &spans);
            let mut issue_hits = self.issues.find(text, words);
            self.drop_hits_inside_state_names(&mut issue_hits, &targets, &spans);
            issue_evidence.add(&self.lexicon.issues, text, &issue_hits, !body, |hit| {
                issues::weight(body, hit.start < lead)
            });
            for (start, end) in home::generic_bodies(text)
                .into_iter()
                .chain(home::sized_bodies(text))
            {
                if spans.iter().any(|k| k.start < end && k.end > start) {
                    continue;
                }
                let owner = self.sentence_owner(text, &targets, &spans, start, end);
                *generic_names
                    .entry((text[start..end].to_owned(), owner))
                    .or_default() += 1;
            }
            // "Mozambique's Constitutional Council": the possessive is the owner.
            for (i, k) in spans.iter().enumerate() {
                let state = &self.lexicon.actors[targets[i] as usize];
                if state.kind != ActorKind::State {
                    continue;
                }
                let after = &text[k.end..];
                let Some(gap) = ["'s ", "’s "].iter().find(|g| after.starts_with(**g)) else {
                    continue;
                };
                let start = k.end + gap.len();
                let Some(end) = home::body_at(text, start) else {
                    continue;
                };
                if discover::overlapping(&spans, start, end).is_empty() {
                    let owner = SentenceOwner {
                        state: Some(state.name.as_str()),
                        by_people: None,
                    };
                    *generic_names
                        .entry((text[start..end].to_owned(), owner))
                        .or_default() += 1;
                }
            }
            if reads_native_bodies {
                self.native_bodies(text, &targets, &spans, &mut native_names);
            }
            let found = self
                .discoverer
                .discover(text, words, &spans, article.language.as_deref());
            for (i, &target) in targets.iter().enumerate() {
                if found.shadowed.binary_search(&i).is_ok() || events[i] {
                    continue;
                }
                let KnownSpan { start, end, .. } = spans[i];
                let actor = &self.lexicon.actors[target as usize];
                let shared = self.shared.holds(target, &text[start..end]);
                // A lexicon alias that is a body named bare in the article's
                // language ("Assemblée nationale") is placed as a generic one.
                let generic = shared
                    || home::is_generic_body(&text[start..end])
                    || reads_native_bodies
                        && native_bodies::bare_english(&text[start..end]).is_some();
                if actor.country.is_some() && generic {
                    if !shared && home::ends_a_longer_name(text, start) {
                        continue;
                    }
                    generic_aliases.push(GenericAlias {
                        actor: target,
                        alias: text[start..end].to_owned(),
                        owner: self.sentence_owner(text, &targets, &spans, start, end),
                    });
                    continue;
                }
                *actor_counts.entry(target).or_default() += 1;
                if actor.kind == ActorKind::Person {
                    let written = crate::text::name_key(&text[start..end]);
                    if written != crate::text::name_key(&actor.name) {
                        aliases.insert((target, written));
                    }
                }
                if actor.names_capital(&text[start..end]) {
                    *capital_counts.entry(target).or_default() += 1;
                }
            }
            for actor in found.actors {
                let known = discovered_at.get(&actor.name).copied();
                match known.map(|i| &mut discovered[i]) {
                    Some(d) => {
                        d.count += actor.count;
                        for alias in actor.aliases {
                            if !d.aliases.contains(&alias) {
                                d.aliases.push(alias);
                            }
                        }
                    }
                    None => {
                        discovered_at.insert(actor.name.clone(), discovered.len());
                        discovered.push(ActorCount {
                            name: actor.name,
                            kind: actor.kind,
                            count: actor.count,
                            discovered: true,
                            aliases: actor.aliases,
                        });
                    }
                }
            }
        }
        self.place_native_bodies(
            &article.body,
            &mut actor_counts,
            &mut discovered,
            &mut discovered_at,
            native_names,
        );
        self.place_generic_names(
            &mut actor_counts,
            &mut discovered,
            &mut discovered_at,
            generic_names,
            generic_aliases,
        );
        let mut actors: Vec<ActorCount> = actor_counts
            .into_iter()
            .map(|(i, count)| {
                let actor = &self.lexicon.actors[i as usize];
                ActorCount {
                    name: actor.name.clone(),
                    kind: actor.kind,
                    count,
                    discovered: false,
                    aliases: Vec::new(),
                }
            })
            .chain(discovered)
            .collect();
        actors.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        let mut found = dates::extract_dates_with(
            &article.body,
            &body_words,
            &date_words,
            article.published,
            article.language.as_deref(),
        );
        found.extend(title_dates(article));
        let by_capital: Vec<(&str, u32)> = capital_counts
            .iter()
            .map(|(&i, &n)| (self.lexicon.actors[i as usize].name.as_str(), n))
            .collect();
        let issues = issue_evidence.met(&self.lexicon.issues, body_words.spans().count(), |name| {
            let all = actors
                .iter()
                .find(|a| !a.discovered && a.name == name)
                .map_or(0, |a| a.count);
            let by_capital = by_capital
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(0, |&(_, count)| count);
            issues::Mentions {
                all,
                by_name: all.saturating_sub(by_capital),
            }
        });
        let mut aliases: Vec<(String, String)> = aliases
            .into_iter()
            .map(|(i, written)| (written, self.lexicon.actors[i as usize].name.clone()))
            .collect();
        aliases.sort_unstable();
        aliases.dedup();
        Extraction {
            actors,
            issues,
            dates: dates::distinct_dates(&found),
            aliases,
        }
    }

    /// An issue phrase found inside a longer name of a state ("Africa" in
    /// "South Africa", "Guinea" in "Papua New Guinea") names that state, not
    /// the issue: such hits are dropped. `targets` and `spans` are the
    /// text's lexicon matches, in order; a hit that is the whole name stays.
    fn drop_hits_inside_state_names(
        &self,
        hits: &mut Vec<issues::PhraseHit>,
        targets: &[u32],
        spans: &[KnownSpan],
    ) {
        // The lexicon's names come in text order and never overlap (see
        // `discover::covered`): only the last to start at or before a hit
        // can hold it, found by a search rather than by reading every name.
        hits.retain(|h| {
            let Some(i) = spans.partition_point(|k| k.start <= h.start).checked_sub(1) else {
                return true;
            };
            let KnownSpan { start, end, .. } = spans[i];
            let state = self.lexicon.actors[targets[i] as usize].kind == ActorKind::State;
            !(state && h.end <= end && end - start > h.end - h.start)
        });
    }

    /// "General Assembly of the OAS", "Security Council of the Russian
    /// Federation": a lexicon organisation followed by "of (the)" and another
    /// organisation or a state is that one's body, unless it belongs to the
    /// other (its `country`) or its canonical name names the other
    /// ("Secretary-General of the United Nations" is the UN
    /// Secretary-General). Such matches are dropped; `targets` and
    /// `spans` are the text's lexicon matches, in order.
    fn drop_bodies_of_others(
        &self,
        text: &str,
        targets: &mut Vec<u32>,
        spans: &mut Vec<KnownSpan>,
    ) {
        let actors = &self.lexicon.actors;
        let mut keep = vec![true; targets.len()];
        for i in 1..targets.len() {
            let (body, owner) = (
                &actors[targets[i - 1] as usize],
                &actors[targets[i] as usize],
            );
            let gap = text.get(spans[i - 1].end..spans[i].start).unwrap_or("");
            if body.kind != ActorKind::Organisation
                || !matches!(owner.kind, ActorKind::Organisation | ActorKind::State)
                || targets[i - 1] == targets[i]
                || !is_of_or_of_the(gap)
                // "the General Assembly of Montenegro's commitment": of whom, not whose body.
                || text[spans[i].end..].starts_with(['\'', '’'])
            {
                continue;
            }
            let names_the_owner = body.country.as_ref() == Some(&owner.name)
                || std::iter::once(&owner.name)
                    .chain(&owner.aliases)
                    .any(|n| contains_word(&body.name, n));
            keep[i - 1] = names_the_owner;
        }
        let mut kept = keep.iter();
        targets.retain(|_| *kept.next().unwrap_or(&true));
        let mut kept = keep.iter();
        spans.retain(|_| *kept.next().unwrap_or(&true));
    }

    /// "аналитик … Гаяне Мелкумян": a state's name in Cyrillic in a dative
    /// or locative form (here of "Гаяна") right before a capitalised word
    /// shaped like a surname that the lexicon does not know is a person's
    /// given name, not the state. After a preposition ("в Украине Ковальчук
    /// …") it stays the state, and so does a genitive, which says whose the
    /// person after it is ("министр Армении Мирзоян"). Such matches are
    /// dropped.
    fn drop_given_names_read_as_states(
        &self,
        text: &str,
        targets: &mut Vec<u32>,
        spans: &mut Vec<KnownSpan>,
    ) {
        let mut keep = vec![true; targets.len()];
        for (i, k) in spans.iter().enumerate() {
            let actor = &self.lexicon.actors[targets[i] as usize];
            if actor.kind != ActorKind::State
                || !text[k.start..].starts_with(|c: char| crate::text::is_cyrillic(c))
            {
                continue;
            }
            let Some(after) = text[k.end..].strip_prefix(' ') else {
                continue;
            };
            let next = after
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
                .unwrap_or("");
            let next_known = spans.get(i + 1).is_some_and(|n| n.start == k.end + 1);
            let previous = text[..k.start]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("");
            // Only a dative or locative form ("Гаяне", "Україні") can be
            // read so: a genitive ("президент Армении Пашинян") names whose
            // the person after it is.
            let form = &text[k.start..k.end];
            keep[i] = next_known
                || !form.ends_with(['е', 'і'])
                || !next.starts_with(|c: char| c.is_uppercase() && crate::text::is_cyrillic(c))
                || !is_shaped_like_a_surname(next)
                || is_a_cyrillic_preposition(previous);
        }
        let mut kept = keep.iter();
        targets.retain(|_| *kept.next().unwrap_or(&true));
        let mut kept = keep.iter();
        spans.retain(|_| *kept.next().unwrap_or(&true));
    }

    /// "the Sarajevo Summit", "the Moscow Declaration", "the Lomé
    /// Convention": a state's one-word alias other than its name (a capital,
    /// a former name) right before a capitalised word for a meeting or a
    /// text names where it was held or signed, not the state; so does one
    /// after "the" and before such a word in lower case ("the Minsk
    /// agreements", "the Doha talks"), where the article shows the word is
    /// a noun, not a verb the capital's government does ("Moscow talks"). A state's own
    /// name there is a party ("the Russia Summit" of the EU) and stays, and
    /// so does one dashed to another ("the Israel-Palestine Declaration").
    /// Such matches (true at their index) name no actor, but stay known
    /// words, so that discovery does not read "Pretoria Agreements" as a
    /// body's name.
    fn capitals_naming_events(
        &self,
        text: &str,
        targets: &[u32],
        spans: &[KnownSpan],
    ) -> Vec<bool> {
        let mut events = vec![false; targets.len()];
        for (i, k) in spans.iter().enumerate() {
            let actor = &self.lexicon.actors[targets[i] as usize];
            let alias = &text[k.start..k.end];
            // "the Israel-Palestine Declaration": a name dashed to another
            // is a party's.
            let dashed = text[..k.start].ends_with(['-', '–', '‑']);
            if actor.kind != ActorKind::State
                || alias == actor.name
                || alias.contains(' ')
                || dashed
            {
                continue;
            }
            // A line may break between them ("the Sarajevo\nSummit").
            let after = text[k.end..].trim_start_matches([' ', '\t', '\r', '\n']);
            if after.len() == text.len() - k.end {
                continue;
            }
            let next = after
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            events[i] = is_an_event_or_a_text(next)
                || (follows_the(&text[..k.start]) && is_a_lowercase_event_or_text(next));
        }
        events
    }

    /// "the Commonwealth of Independent States … the Commonwealth": an
    /// organisation's one-word alias that heads another organisation's
    /// "<word> of …" name the same text writes in full is a short name of
    /// that one, not of its own holder (the Commonwealth of Nations), when
    /// its holder's name opens with it too. Bare
    /// institution names ("Congress") are placed by their home instead.
    fn read_heads_as_longer_names(&self, text: &str, targets: &mut [u32], spans: &[KnownSpan]) {
        let is_organisation =
            |t: u32| self.lexicon.actors[t as usize].kind == ActorKind::Organisation;
        // First words of the text's longer organisation names, with whose.
        let mut heads: Vec<(&str, u32)> = Vec::new();
        for (k, &t) in spans.iter().zip(targets.iter()) {
            // Lines may break inside the name ("Commonwealth of\nIndependent").
            let mut words = text[k.start..k.end].split_whitespace();
            if let (Some(head), Some("of")) = (words.next(), words.next())
                && is_organisation(t)
                && !heads.iter().any(|&(h, _)| h == head)
            {
                heads.push((head, t));
            }
        }
        if heads.is_empty() {
            return;
        }
        for (k, t) in spans.iter().zip(targets.iter_mut()) {
            let word = &text[k.start..k.end];
            // Its holder's name opens with it too ("Commonwealth of
            // Nations"), so the word is ambiguous: an office's alias
            // ("Secretary-General" of the UN's) keeps its holder.
            let own = &self.lexicon.actors[*t as usize].name;
            if word.contains(char::is_whitespace)
                || !is_organisation(*t)
                || home::is_generic_body(word)
                || !own.starts_with(word)
            {
                continue;
            }
            if let Some(&(_, longer)) = heads.iter().find(|&&(h, l)| h == word && l != *t) {
                *t = longer;
            }
        }
    }

    /// Whose the generic body at `start..end` is, by its sentence: the state
    /// named last before it; else, when the sentence names no state, the
    /// country of the people and bodies it names, before or after, if they
    /// agree ("when the Supreme Court upheld Kirchner's conviction").
    fn sentence_owner(
        &self,
        text: &str,
        targets: &[u32],
        spans: &[KnownSpan],
        start: usize,
        end: usize,
    ) -> SentenceOwner<'_> {
        let state = self.sentence_state(text, targets, spans, start, end);
        match state {
            Some(Ok(state)) => SentenceOwner {
                state: Some(state),
                by_people: None,
            },
            Some(Err(by_people)) => SentenceOwner {
                state: None,
                by_people,
            },
            None => SentenceOwner::default(),
        }
    }

    /// `Ok`: the state named before the body; `Err`: the country of the
    /// people and bodies named around it, when the sentence names no state.
    fn sentence_state(
        &self,
        text: &str,
        targets: &[u32],
        spans: &[KnownSpan],
        start: usize,
        end: usize,
    ) -> Option<Result<&str, Option<&str>>> {
        let actors = &self.lexicon.actors;
        // Spans are in text order: only those near the body are read.
        let (from, to) = home::sentence_bounds(text, start, end);
        let before = (0..spans.partition_point(|k| k.start < start))
            .rev()
            .filter(|&i| spans[i].end <= start)
            .take_while(|&i| spans[i].end >= from);
        let after = (spans.partition_point(|k| k.start < end)..spans.len())
            .take_while(|&i| spans[i].start <= to);
        // A lexicon actor named by a generic alias ("Congress") says no
        // country here: whose it is, is what is being asked.
        let says_whose = |&i: &usize| !home::is_generic_body(&text[spans[i].start..spans[i].end]);
        let before = before.filter(says_whose);
        let after = after.filter(says_whose);
        let sentence: Vec<usize> = before.clone().chain(after.clone()).collect();
        if let Some(i) = before
            .clone()
            .find(|&i| actors[targets[i] as usize].kind == ActorKind::State)
        {
            return Some(Ok(actors[targets[i] as usize].name.as_str()));
        }
        if sentence
            .iter()
            .any(|&i| actors[targets[i] as usize].kind == ActorKind::State)
        {
            return None;
        }
        // All that the sentence names must agree.
        let mut countries = sentence
            .iter()
            .filter_map(|&i| actors[targets[i] as usize].country.as_deref());
        let first = countries.next()?;
        Some(Err(countries.all(|c| c == first).then_some(first)))
    }

    /// The lexicon actor whose name or alias is the whole of `name`.
    fn known_actor(&self, name: &str) -> Option<u32> {
        self.gazetteer
            .find(name)
            .into_iter()
            .find(|m| {
                m.list == ACTOR_LIST && m.target != IGNORED && m.start == 0 && m.end == name.len()
            })
            .map(|m| m.target)
    }

    /// The bodies `text` names bare in its own language (see
    /// [`native_bodies`]), by English name and owner, into `names`; one
    /// inside a lexicon name is the lexicon's, and one whose own words end
    /// in a capitalised word that is no state is part of a longer name.
    fn native_bodies(
        &self,
        text: &str,
        targets: &[u32],
        spans: &[KnownSpan],
        names: &mut FxHashMap<NativeName, u32>,
    ) {
        for b in native_bodies::native_bodies(text) {
            if !discover::overlapping(spans, b.start, b.end).is_empty() {
                continue;
            }
            let state = match b.owner_at {
                Some(at) => {
                    let i = spans.partition_point(|k| k.start < at);
                    let actor = spans
                        .get(i)
                        .filter(|k| k.start == at)
                        .map(|_| &self.lexicon.actors[targets[i] as usize]);
                    match actor {
                        Some(a) if a.kind == ActorKind::State => Some(a.name.clone()),
                        _ => continue,
                    }
                }
                None => None,
            };
            let owner = match (&state, b.land) {
                (None, None) => self.sentence_owner(text, targets, spans, b.start, b.end),
                _ => SentenceOwner::default(),
            };
            let key = NativeName {
                text: text[b.start..b.end].to_owned(),
                english: b.english,
                native: b.native,
                state: state.or(owner.state.map(str::to_owned)),
                by_people: owner.by_people.map(str::to_owned),
                land: b.land,
            };
            *names.entry(key).or_default() += 1;
        }
    }

    /// Gives each body named bare in the article's language to its owner:
    /// the state its own words or its sentence name, else the home state,
    /// else the country of the people its sentence names; a Landtag to its
    /// Land (its own words', else the one `body` names most). The lexicon's
    /// actor of the owner's body counts when there is one, under the name in
    /// the body's own word ("Bundesrat of Germany") or in English
    /// ("Constitutional Court of Spain"); else one discovered body, which
    /// replaces the bare name discovery may have found.
    fn place_native_bodies(
        &self,
        body: &str,
        actor_counts: &mut FxHashMap<u32, u32>,
        discovered: &mut Vec<ActorCount>,
        discovered_at: &mut FxHashMap<String, usize>,
        names: FxHashMap<NativeName, u32>,
    ) {
        if names.is_empty() {
            return;
        }
        let home = self.home_state(actor_counts).map(str::to_owned);
        let mut land = None;
        let mut names: Vec<(NativeName, u32)> = names.into_iter().collect();
        names.sort();
        let mut replaced = Vec::new();
        for (name, n) in names {
            let placed = if name.english == "Landtag" {
                let owner = name
                    .land
                    .or_else(|| *land.get_or_insert_with(|| native_bodies::home_land(body)));
                let Some(owner) = owner else { continue };
                format!("Landtag of {owner}")
            } else {
                let state = name
                    .state
                    .as_ref()
                    .or(home.as_ref())
                    .or(name.by_people.as_ref());
                let Some(state) = state else { continue };
                let known = name
                    .native
                    .map(|native| home::qualified(native, state))
                    .into_iter()
                    .chain([home::qualified(name.english, state)])
                    .find_map(|q| self.known_actor(&q));
                if let Some(known) = known {
                    *actor_counts.entry(known).or_default() += n;
                    replaced.push(name.text);
                    continue;
                }
                home::qualified(name.english, state)
            };
            replaced.push(name.text);
            self.count_owned_body(placed, n, actor_counts, discovered, discovered_at);
        }
        // Discovery may have read a bare name too: it is the placed body.
        if replaced.iter().any(|r| discovered_at.contains_key(r)) {
            discovered.retain(|d| !replaced.contains(&d.name));
            discovered_at.clear();
            discovered_at.extend(
                discovered
                    .iter()
                    .enumerate()
                    .map(|(i, d)| (d.name.clone(), i)),
            );
        }
    }

    /// The article's home state (see [`home::home_state`]) by the mentions
    /// of states and of the people and bodies the lexicon gives a country.
    fn home_state(&self, actor_counts: &FxHashMap<u32, u32>) -> Option<&str> {
        let actors = &self.lexicon.actors;
        let mut mentions: FxHashMap<&str, u32> = FxHashMap::default();
        for (&i, &n) in actor_counts.iter() {
            let actor = &actors[i as usize];
            let state = match actor.kind {
                ActorKind::State => Some(actor.name.as_str()),
                _ => actor.country.as_deref(),
            };
            if let Some(state) = state {
                *mentions.entry(state).or_default() += n;
            }
        }
        home::home_state(mentions)
    }

    /// Gives each generic institution name to the state its sentence names
    /// before it, else to the article's home state (see [`home`]): "the
    /// Senate" of a piece on Kenya is the "Senate of Kenya", a lexicon actor
    /// when the lexicon has that name. `discovered_at` says where each name
    /// of `discovered` is, and is kept up to date.
    fn place_generic_names(
        &self,
        actor_counts: &mut FxHashMap<u32, u32>,
        discovered: &mut Vec<ActorCount>,
        discovered_at: &mut FxHashMap<String, usize>,
        generic_names: FxHashMap<(String, SentenceOwner), u32>,
        generic_aliases: Vec<GenericAlias>,
    ) {
        let actors = &self.lexicon.actors;
        // A state's mentions, and those of the people and bodies the lexicon
        // gives it as their country: a piece on Korean politics may name
        // "South Korea" three times and its president, parties and ministers
        // thirty.
        let mut mentions: FxHashMap<&str, u32> = FxHashMap::default();
        for (&i, &n) in actor_counts.iter() {
            let actor = &actors[i as usize];
            let state = match actor.kind {
                ActorKind::State => Some(actor.name.as_str()),
                _ => actor.country.as_deref(),
            };
            if let Some(state) = state {
                *mentions.entry(state).or_default() += n;
            }
        }
        let home = home::home_state(mentions);
        // A lexicon actor's generic alias is the owner's body of that name
        // when the owner is another state and the lexicon knows that body
        // ("Congress" in a sentence on Peru, or in an article about Peru, is
        // the Congress of Peru); else the actor's own.
        // One whose owner nothing tells is the body the article's other
        // mentions of that alias were found to be, if they agree on one
        // ("What Congress will look like" heads a piece whose sentences put
        // Congress in Argentina).
        let found: Vec<Option<u32>> = generic_aliases
            .iter()
            .map(|g| {
                let own = actors[g.actor as usize].country.as_deref();
                let state = g.owner.state.or(g.owner.by_people).or(home)?;
                Some(if Some(state) == own {
                    g.actor
                } else {
                    self.known_actor(&home::qualified(&g.alias, state))
                        .or_else(|| {
                            native_bodies::bare_english(&g.alias).and_then(|english| {
                                self.known_actor(&home::qualified(english, state))
                            })
                        })
                        .unwrap_or(g.actor)
                })
            })
            .collect();
        // Per actor and alias, the one body its placed mentions agree on,
        // or `None` when they disagree.
        let mut agreed: FxHashMap<(u32, &str), Option<u32>> = FxHashMap::default();
        for (g, placed) in generic_aliases.iter().zip(&found) {
            if let Some(p) = *placed {
                agreed
                    .entry((g.actor, g.alias.as_str()))
                    .and_modify(|a| *a = a.filter(|&first| first == p))
                    .or_insert(Some(p));
            }
        }
        for (g, placed) in generic_aliases.iter().zip(&found) {
            let agreed = agreed.get(&(g.actor, g.alias.as_str())).copied().flatten();
            let actor = placed.or(agreed).unwrap_or(g.actor);
            // A body named bare in the article's language whose owner is
            // another state than its lexicon actor's, and which the lexicon
            // does not know for that state, is that state's body all the
            // same: "Assemblée nationale" in a piece on Madagascar.
            if actor == g.actor {
                let own = actors[g.actor as usize].country.as_deref();
                let owner = g.owner.state.or(g.owner.by_people).or(home);
                let elsewhere = native_bodies::bare_english(&g.alias)
                    .zip(owner)
                    .filter(|&(_, state)| Some(state) != own);
                if let Some((english, state)) = elsewhere {
                    let name = home::qualified(english, state);
                    self.count_owned_body(name, 1, actor_counts, discovered, discovered_at);
                    continue;
                }
            }
            *actor_counts.entry(actor).or_default() += 1;
        }
        let mut names: Vec<((String, SentenceOwner), u32)> = generic_names.into_iter().collect();
        names.sort();
        for ((body, owner), n) in names {
            // A generic name that discovery found as a body of its own (the
            // text defined it by its acronym: "the Independent National
            // Electoral Commission (INEC)") is that body, not a second one.
            if let Some(&i) = discovered_at.get(&body) {
                discovered[i].count += n;
                continue;
            }
            // A state named before the body, else the home state, else the
            // country of the people and bodies its sentence names.
            let Some(state) = owner.state.or(home).or(owner.by_people) else {
                continue;
            };
            let name = home::qualified(&body, state);
            self.count_owned_body(name, n, actor_counts, discovered, discovered_at);
        }
    }

    /// Counts `n` mentions of a body placed with its owner ("Congress of
    /// Peru"): the lexicon's actor of that name when there is one, else one
    /// discovered organisation of that name.
    fn count_owned_body(
        &self,
        name: String,
        n: u32,
        actor_counts: &mut FxHashMap<u32, u32>,
        discovered: &mut Vec<ActorCount>,
        discovered_at: &mut FxHashMap<String, usize>,
    ) {
        if let Some(known) = self.known_actor(&name) {
            *actor_counts.entry(known).or_default() += n;
            return;
        }
        match discovered_at.get(&name).map(|&i| &mut discovered[i]) {
            Some(d) => d.count += n,
            None => {
                discovered_at.insert(name.clone(), discovered.len());
                discovered.push(ActorCount {
                    name,
                    kind: ActorKind::Organisation,
                    count: n,
                    discovered: true,
                    aliases: Vec::new(),
                });
            }
        }
    }

    /// Issues whose evidence rule (see [`issues`]) a text meets, as the
    /// body of an article with no title.
    pub fn issues_in(&self, text: &str) -> Vec<String> {
        issues::tag(&self.issues, &self.lexicon.issues, "", text)
    }
}

/// True when `gap` is "of" or "of the", with any white space around and
/// between (checked without copying: it runs on every pair of names).
fn is_of_or_of_the(gap: &str) -> bool {
    if gap.len() > 16 {
        return false;
    }
    let mut words = gap.split_whitespace();
    matches!(
        (words.next(), words.next(), words.next()),
        (Some("of"), None, _) | (Some("of"), Some("the"), None)
    )
}

/// A Russian or Ukrainian surname's ending: "Мелкумян", "Иванов",
/// "Шевченко", "Ковальчук", "Іваницька".
fn is_shaped_like_a_surname(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ян",
        "янц",
        "ов",
        "ова",
        "ев",
        "ева",
        "ёв",
        "ин",
        "ина",
        "енко",
        "ук",
        "юк",
        "ський",
        "ська",
        "ский",
        "ская",
        "швили",
        "дзе",
        "ич",
        "іч",
        "ых",
        "их",
    ];
    word.chars().count() > 3 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Russian and Ukrainian prepositions a state's name follows in a case.
fn is_a_cyrillic_preposition(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "в" | "во"
            | "на"
            | "из"
            | "о"
            | "об"
            | "у"
            | "к"
            | "с"
            | "со"
            | "по"
            | "для"
            | "из-за"
            | "между"
            | "до"
            | "від"
            | "з"
            | "із"
            | "зі"
            | "про"
            | "при"
            | "через"
            | "і"
            | "и"
            | "та"
    )
}

/// True when `name` holds `word` (one word or more) between word boundaries.
fn contains_word(name: &str, word: &str) -> bool {
    name.match_indices(word).any(|(at, _)| {
        let before = name[..at].chars().next_back();
        let after = name[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A lexicon actor named by a generic alias, until it is placed (see
/// [`Extractor::place_generic_names`]).
struct GenericAlias<'a> {
    actor: u32,
    alias: String,
    owner: SentenceOwner<'a>,
}

/// A body named bare in the article's language (see [`native_bodies`]):
/// its words as written, its names, and whose its sentence or own words
/// make it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct NativeName {
    text: String,
    english: &'static str,
    native: Option<&'static str>,
    state: Option<String>,
    by_people: Option<String>,
    land: Option<&'static str>,
}

/// Whose a generic body is, by its sentence (see [`Extractor::sentence_owner`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct SentenceOwner<'a> {
    /// The state named before it.
    state: Option<&'a str>,
    /// The country of the people and bodies named around it, when no state is.
    by_people: Option<&'a str>,
}

/// Capitalised words for a meeting or the text it signed, which a place's
/// name before them says where it was: "Summit", "Conference", "Accords".
fn is_an_event_or_a_text(word: &str) -> bool {
    matches!(
        word,
        "Summit"
            | "Conference"
            | "Declaration"
            | "Accord"
            | "Accords"
            | "Agreement"
            | "Agreements"
            | "Protocol"
            | "Statute"
            | "Convention"
            | "Pact"
            | "Process"
            | "Talks"
            | "Format"
            | "Communiqué"
            | "Principles"
            | "Consensus"
            | "Document"
            | "Treaty"
            | "Memorandum"
            | "Charter"
            | "Group"
            | "Forum"
            | "Round"
            | "Commitment"
            | "Mandate"
            | "Agenda"
            | "Programme"
            | "Final"
    )
}

/// A meeting or a text in lower case, as commentary writes them after a
/// place ("the Minsk agreements", "the Doha talks"): read so only after
/// "the" ([`follows_the`]), since "talks" and "agreement" are also what a
/// capital's government does or reaches.
fn is_a_lowercase_event_or_text(word: &str) -> bool {
    matches!(
        word,
        "summit"
            | "conference"
            | "declaration"
            | "accord"
            | "accords"
            | "agreement"
            | "agreements"
            | "protocol"
            | "treaty"
            | "memorandum"
            | "talks"
            | "negotiations"
            | "process"
            | "format"
            | "forum"
            | "round"
            | "communiqué"
            | "ceasefire"
            | "peace"
    )
}

/// Whether `before` (the text before a name) ends with the word "the".
fn follows_the(before: &str) -> bool {
    let before = before.trim_end_matches([' ', '\t', '\r', '\n']);
    let Some(head) = before
        .strip_suffix("the")
        .or_else(|| before.strip_suffix("The"))
    else {
        return false;
    };
    !head.ends_with(|c: char| c.is_alphanumeric())
}

/// The dates with a written year in a title someone wrote, when the body
/// does not repeat it: a title may name a year the text never does ("What
/// the 2028 election means for the spending review"). A title's yearless
/// and relative dates are left out, as a headline's few words cannot place
/// them ("Orbán's hardest April", "Arévalo's last year with …"); so are
/// titles made from a file name (no author chose its year) or a first line
/// (read with the body).
fn title_dates(article: &Article) -> Vec<dates::MentionedDate> {
    let title = article.title.trim();
    if article.title_source != TitleSource::Written
        || title.is_empty()
        || article.body.contains(title)
    {
        return Vec::new();
    }
    let mut found =
        dates::extract_title_dates(title, article.published, article.language.as_deref());
    found.retain(|m| {
        title[m.start..m.end]
            .split(|c: char| !c.is_ascii_digit())
            .any(|run| run.len() == 4)
    });
    found
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

    /// A person named by another name than their own leaves that name, as
    /// a name key, with the person; their own name, states' other names and
    /// a surname read as someone else's leave none.
    #[test]
    fn the_other_names_of_people_are_kept_with_them() {
        let e = extractor(LEX);
        let x = e.extract(&article(
            "Vladimir Putin spoke. Then Putin left, and Putin's aides stayed. Washington and the US replied.",
        ));
        assert!(
            x.aliases
                .contains(&("putin".to_owned(), "Vladimir Putin".to_owned())),
            "{:?}",
            x.aliases
        );
        assert!(
            x.aliases.iter().all(|(_, p)| p == "Vladimir Putin"),
            "{:?}",
            x.aliases
        );
        // Sorted and distinct.
        assert!(x.aliases.windows(2).all(|w| w[0] < w[1]));
        let own = e.extract(&article("Vladimir Putin spoke to the US."));
        assert!(own.aliases.is_empty(), "{:?}", own.aliases);
        // A surname with another first name is someone else's: no alias.
        let e = extractor(
            r#"
[[actor]]
name = "John F. Kennedy"
kind = "person"
aliases = ["Kennedy"]
"#,
        );
        let other = e.extract(&article("Robert Kennedy spoke in 1968."));
        assert!(other.aliases.is_empty(), "{:?}", other.aliases);
    }

    #[test]
    fn a_head_word_of_a_longer_name_in_the_text_is_that_name() {
        let e = extractor(
            r#"
[[actor]]
name = "Commonwealth of Nations"
kind = "organisation"
aliases = ["Commonwealth"]

[[actor]]
name = "CIS"
kind = "organisation"
aliases = ["Commonwealth of Independent States"]
"#,
        );
        let actors = |body: &str| names(&e, body);
        assert_eq!(
            actors(
                "We back the Commonwealth of\nIndependent States. The Commonwealth needs reform."
            ),
            ["CIS"]
        );
        assert_eq!(
            actors("The Commonwealth met in Samoa."),
            ["Commonwealth of Nations"]
        );
        // An acronym before a body's name is its owner, not its short name.
        let e = extractor(
            r#"
[[actor]]
name = "United Nations"
kind = "organisation"
aliases = ["UN"]

[[actor]]
name = "UN Security Council"
kind = "organisation"
aliases = []
"#,
        );
        let x = e.extract(&article("The UN Security Council voted. The UN will pay."));
        assert_eq!(x.actors.len(), 2, "{:?}", x.actors);
    }

    #[test]
    fn a_capital_before_a_meeting_or_a_text_names_no_state() {
        let e = extractor(
            r#"
[[actor]]
name = "Examplestan"
kind = "state"
aliases = ["Exampleville", "Exo"]

[[actor]]
name = "Otherland"
kind = "state"
aliases = []
"#,
        );
        let actors = |body: &str| names(&e, body);
        for body in [
            "Leaders met at the Exampleville Summit in May.",
            "Leaders met at the Exampleville\nSummit in May.",
            "They signed the Exampleville Declaration and the Exo Accords.",
            "It backed the Otherland and Exampleville Agreements.",
            "The Exampleville agreements froze the war.",
            "Under the Exo talks, both sides agreed; the Exampleville peace talks failed.",
            "The Exampleville Treaty and the Exampleville Group met.",
        ] {
            let found = actors(body);
            assert!(
                !found.contains(&"Examplestan".to_owned()),
                "{body}: {found:?}"
            );
        }
        // The state's own name, a name dashed to another, and a capital
        // that acts are the state's.
        for body in [
            "The Examplestan Summit of the bloc opened.",
            "The Otherland-Exampleville Declaration was signed.",
            "Exampleville said the summit would go ahead.",
            "Exampleville talks tough; Exampleville agreements with Otherland hold.",
            "Breathe Exampleville talks in.",
        ] {
            assert!(actors(body).contains(&"Examplestan".to_owned()), "{body}");
        }
        // A name discovery would read across the dropped capital stays unread.
        assert!(
            actors("It backed the Otherland and Exampleville Agreements.")
                .iter()
                .all(|n| !n.contains("Agreements"))
        );
    }

    /// The default lexicon's two Congos: a bare "Congo" names neither, so a
    /// Congolese speech that writes only "the Congo" for its state is found
    /// by its capital, as the other's is by Kinshasa; a meeting named after
    /// the capital names no state.
    #[test]
    fn the_default_lexicon_tells_the_congos_by_their_capitals() {
        let e = Extractor::new(Lexicon::load(None).expect("default"));
        let actors = |body: &str| names(&e, body);
        let brazzaville = actors(
            "The Congo has known a civil war. Displaced people are returning to Brazzaville.",
        );
        assert_eq!(brazzaville, ["Republic of the Congo"]);
        let kinshasa = actors("The Congo asks for help. Kinshasa has agreed to talks.");
        assert_eq!(kinshasa, ["Democratic Republic of the Congo"]);
        for body in [
            "The Congo welcomes the Brazzaville Protocol.",
            "The spirit of the Brazzaville Conference of 1944 lives on.",
        ] {
            let found = actors(body);
            assert!(
                !found.iter().any(|n| n.contains("Congo")),
                "{body}: {found:?}"
            );
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
                    count: 2,
                    discovered: false,
                    aliases: Vec::new(),
                },
                ActorCount {
                    name: "Vladimir Putin".into(),
                    kind: ActorKind::Person,
                    count: 2,
                    discovered: false,
                    aliases: Vec::new(),
                },
            ]
        );
    }

    /// A capital stands for its state (it counts as the state's mention),
    /// but a region's survey counts each state by its own name: "Russland"
    /// and "Moskau" in one article are one naming of Russia twice over, not
    /// a state named twice. A war's parties still count by their capitals.
    #[test]
    fn a_survey_counts_a_state_by_its_name_and_a_war_by_its_capitals() {
        let mut toml = String::new();
        for (state, capital) in [
            ("Ruritania", "Strelsau"),
            ("Borduria", "Szohod"),
            ("Carpania", "Kolo"),
        ] {
            toml.push_str(&format!(
                "[[actor]]\nname = \"{state}\"\nkind = \"state\"\naliases = [\"{capital}\"]\ncapital = [\"{capital}\"]\n\n"
            ));
        }
        toml.push_str(
            "[[issue]]\npath = \"region/r\"\nphrases = [\"the Region\"]\n\
             states = [\"Ruritania\", \"Borduria\", \"Carpania\"]\nmin_hits = 3\nmin_distinct = 2\n\n\
             [[issue]]\npath = \"conflict/w\"\nphrases = [\"the war\"]\n\
             states = [\"Ruritania\", \"Borduria\"]\nmin_states = 2\nmin_hits = 2\nmin_distinct = 2\n",
        );
        let e = extractor(&toml);
        // Long enough that the region's phrase alone is not enough.
        let filler = " Nothing else happened.".repeat(100);
        let by_capital = format!(
            "In the Region, Ruritania and Strelsau, Borduria and Szohod, \
             Carpania and Kolo argued over the war.{filler}"
        );
        let x = e.extract(&article(&by_capital));
        assert!(
            x.actors.iter().all(|a| a.count == 2),
            "a capital is a mention: {:?}",
            x.actors
        );
        assert_eq!(
            x.issues,
            ["conflict/w"],
            "no state of the survey is named twice"
        );
        let by_name = format!(
            "In the Region, Ruritania and Ruritania, Borduria and Borduria, \
             Carpania and Carpania argued over the war.{filler}"
        );
        assert_eq!(
            e.extract(&article(&by_name)).issues,
            ["conflict/w", "region/r"]
        );
    }

    /// The default lexicon knows the states and bodies commentary names
    /// most in Turkish, and in the Polish cases a sentence puts them in.
    #[test]
    fn turkish_names_and_polish_case_forms_of_states_are_found() {
        let e = Extractor::new(Lexicon::load(None).unwrap());
        let names = |body: &str| names(&e, body);
        assert_eq!(
            names("Rusya'nın ve Ukrayna'nın heyetleri geldi; Avrupa Birliği ve Almanya bekliyor."),
            ["European Union", "Germany", "Russia", "Ukraine"]
        );
        assert_eq!(
            names("Rozmowy Rosji z Ukrainą; w Unii Europejskiej i w Stanach Zjednoczonych też."),
            ["European Union", "Russia", "Ukraine", "United States"]
        );
        // Capitalised patterns ask for a capital: "mısır" is maize, "Mısır" Egypt.
        assert_eq!(names("Tarlada mısır ekildi."), Vec::<String>::new());
    }

    /// Every case form tools/gen_countries.py gives a state's name in
    /// Swedish, Czech, Slovak, Croatian, Serbian, Slovene and Romanian
    /// names that state, and none of the local names it leaves out as
    /// another word ("Columbia", "Danske Bank", "Papua") names one.
    #[test]
    fn case_forms_of_states_in_more_languages_are_found() {
        let e = Extractor::new(Lexicon::load(None).unwrap());
        let names = |body: &str| names(&e, body);
        let paradigms = [
            ("Croatia", "Hrvatska Hrvatske Hrvatskoj Hrvatsku Hrvatskom"),
            (
                "Serbia",
                "Srbija Srbije Srbiji Srbiju Srbijom Srbsko Srbska",
            ),
            (
                "Russia",
                "Rusija Rusije Rusiji Ryssland Rysslands Rusiei Ruskem",
            ),
            (
                "Ukraine",
                "Ukrajina Ukrajiny Ukrajině Ukrajinou Ukrajini Ucrainei",
            ),
            (
                "Germany",
                "Njemačke Nemačkoj Německa Nemecku Tysklands Germaniei",
            ),
            ("Denmark", "Danmark Danmarks Dánsko Danskoj Danemarcei"),
            ("China", "Kina Kinas Číny Číně Kine Kitajske"),
            ("Iraq", "Irák Iráku Iraka Irakom Irakului"),
        ];
        for (state, forms) in paradigms {
            for form in forms.split(' ') {
                let body = format!("Vijesti: {form} je tema.");
                assert_eq!(names(&body), [state], "{form}");
            }
        }
        assert_eq!(
            names("British Columbia, Danske Bank and West Papua; SAD news from Tunis."),
            ["Danske Bank"]
        );
    }

    /// Parties of Poland, Romania and Greenland by their own names and
    /// acronyms; "Polska 2050" is the party, not a mention of Poland.
    #[test]
    fn parties_of_poland_romania_and_greenland_are_found() {
        let e = Extractor::new(Lexicon::load(None).unwrap());
        let names = |body: &str| names(&e, body);
        assert_eq!(
            names("Konfederacja, PSL, Lewica i Polska 2050 głosowały razem."),
            [
                "Confederation Liberty and Independence",
                "Lewica",
                "Poland 2050",
                "Polish People's Party"
            ]
        );
        assert_eq!(
            names("AUR, USR și UDMR au votat împotrivă."),
            [
                "Alliance for the Union of Romanians",
                "Democratic Alliance of Hungarians in Romania",
                "Save Romania Union"
            ]
        );
        assert_eq!(
            names("Demokraatit och Naleraq vann; Siumut och Inuit Ataqatigiit backade."),
            ["Demokraatit", "Inuit Ataqatigiit", "Naleraq", "Siumut"]
        );
    }

    /// A longer name that holds another actor's name is its own actor in the
    /// default lexicon: a state's former official name is not the armed
    /// group it contains, a breakaway party not its parent, an army not the
    /// council or alliance inside its name, a rating agency not its index.
    #[test]
    fn names_holding_another_actors_name_are_their_own() {
        let e = Extractor::new(Lexicon::load(None).unwrap());
        let names = |body: &str| names(&e, body);
        for (text, expected) in [
            (
                "The Islamic State of Afghanistan signed.",
                &["Afghanistan"][..],
            ),
            (
                "SPLM-IO fighters clashed with the SPLM.",
                &["SPLM", "SPLM-IO"],
            ),
            (
                "The South Sudan People's Defence Forces advanced.",
                &["South Sudan People's Defence Forces"],
            ),
            (
                "The Myanmar National Democratic Alliance Army withdrew.",
                &["Myanmar National Democratic Alliance Army"],
            ),
            (
                "The National Defence and Security Council met.",
                &["National Defence and Security Council"],
            ),
            ("The S&P 500 fell.", &[]),
            (
                "S&P kept the rating; Moody's cut it.",
                &["Moody's", "S&P Global"],
            ),
        ] {
            assert_eq!(names(text), expected, "{text}");
        }
    }

    /// The default lexicon knows the states and EU bodies commentary names
    /// most in Romanian and Czech, and Turkish parties by the names and
    /// acronyms Turkish text gives them.
    #[test]
    fn romanian_czech_and_turkish_names_are_found() {
        let e = Extractor::new(Lexicon::load(None).unwrap());
        let names = |body: &str| names(&e, body);
        assert_eq!(
            names("România și Ungaria au cerut Comisiei Europene bani; Uniunea Europeană tace."),
            [
                "European Commission",
                "European Union",
                "Hungary",
                "Romania"
            ]
        );
        assert_eq!(
            names("Slovensko a Maďarsko jednají s Ruskem; Evropská komise mlčí, Česko také."),
            [
                "Czech Republic",
                "European Commission",
                "Hungary",
                "Russia",
                "Slovakia"
            ]
        );
        assert_eq!(
            names("CHP, AK Parti ve DEM Parti temsilcileri toplandı."),
            [
                "Justice and Development Party",
                "Peoples' Equality and Democracy Party",
                "Republican People's Party"
            ]
        );
    }

    /// Men the default lexicon knows are found in the Polish cases a
    /// sentence puts their names in.
    #[test]
    fn polish_case_forms_of_men_are_found() {
        let e = Extractor::new(Lexicon::load(None).unwrap());
        let names = |body: &str| names(&e, body);
        assert_eq!(
            names("Rząd Donalda Tuska spierał się z Viktorem Orbánem, a Tusk pisał do Trumpa."),
            ["Donald Trump", "Donald Tusk", "Viktor Orbán"]
        );
    }

    #[test]
    fn names_broken_across_lines_still_match() {
        let e = extractor(LEX);
        let text = "Vladimir\nPutin spoke; Vladimir \r\n  Putin — Путин.";
        let m = e.mentions(text, None);
        let found: Vec<&str> = m.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(found, ["Vladimir\nPutin", "Vladimir \r\n  Putin"]);
    }

    const BODIES: &str = r#"
[[actor]]
name = "UN General Assembly"
kind = "organisation"
aliases = ["General Assembly"]

[[actor]]
name = "UN Secretary-General"
kind = "organisation"
aliases = ["Secretary-General"]

[[actor]]
name = "United Nations"
kind = "organisation"
aliases = ["UN"]

[[actor]]
name = "OAS"
kind = "organisation"
aliases = ["Organization of American States"]

[[actor]]
name = "State Department"
kind = "organisation"
aliases = ["Department of State"]
country = "United States"

[[actor]]
name = "United States"
kind = "state"

[[actor]]
name = "Montenegro"
kind = "state"

[[actor]]
name = "Kenya"
kind = "state"

[[actor]]
name = "William Ruto"
kind = "person"
aliases = ["Ruto"]
country = "Kenya"

[[actor]]
name = "Orange Democratic Movement"
kind = "organisation"
aliases = ["ODM"]
country = "Kenya"

[[actor]]
name = "Libya"
kind = "state"

[[actor]]
name = "US Congress"
kind = "organisation"
aliases = ["Congress"]
country = "United States"

[[actor]]
name = "Peru"
kind = "state"

[[actor]]
name = "Congress of Peru"
kind = "organisation"
country = "Peru"

[[actor]]
name = "Canada"
kind = "state"

[[actor]]
name = "UK Parliament"
kind = "organisation"
aliases = ["House of Commons"]
country = "United Kingdom"

[[actor]]
name = "Parliament of Canada"
kind = "organisation"
aliases = ["House of Commons of Canada"]
country = "Canada"

[[actor]]
name = "Joe Biden"
kind = "person"
aliases = ["Biden"]
country = "United States"
"#;

    /// The names of the actors `extract` finds in `body`.
    fn names(e: &Extractor, body: &str) -> Vec<String> {
        let mut names: Vec<String> = e
            .extract(&article(body))
            .actors
            .into_iter()
            .map(|a| a.name)
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_lexicon_body_of_another_organisation_is_not_the_lexicons() {
        let e = extractor(BODIES);
        let oas = names(
            &e,
            "The General Assembly of the Organization of American States met.",
        );
        assert!(!oas.contains(&"UN General Assembly".to_owned()), "{oas:?}");
        assert!(oas.contains(&"OAS".to_owned()));
        for (text, own) in [
            (
                "The Secretary-General of the United Nations spoke.",
                "UN Secretary-General",
            ),
            (
                "The Department of State of the United States wrote.",
                "State Department",
            ),
            (
                "I remind the General Assembly of Montenegro's commitment.",
                "UN General Assembly",
            ),
        ] {
            assert!(names(&e, text).contains(&own.to_owned()), "{text}");
        }
    }

    #[test]
    fn generic_institutions_belong_to_their_sentence_or_home_state() {
        let e = extractor(BODIES);
        let found = names(
            &e,
            "Kenya votes. Kenya counts. Kenya waits. The National Assembly met. \
             In Libya, the House of Representatives met.",
        );
        assert!(
            found.contains(&"National Assembly of Kenya".to_owned()),
            "{found:?}"
        );
        assert!(
            found.contains(&"House of Representatives of Libya".to_owned()),
            "{found:?}"
        );
        // A possessive names the owner, whatever the home state.
        let found = names(
            &e,
            "Libya votes. Libya counts. Libya waits. Kenya's Supreme Court met.",
        );
        assert!(
            found.contains(&"Supreme Court of Kenya".to_owned()),
            "{found:?}"
        );
        let no_home = names(&e, "Kenya votes. Libya counts. The National Assembly met.");
        assert!(
            !no_home.iter().any(|n| n.contains("National Assembly")),
            "{no_home:?}"
        );
    }

    #[test]
    fn an_independent_commission_is_placed_once() {
        let e = extractor(BODIES);
        let found = names(
            &e,
            "Kenya votes. Kenya counts. Kenya waits. The Independent Electoral Commission \
             published the count.",
        );
        assert!(
            found.contains(&"Independent Electoral Commission of Kenya".to_owned()),
            "{found:?}"
        );
        // Defined by its acronym, it is that body, not a second one.
        let found = names(
            &e,
            "Kenya votes. Kenya counts. Kenya waits. The head of the Independent Electoral \
             Commission (IEC) resigned; the Independent Electoral Commission said the IEC would \
             publish.",
        );
        let commissions: Vec<&String> = found.iter().filter(|n| n.contains("Commission")).collect();
        assert_eq!(
            commissions,
            ["Independent Electoral Commission"],
            "{found:?}"
        );
    }

    #[test]
    fn a_given_name_read_as_a_state_is_no_state() {
        let e = extractor(
            r#"
[[actor]]
name = "Guyana"
kind = "state"
aliases = ["Гаяна", "Гаяне"]

[[actor]]
name = "Georgia"
kind = "state"
aliases = ["Грузия", "Грузии"]
"#,
        );
        let found = names(&e, "— считает аналитик института Гаяне Мелкумян.");
        assert!(!found.contains(&"Guyana".to_owned()), "{found:?}");
        // After a preposition, or before a word of another shape, the state.
        let found = names(&e, "Выборы в Гаяне Иванов выиграл.");
        assert!(found.contains(&"Guyana".to_owned()), "{found:?}");
        // A genitive says whose the person after it is.
        let found = names(&e, "Премьер Грузии Кобахидзе заявил.");
        assert!(found.contains(&"Georgia".to_owned()), "{found:?}");
        let found = names(&e, "Правительство Грузии Решило подождать.");
        assert!(found.contains(&"Georgia".to_owned()), "{found:?}");
    }

    #[test]
    fn bodies_named_bare_in_the_articles_language_go_to_their_owner() {
        let e = extractor(
            r#"
[[actor]]
name = "Spain"
kind = "state"
aliases = ["España"]

[[actor]]
name = "Belgium"
kind = "state"
aliases = ["Belgique"]

[[actor]]
name = "Germany"
kind = "state"
aliases = ["Deutschland"]

[[actor]]
name = "Constitutional Court of Spain"
kind = "organisation"
country = "Spain"

[[actor]]
name = "Bundesrat of Germany"
kind = "organisation"
country = "Germany"
"#,
        );
        let has = |text: &str, name: &str| names(&e, text).contains(&name.to_owned());
        let spain = "España vota. España cuenta. España espera.";
        // The home state's body the lexicon knows, by its English name…
        assert!(has(
            &format!("{spain} Vox recurrió ante el Tribunal Constitucional."),
            "Constitutional Court of Spain"
        ));
        // …or in the body's own word.
        assert!(has(
            "Deutschland wählt. Deutschland zählt. Deutschland wartet. Der Bundesrat stimmte zu.",
            "Bundesrat of Germany"
        ));
        // A body the lexicon does not know is discovered with its owner.
        assert!(has(
            &format!("{spain} El Senado aprobó la ley."),
            "Senate of Spain"
        ));
        // The state its own words name.
        assert!(has(
            "La Banque nationale de Belgique prévoyait un déficit.",
            "National Bank of Belgium"
        ));
        // Without an owner, or with a longer name, it names nobody.
        let alone = names(&e, "Vox recurrió ante el Tribunal Constitucional.");
        assert!(!alone.iter().any(|n| n.contains("Court")), "{alone:?}");
        let longer = names(&e, "La Banque nationale de Cultura prévoyait.");
        assert!(!longer.iter().any(|n| n.contains("Bank")), "{longer:?}");
        // A Landtag is its Land's.
        assert!(has(
            "In Sachsen regiert die CDU. Die sächsische SPD zögert. Der Landtag wählte.",
            "Landtag of Saxony"
        ));
        assert!(
            !names(&e, "Der Landtag wählte.")
                .iter()
                .any(|n| n.contains("Landtag"))
        );
        // An article in English is not read for them.
        let english = Article {
            language: Some("en".into()),
            ..article(&format!("{spain} El Senado aprobó la ley."))
        };
        assert!(
            !e.extract(&english)
                .actors
                .iter()
                .any(|a| a.name == "Senate of Spain")
        );
    }

    #[test]
    fn a_home_state_is_also_told_by_its_people_and_parties() {
        let e = extractor(BODIES);
        // Kenya is named once, as often as Libya, but its president and a
        // party three more times.
        let text = "Kenya and Libya talked. Ruto spoke; the ODM answered. \
                    Ruto won. The National Assembly met.";
        let found = names(&e, text);
        assert!(
            found.contains(&"National Assembly of Kenya".to_owned()),
            "{found:?}"
        );
        // The same people do not make a home where another state is named as often.
        let found = names(&e, &format!("{text} Libya, Libya, Libya and Libya."));
        assert!(
            !found.iter().any(|n| n.contains("National Assembly")),
            "{found:?}"
        );
    }

    /// A lexicon actor's generic alias ("Congress") is the body of that name
    /// of the state its sentence or the article is about, when the lexicon
    /// knows that body; else the actor's own.
    #[test]
    fn a_generic_alias_goes_to_the_owners_body_of_that_name() {
        let e = extractor(BODIES);
        let has = |text: &str, name: &str| names(&e, text).contains(&name.to_owned());
        // The sentence names the state, or the article is about it.
        assert!(has("In Peru, Congress voted.", "Congress of Peru"));
        assert!(!has("In Peru, Congress voted.", "US Congress"));
        assert!(has(
            "Peru votes. Peru counts. Peru waits. Congress met.",
            "Congress of Peru"
        ));
        // Its own state, or people of it, in the sentence: the actor's own.
        for text in [
            "Peru votes. Peru counts. Peru waits. In the United States, Congress met.",
            "Peru votes. Peru counts. Peru waits. Biden asked Congress for more.",
            "Congress met.",
        ] {
            assert!(has(text, "US Congress"), "{text}: {:?}", names(&e, text));
            assert!(!has(text, "Congress of Peru"), "{text}");
        }
        // A state whose congress the lexicon does not know keeps the actor's.
        assert!(has("In Kenya, Congress voted.", "US Congress"));
        // A mention whose owner nothing tells follows the article's others.
        let text = "What Congress wants\n\nIn Peru, Congress voted.";
        assert!(has(text, "Congress of Peru"), "{:?}", names(&e, text));
        assert!(!has(text, "US Congress"), "{:?}", names(&e, text));
        // "House of Commons" is Canada's in a piece on Canada, else Britain's.
        let text = "Canada votes. Canada counts. Canada waits. The party lost its status in the House of Commons.";
        assert!(has(text, "Parliament of Canada"), "{:?}", names(&e, text));
        assert!(!has(text, "UK Parliament"), "{:?}", names(&e, text));
        assert!(has("The House of Commons voted.", "UK Parliament"));
    }

    /// An extractor whose `issues_in` texts are followed by `.1`.
    struct Padded<'a>(&'a Extractor, &'a str);

    impl Padded<'_> {
        fn issues_in(&self, text: &str) -> Vec<String> {
            self.0.issues_in(&format!("{text}\n{}", self.1))
        }
    }

    #[test]
    fn issue_evidence_rules() {
        // The rules as written hold in a text of full length, and one phrase
        // repeated waives `min_distinct` at its sparsest; each text below is
        // the lead of one (a shorter text needs less: see `issues::needed`
        // and `issues::repeated`).
        let filler = "word ".repeat(issues::SPREAD_WORDS);
        let e = extractor(LEX);
        let e = Padded(&e, &filler);
        assert!(
            e.issues_in("new sanctions").is_empty(),
            "one passing word is not enough"
        );
        assert_eq!(
            e.issues_in("new sanctions; more sanctioned banks"),
            vec!["economy/sanctions"]
        );
        assert!(
            e.issues_in("emissions and emissions").is_empty(),
            "needs two distinct phrases"
        );
        assert_eq!(
            e.issues_in("emissions, emissions, emissions"),
            vec!["climate"],
            "or one repeated until the hits weigh twice min_hits (1.5 each in the lead)"
        );
        let dense = extractor(LEX);
        let dense = Padded(&dense, "word ");
        assert_eq!(
            dense.issues_in(&format!("emissions and emissions\n{}", "word ".repeat(700))),
            vec!["climate"],
            "in a text of a few paragraphs, 1.25 times min_hits will do"
        );
        assert_eq!(e.issues_in("climate change and emissions"), vec!["climate"]);
        assert!(
            e.issues_in("climate change, CLIMATE\n  Change").is_empty(),
            "one phrase in two spellings"
        );
        assert!(
            e.issues_in("climate changes, climate change").is_empty(),
            "one phrase in two inflections"
        );
        assert_eq!(
            e.issues_in("sanction policy and export control"),
            vec!["economy/sanctions"],
            "inflections of two phrases"
        );
    }

    /// A phrase inside a longer state name counts for nothing, a phrase
    /// that is a whole state name does, and so do phrases the article has
    /// elsewhere.
    #[test]
    fn issue_phrases_inside_state_names_do_not_count() {
        let e = extractor(
            "[[actor]]\nname = \"South Africa\"\nkind = \"state\"\n\n\
             [[actor]]\nname = \"Chad\"\nkind = \"state\"\n\n\
             [[actor]]\nname = \"Lake Chad Basin Commission\"\nkind = \"organisation\"\n\n\
             [[issue]]\npath = \"region/africa\"\nphrases = [\"Africa\", \"Chad\"]\nmin_hits = 2\n",
        );
        let filler = "word ".repeat(300);
        let issues = |body: &str| e.extract(&article(&format!("{filler}{body}"))).issues;
        assert!(issues("South Africa and South Africa; South Africa.").is_empty());
        assert_eq!(
            issues("South Africa and Africa; Africa."),
            ["region/africa"]
        );
        assert_eq!(issues("Chad, Chad."), ["region/africa"], "the whole name");
        assert_eq!(
            issues("the Lake Chad Basin Commission, the Lake Chad Basin Commission"),
            ["region/africa"],
            "inside an organisation's name it still counts"
        );
    }

    #[test]
    fn a_written_title_gives_its_dates() {
        let e = Extractor::new(Lexicon::load(None).unwrap());
        let article = |title_source| Article {
            title: "What the 2028 election means for the budget".into(),
            title_source,
            body: "The chancellor sat down after an hour.".into(),
            published: PartialDate::parse("2026-06-10"),
            ..Article::default()
        };
        let years = |a: &Article| {
            e.extract(a)
                .dates
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(years(&article(TitleSource::Written)), ["2028"]);
        assert!(years(&article(TitleSource::FileName)).is_empty());
        let relative = Article {
            title: "Orbán's hardest April, a year after the vote of 2025".into(),
            ..article(TitleSource::Written)
        };
        assert_eq!(years(&relative), ["2025"]);
    }

    /// The extractor finds the words dates hang on with its matcher, not by
    /// the date scanner's own pass; both must give the same dates.
    #[test]
    fn dates_found_from_the_matcher_are_the_scanners_dates() {
        let e = Extractor::new(Lexicon::load(None).unwrap());
        let same = |body: &str, published: Option<PartialDate>| {
            let article = Article {
                body: body.into(),
                published,
                ..Article::default()
            };
            let scanned = dates::distinct_dates(&dates::extract_dates(body, published));
            assert_eq!(e.extract(&article).dates, scanned, "{body:?}");
        };
        const PIECES: &[&str] = &[
            "18",
            "2025",
            "1991",
            " ",
            " ",
            "\n",
            ",",
            ".",
            "-",
            "(",
            "March",
            "MARCH",
            "march",
            "octobre",
            "Octobre",
            "Oktober",
            "OKTOBER",
            "février",
            "FÉVRIER",
            "de",
            "Am",
            "le",
            "May",
            "MAY",
            "Mayor",
            "Sept",
            "SEPT.",
            "Jan",
            "Janu",
            "JANUARY",
            "in",
            "since",
            "last",
            "year",
            "Year",
            "years",
            "yearly",
            "ago",
            "AGO",
            "month",
            "Month",
            "yesterday",
            "Yesterday",
            "G20",
            "x1999",
            "Mayé",
            "Крым",
            "марта",
            "МАРТА",
            "Марта",
            "Мартовский",
            "мАрТа",
            "года",
            "ГОДА",
            "в",
            "прошлом",
            "назад",
            "Вчора",
            "the",
            "Summit",
            "two",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..20 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            }
            for published in [None, PartialDate::parse("2024-03-01")] {
                same(&text, published);
            }
        }
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/ungdc");
        for entry in std::fs::read_dir(corpus).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            same(&text, PartialDate::parse("2022-09-20"));
        }
    }
}
