//! Snippets: short passages of a document around the query's terms, several
//! when the matches are spread out, with the byte ranges to highlight.

use crate::text::WordBits;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use tantivy::tokenizer::TextAnalyzer;

/// Matches close enough to share one passage: byte range and term number.
type Group = Vec<(Range<usize>, usize)>;

/// How many passages a snippet may have.
pub const MAX_FRAGMENTS: usize = 3;
/// Target length of one passage, in bytes.
pub const FRAGMENT_BYTES: usize = 180;

/// What a snippet looks for: the query's terms as analysed (e.g. stemmed),
/// and its phrases as runs of those terms. A term the query asks for only
/// inside phrases is highlighted only where a whole phrase is, so that
/// `"Black Sea"` does not light up "the Black and Azov Seas".
#[derive(Debug, Clone, Default)]
pub struct QueryWords {
    terms: Vec<String>,
    /// Per term: asked for outside any phrase too.
    free: Vec<bool>,
    phrases: Vec<Vec<usize>>,
    /// Analyse every word of a text, not only those whose head agrees with
    /// a term's: the head test holds for the English stemmer only (German
    /// folds `ä`, Russian `ё`, at the start of a stem too).
    every_word: bool,
}

impl QueryWords {
    /// Makes [`fragments`] analyse every word (for a stemmer other than English).
    pub fn analyse_every_word(&mut self) {
        self.every_word = true;
    }

    /// Adds an analysed term; `in_phrase` when it comes from a phrase.
    pub fn add_term(&mut self, term: &str, in_phrase: bool) {
        let i = self.position(term).unwrap_or_else(|| {
            self.terms.push(term.to_owned());
            self.free.push(false);
            self.terms.len() - 1
        });
        self.free[i] |= !in_phrase;
    }

    /// Adds a phrase as the query gave it (unanalysed). A phrase with a word
    /// that is not among the terms (of another field) is left out.
    pub fn add_phrase(&mut self, phrase: &str, analyzer: &mut TextAnalyzer) {
        let mut stream = analyzer.token_stream(phrase);
        let mut run = Vec::new();
        while stream.advance() {
            match self.position(&stream.token().text) {
                Some(i) => run.push(i),
                None => return,
            }
        }
        if run.len() > 1 {
            self.phrases.push(run);
        }
    }

    fn position(&self, term: &str) -> Option<usize> {
        self.terms.iter().position(|t| t == term)
    }

    /// Keeps the matches (byte range, term, word number) of free terms and
    /// those inside a whole phrase. A term of no known phrase (one with a
    /// slop, or of another field) counts as free.
    fn keep_phrases_whole(&self, matches: &mut Vec<(Range<usize>, usize, usize)>) {
        let mut free = self.free.clone();
        for (term, free) in free.iter_mut().enumerate() {
            *free |= !self.phrases.iter().any(|p| p.contains(&term));
        }
        if free.iter().all(|&free| free) {
            return;
        }
        let mut whole = vec![false; matches.len()];
        for phrase in &self.phrases {
            for first in 0..matches.len() {
                let Some(run) = matches.get(first..first + phrase.len()) else {
                    break;
                };
                let in_order = run
                    .iter()
                    .zip(phrase)
                    .enumerate()
                    .all(|(k, ((_, term, word), want))| term == want && *word == run[0].2 + k);
                if in_order {
                    whole[first..first + phrase.len()].fill(true);
                }
            }
        }
        let mut whole = whole.into_iter();
        matches.retain(|(_, term, _)| whole.next() == Some(true) || free[*term]);
    }
}

/// One passage; `highlights` are byte ranges within `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fragment {
    pub text: String,
    pub highlights: Vec<Range<usize>>,
}

