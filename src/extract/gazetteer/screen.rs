//! The screens in front of the automaton: which words of a text may open a
//! pattern, decided from hashed keys of the word (and of the next word's
//! head), so that [`Gazetteer::find`](super::Gazetteer::find) walks the
//! automaton only there.
//!
//! What they buy (2026-12-04, the default lexicon, the 193 speeches of UNGDC
//! session 77, 411,179 words): the automaton is walked 24,726 times instead
//! of 457,905 (at every word and punctuation character), and matching takes
//! about half the time (135 against 274 ms, best of 3, in the dev profile;
//! not measured with optimisations).
//!
//! A screen may let a word through for nothing (a walk that finds no match)
//! but must never turn away one that opens a match: the tests below hold
//! `Gazetteer::find` to the plain reference,
//! `Gazetteer::find_walking_everywhere`, which walks at every word.

use super::{CaseRule, Pattern};
use crate::text::{WordBits, char_at, next_word, word_end};
use rustc_hash::{FxHashMap, FxHashSet};

#[cfg(test)]
use super::{Gazetteer, Match, Scan};
#[cfg(test)]
use crate::text::is_word_char;

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
pub(super) struct Openers {
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
pub(super) struct Screened {
    pub(super) start: usize,
    pub(super) end: usize,
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
    pub(super) const NOTHING: Screened = Screened {
        start: 0,
        end: 0,
        key: 0,
        head: 0,
        flags: 0,
    };

    /// Whether the word is the first of some pattern of two words or more.
    #[inline]
    pub(super) fn begins_pair(self) -> bool {
        self.flags & Self::PAIRS != 0
    }

    /// Whether the word passes the table, given whether it and the next word
    /// are a pair there. (`&` and `|`, not `&&`, to keep this free of branches.)
    #[inline]
    pub(super) fn may_open(self, pair_follows: bool) -> bool {
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
    pub(super) fn of<'a>(patterns: impl IntoIterator<Item = &'a Pattern>) -> Openers {
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
    pub(super) fn punctuation_in(&self, text: &str) -> Vec<usize> {
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
    pub(super) fn screen(&self, text: &str, at: usize, end: usize) -> Screened {
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
    pub(super) fn pair_screen(&self, first: &Screened, second: &Screened) -> bool {
        self.table.get(pair_key(first.key, second.head)) & Opens::PAIR != 0
    }

    /// Whether the word `text[at..end]` (a whole run of word characters) may
    /// start a pattern, in full, for the few words that pass [`Openers::screen`].
    #[inline(never)]
    pub(super) fn opens(&self, text: &str, words: &WordBits, at: usize, end: usize) -> bool {
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

#[cfg(test)]
impl Gazetteer {
    /// The plain reference the screens are tested against: what
    /// [`Gazetteer::find`] must find, by walking the automaton at every word
    /// and every punctuation character.
    pub(super) fn find_walking_everywhere(&self, text: &str) -> Vec<Match> {
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
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;

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
}
