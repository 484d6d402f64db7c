//! A multi-pattern matcher for names and phrases (aho-corasick), on word
//! boundaries, longest match first, with the lexicon's case rules.
//!
//! The automaton is only ever started where a word starts that can open a
//! pattern, and walked until no pattern can continue; words are found from a
//! bit per byte ([`WordBits`]), so the ordinary words between names cost a
//! few instructions each. Any run of white space counts as one space, so a
//! name broken across lines ("Minsk \r\nGroup") still matches, and spans are
//! byte offsets of the text as given. Several lists (actors, issue phrases) share
//! one automaton and one pass; matches of different lists may overlap.

use super::lexicon::is_acronym;
use crate::text::{WordBits, char_at, folded_hash, is_word_char, next_word, word_end};
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{Anchored, MatchKind, PatternID, nfa::contiguous};
use rustc_hash::{FxHashMap, FxHashSet};

/// How a match's case must agree with the pattern as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CaseRule {
    /// Acronyms: exactly as written, so "us" is not "US".
    Exact,
    /// Capitalised names: any case, but the first letter must be upper case too,
    /// so "chad" is not "Chad" while "The Kremlin" is "the Kremlin".
    FirstUpper,
    /// Any case.
    Any,
}

#[derive(Debug, Clone)]
struct Pattern {
    list: u8,
    target: u32,
    written: String,
    case: CaseRule,
    /// The last word may continue (`sanction*` matches "sanctions").
    prefix: bool,
}

/// One accepted match: its list, the target it denotes, its byte span and
/// the pattern that matched (for [`Gazetteer::folded_key`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub list: u8,
    pub target: u32,
    pub start: usize,
    pub end: usize,
    pub pattern: u32,
}

/// Lists of `(target, pattern)` pairs, to build a [`Gazetteer`] from.
#[derive(Debug, Default)]
pub struct GazetteerBuilder {
    patterns: Vec<Pattern>,
    lists: u8,
}

impl GazetteerBuilder {
    /// Adds a list; its matches carry its number (0 for the first list added).
    /// With `names`, capitalised patterns must match capitalised (`FirstUpper`);
    /// otherwise they match any case. Acronyms are always exact; a trailing `*`
    /// marks a prefix pattern.
    pub fn list<'a>(
        mut self,
        names: bool,
        entries: impl IntoIterator<Item = (u32, &'a str)>,
    ) -> GazetteerBuilder {
        let list = self.lists;
        self.lists += 1;
        for (target, raw) in entries {
            let prefix = raw.ends_with('*');
            let written = raw.trim_end_matches('*').trim();
            if written.is_empty() {
                continue;
            }
            let case = if is_acronym(written) {
                CaseRule::Exact
            } else if names && written.chars().next().is_some_and(char::is_uppercase) {
                CaseRule::FirstUpper
            } else {
                CaseRule::Any
            };
            // The screen's keys fold ASCII case only; add case variants of
            // other scripts for it. (They are one path in the automaton,
            // which is fed the text in lower case.)
            let mut variants = vec![written.to_owned()];
            if case != CaseRule::Exact && !written.is_ascii() {
                variants.push(written.to_lowercase());
                variants.push(written.to_uppercase());
                variants.push(capitalised(written));
            }
            variants.sort();
            variants.dedup();
            for v in variants {
                self.patterns.push(Pattern {
                    list,
                    target,
                    written: v,
                    case,
                    prefix,
                });
            }
        }
        self
    }

    /// A contiguous NFA: with thousands of names it is nearly a hundredth of
    /// the size of a DFA (0.9 MB against 77), quicker to build, and walks as
    /// fast, because the larger table misses the cache. It holds the patterns
    /// in lower case and is fed the text so: an ASCII case-insensitive
    /// automaton, with two transitions per letter, is a quarter larger, and
    /// with the case variants of other scripts each on its own path, as
    /// they were, it took 1.3 MB.
    pub fn build(self) -> Gazetteer {
        let automaton = contiguous::NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(self.patterns.iter().map(|p| lower_case(&p.written)))
            .expect("lexicon patterns fit in an automaton");
        let start = automaton
            .start_state(Anchored::Yes)
            .expect("an NFA has an anchored start state");
        Gazetteer {
            automaton,
            start,
            openers: Openers::of(&self.patterns),
            folded: self
                .patterns
                .iter()
                .map(|p| folded_hash(&p.written))
                .collect(),
            patterns: self.patterns,
            lists: usize::from(self.lists),
        }
    }
}

/// Finds names in text. Each pattern denotes a target id chosen by the caller.
#[derive(Debug)]
pub struct Gazetteer {
    automaton: contiguous::NFA,
    start: StateID,
    patterns: Vec<Pattern>,
    /// Per pattern, [`folded_hash`] of its text, which is that of any text
    /// it matches unless it ends as a prefix.
    folded: Vec<u64>,
    openers: Openers,
    lists: usize,
}

/// A pattern that the automaton found at a word start, before the case and
/// boundary rules: its id, and where it ends in the text.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    pattern: PatternID,
    end: usize,
}

