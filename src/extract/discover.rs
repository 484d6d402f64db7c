//! Actors the lexicon does not know, found from how the text itself names them.
//!
//! Only cues that mark a proper name as an actor are trusted, so that
//! precision stays close to the lexicon's:
//! - an acronym definition, "Patriotic Front of Examplestan (PFE)", whose
//!   letters are the initials of the name before it and whose name has an
//!   organisation word (Front, Mission, Union…); the full name is the
//!   canonical one, the acronym its alias, and later "PFE"s count for it;
//! - a title before two to four capitalised words, "President Maia Sandu",
//!   "Dr. Jane Q. Doe" (the title is not part of the name); a bare surname
//!   later in the same text counts for that person;
//! - capitalised words ending in an organisation word, or followed by "of",
//!   "for", "on" and more capitalised words: "Konrad Adenauer Foundation",
//!   "Movement for Democratic Change"; at least one word must be more than
//!   a generic modifier, so "National Assembly" or "Special Committee" (whose?)
//!   are not actors;
//! - an all-capital word shaped like a UN mission's acronym (UN…, MINU…,
//!   MONU…) next to a word that says it is one ("UNMISS peacekeepers").
//!
//! Capitals alone prove nothing: sentence-initial words, months, weekdays,
//! headings and all-capital shouting are not names. A name the lexicon knows
//! (by any alias) is left to the lexicon, and a lexicon person inside a
//! discovered organisation ("Konrad Adenauer" in the foundation named after
//! him) does not count as that person.

use crate::extract::ActorKind;
use crate::text::{WordBits, char_at, folded_hash};
use rustc_hash::{FxHashMap, FxHashSet};

/// A lexicon match in the text being read: its span, and whether it names a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownSpan {
    pub start: usize,
    pub end: usize,
    pub person: bool,
    /// An organisation: a longer name that ends with it is another body
    /// ("Kenya National Commission on Human Rights").
    pub organisation: bool,
}

/// An actor found in one text: canonical name, kind, other names the text
/// gave it (an acronym), and how often it is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discovered {
    pub name: String,
    pub kind: ActorKind,
    pub aliases: Vec<String>,
    pub count: u32,
}

/// What [`Discoverer::discover`] found: the actors, most named first, and
/// the indices of the lexicon matches that lie inside a discovered name and
/// so do not count.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Found<A = Vec<Discovered>> {
    pub actors: A,
    pub shadowed: Vec<usize>,
}

/// Finds actors by the cues above; built once per lexicon.
#[derive(Debug, Default)]
pub struct Discoverer {
    /// [`folded_hash`] of every name and alias of the lexicon.
    known: FxHashSet<u64>,
}

impl Discoverer {
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Discoverer {
        Discoverer {
            known: names.into_iter().map(folded_hash).collect(),
        }
    }

    fn knows(&self, name: &str) -> bool {
        self.known.contains(&folded_hash(name))
    }

    /// The actors `text` names that the lexicon does not. `words` are the
    /// words of `text`; `known` the lexicon's matches in it, in text order.
    pub fn discover(&self, text: &str, words: &WordBits, known: &[KnownSpan]) -> Found {
        let tokens = tokens(text, words);
        let mut found = Candidates::default();
        let mut redefined = Vec::new();
        for run in runs(&tokens) {
            let run = &tokens[run];
            redefined.extend(self.redefined_acronym(text, run));
            self.acronym_definition(text, run, known, &mut found);
            self.titled_people(text, run, known, &mut found);
            self.organisations(text, run, known, &mut found);
        }
        self.un_missions(text, &tokens, &mut found);
        let mut found = found.finish(text, &tokens, known);
        if !redefined.is_empty() {
            for (i, k) in known.iter().enumerate() {
                if redefined.contains(&&text[k.start..k.end]) {
                    found.shadowed.push(i);
                }
            }
            found.shadowed.sort_unstable();
            found.shadowed.dedup();
        }
        found
    }