/// Passages of `text` around the tokens that `analyzer` turns into one of
/// the query's terms, best first by distinct terms, returned in text order.
/// Without matches: the opening of the text.
pub fn fragments(text: &str, query: &QueryWords, analyzer: &mut TextAnalyzer) -> Vec<Fragment> {
    // Byte range, term and word number (phrases are runs of words).
    let mut matches: Vec<(Range<usize>, usize, usize)> = Vec::new();
    let term_list = &query.terms;
    // Stemming every word of a long speech is most of a search's time, so
    // only words that begin like a query term are analysed (exactly: the
    // tests check every word of a word list against its stem).
    let heads: Vec<String> = term_list.iter().map(|t| head(t)).collect();
    let mut screen = HeadScreen::new(&heads);
    // A word is one token at most (words are cut as the tokenizer cuts
    // them), so each distinct word is analysed once: which term, if any.
    let mut analysed: HashMap<&str, Option<usize>> = HashMap::new();
    for (number, (start, end)) in WordBits::new(text).spans().enumerate() {
        if !query.every_word && !screen.agrees(text, start..end) {
            continue;
        }
        let word = &text[start..end];
        let term = *analysed.entry(word).or_insert_with(|| {
            let mut stream = analyzer.token_stream(word);
            let mut term = None;
            while stream.advance() {
                term = term.or_else(|| term_list.iter().position(|t| *t == stream.token().text));
            }
            term
        });
        if let Some(pos) = term {
            matches.push((start..start + word.len(), pos, number));
        }
    }
    query.keep_phrases_whole(&mut matches);
    if matches.is_empty() {
        let end = cut_back(text, FRAGMENT_BYTES.min(text.len()));
        return vec![Fragment {
            text: tidy(&text[..end]),
            highlights: vec![],
        }]
        .into_iter()
        .filter(|f| !f.text.is_empty())
        .collect();
    }
    // Group matches that fit in one passage.
    let mut groups: Vec<Group> = Vec::new();
    for (range, term, _) in matches {
        let m = (range, term);
        match groups.last_mut() {
            Some(g) if m.0.end - g[0].0.start <= FRAGMENT_BYTES => g.push(m),
            _ => groups.push(vec![m]),
        }
    }
    best_groups(&groups)
        .into_iter()
        .map(|i| passage(text, &groups[i]))
        .collect()
}

/// The places in `groups` of the MAX_FRAGMENTS best groups, by distinct
/// terms then matches, the earlier first on a tie; returned in text order.
/// Each group is scored once: scoring in the comparison built two sets per
/// comparison, and a 50 MB article of the query's words has hundreds of
/// thousands of groups (2 s of a search; 27 s for 1,000 words).
fn best_groups(groups: &[Group]) -> Vec<usize> {
    let score = |g: &Group| {
        let distinct: HashSet<usize> = g.iter().map(|(_, t)| *t).collect();
        (distinct.len(), g.len())
    };
    let mut ranked: Vec<usize> = (0..groups.len()).collect();
    ranked.sort_by_cached_key(|&i| (std::cmp::Reverse(score(&groups[i])), i));
    ranked.truncate(MAX_FRAGMENTS);
    ranked.sort_unstable();
    ranked
}

/// The first two characters of a term (a stem): the English stemmer keeps a
/// word's first two letters, so a word whose head differs from every query
/// term's cannot match it.
fn head(s: &str) -> String {
    s.chars().take(2).collect()
}

/// Whether the lower-cased head of `word` and one of `heads` agree: one
/// starts the other, or they differ only by `y` becoming `i` in second place,
/// the stemmer's one change there (dying → die, lying → lie, vying → vie).
/// ASCII heads are compared without allocating: this runs for every word of
/// every hit.
fn heads_agree(word: &str, heads: &[String]) -> bool {
    let bytes = word.as_bytes();
    let n = bytes.len().min(2);
    if bytes[..n].is_ascii() {
        let mut lower = [0u8; 2];
        for (l, b) in lower.iter_mut().zip(bytes) {
            *l = b.to_ascii_lowercase();
        }
        let lower = &lower[..n];
        return heads.iter().any(|h| {
            let h = h.as_bytes();
            lower.starts_with(h) || h.starts_with(lower) || y_became_i(lower, h)
        });
    }
    let lower: String = word.chars().take(2).flat_map(char::to_lowercase).collect();
    heads.iter().any(|h| {
        lower.starts_with(h.as_str())
            || h.starts_with(lower.as_str())
            || y_became_i(lower.as_bytes(), h.as_bytes())
    })
}