impl Gazetteer {
    /// One list of patterns, quick to build (see [`GazetteerBuilder::list`]).
    pub fn new<'a>(entries: impl IntoIterator<Item = (u32, &'a str)>, names: bool) -> Gazetteer {
        GazetteerBuilder::default().list(names, entries).build()
    }

    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Non-overlapping matches of each list, in text order; at each place the
    /// longest candidate that passes the boundary and case rules wins ("US" in
    /// "US congressional" when "US Congress" fails its boundary).
    pub fn find(&self, text: &str) -> Vec<Match> {
        self.find_in(text, &WordBits::new(text))
    }

    /// [`Gazetteer::find`] with the words of `text` already found. Walks only
    /// where a word can open a pattern.
    pub fn find_in(&self, text: &str, words: &WordBits) -> Vec<Match> {
        let mut scan = Scan::new(self, text);
        let openers = &self.openers;
        let punctuation = openers.punctuation_in(text);
        let mut next_punctuation = 0;
        // Where the next of them is, or past the end: one comparison a word.
        let mut punctuation_at = punctuation.first().copied().unwrap_or(usize::MAX);
        // Each word is decided on when the next is read, so that a pair
        // ("the Kremlin") is screened with both keys at once. The pair's key
        // is looked up only after a word that begins a pair (a quarter of
        // words): a random read of the table for every word would touch most
        // of it in every article, and the indexer evicts it in between.
        let mut before = Screened::NOTHING;
        for (start, end) in words.spans() {
            let word = openers.screen(text, start, end);
            let pair = before.begins_pair() && openers.pair_screen(&before, &word);
            if before.may_open(pair) && openers.opens(text, words, before.start, before.end) {
                scan.try_at(before.start);
            }
            while punctuation_at < start {
                scan.try_at(punctuation_at);
                next_punctuation += 1;
                punctuation_at = punctuation
                    .get(next_punctuation)
                    .copied()
                    .unwrap_or(usize::MAX);
            }
            before = word;
        }
        if before.may_open(false) && openers.opens(text, words, before.start, before.end) {
            scan.try_at(before.start);
        }
        for &at in &punctuation[next_punctuation..] {
            scan.try_at(at);
        }
        scan.found
    }

    /// What [`Gazetteer::find`] must find: walks at every word and every
    /// punctuation character.
    #[cfg(test)]
    fn find_walking_everywhere(&self, text: &str) -> Vec<Match> {
        let mut scan = Scan::new(self, text);
        let mut at = 0;
        while at < text.len() {
            let (c, len) = char_at(text, at);
            if is_word_char(c) {
                scan.try_at(at);
                at = word_end(text, at);
            } else {
                if !c.is_whitespace() {
                    scan.try_at(at);
                }
                at += len;
            }
        }
        scan.found
    }

    /// [`folded_hash`] of what `m` matched in `text` (in lower case, white
    /// space runs as one space), read from its pattern when it can be.
    pub fn folded_key(&self, m: &Match, text: &str) -> u64 {
        let pattern = m.pattern as usize;
        if self.patterns[pattern].prefix {
            folded_hash(&text[m.start..m.end])
        } else {
            self.folded[pattern]
        }
    }

    /// The candidate as a match of `list`, if it is in that list and passes
    /// the boundary and case rules.
    fn accept(&self, list: usize, text: &str, start: usize, c: &Candidate) -> Option<Match> {
        let pattern = &self.patterns[c.pattern.as_usize()];
        if usize::from(pattern.list) != list || !case_agrees(pattern, &text[start..c.end]) {
            return None;
        }
        let mut end = c.end;
        if pattern.prefix {
            end += text[end..]
                .find(|c: char| !is_word_char(c))
                .unwrap_or(text.len() - end);
        } else if !is_boundary_after(text, end) {
            return None;
        }
        Some(Match {
            list: pattern.list,
            target: pattern.target,
            start,
            end,
            pattern: c.pattern.as_u32(),
        })
    }
}

/// One pass of [`Gazetteer::find`] over a text.
struct Scan<'a> {
    gazetteer: &'a Gazetteer,
    text: &'a str,
    found: Vec<Match>,
    candidates: Vec<Candidate>,
    /// Per list, where its last match ends: its next match starts there or later.
    free_from: Vec<usize>,
}

impl<'a> Scan<'a> {
    fn new(gazetteer: &'a Gazetteer, text: &'a str) -> Scan<'a> {
        Scan {
            gazetteer,
            text,
            // Commentary has a name or phrase every 150 bytes or so: room
            // for them up front saves growing the list several times.
            found: Vec::with_capacity(text.len() / 128),
            candidates: Vec::new(),
            free_from: vec![0; gazetteer.lists],
        }
    }

    /// Walks from `at` and keeps, per list, the longest candidate that passes.
    fn try_at(&mut self, at: usize) {
        if self.free_from.iter().all(|&free| at < free) {
            return;
        }
        let g = self.gazetteer;
        walk(&g.automaton, g.start, self.text, at, &mut self.candidates);
        for (list, free) in self.free_from.iter_mut().enumerate() {
            if at < *free {
                continue;
            }
            let chosen = self
                .candidates
                .iter()
                .find_map(|c| g.accept(list, self.text, at, c));
            if let Some(m) = chosen {
                *free = m.end;
                self.found.push(m);
            }
        }
    }
}