    /// "Multinational Security Support (MSS)": an acronym the lexicon knows
    /// (China's Ministry of State Security), defined here as a name it does
    /// not know; in this text the acronym is not the lexicon's.
    fn redefined_acronym<'t>(&self, text: &'t str, run: &[Token]) -> Option<&'t str> {
        let last = run.last()?;
        let acronym = parenthesised_acronym(&text[last.end..])?;
        if !self.knows(acronym) {
            return None;
        }
        let first = (0..run.len()).find(|&s| {
            run[s].class != Class::Connector && initials_match(acronym.as_bytes(), text, &run[s..])
        })?;
        let name = spaced(&text[run[first].start..last.end]);
        (!self.knows(&name)).then_some(acronym)
    }

    /// "Patriotic Front of Examplestan (PFE)".
    fn acronym_definition(
        &self,
        text: &str,
        run: &[Token],
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        let Some(last) = run.last() else { return };
        let Some(acronym) = parenthesised_acronym(&text[last.end..]) else {
            return;
        };
        if self.knows(acronym) {
            return;
        }
        let Some(first) = (0..run.len()).find(|&s| {
            run[s].class != Class::Connector && initials_match(acronym.as_bytes(), text, &run[s..])
        }) else {
            return;
        };
        let name_tokens = &run[first..];
        let significant = name_tokens
            .iter()
            .filter(|t| t.class != Class::Connector)
            .count();
        let head = name_tokens
            .iter()
            .rev()
            .find_map(|t| organisation_word(t.text(text)));
        // Or a group of states: "Alliance of Small Island States".
        let Some(kind) = head.or_else(|| {
            matches!(last.text(text), "Nations" | "States" | "Countries")
                .then_some(ActorKind::Group)
        }) else {
            return;
        };
        let kind = united_nations_body(text, name_tokens).unwrap_or(kind);
        let (start, end) = (name_tokens[0].start, last.end);
        if significant < 2
            || is_heading(text, start)
            || covered(known, start, end)
            || is_part_of_a_word(text, start, end)
        {
            return;
        }
        let name = spaced(&text[start..end]);
        if self.knows(&name) {
            return;
        }
        found.add(name, kind, Some(acronym), start, end);
    }

    /// "President Maia Sandu", "Secretary-General Kofi Annan", "Mr. John Smith".
    fn titled_people(
        &self,
        text: &str,
        run: &[Token],
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        let mut i = 0;
        while i < run.len() {
            if !is_title_at(text, run, i) {
                i += 1;
                continue;
            }
            // Titles in a row ("Major General") end where the name starts.
            let mut first = i + 1;
            while first < run.len() && is_title_at(text, run, first) {
                first += 1;
            }
            let mut end = first;
            while end < run.len()
                && (matches!(run[end].class, Class::Title | Class::Initial)
                    || (end > first && is_particle(run[end].text(text))))
            {
                end += 1;
            }
            i = end.max(i + 1);
            // The name ends where the run does, or before "of", "and"…
            if end < run.len() && run[end].class != Class::Connector {
                continue;
            }
            while end > first && run[end - 1].class != Class::Title {
                end -= 1;
            }
            let name = &run[first..end];
            let words = name.iter().filter(|t| t.class != Class::Connector).count();
            if !(2..=4).contains(&words)
                || name[0].class != Class::Title
                || name.iter().any(|t| is_not_a_name(t.text(text)))
            {
                continue;
            }
            let (start, stop) = (name[0].start, name[name.len() - 1].end);
            // A person the lexicon knows, by a name inside this one, is the lexicon's.
            if known
                .iter()
                .any(|k| k.person && k.start >= start && k.end <= stop)
                || covered(known, start, stop)
                || is_heading(text, start)
                || is_part_of_a_word(text, start, stop)
            {
                continue;
            }
            let name = spaced(&text[start..stop]);
            if !self.knows(&name) {
                found.add(name, ActorKind::Person, None, start, stop);
            }
        }
    }

    /// "Konrad Adenauer Foundation", "Movement for Democratic Change".
    fn organisations(
        &self,
        text: &str,
        run: &[Token],
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        let mut h = 0;
        while h < run.len() {
            let Some(kind) = organisation_word(run[h].text(text)) else {
                h += 1;
                continue;
            };
            // Leftwards over capitalised words, and "and" between two of them.
            let mut first = h;
            while first > 0 {
                let before = &run[first - 1];
                let ok = match before.class {
                    Class::Title | Class::Caps => !is_title_at(text, run, first - 1),
                    Class::Connector => {
                        before.text(text) == "and"
                            && first >= 2
                            && run[first - 2].class == Class::Title
                            && organisation_word(run[first - 2].text(text)).is_none()
                    }
                    Class::Initial => false,
                };
                if !ok {
                    break;
                }
                first -= 1;
            }
            if first < h
                && is_sentence_start(text, run[first].start)
                && is_function_word(run[first].text(text))
            {
                first += 1;
            }
            let head = h;
            let last = extend_right(text, run, h);
            h = last + 1;
            let name = &run[first..=last];
            let kind = united_nations_body(text, name).unwrap_or(kind);
            // "… Association Process": the name goes on past the organisation word.
            let goes_on = last == head
                && run.get(head + 1).is_some_and(|t| {
                    matches!(t.class, Class::Title | Class::Caps)
                        && organisation_word(t.text(text)).is_none()
                });
            // Capitals the lexicon knows ("UN", "EU") do not say which mission.
            let specific = |t: &Token| {
                is_specific(t.text(text), t.class)
                    && !(t.class == Class::Caps && covered(known, t.start, t.end))
            };
            if goes_on
                || name.len() < 2
                || !name.iter().any(specific)
                || (run[first].text(text) == "West" && run[head].text(text) == "Bank")
                || (first == head && run[head].text(text) == "Federation")
                || name.iter().any(|t| is_month_or_weekday(t.text(text)))
            {
                continue;
            }
            let (start, end) = (name[0].start, name[name.len() - 1].end);
            // A lexicon name around the whole, or around its organisation
            // word ("UN Security Council of …"), makes it the lexicon's.
            // …unless specific words before a lexicon organisation make a
            // longer name of another body: "Kenya National [Commission on
            // Human Rights]", "Russian [Security Council]".
            let lexicons_head = known.iter().any(|k| {
                k.start <= run[head].start
                    && k.end >= run[head].end
                    && !(k.organisation
                        && k.start > start
                        && run[first..]
                            .iter()
                            .take_while(|t| t.end <= k.start)
                            .any(specific))
            });
            if covered(known, start, end)
                || lexicons_head
                || is_heading(text, start)
                || is_part_of_a_word(text, start, end)
            {
                continue;
            }
            let name = spaced(&text[start..end]);
            if !self.knows(&name) {
                found.add(name, kind, None, start, end);
            }
        }
    }

    /// "UNMISS peacekeepers", "the MINUSMA mission".
    fn un_missions(&self, text: &str, tokens: &[Token], found: &mut Candidates) {
        for (i, t) in tokens.iter().enumerate() {
            let word = t.text(text);
            if t.class != Class::Caps || !is_un_mission_shaped(word) || self.knows(word) {
                continue;
            }
            // Not shouting: the words around it are not capitals too.
            let shouting = |j: Option<usize>| {
                j.and_then(|j| tokens.get(j)).is_some_and(|n: &Token| {
                    n.class == Class::Caps
                        && (n.start.abs_diff(t.end) < 3 || t.start.abs_diff(n.end) < 3)
                })
            };
            if shouting(i.checked_sub(1)) || shouting(Some(i + 1)) {
                continue;
            }
            let next = next_lower_word(text, t.end);
            let before = previous_lower_word(text, t.start);
            if next.is_some_and(is_mission_word) || before.is_some_and(is_mission_word) {
                found.add(
                    word.to_owned(),
                    ActorKind::Organisation,
                    None,
                    t.start,
                    t.end,
                );
            }
        }
    }
}

/// After the organisation word at `h`: "of Examplestan", "for Democratic
/// Change", "in South Sudan" (missions only); the index of the last token.
fn extend_right(text: &str, run: &[Token], h: usize) -> usize {
    let mission = run[h].text(text) == "Mission";
    let mut last = h;
    let mut i = h + 1;
    while let Some(connector) = run.get(i).filter(|t| t.class == Class::Connector) {
        let word = connector.text(text);
        let allowed = match word {
            "of" | "for" | "on" | "against" => true,
            "in" => mission,
            "and" => last > h && run.get(i + 1).is_some_and(|t| t.class != Class::Connector),
            _ => false,
        };
        if !allowed {
            break;
        }
        let mut j = i + 1;
        while run
            .get(j)
            .is_some_and(|t| t.class == Class::Connector && is_article(t.text(text)))
        {
            j += 1;
        }
        let mut k = j;
        while run.get(k).is_some_and(|t| {
            matches!(t.class, Class::Title | Class::Caps) && !is_month_or_weekday(t.text(text))
        }) {
            k += 1;
        }
        if k == j || k - h > 12 {
            break;
        }
        last = k - 1;
        i = k;
    }
    last
}

