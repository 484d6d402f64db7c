//! The words of a text that may be part of a name, read into tokens and runs,
//! and where a word stands in its text (sentence start, heading).

use super::words::{is_abbreviated_title, is_connector, is_particle};
use crate::text::{WordBits, char_at};

/// How a word is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
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
pub(super) struct Token {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) class: Class,
    /// Joined to the token before it (only white space, or "Mr." and an
    /// initial's full stop, between them).
    pub(super) joined: bool,
}

impl Token {
    pub(super) fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// The words of `text` that may be part of a name, in order.
pub(super) fn tokens(text: &str, words: &WordBits) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut reader = TokenReader::default();
    // Only a word that starts with a capital or a non-ASCII letter opens a
    // name, and then the words after it are read one by one while they go
    // on with it: most words (small letters or digits away from any name)
    // are never visited.
    let mut read_to = 0;
    for_each_capital_or_lead(bytes, |start| {
        if start < read_to || !is_word_start(words, start) {
            return;
        }
        let mut word = Some((start, words.word_end(start)));
        while let Some((start, end)) = word {
            reader.read(text, start, end);
            read_to = end;
            word = if reader.previous_kept {
                words.next_word(end)
            } else {
                None
            };
        }
    });
    reader.tokens
}

/// Calls `f` with the offset of each ASCII capital and each first byte of a
/// non-ASCII char in `bytes`, in order, testing eight bytes at a time.
fn for_each_capital_or_lead(bytes: &[u8], mut f: impl FnMut(usize)) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut chunks = bytes.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let mut eight = [0; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        // Seven bits of each byte plus 0x3f (0x25) reach the eighth bit
        // from 'A' (past 'Z') up, and no sum carries into the next byte.
        let low = x & LOW;
        let capitals = (low + 0x3f3f_3f3f_3f3f_3f3f) & !(low + 0x2525_2525_2525_2525) & !x;
        // A first byte of a non-ASCII char is 0b11xx_xxxx.
        let leads = x & (x << 1);
        let mut found = (capitals | leads) & HIGH;
        while found != 0 {
            f(base + found.trailing_zeros() as usize / 8);
            found &= found - 1;
        }
        base += 8;
    }
    for (k, &b) in chunks.remainder().iter().enumerate() {
        if b.is_ascii_uppercase() || b >= 0xc0 {
            f(base + k);
        }
    }
}