/// How the patterns begin, so that most words of a text are passed over
/// without walking the automaton. A word may start a pattern only if
/// - it is the first word of a pattern with one word, or whose next word
///   ends it as a prefix shorter than a head ("war cr*");
/// - or it begins like a one-word prefix pattern ("sanction*");
/// - or it and the next word are the first two words of a pattern ("the
///   Kremlin"), so that "the" alone opens nothing, or the next word begins
///   with the head of the prefix that ends a pattern ("nuclear weap" of
///   "nuclear weapon*");
///
/// compared ASCII case folded, as the automaton folds case, acronyms as
/// written, and capitalised names only from words that do not start in
/// lower case. Words are compared by keys (a word's first 8 bytes and its
/// length): first in a small table, then in full, so a key shared by two
/// words costs a walk, never a wrong match.
#[derive(Debug)]
struct Openers {
    /// What each key may open, as [`Opens`] bits, one byte per hash slot.
    table: KeyFlags,
    /// The same keys in full, each mixed with its flag: a word that passes
    /// the table is checked here before the automaton is walked, as a walk
    /// costs more than a lookup.
    exact: FxHashSet<u64>,
    /// The one-word prefix patterns by the key of their head, folded, to
    /// check a word against before walking: "coun" is the head of
    /// "counterterroris*", and of every "country".
    prefixes: FxHashMap<u64, Vec<Box<[u8]>>>,
    /// The lengths (up to [`PREFIX_HEAD`]) at which a word is cut to look up
    /// the heads of one-word prefix patterns.
    prefix_lens: Vec<usize>,
    /// Those shorter than [`PREFIX_HEAD`] ("eu" of "EU*"): the screen looks
    /// up a word's head of that length always, and these only if any.
    short_prefix_lens: Vec<usize>,
    /// The characters that patterns starting with punctuation ("(XI)") start
    /// with.
    punctuation: Vec<char>,
    /// The heads of one-word prefix patterns again, in a table small enough
    /// to stay in the nearest cache, as every word is looked up in it.
    heads: HeadBits,
}

/// What a key may open, as bits of a [`KeyFlags`] slot.
struct Opens;

impl Opens {
    /// First word (case folded) of a one-word pattern that matches in any case.
    const ANY_CASE: u8 = 1;
    /// First word (case folded) of a one-word capitalised name ("Chad", not "chad").
    const CAPITALISED: u8 = 2;
    /// An acronym ("US") as written, which matches exactly only.
    const ACRONYM: u8 = 4;
    /// The head of a one-word prefix pattern ("sanc" of "sanction*").
    const PREFIX: u8 = 8;
    /// First word (case folded) of a longer pattern, by case rule.
    const PAIR_ANY_CASE: u8 = 16;
    const PAIR_CAPITALISED: u8 = 32;
    /// The first two words of a longer pattern ([`pair_key`]).
    const PAIR: u8 = 64;
    /// An acronym's key case folded: a word with this key that is not in
    /// lower case is looked up as written (as [`Opens::ACRONYM`]).
    const ACRONYM_FOLDED: u8 = 128;
}

/// Bytes of a one-word prefix pattern that its key keeps.
const PREFIX_HEAD: usize = 4;

/// Sets of keys as bits of one byte per hash slot, so that one load answers
/// every question about a word. The table (64 KB) stays in cache; with a few
/// thousand keys, about one lookup in twenty is a false positive, which the
/// full keys in [`Openers::exact`] then turn away.
#[derive(Debug)]
struct KeyFlags(Box<[u8; 1 << KeyFlags::BITS]>);

impl KeyFlags {
    const BITS: u32 = 16;

    fn new() -> KeyFlags {
        KeyFlags(Box::new([0; 1 << Self::BITS]))
    }

    fn slot(key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - Self::BITS)) as usize
    }

    fn insert(&mut self, key: u64, flag: u8) {
        self.0[Self::slot(key)] |= flag;
    }

    fn get(&self, key: u64) -> u8 {
        self.0[Self::slot(key)]
    }
}

/// A word as [`Openers::screen`] found it.
#[derive(Clone, Copy)]
struct Screened {
    start: usize,
    end: usize,
    /// The word's key, case folded, and that of its head (its first
    /// [`PREFIX_HEAD`] bytes), which a pattern's prefix may end in.
    key: u64,
    head: u64,
    /// The [`Opens`] bits its keys have in the table, as far as its case allows.
    flags: u8,
}

impl Screened {
    const PAIRS: u8 = Opens::PAIR_ANY_CASE | Opens::PAIR_CAPITALISED;