/// The candidates of one text, by name, with where each was found.
#[derive(Default)]
struct Candidates {
    by_name: FxHashMap<String, Candidate>,
}

struct Candidate {
    kind: ActorKind,
    acronym: Option<String>,
    /// Places where the acronym was defined: "(PFE)" is not a later mention.
    definitions: u32,
    spans: Vec<(usize, usize)>,
}

impl Candidates {
    fn add(
        &mut self,
        name: String,
        kind: ActorKind,
        acronym: Option<&str>,
        start: usize,
        end: usize,
    ) {
        // "Nairobi-based Horn and Lakes Institute": the place is not the name.
        let (name, start) = match name.split_once(' ') {
            Some((first, rest)) if is_modifier(first) && rest.contains(' ') => {
                (rest.to_owned(), start + first.len() + 1)
            }
            _ => (name, start),
        };
        let c = self.by_name.entry(name).or_insert_with(|| Candidate {
            kind,
            acronym: None,
            definitions: 0,
            spans: Vec::new(),
        });
        if c.acronym.is_none() {
            c.acronym = acronym.map(str::to_owned);
        }
        // Two cues may find the same place.
        if !c.spans.contains(&(start, end)) {
            c.spans.push((start, end));
            c.definitions += u32::from(acronym.is_some());
        }
    }

    /// "Mr. Freitas do Amaral" is "Diogo Freitas do Amaral" when the text
    /// names one person whose name ends so.
    fn fold_shorter_names(&mut self) {
        let people: Vec<String> = self
            .by_name
            .iter()
            .filter(|(_, c)| c.kind == ActorKind::Person)
            .map(|(name, _)| name.clone())
            .collect();
        for short in &people {
            let longer: Vec<&String> = people
                .iter()
                .filter(|long| long.len() > short.len() && long.ends_with(&format!(" {short}")))
                .collect();
            if let [long] = longer[..]
                && let Some(folded) = self.by_name.remove(short)
                && let Some(c) = self.by_name.get_mut(long)
            {
                c.spans.extend(folded.spans);
            }
        }
    }

    /// Folds later mentions (an acronym, a bare surname) into the actors and
    /// says which lexicon matches their names hide.
    fn finish(mut self, text: &str, tokens: &[Token], known: &[KnownSpan]) -> Found {
        if self.by_name.is_empty() {
            return Found::default();
        }
        self.fold_shorter_names();
        // A surname joins its person only when one person of the text has it.
        let mut surnames: FxHashMap<&str, usize> = FxHashMap::default();
        for (name, c) in &self.by_name {
            if c.kind == ActorKind::Person
                && let Some(last) = name.rsplit(' ').next()
            {
                *surnames.entry(last).or_default() += 1;
            }
        }
        // How often each capitalised word occurs, for acronyms and surnames.
        let mut occurrences: FxHashMap<&str, u32> = FxHashMap::default();
        for t in tokens
            .iter()
            .filter(|t| matches!(t.class, Class::Title | Class::Caps))
        {
            *occurrences.entry(t.text(text)).or_default() += 1;
        }
        let mut shadowed = Vec::new();
        let mut actors: Vec<Discovered> = Vec::new();
        let acronyms: FxHashSet<&str> = self
            .by_name
            .values()
            .filter_map(|c| c.acronym.as_deref())
            .collect();
        for (name, c) in &self.by_name {
            // A UN mission acronym defined elsewhere in the text is that definition.
            if acronyms.contains(name.as_str()) {
                continue;
            }
            let mut count = c.spans.len() as u32;
            let in_a_name = |word: &str| {
                c.spans
                    .iter()
                    .filter(|&&(s, e)| text[s..e].split_whitespace().any(|w| w == word))
                    .count() as u32
            };
            // Later "PFE"s, beside the definitions' own.
            if let Some(acronym) = &c.acronym {
                count += occurrences
                    .get(acronym.as_str())
                    .map_or(0, |&n| n.saturating_sub(c.definitions));
            }
            if c.kind == ActorKind::Person
                && let Some(surname) = name.rsplit(' ').next()
                && surnames.get(surname) == Some(&1)
            {
                count += occurrences
                    .get(surname)
                    .map_or(0, |&n| n.saturating_sub(in_a_name(surname)));
            }
            for (i, k) in known.iter().enumerate() {
                let inside = c
                    .spans
                    .iter()
                    .any(|&(s, e)| k.start >= s && k.end <= e && (k.start, k.end) != (s, e));
                let tail = c.spans.iter().any(|&(s, e)| k.start > s && k.end == e);
                if inside && (k.person || c.kind == ActorKind::Person)
                    || tail && k.organisation && c.kind != ActorKind::Person
                {
                    shadowed.push(i);
                }
            }
            actors.push(Discovered {
                name: name.clone(),
                kind: c.kind,
                aliases: c.acronym.iter().cloned().collect(),
                count,
            });
        }
        actors.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        shadowed.sort_unstable();
        shadowed.dedup();
        Found { actors, shadowed }
    }
}

/// How a word is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Capital, then small letters ("Sandu", "ElBaradei", "Boutros-Ghali").
    Title,
    /// All capitals, two letters or more ("PFE").
    Caps,
    /// One capital letter followed by a full stop ("W.").
    Initial,
    /// A small word that may sit inside a name ("of", "for", "al", "von").
    Connector,
}

/// A word that may be part of a name, with its byte span. Words joined by a
/// hyphen are one token.
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    class: Class,
    /// Joined to the token before it (only white space, or "Mr." and an
    /// initial's full stop, between them).
    joined: bool,
}

impl Token {
    fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// The words of `text` that may be part of a name, in order.
fn tokens(text: &str, words: &WordBits) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut reader = TokenReader::default();
    for (start, end) in words.spans() {
        // Most words: small letters or digits away from any name.
        let first = bytes[start];
        if !reader.previous_kept && (first.is_ascii_lowercase() || first.is_ascii_digit()) {
            reader.previous_end = end;
            continue;
        }
        reader.read(text, start, end);
    }
    reader.tokens
}