/// Whether a word of `words` starts at byte `at`.
fn is_word_start(words: &WordBits, at: usize) -> bool {
    words.word_end(at) > at && (at == 0 || words.word_end(at - 1) == at - 1)
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
        // "Workers' Party": the apostrophe joins the noun it ends.
        if previous_kept
            && matches!(bytes.get(self.previous_end), Some(b'\'' | 0xE2))
            && let Some(last) = self.tokens.last_mut()
            && last.end == self.previous_end
            && is_collective(&text[last.start..last.end])
            && last.end < start
        {
            let gap = &text[last.end..start];
            if let Some(apostrophe) = ["'", "’"].into_iter().find(|a| {
                gap.strip_prefix(a)
                    .is_some_and(|rest| rest.bytes().all(|b| b == b' ') && !rest.is_empty())
            }) {
                last.end += apostrophe.len();
                self.previous_end = last.end;
            }
        }
        // "Côte d'Ivoire", "Jeanne d'Arc": a French "d'" before a capital
        // goes on with the name word before it; the token takes the "d'"
        // and then the word after it.
        if previous_kept
            && &text[start..end] == "d"
            && let Some(last) = self.tokens.last_mut()
            && last.end == self.previous_end
            && &text[last.end..start] == " "
            && let Some(apostrophe) = ["'", "’"].into_iter().find(|a| {
                text[end..]
                    .strip_prefix(a)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(char::is_uppercase)
            })
        {
            last.end = end + apostrophe.len();
            self.previous_end = last.end;
            return true;
        }
        if previous_kept
            && start == self.previous_end
            && let Some(last) = self.tokens.last_mut()
            && last.end == start
            && text[..start].ends_with(['\'', '’'])
            && text[..start].trim_end_matches(['\'', '’']).ends_with(" d")
        {
            last.end = end;
            self.previous_end = end;
            return true;
        }
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
        // "O'Brien", "Mata'afa", "La'auli": an apostrophe inside a name.
        if previous_kept
            && matches!(gap, "'" | "’")
            && let Some(last) = self.tokens.last_mut()
            && last.end == self.previous_end
            && last.class != Class::Connector
            && joins_across_an_apostrophe(&text[last.start..last.end], &text[start..end])
        {
            last.end = end;
            self.previous_end = end;
            return true;
        }
        // "People's Power", "Workers' Party": a collective noun's possessive
        // sits inside a name, unlike "Tusk's" before one.
        if previous_kept
            && matches!(gap, "'" | "’")
            && &text[start..end] == "s"
            && self
                .tokens
                .last()
                .is_some_and(|t| is_collective(t.text(text)) && t.end == self.previous_end)
        {
            if let Some(last) = self.tokens.last_mut() {
                last.end = end;
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

/// Whether `piece`, after an apostrophe that follows the name word `word`
/// with no space, goes on with it: "O'Brien", "D'Alema", "Mata'afa",
/// "La'auli", "Fa'atuatua". What comes before the apostrophe is short in
/// such names (five letters at most since the last apostrophe or dash). Not an
/// elided article or preposition before a word ("L'Assemblée", "dell'Unione";
/// "D" and "N" only before a capital), not an English contraction or possessive
/// ("Don't", "Tusk's") and not a Turkish case ending ("Van'da", "Rize'ye",
/// "Tatar'ın"), which stands after a name and is no part of it. Turkish
/// puts "y", "n" or "s" between a name's last vowel and an ending's first
/// ("Ankara'ya", "Rize'nin"), so a vowel after a vowel ("Sana'a",
/// "Jama'a") is no Turkish ending.
pub(super) fn joins_across_an_apostrophe(word: &str, piece: &str) -> bool {
    // Since the last apostrophe or dash: "Wa-Jama'a" is read as "Jama'a".
    let before = word.rsplit(['\'', '’', '-']).next().unwrap_or(word);
    let count = before.chars().count();
    if count == 0 || count > 5 || !piece.chars().all(char::is_alphabetic) {
        return false;
    }
    let lower = before.to_lowercase();
    let elided = ELISIONS.contains(&lower.as_str());
    if piece.chars().next().is_some_and(char::is_uppercase) {
        // "D'Alema"; "N'Tam", "N'Guessan", "N'Djamena" of West and Central
        // Africa (French writes "n'" in small letters before a verb).
        return !elided || before == "D" || before == "N";
    }
    let vowel = |c: Option<char>| c.is_some_and(|c| "aeiouıöüAEIOU".contains(c));
    let between_vowels = vowel(before.chars().next_back()) && vowel(piece.chars().next());
    !elided
        && !CONTRACTIONS.contains(&piece)
        && (between_vowels || !TURKISH_ENDINGS.contains(&piece))
}

/// Articles, prepositions and pronouns of French and Italian that elide
/// their vowel before the next word, in small letters.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "n", "s", "c", "m", "t", "qu", "lorsqu", "puisqu", "jusqu", "dell", "nell",
    "all", "dall", "sull", "coll", "un", "quell", "quest", "po",
];

/// What English writes after an apostrophe: "Don't", "I'm", "We're".
const CONTRACTIONS: &[&str] = &["s", "t", "m", "d", "re", "ve", "ll"];

/// Turkish case and plural endings as written after a name's apostrophe.
const TURKISH_ENDINGS: &[&str] = &[
    "a", "e", "ya", "ye", "na", "ne", "ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "nı", "ni", "nu",
    "nü", "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "da", "de", "ta", "te", "nda", "nde",
    "dan", "den", "tan", "ten", "ndan", "nden", "la", "le", "yla", "yle", "dır", "dir", "dur",
    "dür", "tır", "tir", "lar", "ler", "ları", "leri", "daki", "deki", "taki", "teki", "ndaki",
    "ndeki", "ca", "ce", "ça", "çe", "dı", "di", "yken",
];

/// Plural nouns for a people or a class, whose possessive is part of a
/// party's or an army's name: "People's", "Workers'", "Women's".
fn is_collective(word: &str) -> bool {
    matches!(
        word,
        "People" | "Workers" | "Women" | "Citizens" | "Farmers" | "Peasants" | "Children"
    )
}

pub(super) fn capital_class(word: &str) -> Class {
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
pub(super) fn joins(gap: &str, before: Option<&str>) -> bool {
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
pub(super) fn runs(tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
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

/// The parts of a run between its connectors ("of", "and"; not a name's
/// particle, as in "bin" or "von der"), each of which may be a name of its
/// own: "Kim Moon-soo of the People Power Party", "Jane Roe and John Doe".
pub(super) fn parts<'r>(text: &str, run: &'r [Token]) -> impl Iterator<Item = &'r [Token]> {
    run.split(move |t| t.class == Class::Connector && !is_particle(t.text(text)))
        .filter(|part| !part.is_empty())
}

/// True when `start..end` is cut from longer words: "Aligned Movement" of
/// "non-aligned Movement", "Coalition against Da" of "Da'esh". A Turkish
/// case ending after an apostrophe ("Enstitüsü'nden") leaves the name whole,
/// in an article that may not be English ("Somav'a" is OCR for "Somavía").
pub(super) fn is_part_of_a_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let (a, b) = (after.next(), after.next());
    matches!(before, Some('-' | '‐' | '‑'))
        || matches!(a, Some('-' | '‐' | '‑'))
        || matches!(a, Some('\'' | '’'))
            && b.is_some_and(|c| c.is_alphanumeric() && c != 's')
            && !(super::languages::reading_other_languages()
                && is_turkish_ending(&text[end + a.map_or(0, char::len_utf8)..]))
}

/// Whether `rest` opens with a whole Turkish case ending ("nden" of "nden
/// bir rapor").
fn is_turkish_ending(rest: &str) -> bool {
    let len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    TURKISH_ENDINGS.contains(&&rest[..len])
}

/// `s` with each run of white space as one space.
pub(super) fn spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the word at `at` starts a sentence or a line.
pub(super) fn is_sentence_start(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t', '"', '\'', '“', '‘', '(', '*', '_']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '\n', '#', '-', '—', '•'])
}

/// Whether the line holding byte `at` is a heading: marked with `#`, or
/// every word of it (three or more) capitalised but for small connectors.
/// Headings are short: a line longer than [`HEADING_BYTES`] is not one.
pub(super) fn is_heading(text: &str, at: usize) -> bool {
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
    let mut last = "";
    for word in line.split_whitespace() {
        words += 1;
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.chars().next().is_some_and(char::is_lowercase) && !is_connector(word) {
            return false;
        }
        last = word;
    }
    // A line that ends in a small word ("of", "the", "and", "for", "on",
    // "in", "against") goes on in the next: text
    // broken into lines of a page ("under the leadership of\nMr. Atul
    // Khare, Special Representative of the\nSecretary-General") is no
    // heading.
    words >= 3 && !ends_a_broken_line(last)
}

/// English small words no heading ends in, though a name holds them.
fn ends_a_broken_line(word: &str) -> bool {
    matches!(word, "the" | "of" | "for" | "and" | "on" | "in" | "against")
}

/// The longest line taken for a heading, in bytes.
pub(super) const HEADING_BYTES: usize = 160;

/// The next word after `at` when it is in small letters (skipping "the").
pub(super) fn next_lower_word(text: &str, at: usize) -> Option<&str> {
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
pub(super) fn previous_lower_word(text: &str, at: usize) -> Option<&str> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`tokens`] as it was first written: every word read in turn, the
    /// reference for the one that visits only the words that may open a name.
    fn tokens_word_by_word(text: &str, words: &WordBits) -> Vec<Token> {
        let bytes = text.as_bytes();
        let mut reader = TokenReader::default();
        for (start, end) in words.spans() {
            let first = bytes[start];
            if !reader.previous_kept && (first.is_ascii_lowercase() || first.is_ascii_digit()) {
                reader.previous_end = end;
                continue;
            }
            reader.read(text, start, end);
        }
        reader.tokens
    }

    fn spans(tokens: &[Token]) -> Vec<(usize, usize, Class, bool)> {
        tokens
            .iter()
            .map(|t| (t.start, t.end, t.class, t.joined))
            .collect()
    }

    proptest! {
        #[test]
        fn tokens_are_those_of_reading_every_word(pieces in prop::collection::vec(prop::sample::select(vec![
            "President", "Mr", "W", "Sandu", "of", "the", "al", "von", "der", "People", "Workers",
            "s", "PFE", "G20", "4", "2024", "x4", "and", "pour", "élu", "Élysée", "Çelik",
            "Путин", "министр", "Boutros", "Ghali", "moon", "Ki", "Mc", "é", "Z", "@", "[",
            " ", "  ", "\n", "\n\n", ".", ". ", "-", "'", "’", "'s ", "’ ", ",", "(", ")", "–",
        ]), 0..60)) {
            let text = pieces.concat();
            let words = WordBits::new(&text);
            prop_assert_eq!(
                spans(&tokens(&text, &words)),
                spans(&tokens_word_by_word(&text, &words))
            );
        }
    }

    proptest! {
        #[test]
        fn capitals_and_leads_are_found_at_every_offset(s in "[a-zA-Z0-9 .@\\[`{~\u{7f}é’Ж\u{1F600}]{0,40}") {
            let mut found = Vec::new();
            for_each_capital_or_lead(s.as_bytes(), |at| found.push(at));
            let expected: Vec<usize> = s
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b.is_ascii_uppercase() || b >= 0xc0)
                .map(|(at, _)| at)
                .collect();
            prop_assert_eq!(found, expected);
        }
    }

    #[test]
    fn a_name_after_small_words_and_digits_is_read_whole() {
        let text = "in 2024 the Workers' Party of Examplestan met Mr. W. Sandu-Ghali";
        let words = WordBits::new(text);
        assert_eq!(
            spans(&tokens(text, &words)),
            spans(&tokens_word_by_word(text, &words))
        );
        let names: Vec<&str> = tokens(text, &words).iter().map(|t| t.text(text)).collect();
        assert_eq!(
            names,
            [
                "Workers'",
                "Party",
                "of",
                "Examplestan",
                "Mr",
                "W",
                "Sandu-Ghali"
            ]
        );
    }

    #[test]
    fn an_apostrophe_inside_a_name_joins_it() {
        for (word, piece) in [
            ("O", "Brien"),
            ("D", "Alema"),
            ("N", "Tam"),
            ("N", "Guessan"),
            ("Mata", "afa"),
            ("La", "auli"),
            ("Fa", "atuatua"),
            ("Sid", "Ahmed"),
            ("Sana", "a"),
            ("Wa-Jama", "a"),
            ("Ma", "awisley"),
        ] {
            assert!(joins_across_an_apostrophe(word, piece), "{word}'{piece}");
        }
        for (word, piece) in [
            ("L", "Assemblée"),
            ("Dell", "Unione"),
            ("D", "abord"),
            ("N", "est"),
            ("Don", "t"),
            ("Tusk", "s"),
            ("Van", "da"),
            ("Kars", "ta"),
            ("Erdoğan", "ın"),
            ("Ankara", "ya"),
            ("Rize", "nin"),
            ("Macron", "a"),
            ("Mata", "2025"),
        ] {
            assert!(!joins_across_an_apostrophe(word, piece), "{word}'{piece}");
        }
        let text = "the Democratic Party of Côte d'Ivoire and Jeanne d’Arc, not Jeanne d'abord";
        let words = WordBits::new(text);
        let names: Vec<&str> = tokens(text, &words).iter().map(|t| t.text(text)).collect();
        assert_eq!(
            names,
            [
                "Democratic",
                "Party",
                "of",
                "Côte d'Ivoire",
                "and",
                "Jeanne d’Arc",
                "Jeanne"
            ]
        );
        let text = "said Conor O'Brien and Fiamē Mata'afa, not Tatar'ın.";
        let words = WordBits::new(text);
        let names: Vec<&str> = tokens(text, &words).iter().map(|t| t.text(text)).collect();
        assert_eq!(
            names,
            ["Conor", "O'Brien", "and", "Fiamē", "Mata'afa", "Tatar"]
        );
    }

    proptest! {
        /// A Turkish ending after a name's apostrophe is never part of the
        /// name, however short the name, where Turkish could write it: after
        /// a consonant, or (with its buffer consonant) after a vowel.
        #[test]
        fn a_turkish_ending_stays_outside_the_name(
            name in "[A-ZÇĞİÖŞÜ][a-zçğıöşü]{0,8}",
            ending in proptest::sample::select(TURKISH_ENDINGS),
        ) {
            let vowels = "aeıioöuü";
            // In either case: a one-letter name ends in its capital ("A").
            let after_a_vowel = name
                .chars()
                .next_back()
                .is_some_and(|c| c.to_lowercase().any(|c| vowels.contains(c)))
                && ending.chars().next().is_some_and(|c| vowels.contains(c));
            prop_assume!(!after_a_vowel);
            prop_assert!(!joins_across_an_apostrophe(&name, ending));
        }
    }
}