    /// Before the first word: opens nothing.
    const NOTHING: Screened = Screened {
        start: 0,
        end: 0,
        key: 0,
        head: 0,
        flags: 0,
    };

    /// Whether the word is the first of some pattern of two words or more.
    #[inline]
    fn begins_pair(self) -> bool {
        self.flags & Self::PAIRS != 0
    }

    /// Whether the word passes the table, given whether it and the next word
    /// are a pair there. (`&` and `|`, not `&&`, to keep this free of branches.)
    #[inline]
    fn may_open(self, pair_follows: bool) -> bool {
        (self.flags & !Self::PAIRS != 0) | ((self.flags & Self::PAIRS != 0) & pair_follows)
    }
}

/// A set of keys as one bit per hash slot (512 bytes).
#[derive(Debug)]
struct HeadBits([u64; 64]);

impl Default for HeadBits {
    fn default() -> HeadBits {
        HeadBits([0; 64])
    }
}

impl HeadBits {
    fn slot(key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 52) as usize
    }

    fn insert(&mut self, key: u64) {
        let slot = Self::slot(key);
        self.0[slot >> 6] |= 1 << (slot & 63);
    }

    fn contains(&self, key: u64) -> bool {
        let slot = Self::slot(key);
        self.0[slot >> 6] & (1 << (slot & 63)) != 0
    }
}

/// A word's key: its first 8 bytes (the `0x20` bit set in each when `fold`,
/// which lower-cases ASCII letters and leaves digits alone) mixed with its
/// length, so "internationally" and "international" differ.
fn word_key(word: &[u8], fold: bool) -> u64 {
    let (mut key, n) = match word.first_chunk::<8>() {
        Some(head) => (u64::from_le_bytes(*head), 8),
        None => {
            let key = word
                .iter()
                .rev()
                .fold(0u64, |key, &b| key << 8 | u64::from(b));
            (key, word.len())
        }
    };
    if fold && n > 0 {
        key |= 0x2020_2020_2020_2020 & (u64::MAX >> (8 * (8 - n)));
    }
    key ^ (word.len() as u64).rotate_right(8)
}

/// The same key as [`word_key`] for the `len` bytes of `bytes` from `at`.
#[inline]
fn word_key_at(bytes: &[u8], at: usize, len: usize, fold: bool) -> u64 {
    key_of_chunk(chunk_at(bytes, at), len, fold)
}

/// The 8 bytes of `bytes` from `at` as one little-endian number, zero past
/// the end; read as one machine word where the text allows.
#[inline]
fn chunk_at(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
        Some(&chunk) => u64::from_le_bytes(chunk),
        None => bytes[at..]
            .iter()
            .rev()
            .fold(0u64, |key, &b| key << 8 | u64::from(b)),
    }
}

/// [`word_key`] of the first `len` bytes of a word whose first 8 bytes are
/// `chunk` ([`chunk_at`]).
#[inline]
fn key_of_chunk(chunk: u64, len: usize, fold: bool) -> u64 {
    // The low `len` bytes; computed, not branched on, as word lengths vary.
    let mask = u64::MAX
        .checked_shr(8 * (8 - len.min(8)) as u32)
        .unwrap_or(0);
    let mut key = chunk & mask;
    if fold {
        key |= 0x2020_2020_2020_2020 & mask;
    }
    key ^ (len as u64).rotate_right(8)
}

/// The key of two consecutive words: the first's key and the second's head.
fn pair_key(first: u64, second: u64) -> u64 {
    first.rotate_left(29) ^ second.wrapping_mul(0xff51_afd7_ed55_8ccd)
}

impl Openers {
    fn of(patterns: &[Pattern]) -> Openers {
        let mut openers = Openers {
            table: KeyFlags::new(),
            exact: FxHashSet::default(),
            prefixes: FxHashMap::default(),
            prefix_lens: Vec::new(),
            short_prefix_lens: Vec::new(),
            punctuation: Vec::new(),
            heads: HeadBits::default(),
        };
        for p in patterns {
            let written = p.written.as_str();
            let first_end = word_end(written, 0);
            let first = &written.as_bytes()[..first_end];
            if first.is_empty() {
                openers.punctuation.extend(written.chars().next());
                continue;
            }
            if p.prefix && first_end == written.len() {
                let head = &first[..first.len().min(PREFIX_HEAD)];
                let key = word_key(head, true);
                openers.table.insert(key, Opens::PREFIX);
                openers.heads.insert(key);
                openers.prefix_lens.push(head.len());
                let folded = first.to_ascii_lowercase().into_boxed_slice();
                openers.prefixes.entry(key).or_default().push(folded);
                continue;
            }
            if p.case == CaseRule::Exact {
                openers.add(word_key(first, false), Opens::ACRONYM);
                openers
                    .table
                    .insert(word_key(first, true), Opens::ACRONYM_FOLDED);
                continue;
            }
            let key = word_key(first, true);
            // Pairs are keyed by the second word's head, so that one that
            // ends the pattern as a prefix pairs too ("nuclear weap" of
            // "nuclear weapon*"); a prefix shorter than a head leaves the
            // first word to open alone ("war cr*").
            let second = next_word(written, first_end).and_then(|(from, to)| {
                let word = &written.as_bytes()[from..to];
                let ends_as_prefix = p.prefix && to == written.len();
                (!ends_as_prefix || word.len() >= PREFIX_HEAD)
                    .then(|| word_key(&word[..word.len().min(PREFIX_HEAD)], true))
            });
            let capitalised = p.case == CaseRule::FirstUpper;
            match second {
                Some(second) => {
                    let flag = if capitalised {
                        Opens::PAIR_CAPITALISED
                    } else {
                        Opens::PAIR_ANY_CASE
                    };
                    openers.add(key, flag);
                    openers.add(pair_key(key, second), Opens::PAIR);
                }
                None if capitalised => openers.add(key, Opens::CAPITALISED),
                None => openers.add(key, Opens::ANY_CASE),
            }
        }
        openers.prefix_lens.sort_unstable();
        openers.prefix_lens.dedup();
        openers.short_prefix_lens = (openers.prefix_lens.iter())
            .copied()
            .filter(|&n| n < PREFIX_HEAD)
            .collect();
        openers.punctuation.sort_unstable();
        openers.punctuation.dedup();
        openers
    }