/// Reads words one after another into tokens.
#[derive(Default)]
struct TokenReader {
    tokens: Vec<Token>,
    /// The end of the last word read, and whether it became a token.
    previous_end: usize,
    previous_kept: bool,
}

impl TokenReader {
    /// Reads the word `start..end`; false when it ends the name being read.
    fn read(&mut self, text: &str, start: usize, end: usize) -> bool {
        let bytes = text.as_bytes();
        let first = bytes[start];
        let previous_kept = self.previous_kept;
        let class = if first.is_ascii_lowercase() {
            (previous_kept && is_connector(&text[start..end])).then_some(Class::Connector)
        } else if first.is_ascii_uppercase() {
            Some(capital_class(&text[start..end]))
        } else if first >= 0x80 {
            let (c, _) = char_at(text, start);
            if c.is_uppercase() {
                Some(capital_class(&text[start..end]))
            } else if c.is_lowercase() && previous_kept && is_connector(&text[start..end]) {
                Some(Class::Connector)
            } else {
                None
            }
        } else {
            None
        };
        let gap = &text[self.previous_end.min(start)..start];
        // "Boutros-Ghali", "Non-Aligned", "al-Assad", "Ki-moon": one word.
        if previous_kept && gap == "-" {
            if let Some(last) = self.tokens.last_mut() {
                last.end = end;
                if last.class == Class::Connector && class == Some(Class::Title) {
                    last.class = Class::Title;
                }
            }
            self.previous_end = end;
            return true;
        }
        self.previous_end = end;
        let Some(mut class) = class else {
            self.previous_kept = false;
            return false;
        };
        let joined = previous_kept && joins(gap, self.tokens.last().map(|t| t.text(text)));
        if class == Class::Connector && !joined {
            self.previous_kept = false;
            return false;
        }
        if end - start == 1 && bytes.get(end) == Some(&b'.') && first.is_ascii_uppercase() {
            class = Class::Initial;
        }
        self.tokens.push(Token {
            start,
            end,
            class,
            joined,
        });
        self.previous_kept = true;
        true
    }
}

fn capital_class(word: &str) -> Class {
    if word.chars().skip(1).any(char::is_lowercase) {
        Class::Title
    } else if word.chars().count() >= 2 && !word.bytes().all(|b| b.is_ascii_digit()) {
        Class::Caps
    } else {
        Class::Title
    }
}

/// Whether the gap between two words keeps them in one name: a space or a
/// line break, or a full stop after an abbreviated title or an initial.
fn joins(gap: &str, before: Option<&str>) -> bool {
    if gap
        .bytes()
        .all(|b| b == b' ' || b == b'\t' || b == b'\r' || b == b'\n')
    {
        return !gap.is_empty() && gap.bytes().filter(|&b| b == b'\n').count() <= 1;
    }
    gap.strip_prefix('.')
        .is_some_and(|rest| rest.bytes().all(|b| b == b' ') && !rest.is_empty())
        && before.is_some_and(|w| {
            is_abbreviated_title(w) || (w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase())
        })
}

/// Runs of joined tokens, as index ranges, without connectors at either end.
fn runs(tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut start = 0;
    for i in 1..=tokens.len() {
        if i == tokens.len() || !tokens[i].joined {
            let mut end = i;
            while end > start && tokens[end - 1].class == Class::Connector {
                end -= 1;
            }
            if end > start {
                runs.push(start..end);
            }
            start = i;
        }
    }
    runs
}

/// "(PFE)" at the start of `after` (after white space): the acronym.
fn parenthesised_acronym(after: &str) -> Option<&str> {
    let rest = after.trim_start_matches([' ', '\t']).strip_prefix('(')?;
    let len = rest
        .bytes()
        .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        .count();
    let acronym = &rest[..len];
    (rest[len..].starts_with(')')
        && (2..=10).contains(&len)
        && acronym.as_bytes()[0].is_ascii_uppercase())
    .then_some(acronym)
}

/// Whether the acronym spells the name's words: each word (connectors may
/// be left out) gives its initial and perhaps more of its letters in order
/// ("UNMISS": United Nations MIssion South Sudan).
fn initials_match(acronym: &[u8], text: &str, words: &[Token]) -> bool {
    fn go(acronym: &[u8], words: &[&[u8]], optional: &[bool]) -> bool {
        let Some((word, rest)) = words.split_first() else {
            return acronym.is_empty();
        };
        if optional[0] && go(acronym, rest, &optional[1..]) {
            return true;
        }
        let Some((&letter, acronym_rest)) = acronym.split_first() else {
            return false;
        };
        if !word
            .first()
            .is_some_and(|w| w.eq_ignore_ascii_case(&letter))
        {
            return false;
        }
        // Take the initial, then any later letters of the same word in order.
        let mut taken = acronym_rest;
        let mut from = 1;
        loop {
            if go(taken, rest, &optional[1..]) {
                return true;
            }
            let Some((&next, after)) = taken.split_first() else {
                return false;
            };
            match word[from..]
                .iter()
                .position(|c| c.eq_ignore_ascii_case(&next))
            {
                Some(p) => {
                    from += p + 1;
                    taken = after;
                }
                None => return false,
            }
        }
    }
    if words.len() > 12 {
        return false;
    }
    let letters: Vec<&[u8]> = words.iter().map(|t| t.text(text).as_bytes()).collect();
    let optional: Vec<bool> = words.iter().map(|t| t.class == Class::Connector).collect();
    go(acronym, &letters, &optional)
}

/// "United Nations …" names a UN body, an organisation whatever its last word.
fn united_nations_body(text: &str, name: &[Token]) -> Option<ActorKind> {
    let first = name.first()?.text(text);
    (first == "UN" || first == "United" && name.get(1).is_some_and(|t| t.text(text) == "Nations"))
        .then_some(ActorKind::Organisation)
}

/// True when `start..end` is cut from longer words: "Aligned Movement" of
/// "non-aligned Movement", "Coalition against Da" of "Da'esh".
fn is_part_of_a_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let (a, b) = (after.next(), after.next());
    matches!(before, Some('-' | '‐' | '‑'))
        || matches!(a, Some('-' | '‐' | '‑'))
        || matches!(a, Some('\'' | '’')) && b.is_some_and(|c| c.is_alphanumeric() && c != 's')
}

/// True when a lexicon match spans all of `start..end`.
fn covered(known: &[KnownSpan], start: usize, end: usize) -> bool {
    known.iter().any(|k| k.start <= start && k.end >= end)
}

