//! A multi-pattern matcher for names and phrases (aho-corasick), on word
//! boundaries, longest match first, with the lexicon's case rules.
//!
//! The automaton (a trie, see `trie`) is only ever started where a word starts that can open a
//! pattern (as the screens of the `screen` module decide), and walked until
//! no pattern can continue; words are found from a bit per byte
//! ([`WordBits`]), so the ordinary words between names cost a few
//! instructions each. Any run of white space counts as one space, so a
//! name broken across lines ("Minsk \r\nGroup") still matches, and spans are
//! byte offsets of the text as given. Several lists (actors, issue phrases) share
//! one automaton and one pass; matches of different lists may overlap.

mod screen;
mod trie;

use super::lexicon::is_acronym;
use crate::text::{WordBits, char_at, is_word_char};
use screen::{Openers, Screened};
use trie::Trie;

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
/// the pattern that matched.
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
    /// What the trie matches: of an entry's case variants, one per key.
    patterns: Vec<Pattern>,
    /// Each pattern's key in the trie: its spelling in lower case.
    keys: Vec<String>,
    /// The case variants whose key another variant of their entry already
    /// has ("ПУТИН" beside "Путин"): the screens need them, as they fold
    /// ASCII case only, but in the trie they would be the same pattern again.
    screened_only: Vec<Pattern>,
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
                let lower = crate::text::to_lowercase(written);
                variants.push(written.to_uppercase());
                variants.push(crate::text::capitalised(&lower));
                variants.push(lower);
            }
            variants.sort();
            variants.dedup();
            let entry_keys = self.keys.len();
            for v in variants {
                let key = lower_case(&v);
                let pattern = Pattern {
                    list,
                    target,
                    written: v,
                    case,
                    prefix,
                };
                // Variants of one entry differ in case only, which the case
                // rules of a non-acronym do not read: one key, one pattern.
                if self.keys[entry_keys..].contains(&key) {
                    self.screened_only.push(pattern);
                } else {
                    self.keys.push(key);
                    self.patterns.push(pattern);
                }
            }
        }
        self
    }

    /// The trie holds the patterns in lower case and is fed the text so:
    /// the case variants of other scripts that lower case alike are one
    /// pattern, on one path.
    pub fn build(self) -> Gazetteer {
        Gazetteer {
            trie: Trie::new(&self.keys),
            openers: Openers::of(self.patterns.iter().chain(&self.screened_only)),
            patterns: self.patterns,
            lists: usize::from(self.lists),
        }
    }
}

/// Finds names in text. Each pattern denotes a target id chosen by the caller.
#[derive(Debug)]
pub struct Gazetteer {
    trie: Trie,
    patterns: Vec<Pattern>,
    openers: Openers,
    lists: usize,
}