    /// Where patterns that start with punctuation may start in `text`, in
    /// order: a memchr pass per such character (usually only "(").
    fn punctuation_in(&self, text: &str) -> Vec<usize> {
        let mut found = Vec::new();
        for &c in &self.punctuation {
            let mut utf8 = [0; 4];
            let needle = c.encode_utf8(&mut utf8).as_bytes();
            found.extend(memchr::memmem::find_iter(text.as_bytes(), needle));
        }
        if self.punctuation.len() > 1 {
            found.sort_unstable();
        }
        found
    }

    fn add(&mut self, key: u64, flag: u8) {
        self.table.insert(key, flag);
        self.exact.insert(flagged(key, flag));
    }

    /// Whether `key` was added with `flag` (one [`Opens`] bit, or none).
    fn confirms(&self, key: u64, flag: u8) -> bool {
        flag != 0 && self.exact.contains(&flagged(key, flag))
    }

    /// What the table says a word (a whole run of word characters from `at`
    /// to `end`) may open. Every key of the word is looked up and the answers
    /// masked, with no branch on what the word is, as mispredicted branches
    /// cost more than the loads.
    #[inline]
    fn screen(&self, text: &str, at: usize, end: usize) -> Screened {
        let bytes = text.as_bytes();
        let len = end - at;
        // The word's first 8 bytes, read once for all its keys.
        let chunk = chunk_at(bytes, at);
        let lower_case = match chunk as u8 {
            b if b < 0x80 => b.is_ascii_lowercase(),
            _ => char_at(text, at).0.is_lowercase(),
        };
        // All ones for words not in lower case, which may open capitalised
        // names and acronyms too.
        let upper = u8::from(!lower_case).wrapping_neg();
        let wanted = Opens::ANY_CASE
            | Opens::PAIR_ANY_CASE
            | (upper & (Opens::CAPITALISED | Opens::PAIR_CAPITALISED | Opens::ACRONYM_FOLDED));
        let key = key_of_chunk(chunk, len, true);
        let head = key_of_chunk(chunk, PREFIX_HEAD.min(len), true);
        let mut flags = self.table.get(key) & wanted;
        flags |= Opens::PREFIX * u8::from(self.heads.contains(head) & (len >= PREFIX_HEAD));
        for &n in &self.short_prefix_lens {
            let cut = key_of_chunk(chunk, n.min(len), true);
            flags |= Opens::PREFIX * u8::from(self.heads.contains(cut) & (n <= len));
        }
        Screened {
            start: at,
            end,
            key,
            head,
            flags,
        }
    }

    /// Whether the table holds the pair of a word and the next one's head.
    #[inline]
    fn pair_screen(&self, first: &Screened, second: &Screened) -> bool {
        self.table.get(pair_key(first.key, second.head)) & Opens::PAIR != 0
    }