/// "Nairobi-based", "Saudi-led", "Kremlin-backed": a word that places or
/// backs a name without being part of it.
fn is_modifier(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(_, tail)| {
        matches!(
            tail,
            "based"
                | "led"
                | "backed"
                | "funded"
                | "owned"
                | "run"
                | "linked"
                | "aligned"
                | "sponsored"
                | "affiliated"
                | "born"
                | "registered"
        )
    })
}

/// `s` with each run of white space as one space.
fn spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the word at `at` starts a sentence or a line.
fn is_sentence_start(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t', '"', '\'', '“', '‘', '(', '*', '_']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '\n', '#', '-', '—', '•'])
}

/// Whether the line holding byte `at` is a heading: marked with `#`, or
/// every word of it (three or more) capitalised but for small connectors.
/// Headings are short: a line longer than [`HEADING_BYTES`] is not one.
fn is_heading(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let from = at.saturating_sub(HEADING_BYTES);
    let line_start = match memchr::memrchr(b'\n', &bytes[from..at]) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let to = (at + HEADING_BYTES).min(bytes.len());
    let line_end = match memchr::memchr(b'\n', &bytes[at..to]) {
        Some(i) => at + i,
        None if to == bytes.len() => to,
        None => return false,
    };
    let line = text[line_start..line_end].trim();
    if line.starts_with('#') {
        return true;
    }
    let mut words = 0;
    for word in line.split_whitespace() {
        words += 1;
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.chars().next().is_some_and(char::is_lowercase) && !is_connector(word) {
            return false;
        }
    }
    words >= 3
}

/// The longest line taken for a heading, in bytes.
const HEADING_BYTES: usize = 160;

/// The next word after `at` when it is in small letters (skipping "the").
fn next_lower_word(text: &str, at: usize) -> Option<&str> {
    let rest = text[at..].trim_start();
    let rest = ["'s ", "’s "]
        .iter()
        .find_map(|s| rest.strip_prefix(s))
        .unwrap_or(rest)
        .trim_start();
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let word: &str = rest
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()?;
    word.chars()
        .next()
        .filter(|c| c.is_lowercase())
        .map(|_| word)
}

/// The word before `at` when it is in small letters (skipping "the").
fn previous_lower_word(text: &str, at: usize) -> Option<&str> {
    let mut before = text[..at].trim_end();
    if let Some(b) = before.strip_suffix(" the") {
        before = b;
    }
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()?;
    word.chars()
        .next()
        .filter(|c| c.is_lowercase())
        .map(|_| word)
}

fn is_un_mission_shaped(word: &str) -> bool {
    (4..=9).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && (word.starts_with("UN") || word.starts_with("MINU") || word.starts_with("MONU"))
}

fn is_mission_word(word: &str) -> bool {
    matches!(
        word,
        "mission"
            | "missions"
            | "peacekeeping"
            | "peace-keeping"
            | "peacekeepers"
            | "peace-keepers"
            | "force"
            | "forces"
            | "troops"
            | "operation"
            | "mandate"
            | "contingent"
            | "contingents"
            | "observers"
            | "personnel"
            | "deployment"
            | "deployed"
            | "withdrawal"
    )
}

/// The title at `run[i]`, including "Mr." and "Secretary of State".
fn is_title_at(text: &str, run: &[Token], i: usize) -> bool {
    let word = run[i].text(text);
    let first_part = word.split('-').next().unwrap_or(word);
    is_title(word)
        || is_title(first_part) && word.ends_with("-elect")
        || is_abbreviated_title(word) && text[run[i].end..].starts_with(['.', ' '])
        || word == "State"
            && i >= 2
            && run[i - 1].text(text) == "of"
            && run[i - 2].text(text) == "Secretary"
}

fn is_title(word: &str) -> bool {
    matches!(
        word,
        "President"
            | "Vice-President"
            | "Minister"
            | "Premier"
            | "Chancellor"
            | "Secretary"
            | "Secretary-General"
            | "Under-Secretary-General"
            | "Commissioner"
            | "Ambassador"
            | "Envoy"
            | "Governor"
            | "Mayor"
            | "Senator"
            | "Congressman"
            | "Congresswoman"
            | "Speaker"
            | "Chairman"
            | "Chairwoman"
            | "Chairperson"
            | "King"
            | "Queen"
            | "Prince"
            | "Princess"
            | "Crown"
            | "Emir"
            | "Amir"
            | "Sheikh"
            | "Sheik"
            | "Shaikh"
            | "Sultan"
            | "Ayatollah"
            | "Imam"
            | "Pope"
            | "Cardinal"
            | "Archbishop"
            | "Bishop"
            | "Patriarch"
            | "Rabbi"
            | "Reverend"
            | "General"
            | "Lieutenant"
            | "Colonel"
            | "Major"
            | "Captain"
            | "Admiral"
            | "Marshal"
            | "Commander"
            | "Brigadier"
            | "Judge"
            | "Justice"
            | "Prosecutor"
            | "Professor"
            | "Doctor"
            | "Sir"
            | "Dame"
            | "Lord"
            | "Lady"
            | "Madam"
            | "Madame"
            | "Mister"
            | "Mme"
    )
}

/// Titles written short, with or without a full stop ("Mr.", "Ms", "Dr.").
fn is_abbreviated_title(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Gen"
            | "Lt"
            | "Col"
            | "Capt"
            | "Adm"
            | "Sgt"
            | "Gov"
            | "Sen"
            | "Rep"
            | "Amb"
            | "Pres"
            | "Rev"
            | "Fr"
            | "St"
    )
}

/// Small words that may sit inside a name.
fn is_connector(word: &str) -> bool {
    is_article(word)
        || is_particle(word)
        || matches!(word, "of" | "for" | "and" | "on" | "in" | "against")
}

fn is_article(word: &str) -> bool {
    matches!(word, "the")
}

/// Small words inside people's names ("Mohammed bin Salman", "Ursula von der Leyen").
fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "al" | "el"
            | "bin"
            | "ibn"
            | "de"
            | "da"
            | "das"
            | "do"
            | "dos"
            | "du"
            | "van"
            | "von"
            | "der"
            | "den"
            | "la"
            | "le"
            | "di"
            | "y"
    )
}