/// A pattern that the automaton found at a word start, before the case and
/// boundary rules: its id, and where it ends in the text.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    pattern: u32,
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
        // Measured 2026-12-04: looking every pair up costs 1.5% more
        // instructions per extraction (cachegrind, extract_throughput on the
        // 172 files of UNGDC session 50); the screen tests hold the result to
        // `find_walking_everywhere`.
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

    /// The candidate as a match of `list`, if it is in that list and passes
    /// the boundary and case rules.
    fn accept(&self, list: usize, text: &str, start: usize, c: &Candidate) -> Option<Match> {
        let pattern = &self.patterns[c.pattern as usize];
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
            pattern: c.pattern,
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
            found: Vec::new(),
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
        walk(&g.trie, self.text, at, &mut self.candidates);
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

/// Walks the trie from `start` until no pattern can continue, feeding
/// each run of white space as one space and letters in lower case (as
/// [`lower_case`] does), and collects, longest first, every pattern that
/// spans exactly from `start` to where it was found.
fn walk(trie: &Trie, text: &str, start: usize, candidates: &mut Vec<Candidate>) {
    candidates.clear();
    let bytes = text.as_bytes();
    let mut node = Trie::ROOT;
    let mut at = start;
    while at < bytes.len() {
        let (c, len) = match bytes[at] {
            ascii @ 0..0x80 => (char::from(ascii), 1),
            _ => char_at(text, at),
        };
        let next = if c.is_whitespace() {
            at = skip_space(text, at);
            trie.next(node, b' ')
        } else if c.is_ascii() {
            at += 1;
            let next = trie.next(node, bytes[at - 1].to_ascii_lowercase());
            // A hyphen that ends a word, then white space, is a word broken
            // at a line's end as text taken from PDFs keeps it ("Secretary-
            // General", "Guinea- Bissau"): the name goes on after the space,
            // unless the name itself has a space there.
            if c == '-'
                && let Some(after) = next
                && text[..at - 1].ends_with(char::is_alphabetic)
                && text[at..].starts_with(char::is_whitespace)
                && trie.next(after, b' ').is_none()
            {
                at = skip_space(text, at);
            }
            next
        } else {
            at += len;
            // Each byte of each char of its lower case; only the node after
            // the whole char can match, as spans end between chars.
            let mut utf8 = [0; 4];
            c.to_lowercase().try_fold(node, |node, lower| {
                lower
                    .encode_utf8(&mut utf8)
                    .bytes()
                    .try_fold(node, |node, b| trie.next(node, b))
            })
        };
        let Some(next) = next else { break };
        node = next;
        candidates.extend(
            trie.matches(node)
                .iter()
                .map(|&pattern| Candidate { pattern, end: at }),
        );
    }
    // Longest first; within one length, in pattern order (the sort is stable).
    candidates.sort_by_key(|c| std::cmp::Reverse(c.end));
}

/// `s` in lower case char by char, as [`walk`] feeds text to the trie
/// (unlike `str::to_lowercase`, which gives a Greek word its final sigma).
/// Every pattern's key is made so when the extractor is built: ASCII (most
/// names) takes the byte-wise path, and the rest is written into a string
/// of the right size instead of one grown char by char.
fn lower_case(s: &str) -> String {
    crate::text::lower_case(s)
}

/// The end of the run of white space at `at`.
fn skip_space(text: &str, at: usize) -> usize {
    text[at..]
        .find(|c: char| !c.is_whitespace())
        .map_or(text.len(), |n| at + n)
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
    use crate::text::folded_hash;

    pub(super) fn names(g: &Gazetteer, text: &str) -> Vec<(u32, String)> {
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
        let keys: Vec<u64> = found
            .iter()
            .map(|m| folded_hash(&text[m.start..m.end]))
            .collect();
        assert_eq!(keys[0], folded_hash("climate change"));
        assert_eq!(keys[2], keys[3], "ЧЁРНОЕ МОРЕ and Чёрное море");
        assert_eq!(keys[4], folded_hash("black sea"));
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

    /// A hyphenated name broken after its hyphen at a line's end, the line
    /// break kept as a space or not (as text from PDFs has it), is the name;
    /// a hyphen standing between spaces, or before a word that does not go
    /// on with the name, is not.
    #[test]
    fn names_broken_after_their_hyphen_are_found() {
        let g = Gazetteer::new(
            [
                (1, "Guinea-Bissau"),
                (2, "Guinea"),
                (3, "Secretary-General"),
                (4, "Non-Aligned Movement"),
            ],
            true,
        );
        let text = "Guinea- Bissau, Guinea-\nBissau, the Secretary-  General and the Non- \
                    Aligned Movement; Guinea - Bissau; Guinea- and Bissau";
        assert_eq!(
            names(&g, text),
            vec![
                (1, "Guinea- Bissau".into()),
                (1, "Guinea-\nBissau".into()),
                (3, "Secretary-  General".into()),
                (4, "Non- Aligned Movement".into()),
                (2, "Guinea".into()),
                (2, "Guinea".into()),
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

    proptest::proptest! {
        /// Against the plain reference, char by char: ASCII, Latin with
        /// accents, Greek (final sigma), Cyrillic, "İ" (whose lower case is
        /// longer) and anything else.
        #[test]
        fn keys_are_lower_cased_char_by_char(
            s in "[a-zA-Z .'*-]{0,24}|([a-zA-Z .'*-]|[àÉßİΣσςΤίСПутинЁ]|\\PC){0,24}",
        ) {
            let reference: String = s.chars().flat_map(char::to_lowercase).collect();
            proptest::prop_assert_eq!(lower_case(&s), reference);
        }
    }

    /// The gazetteer as first built, the reference for one pattern per key:
    /// every case variant a pattern of its own, each keyed by its lower case.
    fn every_variant_a_pattern(b: GazetteerBuilder) -> Gazetteer {
        let mut patterns = b.patterns;
        patterns.extend(b.screened_only);
        let keys: Vec<String> = patterns.iter().map(|p| lower_case(&p.written)).collect();
        Gazetteer {
            trie: Trie::new(&keys),
            openers: Openers::of(&patterns),
            patterns,
            lists: usize::from(b.lists),
        }
    }

    fn spans(found: Vec<Match>) -> Vec<(u8, u32, usize, usize)> {
        found
            .into_iter()
            .map(|m| (m.list, m.target, m.start, m.end))
            .collect()
    }

    proptest::proptest! {
        /// Names of several scripts (two actors sharing some, acronyms,
        /// prefixes, "ß" and final sigma, whose upper case lower-cases to
        /// another key) in text of mixed case: the same matches as with every
        /// case variant a pattern.
        #[test]
        fn one_pattern_per_key_finds_what_every_variant_finds(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "Путин", "ПУТИН", "путин", "Путина", "Ёлка", "ёлка", "Großbritannien",
                "GROSSBRITANNIEN", "Τσίπρας", "ΤΣΊΠΡΑΣ", "τσίπρας", "Çelik", "ÇELİK",
                "İstanbul", "istanbul", "NATO", "Nato", "Владимир", "владимир",
                "санкции", "САНКЦИЙ", "the", "Kremlin", "KREMLIN", "(XI)",
            ]), 0..12),
            gaps in proptest::collection::vec(proptest::sample::select(vec![
                " ", ", ", "\n", "-", ". ", "'s ",
            ]), 12),
        ) {
            let entries = [
                (1, "Путин"), (2, "Владимир Путин"), (3, "Ёлка"), (4, "Großbritannien"),
                (5, "Τσίπρας"), (6, "Çelik"), (7, "İstanbul"), (8, "NATO"), (9, "Путин"),
                (10, "the Kremlin"), (11, "(XI)"), (12, "Путина"),
            ];
            let phrases = [(1, "санкци*"), (2, "Großbritannien"), (3, "ПУТИН")];
            let build = || {
                Gazetteer::builder()
                    .list(true, entries.iter().copied())
                    .list(false, phrases.iter().copied())
            };
            let text: String = words
                .iter()
                .zip(&gaps)
                .flat_map(|(w, g)| [*w, *g])
                .collect();
            proptest::prop_assert_eq!(
                spans(build().build().find(&text)),
                spans(every_variant_a_pattern(build()).find(&text))
            );
        }
    }

    #[test]
    fn case_variants_that_lower_case_alike_are_one_pattern() {
        let b = Gazetteer::builder().list(true, [(1, "Путин"), (2, "Großbritannien")]);
        // "Путин", "ПУТИН", "путин" share a key; "GROSSBRITANNIEN" has its own.
        assert_eq!(b.keys, ["путин", "grossbritannien", "großbritannien"]);
        assert_eq!(b.screened_only.len(), 3);
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