    /// Whether the word `text[at..end]` (a whole run of word characters) may
    /// start a pattern, in full, for the few words that pass [`Openers::screen`].
    #[inline(never)]
    fn opens(&self, text: &str, words: &WordBits, at: usize, end: usize) -> bool {
        let bytes = text.as_bytes();
        let len = end - at;
        let key = word_key_at(bytes, at, len, true);
        let lower_case = match bytes[at] {
            b if b < 0x80 => b.is_ascii_lowercase(),
            _ => char_at(text, at).0.is_lowercase(),
        };
        // Capitalised names and acronyms only from words not in lower case.
        let wanted = if lower_case {
            Opens::ANY_CASE | Opens::PAIR_ANY_CASE
        } else {
            Opens::ANY_CASE | Opens::CAPITALISED | Opens::PAIR_ANY_CASE | Opens::PAIR_CAPITALISED
        };
        let flags = self.table.get(key) & wanted;
        let exact_key = (!lower_case).then(|| word_key_at(bytes, at, len, false));
        let acronym = exact_key.is_some_and(|k| self.table.get(k) & Opens::ACRONYM != 0);
        let prefix_heads = self.prefix_lens.iter().filter(|&&n| {
            n <= len && self.table.get(word_key_at(bytes, at, n, true)) & Opens::PREFIX != 0
        });
        let mut prefix_heads = prefix_heads.peekable();
        if flags == 0 && !acronym && prefix_heads.peek().is_none() {
            return false;
        }
        if self.confirms(key, flags & Opens::ANY_CASE)
            || self.confirms(key, flags & Opens::CAPITALISED)
            || exact_key.is_some_and(|k| acronym && self.confirms(k, Opens::ACRONYM))
        {
            return true;
        }
        let word = &bytes[at..end];
        let prefixed = prefix_heads.any(|&n| {
            let head = word_key_at(bytes, at, n, true);
            self.prefixes.get(&head).is_some_and(|all| {
                all.iter()
                    .any(|p| word.len() >= p.len() && word[..p.len()].eq_ignore_ascii_case(p))
            })
        });
        if prefixed {
            return true;
        }
        if flags & (Opens::PAIR_ANY_CASE | Opens::PAIR_CAPITALISED) == 0 {
            return false;
        }
        let Some((from, to)) = words.next_word(end) else {
            return false;
        };
        let pair = pair_key(
            key,
            word_key_at(bytes, from, PREFIX_HEAD.min(to - from), true),
        );
        // The table turns most pairs away ("the" opens few) before full keys are read.
        self.table.get(pair) & Opens::PAIR != 0
            && (self.confirms(key, flags & Opens::PAIR_ANY_CASE)
                || self.confirms(key, flags & Opens::PAIR_CAPITALISED))
            && self.confirms(pair, Opens::PAIR)
    }
}

/// A key mixed with the flag it was added under, for [`Openers::exact`].
fn flagged(key: u64, flag: u8) -> u64 {
    key ^ u64::from(flag).wrapping_mul(0xc2b2_ae3d_27d4_eb4f)
}

/// Walks the automaton from `start` until no pattern can continue, feeding
/// each run of white space as one space and letters in lower case (as
/// [`lower_case`] does), and collects, longest first, every pattern that
/// spans exactly from `start` to where it was found. (Match states also hold
/// patterns that are only suffixes of the walked text; their length gives
/// them away.)
fn walk(
    automaton: &contiguous::NFA,
    start_state: StateID,
    text: &str,
    start: usize,
    candidates: &mut Vec<Candidate>,
) {
    candidates.clear();
    let bytes = text.as_bytes();
    let mut state = start_state;
    let mut fed = 0;
    let mut at = start;
    let step = |state, byte| automaton.next_state(Anchored::Yes, state, byte);
    while at < bytes.len() {
        let byte = bytes[at];
        if byte < 0x80 {
            if byte.is_ascii_whitespace() || byte == 0x0b {
                state = step(state, b' ');
                at = skip_space(text, at);
            } else {
                state = step(state, byte.to_ascii_lowercase());
                at += 1;
            }
            fed += 1;
        } else {
            let (c, len) = char_at(text, at);
            if c.is_whitespace() {
                state = step(state, b' ');
                fed += 1;
                at = skip_space(text, at);
            } else {
                // Each byte of each char of its lower case; only the state
                // after the whole char can match, as spans end between chars.
                let mut utf8 = [0; 4];
                for lower in c.to_lowercase() {
                    for &b in lower.encode_utf8(&mut utf8).as_bytes() {
                        state = step(state, b);
                        fed += 1;
                    }
                }
                at += len;
            }
        }
        if automaton.is_special(state) {
            if automaton.is_dead(state) {
                break;
            }
            for k in 0..automaton.match_len(state) {
                let pattern = automaton.match_pattern(state, k);
                if automaton.pattern_len(pattern) == fed {
                    candidates.push(Candidate { pattern, end: at });
                }
            }
        }
    }
    // Longest first; within one length, in pattern order (the sort is stable).
    candidates.sort_by_key(|c| std::cmp::Reverse(c.end));
}