/// The kind of actor an organisation word names, if it is one.
fn organisation_word(word: &str) -> Option<ActorKind> {
    Some(match word {
        "Front" | "Movement" | "Party" | "Army" | "Brigade" | "Brigades" | "Militia" | "Force"
        | "Forces" | "Corps" | "Coalition" | "Group" | "Rebels" => ActorKind::Group,
        "Mission" | "Council" | "Alliance" | "Union" | "Foundation" | "Institute"
        | "Institution" | "Centre" | "Center" | "Church" | "Parliament" | "Congress"
        | "Commission" | "Committee" | "Agency" | "Bank" | "Fund" | "Organisation"
        | "Organization" | "Association" | "Federation" | "League" | "Court" | "Tribunal"
        | "Assembly" | "Corporation" | "Company" | "Endowment" | "Community" | "Authority"
        | "Secretariat" | "Forum" | "Board" | "Bureau" => ActorKind::Organisation,
        _ => return None,
    })
}

/// A capitalised word that makes a name more than a description ("Adenauer",
/// "Examplestan"), unlike "National", "Special" or the organisation word.
fn is_specific(word: &str, class: Class) -> bool {
    match class {
        Class::Connector | Class::Initial => false,
        Class::Caps => true,
        Class::Title => organisation_word(word).is_none() && !is_generic(word) && !is_title(word),
    }
}

/// Modifiers that many organisations share, so that on their own they do not say which.
fn is_generic(word: &str) -> bool {
    matches!(
        word,
        "National"
            | "General"
            | "Special"
            | "Security"
            | "Executive"
            | "Supreme"
            | "Central"
            | "Joint"
            | "International"
            | "Permanent"
            | "Provisional"
            | "Transitional"
            | "Interim"
            | "Preparatory"
            | "Main"
            | "High"
            | "Higher"
            | "Federal"
            | "Regional"
            | "Democratic"
            | "Republican"
            | "Popular"
            | "People"
            | "Peoples"
            | "People's"
            | "Revolutionary"
            | "Liberation"
            | "Patriotic"
            | "United"
            | "New"
            | "Great"
            | "Grand"
            | "Ad"
            | "Hoc"
            | "Human"
            | "Rights"
            | "Economic"
            | "Social"
            | "Political"
            | "Military"
            | "Armed"
            | "Defence"
            | "Defense"
            | "Public"
            | "State"
            | "States"
            | "Government"
            | "Governing"
            | "Ruling"
            | "Opposition"
            | "Independent"
            | "Constitutional"
            | "Legislative"
            | "Presidential"
            | "Royal"
            | "World"
            | "Global"
            | "Multinational"
            | "Multilateral"
            | "Peace"
            | "Peacekeeping"
            | "Observer"
            | "Technical"
            | "Scientific"
            | "Advisory"
            | "Consultative"
            | "Standing"
            | "Steering"
            | "Working"
            | "Contact"
            | "Expert"
            | "Experts"
            | "Coordinating"
            | "Co-ordinating"
            | "Administrative"
            | "Judicial"
            | "Election"
            | "Electoral"
            | "Ministerial"
            | "Parliamentary"
            | "Intergovernmental"
            | "Governmental"
            | "Relief"
            | "Development"
            | "Trade"
            | "Labour"
            | "Labor"
            | "Communist"
            | "Socialist"
            | "Green"
            | "Liberal"
            | "Conservative"
            | "Progressive"
            | "Workers"
            | "Women"
            | "Youth"
            | "Free"
            | "Freedom"
            | "Unity"
            | "Solidarity"
            | "Reform"
            | "Justice"
            | "Action"
            | "Salvation"
            | "Resistance"
            | "First"
            | "Second"
            | "Third"
            | "Fourth"
            | "Fifth"
            | "Sixth"
            | "Seventh"
            | "Eighth"
            | "Ninth"
            | "Tenth"
            | "Commonwealth"
            | "Common"
            | "Council"
            | "Ministers"
            | "Heads"
            | "Directors"
            | "Governors"
            | "Trustees"
            | "Nations"
            | "Countries"
            | "Islamic"
            | "Arab"
            | "African"
            | "European"
            | "Asian"
            | "American"
            | "Latin"
            | "Western"
            | "Eastern"
            | "Northern"
            | "Southern"
            | "Pacific"
            | "Atlantic"
            | "Caribbean"
            | "Mediterranean"
            | "Financial"
            | "Monetary"
            | "Investment"
            | "Energy"
            | "Nuclear"
            | "Atomic"
            | "Disarmament"
            | "Environment"
            | "Environmental"
            | "Climate"
            | "Food"
            | "Health"
            | "Education"
            | "Refugees"
            | "Humanitarian"
            | "Emergency"
            | "Crisis"
            | "Interior"
            | "Foreign"
            | "Affairs"
            | "Finance"
            | "Affairs'"
            | "Defence'"
            | "Legal"
            | "Law"
            | "Inter-Parliamentary"
            | "Inter-American"
            | "Trusteeship"
            | "Population"
            | "Statistical"
            | "Tripartite"
            | "Quadripartite"
            | "Mixed"
            | "Armistice"
            | "Truce"
            | "Ceasefire"
            | "Cease-fire"
            | "Monitoring"
            | "Verification"
            | "Implementation"
            | "Negotiating"
            | "Planning"
            | "Policy"
            | "Research"
            | "Studies"
            | "Strategic"
            | "Cooperation"
            | "Co-operation"
            | "Integration"
            | "Reconstruction"
            | "Reconciliation"
            | "Truth"
            | "Dialogue"
            | "Mediation"
            | "Conciliation"
            | "Arbitration"
            | "Committees"
            | "Assembly"
            | "Bank"
            | "Fund"
            | "Court"
            | "Union"
            | "League"
            | "Democracy"
            | "Liberty"
            | "Civic"
            | "Civil"
            | "Citizens"
            | "Alternative"
            | "Rally"
            | "Alliance"
            | "Front"
            | "Movement"
            | "Party"
            | "Congress"
            | "Progress"
            | "Renewal"
            | "Future"
            | "Hope"
            | "Homeland"
            | "Fatherland"
            | "Motherland"
            | "Nation"
            | "Christian"
            | "Muslim"
            | "Catholic"
            | "Orthodox"
            | "Protestant"
            | "Evangelical"
            | "Greater"
            | "Little"
            | "Upper"
            | "Lower"
            | "North"
            | "South"
            | "East"
            | "West"
            | "Mission"
            | "Forces"
            | "Force"
            | "Army"
            | "Group"
            | "Groups"
            | "Administering"
            | "Constituent"
            | "Support"
            | "Whole"
            | "Assistance"
            | "Conventional"
            | "Millennium"
            | "Transition"
            | "Stabilization"
            | "Stabilisation"
            | "Protection"
    )
}