/// [`heads_agree`] with its answer kept for each ASCII head it has seen:
/// every word of every hit is screened (33,000 words for a page of ten
/// speeches), and most begin with one of a few hundred pairs of letters.
struct HeadScreen<'h> {
    heads: &'h [String],
    /// By a word's first two bytes in lower case, the second 0 for a word of
    /// one byte: 0 not yet seen, 1 disagrees, 2 agrees.
    seen: Box<[u8; 128 * 128]>,
}

impl<'h> HeadScreen<'h> {
    fn new(heads: &'h [String]) -> Self {
        HeadScreen {
            heads,
            seen: Box::new([0; 128 * 128]),
        }
    }

    /// Whether the word at `word` in `text` (at least one byte) passes, as
    /// [`heads_agree`] says. It reads the word's first bytes: a word is cut
    /// out of the text (a check of both ends) only when it must be.
    fn agrees(&mut self, text: &str, word: Range<usize>) -> bool {
        let bytes = &text.as_bytes()[word.clone()];
        let (first, second) = (bytes[0], bytes.get(1).copied().unwrap_or(0));
        if !(first.is_ascii() && second.is_ascii()) {
            return heads_agree(&text[word], self.heads);
        }
        let key =
            usize::from(first.to_ascii_lowercase()) << 7 | usize::from(second.to_ascii_lowercase());
        match self.seen[key] {
            0 => {
                let agrees = heads_agree(&text[word], self.heads);
                self.seen[key] = 1 + u8::from(agrees);
                agrees
            }
            seen => seen == 2,
        }
    }
}

/// `word` begins `?y` and `head` is `?i` with the same first letter.
fn y_became_i(word: &[u8], head: &[u8]) -> bool {
    matches!((word, head), ([w, b'y', ..], [h, b'i']) if w == h)
}