/// `s` in lower case char by char, as [`walk`] feeds text to the automaton
/// (unlike `str::to_lowercase`, which gives a Greek word its final sigma).
fn lower_case(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// The end of the run of white space at `at`.
fn skip_space(text: &str, at: usize) -> usize {
    text[at..]
        .find(|c: char| !c.is_whitespace())
        .map_or(text.len(), |n| at + n)
}

fn capitalised(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn is_boundary_after(text: &str, end: usize) -> bool {
    text[end..].chars().next().is_none_or(|c| !is_word_char(c))
}

fn case_agrees(pattern: &Pattern, found: &str) -> bool {
    match pattern.case {
        CaseRule::Exact => found == pattern.written,
        CaseRule::FirstUpper => found.chars().next().is_some_and(|c| !c.is_lowercase()),
        CaseRule::Any => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(g: &Gazetteer, text: &str) -> Vec<(u32, String)> {
        g.find(text)
            .into_iter()
            .map(|m| (m.target, text[m.start..m.end].to_owned()))
            .collect()
    }

    #[test]
    fn word_boundaries() {
        let g = Gazetteer::new([(1, "Iran"), (2, "Putin")], true);
        assert_eq!(
            names(&g, "Iranian officials met Iran's envoy"),
            vec![(1, "Iran".into())]
        );
        assert_eq!(
            names(&g, "Putin's call; Putinism"),
            vec![(2, "Putin".into())]
        );
    }

    #[test]
    fn acronyms_match_exact_case_only() {
        let g = Gazetteer::new([(1, "US"), (2, "UN"), (3, "U.S.")], true);
        assert_eq!(
            names(&g, "let us see the UN and the US, the U.S. too; un-"),
            vec![(2, "UN".into()), (1, "US".into()), (3, "U.S.".into())]
        );
    }

    #[test]
    fn capitalised_names_need_a_capital() {
        let g = Gazetteer::new([(1, "Chad"), (2, "the Kremlin")], true);
        assert_eq!(
            names(&g, "a chad; Chad; The Kremlin; the kremlin"),
            vec![
                (1, "Chad".into()),
                (2, "The Kremlin".into()),
                (2, "the kremlin".into())
            ]
        );
    }

    #[test]
    fn longest_match_wins() {
        let g = Gazetteer::new(
            [
                (1, "Guinea"),
                (2, "Papua New Guinea"),
                (3, "Guinea-Bissau"),
                (4, "America"),
                (5, "United States of America"),
            ],
            true,
        );
        assert_eq!(
            names(
                &g,
                "Papua New Guinea, Guinea-Bissau, Guinea and the United States of America."
            ),
            vec![
                (2, "Papua New Guinea".into()),
                (3, "Guinea-Bissau".into()),
                (1, "Guinea".into()),
                (5, "United States of America".into())
            ]
        );
    }

    #[test]
    fn a_shorter_name_is_tried_when_the_longest_does_not_fit() {
        let g = Gazetteer::new([(1, "US"), (2, "US Congress")], true);
        assert_eq!(
            names(&g, "US congressional US Congress"),
            vec![(1, "US".into()), (2, "US Congress".into())]
        );
    }

    #[test]
    fn skipping_words_never_loses_a_match() {
        let lexicon = crate::extract::Lexicon::load(None).unwrap();
        let names = lexicon.actors.iter().enumerate().flat_map(|(i, a)| {
            std::iter::once(a.name.as_str())
                .chain(a.aliases.iter().map(String::as_str))
                .map(move |n| (i as u32, n))
        });
        let phrases = lexicon
            .issues
            .iter()
            .enumerate()
            .flat_map(|(i, issue)| issue.phrases.iter().map(move |p| (i as u32, p.as_str())));
        let g = Gazetteer::builder()
            .list(true, names)
            .list(false, phrases)
            .build();
        let samples = ["RUS_77_2022", "UKR_77_2022", "USA_01_1946", "YEM_77_2022"];
        for sample in samples {
            let path = format!("{}/corpus/ungdc/{sample}.txt", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).unwrap();
            let every_word = g.find_walking_everywhere(&text);
            assert!(every_word.len() > 50, "{sample}: {}", every_word.len());
            assert_eq!(g.find(&text), every_word, "{sample}");
        }
    }

    #[test]
    fn a_pattern_folds_as_the_texts_it_matches() {
        let g = Gazetteer::new(
            [
                (1, "climate change"),
                (2, "sanction*"),
                (3, "Чёрное море"),
                (4, "Black Sea"),
            ],
            false,
        );
        let text =
            "Climate\n  CHANGE, new sanctions; ЧЁРНОЕ МОРЕ and Чёрное море; the BLACK\u{a0}sea";
        let found = g.find(text);
        assert_eq!(found.len(), 5, "{found:?}");
        for m in &found {
            assert_eq!(
                g.folded_key(m, text),
                folded_hash(&text[m.start..m.end]),
                "{}",
                &text[m.start..m.end]
            );
        }
        assert_eq!(
            folded_hash("Climate\n  CHANGE"),
            folded_hash("climate change")
        );
        assert_ne!(folded_hash("sanctions"), folded_hash("sanctioned"));
    }

    #[test]
    fn the_first_two_words_open_a_long_name() {
        let g = Gazetteer::new(
            [
                (1, "the Kremlin"),
                (2, "To Lam"),
                (3, "nuclear weapon*"),
                (4, "war*"),
            ],
            true,
        );
        assert_eq!(
            names(
                &g,
                "the\nKremlin said to lam; To Lam went; the war, warfare; nuclear weapons"
            ),
            vec![
                (1, "the\nKremlin".into()),
                (2, "To Lam".into()),
                (4, "war".into()),
                (4, "warfare".into()),
                (3, "nuclear weapons".into())
            ]
        );
    }

    #[test]
    fn words_that_only_share_a_head_or_a_slot_open_nothing() {
        let g = Gazetteer::new(
            [
                (1, "counterterroris*"),
                (2, "peace and security"),
                (3, "Chad"),
                (4, "nuclear weapon*"),
                (5, "war cr*"),
            ],
            false,
        );
        let opens = |text: &str| {
            let words = WordBits::new(text);
            g.openers.opens(text, &words, 0, word_end(text, 0))
        };
        assert!(opens("Counterterrorism"));
        assert!(!opens("countries"), "the head alone");
        assert!(opens("peace and war"), "the first two words");
        assert!(!opens("peace in"));
        assert!(opens("Chad"));
        assert!(!opens("Chadian"));
        assert!(opens("nuclear weaponry"), "the head of the prefix");
        assert!(opens("nuclear weap"));
        assert!(!opens("nuclear energy"));
        assert!(!opens("nuclear wea"), "shorter than the head");
        assert!(opens("war at sea"), "a prefix shorter than a head");
        assert_eq!(
            names(&g, "nuclear weapons, nuclear energy, war crimes"),
            vec![(4, "nuclear weapons".into()), (5, "war crimes".into())]
        );
    }

    #[test]
    fn names_across_separators_and_white_space() {
        let g = Gazetteer::new(
            [
                (1, "Minsk Group"),
                (2, "Guinea-Bissau"),
                (3, "Côte d’Ivoire"),
                (4, "U.S."),
                (5, "U.S. Congress"),
                (6, "peace-keep*"),
                (7, "St. Lucia"),
            ],
            true,
        );
        let text = "the Minsk\u{a0}\r\n Group, Minsk-Group, Guinea - Bissau, Guinea-Bissau; \
                    CÔTE D’IVOIRE, Côte d'Ivoire; the U.S. Congress and the U.S.; \
                    peace-keeping, peace keeping; St.  Lucia, St.Lucia";
        assert_eq!(
            names(&g, text),
            vec![
                (1, "Minsk\u{a0}\r\n Group".into()),
                (2, "Guinea-Bissau".into()),
                (3, "CÔTE D’IVOIRE".into()),
                (5, "U.S. Congress".into()),
                (4, "U.S.".into()),
                (6, "peace-keeping".into()),
                (7, "St.  Lucia".into())
            ]
        );
        assert_eq!(g.find(text), g.find_walking_everywhere(text));
    }

    #[test]
    fn patterns_may_start_with_punctuation() {
        let g = Gazetteer::new([(1, "XI"), (2, "(XI)")], true);
        assert_eq!(
            names(&g, "resolution 1000 (XI), then XI; ((XI)"),
            vec![(2, "(XI)".into()), (1, "XI".into()), (2, "(XI)".into())]
        );
        assert_eq!(g.find("(XI)"), g.find_walking_everywhere("(XI)"));
    }

    #[test]
    fn keys_read_in_place_equal_keys_of_copies() {
        let text = "Internationally, the UN met in Kyiv; Путин. x";
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some((start, end)) = next_word(text, at) {
            for fold in [false, true] {
                let len = end - start;
                assert_eq!(
                    word_key_at(bytes, start, len, fold),
                    word_key(&bytes[start..end], fold),
                    "{:?}",
                    &text[start..end]
                );
                let head = len.min(PREFIX_HEAD);
                assert_eq!(
                    word_key_at(bytes, start, head, fold),
                    word_key(&bytes[start..start + head], fold)
                );
            }
            at = end;
        }
    }

    #[test]
    fn cyrillic_in_any_case() {
        let g = Gazetteer::new([(1, "Путин")], true);
        assert_eq!(
            names(&g, "ПУТИН и Путин, путинский"),
            vec![(1, "ПУТИН".into()), (1, "Путин".into())]
        );
    }

    #[test]
    fn case_variants_whose_lower_case_differs_still_match() {
        // Upper case spells "ß" as "SS" and a final "ς" as "Σ": the
        // automaton is fed "ss" and "σ" for them, so those variants keep
        // paths of their own.
        let g = Gazetteer::new([(1, "Großbritannien"), (2, "Τσίπρας")], true);
        assert_eq!(
            names(
                &g,
                "GROSSBRITANNIEN, Großbritannien; ΤΣΊΠΡΑΣ, Τσίπρας, τσίπρας."
            ),
            vec![
                (1, "GROSSBRITANNIEN".into()),
                (1, "Großbritannien".into()),
                (2, "ΤΣΊΠΡΑΣ".into()),
                (2, "Τσίπρας".into()),
            ]
        );
    }

    #[test]
    fn prefix_phrases() {
        let g = Gazetteer::new([(1, "sanction*"), (2, "nuclear weapon*")], false);
        assert_eq!(
            names(
                &g,
                "Sanctions and sanctioned; NUCLEAR WEAPONS; unsanctioned"
            ),
            vec![
                (1, "Sanctions".into()),
                (1, "sanctioned".into()),
                (2, "NUCLEAR WEAPONS".into())
            ]
        );
    }
}