fn is_month_or_weekday(word: &str) -> bool {
    matches!(
        word,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
    )
}

/// Words that are capitalised because a sentence starts with them.
fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "For"
            | "By"
            | "With"
            | "From"
            | "To"
            | "Of"
            | "And"
            | "But"
            | "Or"
            | "As"
            | "If"
            | "When"
            | "While"
            | "Since"
            | "After"
            | "Before"
            | "During"
            | "Under"
            | "Our"
            | "My"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "Your"
            | "We"
            | "I"
            | "It"
            | "Both"
            | "All"
            | "Every"
            | "Each"
            | "Such"
            | "Today"
            | "Yesterday"
            | "Now"
            | "Then"
            | "Thus"
            | "Hence"
            | "So"
            | "Yet"
            | "Also"
            | "However"
            | "Moreover"
            | "Indeed"
            | "Meanwhile"
            | "Last"
            | "Next"
            | "Many"
            | "Some"
            | "Any"
            | "No"
            | "Not"
            | "Only"
            | "Even"
            | "Here"
            | "There"
            | "Where"
            | "What"
            | "Which"
            | "Who"
            | "Whose"
            | "Why"
            | "How"
            | "Like"
            | "Unlike"
            | "Without"
            | "Through"
            | "Between"
            | "Among"
            | "Against"
            | "Despite"
            | "Until"
            | "Once"
            | "Whether"
            | "Although"
            | "Though"
            | "Because"
            | "Let"
            | "May"
            | "Will"
            | "Should"
            | "Would"
            | "Could"
    )
}