/// The passage around one group of matches, widened to about FRAGMENT_BYTES
/// and cut at word boundaries.
fn passage(text: &str, group: &[(Range<usize>, usize)]) -> Fragment {
    let first = group[0].0.start;
    let last = group[group.len() - 1].0.end;
    let spare = FRAGMENT_BYTES.saturating_sub(last - first);
    let start = cut_forward(text, first.saturating_sub(spare / 3)).min(first);
    let end = cut_back(text, (last + spare - spare / 3).min(text.len())).max(last);
    let raw = &text[start..end];
    // Collapse whitespace while keeping highlight offsets right.
    let mut out = String::with_capacity(raw.len());
    let mut highlights: Vec<Range<usize>> = Vec::new();
    let mut map = Vec::with_capacity(raw.len() + 1);
    let mut last_space = false;
    for c in raw.chars() {
        for _ in 0..c.len_utf8() {
            map.push(out.len());
        }
        if c.is_whitespace() {
            if !last_space && !out.is_empty() {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(c);
            last_space = false;
        }
    }
    map.push(out.len());
    for (range, _) in group {
        let s = map[range.start - start];
        let e = map[range.end - start];
        if s >= e {
            continue;
        }
        // Neighbouring matches ("Black Sea") read better as one highlight.
        match highlights.last_mut() {
            Some(prev) if out[prev.end..s].trim().is_empty() => prev.end = e,
            _ => highlights.push(s..e),
        }
    }
    let trimmed_len = out.trim_end().len();
    out.truncate(trimmed_len);
    Fragment {
        text: out,
        highlights,
    }
}

/// The first word start at or after `at`.
fn cut_forward(text: &str, at: usize) -> usize {
    let mut at = at;
    while !text.is_char_boundary(at) {
        at += 1;
    }
    if at == 0 {
        return 0;
    }
    match text[at..].find(char::is_whitespace) {
        Some(ws) if ws < 30 => {
            let after = at + ws;
            after
                + text[after..]
                    .find(|c: char| !c.is_whitespace())
                    .unwrap_or(0)
        }
        _ => at,
    }
}

/// The last word end at or before `at`.
fn cut_back(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    if at == text.len() {
        return at;
    }
    match text[..at].rfind(char::is_whitespace) {
        Some(ws) if at - ws < 30 => ws,
        _ => at,
    }
}

fn tidy(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, Stemmer};

    fn analyzer() -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(Stemmer::default())
            .build()
    }

    fn terms(words: &[&str]) -> QueryWords {
        let mut query = QueryWords::default();
        for word in words {
            query.add_term(word, false);
        }
        query
    }

    fn highlighted(f: &[Fragment]) -> Vec<&str> {
        f.iter()
            .flat_map(|f| f.highlights.iter().map(|r| &f.text[r.clone()]))
            .collect()
    }

    /// The plain reading of `best_groups`: score in the comparison, a stable
    /// sort, the first MAX_FRAGMENTS, back in text order.
    fn best_groups_plainly(groups: &[Group]) -> Vec<usize> {
        let score = |g: &Group| {
            let distinct: HashSet<usize> = g.iter().map(|(_, t)| *t).collect();
            (distinct.len(), g.len())
        };
        let mut ranked: Vec<usize> = (0..groups.len()).collect();
        ranked.sort_by(|&a, &b| score(&groups[b]).cmp(&score(&groups[a])));
        ranked.truncate(MAX_FRAGMENTS);
        ranked.sort();
        ranked
    }

    proptest::proptest! {
        #[test]
        fn best_groups_are_those_of_the_plain_reading(
            terms in proptest::collection::vec(proptest::collection::vec(0usize..4, 1..6), 0..40)
        ) {
            let groups: Vec<Group> = terms
                .iter()
                .enumerate()
                .map(|(i, g)| g.iter().map(|&t| (i * 1000..i * 1000 + 5, t)).collect())
                .collect();
            proptest::prop_assert_eq!(best_groups(&groups), best_groups_plainly(&groups));
        }
    }

    proptest::proptest! {
        /// The screen keeps each head's answer: whatever the words and
        /// their order, it answers as the plain test does.
        #[test]
        fn the_head_screen_answers_as_the_plain_test(
            // Few letters, so that words often share a head or half of one.
            heads in proptest::collection::vec("[abdyi]{1,2}|[aé]|чё", 1..4),
            words in proptest::collection::vec("[abdyiABDYI0é]{1,4}|[чЧёЁ]{1,3}", 1..60),
        ) {
            let mut screen = HeadScreen::new(&heads);
            for word in &words {
                let text = format!(" {word}.");
                let agrees = screen.agrees(&text, 1..1 + word.len());
                proptest::prop_assert_eq!(agrees, heads_agree(word, &heads), "{}", word);
            }
        }
    }

    #[test]
    fn phrase_words_are_highlighted_only_where_the_phrase_is() {
        let text = "Ships in the Black and Azov Seas; the Black Sea fleet; a sea, black ink.";
        let mut a = analyzer();
        let mut query = QueryWords::default();
        for term in ["black", "sea"] {
            query.add_term(term, true);
        }
        query.add_phrase("Black Sea", &mut a);
        assert_eq!(highlighted(&fragments(text, &query, &mut a)), ["Black Sea"]);
        // The same words asked for outside the phrase too: every one.
        query.add_term("sea", false);
        assert_eq!(
            highlighted(&fragments(text, &query, &mut a)),
            ["Seas", "Black Sea", "sea"]
        );
        // A phrase of words from another field (not among the terms) is
        // left out rather than hiding the rest.
        let mut other = terms(&["fleet"]);
        other.add_phrase("Kerch Strait", &mut a);
        assert_eq!(highlighted(&fragments(text, &other, &mut a)), ["fleet"]);
        // Words of a phrase not given as exact ("Black Sea"~2): every one.
        let mut slop = QueryWords::default();
        slop.add_term("black", true);
        assert_eq!(
            highlighted(&fragments(text, &slop, &mut a)),
            ["Black", "Black", "black"]
        );
    }

    #[test]
    fn highlights_stemmed_matches() {
        let text = "The parties agreed to a truce on the Black Sea. Truces rarely last.";
        let f = fragments(text, &terms(&["truce"]), &mut analyzer());
        assert_eq!(f.len(), 1);
        let words: Vec<&str> = f[0]
            .highlights
            .iter()
            .map(|r| &f[0].text[r.clone()])
            .collect();
        assert_eq!(words, ["truce", "Truces"]);
    }

    #[test]
    fn spread_matches_give_several_fragments() {
        let filler = "word ".repeat(200);
        let text = format!(
            "ceasefire talks began. {filler} the ceasefire held. {filler} sanctions followed."
        );
        let f = fragments(&text, &terms(&["ceasefir", "sanction"]), &mut analyzer());
        assert_eq!(f.len(), 3);
        assert!(f[0].text.contains("ceasefire talks"));
        assert!(f[2].text.contains("sanctions followed"));
        for frag in &f {
            assert!(
                frag.text.len() <= FRAGMENT_BYTES + 40,
                "{}",
                frag.text.len()
            );
        }
    }

    #[test]
    fn no_match_gives_the_opening() {
        let f = fragments(
            "Opening words here.\n\nMore.",
            &terms(&["zzz"]),
            &mut analyzer(),
        );
        assert_eq!(f[0].text, "Opening words here. More.");
        assert!(f[0].highlights.is_empty());
    }

    #[test]
    fn a_match_right_after_the_window_start_stays_inside() {
        // The window start falls in a long word just before the match; cutting
        // forward to the next word must not skip past the match itself.
        let text = format!("{} Nuclear disarmament now.", "x".repeat(300));
        let f = fragments(&text, &terms(&["nuclear", "disarma"]), &mut analyzer());
        assert!(f[0].text.contains("Nuclear disarmament"), "{:?}", f[0].text);
        for pad in 0..200 {
            let text = format!(
                "{}{} a b nuclear c",
                "word ".repeat(pad / 5),
                "y".repeat(pad % 37)
            );
            let f = fragments(&text, &terms(&["nuclear"]), &mut analyzer());
            assert_eq!(&f[0].text[f[0].highlights[0].clone()], "nuclear");
        }
    }

    #[test]
    fn multibyte_text_is_safe() {
        let text = "Перемирие на Черном море. ".repeat(30);
        let mut a = analyzer();
        let f = fragments(&text, &terms(&["черном"]), &mut a);
        assert!(!f.is_empty());
        for frag in f {
            for r in frag.highlights {
                assert_eq!(frag.text[r].to_lowercase(), "черном");
            }
        }
    }

    #[test]
    fn empty_or_blank_text_gives_no_fragment() {
        let mut a = analyzer();
        for text in ["", " ", "\n\t \r\n"] {
            assert_eq!(fragments(text, &terms(&["truce"]), &mut a), []);
            assert_eq!(fragments(text, &QueryWords::default(), &mut a), []);
        }
    }

    #[test]
    fn highlights_are_the_byte_ranges_of_every_form_of_the_stem() {
        let text = "Sanctions were sanctioned; sanctioning, not sanctity.";
        let f = fragments(text, &terms(&["sanction"]), &mut analyzer());
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].text, text);
        let at = |word: &str| {
            let start = text.find(word).unwrap();
            start..start + word.len()
        };
        assert_eq!(
            f[0].highlights,
            [at("Sanctions"), at("sanctioned"), at("sanctioning")]
        );
    }

    #[test]
    fn text_without_spaces_is_cut_between_characters() {
        let mut a = analyzer();
        // One byte, then three-byte characters: the 180th byte falls inside one.
        let text = format!("x{}", "停".repeat(100));
        let f = fragments(&text, &terms(&["zzz"]), &mut a);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].text, format!("x{}", "停".repeat(59)));
        // A match amid long runs of such characters: the passage is cut
        // inside the runs, and the match stays whole.
        let run = "和平".repeat(60);
        let text = format!("{run} 停火 {run}");
        let f = fragments(&text, &terms(&["停火"]), &mut a);
        assert_eq!(f.len(), 1);
        assert!(text.contains(&f[0].text));
        assert!(f[0].text.len() <= FRAGMENT_BYTES, "{}", f[0].text.len());
        assert_eq!(highlighted(&f), ["停火"]);
    }

    /// The stem of `word` as the index makes it, if it has one.
    fn stem(analyzer: &mut TextAnalyzer, word: &str) -> Option<String> {
        let mut stream = analyzer.token_stream(word);
        stream.advance().then(|| stream.token().text.clone())
    }

    /// The distinct words of `corpus/` and, when `../shared/corpus` is
    /// present, of every 40th UNGDC speech.
    fn word_list() -> HashSet<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        let mut folders = vec![root.join("corpus")];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    folders.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        let ungdc = root.join("../shared/corpus/ungdc");
        if ungdc.is_dir() {
            let mut speeches = Vec::new();
            for session in std::fs::read_dir(&ungdc).unwrap().flatten() {
                if let Ok(entries) = std::fs::read_dir(session.path()) {
                    speeches.extend(entries.flatten().map(|e| e.path()));
                }
            }
            speeches.sort();
            files.extend(speeches.into_iter().step_by(40));
        } else {
            eprintln!(
                "{} is absent: the word list is corpus/ only",
                ungdc.display()
            );
        }
        let mut list = HashSet::new();
        for file in files {
            let text = String::from_utf8_lossy(&std::fs::read(file).unwrap()).into_owned();
            list.extend(crate::text::words(&text).map(|(_, w)| w.to_owned()));
        }
        list
    }

    /// The screen is exact: a word whose stem is a query term always gets
    /// through it (checked against stemming every word of a real word list).
    #[test]
    fn the_head_screen_lets_every_word_of_a_stem_through() {
        let mut analyzer = crate::index::stem::english_analyzer();
        let list = word_list();
        assert!(list.len() > 10_000, "{} words", list.len());
        let mut missed: Vec<(String, String)> = Vec::new();
        for word in &list {
            if let Some(stem) = stem(&mut analyzer, word)
                && !heads_agree(word, &[head(&stem)])
            {
                missed.push((word.clone(), stem));
            }
        }
        missed.sort();
        assert!(
            missed.is_empty(),
            "{} of {} words missed, e.g. {:?}",
            missed.len(),
            list.len(),
            &missed[..missed.len().min(20)]
        );
    }

    #[test]
    fn words_whose_stem_changes_its_head_are_highlighted() {
        let text = "The dying soldier was lying in the field; tying knots.";
        let mut a = crate::index::stem::english_analyzer();
        for (term, word) in [("die", "dying"), ("lie", "lying"), ("tie", "tying")] {
            let f = fragments(text, &terms(&[term]), &mut a);
            assert_eq!(highlighted(&f), [word]);
        }
    }

    #[test]
    fn word_heads() {
        let heads = |hs: &[&str]| hs.iter().map(|h| h.to_string()).collect::<Vec<_>>();
        assert!(heads_agree("Sanctions", &heads(&["sa"])));
        assert!(heads_agree("ЧЁРНОЕ", &heads(&["чё"])));
        assert!(heads_agree("x", &heads(&["xy"])));
        assert!(!heads_agree("Black", &heads(&["se", "ch"])));
        assert!(heads_agree("Dying", &heads(&["di"])));
        assert!(!heads_agree("dying", &heads(&["ti"])));
        assert!(!heads_agree("daily", &heads(&["dy"])), "only y to i");
    }
}