/// Words that cannot be part of a person's name.
fn is_not_a_name(word: &str) -> bool {
    is_title(word)
        || is_abbreviated_title(word)
        || organisation_word(word).is_some()
        || is_generic(word)
        || is_month_or_weekday(word)
        || is_function_word(word)
        || matches!(
            word,
            "Republic"
                | "Kingdom"
                | "Empire"
                | "Excellency"
                | "Highness"
                | "Majesty"
                | "Administration"
                | "Ministry"
                | "Department"
                | "Office"
                | "Islands"
                | "Island"
                | "Deputy"
                | "Vice"
                | "Acting"
                | "Former"
                | "Late"
                | "Chief"
                | "Head"
                | "Senior"
                | "Elect"
                | "God"
                | "Allah"
                | "Prophet"
                | "Saint"
                | "Holy"
                | "See"
                | "Conference"
                | "Summit"
                | "Declaration"
                | "Charter"
                | "Treaty"
                | "Agreement"
                | "Accord"
                | "Accords"
                | "Convention"
                | "Resolution"
                | "Protocol"
                | "Plan"
                | "Programme"
                | "Program"
                | "Agenda"
                | "Goals"
                | "Initiative"
                | "Process"
                | "Doctrine"
                | "Act"
                | "Day"
                | "Year"
                | "Decade"
                | "Session"
                | "Debate"
                | "War"
                | "Revolution"
                | "Hall"
                | "House"
                | "Palace"
                | "Street"
                | "Square"
                | "Airport"
                | "University"
                | "College"
                | "School"
                | "Hospital"
                | "Prize"
                | "Award"
                | "Lecture"
                | "Memorial"
                | "Stadium"
                | "Sea"
                | "Ocean"
                | "River"
                | "Lake"
                | "Mountains"
                | "Valley"
                | "Gulf"
                | "Strait"
                | "Peninsula"
                | "Province"
                | "Region"
                | "City"
                | "County"
                | "District"
                | "Mr"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A discovered actor as (name, kind, aliases, count).
    type Row = (String, &'static str, Vec<String>, u32);

    /// Discovered actors, with no lexicon.
    fn found(text: &str) -> Vec<Row> {
        found_with(text, &[]).actors
    }

    fn found_with(text: &str, known: &[(&str, bool)]) -> Found<Vec<Row>> {
        let spans: Vec<KnownSpan> = known
            .iter()
            .map(|&(name, person)| {
                let start = text.find(name).expect("known name in text");
                KnownSpan {
                    start,
                    end: start + name.len(),
                    person,
                    // "African Union" is an organisation, "Somalia" not.
                    organisation: !person
                        && name.split(' ').any(|w| organisation_word(w).is_some()),
                }
            })
            .collect();
        let lexicon = known.iter().map(|&(name, _)| name);
        let f = Discoverer::new(lexicon).discover(text, &WordBits::new(text), &spans);
        Found {
            actors: f
                .actors
                .into_iter()
                .map(|a| (a.name, a.kind.as_str(), a.aliases, a.count))
                .collect(),
            shadowed: f.shadowed,
        }
    }

    fn names(text: &str) -> Vec<String> {
        found(text).into_iter().map(|a| a.0).collect()
    }

    #[test]
    fn an_acronym_joins_its_definition() {
        let text = "Fighting rose after the Patriotic Front of Examplestan (PFE) left the talks. \
                    Later the PFE said it would return; PFE leaders agreed.";
        assert_eq!(
            found(text),
            [(
                "Patriotic Front of Examplestan".to_owned(),
                "group",
                vec!["PFE".to_owned()],
                3
            )]
        );
        // Initials that do not spell the name are not its acronym.
        let other = found("We met the Patriotic Front of Examplestan (XYZ) today.");
        assert!(other.iter().all(|a| a.2.is_empty()), "{other:?}");
        assert!(names("We met the Green Energy Club (XYZ) today.").is_empty());
        // A treaty is not an actor, acronym or not.
        assert!(names("It signed the Nuclear Test Ban Treaty (NTBT) in 1996.").is_empty());
    }

    #[test]
    fn un_mission_acronyms() {
        assert_eq!(
            names("The United Nations Mission in South Sudan (UNMISS) has 17,000 troops."),
            ["United Nations Mission in South Sudan"]
        );
        assert_eq!(
            found("Blue helmets of the UNIFIL mission stayed; UNIFIL peacekeepers were hit."),
            [("UNIFIL".to_owned(), "organisation", vec![], 2)]
        );
        // Capitals without a mission word, or shouting, are not missions.
        assert!(names("The UNDERSTANDING was reached.").is_empty());
        assert!(names("STATEMENT BY THE UNITED KINGDOM mission").is_empty());
    }

    #[test]
    fn titled_people_and_their_surnames() {
        let text = "President Maia Sandu called the vote. Later, Sandu said the gas deal \
                    held, and Mr. John F. Kennedy Jr agreed with Foreign Minister \
                    Ursula von der Leyen.";
        let people = found(text);
        assert_eq!(
            people[0],
            ("Maia Sandu".to_owned(), "person", vec![], 2),
            "{people:?}"
        );
        let all: Vec<&str> = people.iter().map(|p| p.0.as_str()).collect();
        assert!(all.contains(&"John F. Kennedy Jr"), "{all:?}");
        assert!(all.contains(&"Ursula von der Leyen"), "{all:?}");
        // One name after a title, or titles only, make no person.
        assert!(names("Mr. President, President Sandu and Madam Chairperson spoke.").is_empty());
        // Not names: organisations, months, generic nouns after a title.
        assert!(names("The General Assembly Hall. Mr. Monday Tuesday came.").is_empty());
    }

    #[test]
    fn organisations_need_a_word_that_says_which() {
        assert_eq!(
            found("Analysts at the Konrad Adenauer Foundation disagreed."),
            [(
                "Konrad Adenauer Foundation".to_owned(),
                "organisation",
                vec![],
                1
            )]
        );
        assert_eq!(
            names("Talks with the Movement for Democratic Change failed."),
            ["Movement for Democratic Change"]
        );
        for generic in [
            "The National Assembly met.",
            "The Special Committee and the Preparatory Committee agreed.",
            "Then the Security Council voted.",
            "In the West Bank of the Jordan, settlers moved.",
        ] {
            assert!(names(generic).is_empty(), "{generic}");
        }
        // A sentence-initial word is not part of the name.
        assert_eq!(
            names("Yesterday the vote went ahead. However Wagner Group fighters left."),
            ["Wagner Group"]
        );
        // The name goes on past the organisation word: not this organisation.
        assert!(names("The Stabilization and Association Process stalled.").is_empty());
    }

    #[test]
    fn headings_and_cut_words_are_not_names() {
        assert!(names("# Patriotic Front of Examplestan Wins\n\nText.").is_empty());
        assert!(names("Why The Examplestan Foundation Matters Now\n\ntext follows.").is_empty());
        assert!(names("the non-Aligned Movement met").is_empty());
    }

    #[test]
    fn the_lexicon_wins_and_its_people_inside_names_do_not_count() {
        // A lexicon person inside a discovered organisation is hidden.
        let f = found_with(
            "Analysts at the Konrad Adenauer Foundation disagreed.",
            &[("Konrad Adenauer", true)],
        );
        assert_eq!(f.actors.len(), 1);
        assert_eq!(f.shadowed, [0]);
        // A person the lexicon knows by a name inside the titled one is the lexicon's.
        let f = found_with("President Vladimir V. Putin spoke.", &[("Putin", true)]);
        assert!(f.actors.is_empty() && f.shadowed.is_empty(), "{f:?}");
        // A name the lexicon has is never discovered again.
        let f = found_with(
            "Inside the Council on Foreign Relations, debate.",
            &[("Council on Foreign Relations", false)],
        );
        assert!(f.actors.is_empty(), "{f:?}");
        // A state inside an organisation's name still counts as the state.
        let f = found_with(
            "The African Union Mission in Somalia stays.",
            &[("African Union", false), ("Somalia", false)],
        );
        assert_eq!(f.actors.len(), 1, "{f:?}");
        assert!(f.shadowed.is_empty());
        // A lexicon organisation at the end of a longer name is another body.
        let f = found_with(
            "The Kenya National Commission on Human Rights counted the dead.",
            &[("Commission on Human Rights", false)],
        );
        assert_eq!(names_of(&f), ["Kenya National Commission on Human Rights"]);
        assert_eq!(f.shadowed, [0]);
        // A place before it is not enough: "the UN Commission…" is the lexicon's.
        let f = found_with(
            "The UN Commission on Human Rights met.",
            &[("UN", false), ("Commission on Human Rights", false)],
        );
        assert!(f.actors.is_empty() && f.shadowed.is_empty(), "{f:?}");
    }

    #[test]
    fn an_acronym_the_text_defines_otherwise_is_not_the_lexicons() {
        let text =
            "The Multinational Security Support (MSS) mission arrived. The MSS is Kenyan-led.";
        let f = found_with(text, &[("MSS", false), ("MSS", false), ("MSS", false)]);
        assert_eq!(f.shadowed, [0, 1, 2], "{f:?}");
        let text = "The Ministry of State Security (MSS) spies. The MSS denies it.";
        let f = found_with(
            text,
            &[("Ministry of State Security", false), ("MSS", false)],
        );
        assert!(f.shadowed.is_empty(), "{f:?}");
    }

    #[test]
    fn a_place_that_bases_a_name_is_not_part_of_it() {
        assert_eq!(
            names("Analysts at the Nairobi-based Horn and Lakes Institute disagreed."),
            ["Horn and Lakes Institute"]
        );
    }

    fn names_of(f: &Found<Vec<Row>>) -> Vec<String> {
        f.actors.iter().map(|a| a.0.clone()).collect()
    }

    proptest! {
        /// Whatever the text, discovery ends, keeps its spans inside the text
        /// and finds nothing in text without capitals.
        #[test]
        fn any_text(words in prop::collection::vec(prop::sample::select(vec![
            "President", "Mr.", "Maia", "Sandu", "of", "the", "Front", "Examplestan",
            "(PFE)", "PFE", "UNMISS", "mission", "-", ".", "\n", "#", "Foundation",
            "National", "Council", "for", "Çelik", "’s", "(", ")", "and", "Dr", "W.",
        ]), 0..40)) {
            let text = words.join(" ");
            let f = Discoverer::default().discover(&text, &WordBits::new(&text), &[]);
            for a in &f.actors {
                prop_assert!(!a.name.is_empty() && a.count >= 1);
                prop_assert!(a.name.split(' ').all(|w| text.contains(w)), "{a:?}");
            }
            let lower = text.to_lowercase();
            let f = Discoverer::default().discover(&lower, &WordBits::new(&lower), &[]);
            prop_assert!(f.actors.is_empty());
        }
    }
}
