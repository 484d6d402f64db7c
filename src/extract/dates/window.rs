//! Which stretches of a text are read for dates: only the neighbourhood of
//! a word a date can hang on (a four-digit number, digits glued to letters, a
//! capitalised month name, "ago", "year", "month", "yesterday", or a Russian
//! or Ukrainian month name or word such as "года", "вчора", "назад"), so that
//! most of a text is never tokenized.

use super::east_slavic::{self, Word};
use crate::article::date::vocabulary::{month_from_name, other_languages_month_names};

/// Runs of non-white-space read before a word a date can hang on, and
/// tokens read after the last such word. Every form reads at most a few
/// tokens back ("seventy-five years ago", "Tuesday, 18 March", the tense of
/// "will be held on 7 October") and a dozen ahead ("the 1967 High-Level
/// Conference"). Six runs instead of four cost the date scanner 9% more
/// instructions on ungdc sessions 35 and 79 (callgrind).
pub(super) const CONTEXT_BEFORE: usize = 6;
pub(super) const CONTEXT_AFTER: usize = 16;

/// Where the next window starts: [`CONTEXT_BEFORE`] runs before the next
/// trigger word.
pub(super) struct NextWindow<'a> {
    bytes: &'a [u8],
    /// Trigger words not read yet, in order.
    triggers: &'a [usize],
    /// The start for the first of `triggers`, once computed.
    start: Option<usize>,
}

impl<'a> NextWindow<'a> {
    /// Windows around `triggers` (word starts in `bytes`, in order).
    pub(super) fn new(bytes: &'a [u8], triggers: &'a [usize]) -> NextWindow<'a> {
        NextWindow {
            bytes,
            triggers,
            start: None,
        }
    }

    /// The start of the window of the first trigger at or after `at`.
    pub(super) fn start_from(&mut self, at: usize) -> Option<usize> {
        self.skip_to(at);
        let &trigger = self.triggers.first()?;
        Some(
            *self
                .start
                .get_or_insert_with(|| chunks_back(self.bytes, trigger, CONTEXT_BEFORE)),
        )
    }

    /// Drops the triggers before `at`, read in a window already.
    pub(super) fn skip_to(&mut self, at: usize) {
        let read = self.triggers.partition_point(|&t| t < at);
        if read > 0 {
            self.triggers = &self.triggers[read..];
            self.start = None;
        }
    }
}

/// Whether the word starting at `start` (ending where `end` says, asked
/// only when the first letter could begin one), or the run of digits there,
/// may be part of a date: digits as [`digits_may_date`] says, a capitalised
/// month name, or "ago", "year", "month", "yesterday" in any case, or a
/// Russian or Ukrainian word that [`Word::opens_window`] (any case).
pub(super) fn is_trigger(text: &str, start: usize, end: impl FnOnce() -> usize) -> bool {
    match text.as_bytes()[start] {
        b'0'..=b'9' => digits_may_date(text.as_bytes(), start),
        // Polish months begin with "c", "k", "p" and "w" too ("czerwca",
        // "kwietnia", "października", "września"), Turkish ones with "E",
        // "H", "K", "T" and "Ş" (0xC5 0x9E) too ("Ekim", "Haziran", "Kasım",
        // "Temmuz", "Şubat"), Croatian ones with "r" and "v" ("rujna",
        // "veljače").
        b'A' | b'D' | b'E' | b'F' | b'H' | b'J' | b'K' | b'M' | b'N' | b'O' | b'S' | b'T'
        | b'Y' | b'a' | b'c' | b'd' | b'e' | b'f' | b'g' | b'h' | b'j' | b'k' | b'l' | b'm'
        | b'n' | b'o' | b'p' | b'r' | b's' | b't' | b'v' | b'w' | b'y' | 0xC5
        // Hungarian "április".
        | 0xC3 => {
            is_date_word(&text[start..end()])
        }
        // Cyrillic letters: Russian and Ukrainian date words.
        0xD0 | 0xD1 => east_slavic::word(&text[start..end()]).is_some_and(Word::opens_window),
        _ => false,
    }
}

/// Whether the run of digits at `start` may be part of a date: four digits,
/// as a year has (every form with no month name or date word holds one), or
/// glued to letters ("31March", "Mar15"), whose words the matcher does not
/// see on their own. Other numbers ("paragraph 3", "10,000") open no window.
pub(super) fn digits_may_date(bytes: &[u8], start: usize) -> bool {
    let run = bytes[start..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let letter = |b: &u8| b.is_ascii_alphabetic() || *b >= 0x80;
    run == 4
        || bytes.get(start + run).is_some_and(letter)
        || start.checked_sub(1).is_some_and(|p| letter(&bytes[p]))
}

/// A word that may belong to a date without a digit.
fn is_date_word(word: &str) -> bool {
    match word.len() {
        3 if word.eq_ignore_ascii_case("ago") => true,
        4 if word.eq_ignore_ascii_case("year") => true,
        5 if word.eq_ignore_ascii_case("month") => true,
        9 if word.eq_ignore_ascii_case("yesterday") => true,
        _ => {
            word.as_bytes()[0].is_ascii_uppercase() && month_from_name(word).is_some()
                || is_other_languages_month(word)
        }
    }
}

/// A month name of another language in any case ("octobre", "Oktober",
/// "FÉVRIER"), as the extractor's matcher finds them; the scanner decides
/// whether one is a month. Looked up in a set, not compared name by name:
/// nearly every lower-case word of a text is asked.
fn is_other_languages_month(word: &str) -> bool {
    static NAMES: std::sync::LazyLock<rustc_hash::FxHashSet<String>> =
        std::sync::LazyLock::new(|| {
            other_languages_month_names()
                .chain(super::scanner::hungarian_months())
                .map(str::to_lowercase)
                .collect()
        });
    let chars = word.chars().count();
    if !(3..=12).contains(&chars) {
        return false;
    }
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        NAMES.contains(word)
    } else {
        NAMES.contains(&word.to_lowercase())
    }
}

/// The start of the `n`th run of non-white-space before the one holding `at`.
pub(super) fn chunks_back(bytes: &[u8], mut at: usize, n: usize) -> usize {
    for _ in 0..=n {
        while at > 0 && bytes[at - 1].is_ascii_whitespace() {
            at -= 1;
        }
        while at > 0 && !bytes[at - 1].is_ascii_whitespace() {
            at -= 1;
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::date::PartialDate;
    use crate::extract::dates::scanner::{scan, take_years_the_article_names};
    use crate::extract::dates::tokens::tokenize;
    use crate::extract::dates::{MentionedDate, extract_dates};

    /// The name-by-name comparison the set replaced, kept as the reference.
    fn is_other_languages_month_by_scan(word: &str) -> bool {
        let chars = word.chars().count();
        (3..=12).contains(&chars)
            && other_languages_month_names().any(|name| {
                // Whole strings lower-cased, as the set is: Greek's capital
                // sigma is a final "ς" at a word's end, "σ" elsewhere.
                name.chars().count() == chars && name.to_lowercase() == word.to_lowercase()
            })
    }

    #[test]
    fn every_month_name_in_any_case_is_a_month() {
        for name in other_languages_month_names() {
            // Turkish "ı" has the capital "I", whose small letter is "i":
            // a name with it is not found in capitals, as "MAYIS" is "mayis".
            let upper =
                Some(name.to_uppercase()).filter(|u| u.to_lowercase() == name.to_lowercase());
            for word in [Some(name.to_owned()), upper, Some(name.to_lowercase())]
                .into_iter()
                .flatten()
            {
                assert!(is_other_languages_month(&word), "{word}");
                assert!(is_other_languages_month_by_scan(&word), "{word}");
            }
        }
    }

    proptest::proptest! {
        /// The set answers as the scan did: for any word, and for month
        /// names with letters changed in case or cut.
        #[test]
        fn month_lookup_agrees_with_the_scan(
            word in "\\PC{0,14}",
            pick in 0usize..1000,
            flips in proptest::collection::vec(proptest::bool::ANY, 14),
            cut in 0usize..14,
        ) {
            proptest::prop_assert_eq!(
                is_other_languages_month(&word),
                is_other_languages_month_by_scan(&word)
            );
            let names: Vec<&str> = other_languages_month_names().collect();
            let name = names[pick % names.len()];
            let varied: String = name
                .chars()
                .zip(flips.iter().cycle())
                .map(|(c, &up)| if up { c.to_uppercase().collect::<String>() } else { c.to_string() })
                .collect();
            let shortened: String = varied.chars().take(cut.max(1)).collect();
            for w in [varied.as_str(), shortened.as_str()] {
                proptest::prop_assert_eq!(
                    is_other_languages_month(w),
                    is_other_languages_month_by_scan(w),
                    "{}", w
                );
            }
        }
    }

    #[test]
    fn random_token_soup_is_safe() {
        const PIECES: &[&str] = &[
            "18",
            "2025",
            "1991",
            "03",
            "31",
            "-",
            "–",
            ".",
            ",",
            " ",
            " ",
            "\n",
            "(",
            ")",
            "'",
            "’",
            "s",
            "th",
            "of",
            "in",
            "and",
            "to",
            "March",
            "May",
            "Mar",
            "last",
            "year",
            "ago",
            "two",
            "this",
            "next",
            "month",
            "yesterday",
            "the",
            "Tuesday",
            "Крым",
            "марта",
            "Марта",
            "березні",
            "лютому",
            "года",
            "року",
            "г",
            "в",
            "у",
            "с",
            "по",
            "и",
            "прошлом",
            "минулого",
            "году",
            "назад",
            "тому",
            "вчера",
            "торік",
            "два",
            "п",
            "ять",
            "років",
            "го",
            "х",
            "é",
            "$",
            "%",
            "/",
            "years",
            "seventy",
            "five",
            "that",
            "was",
            "post",
            "2014",
            "15",
            "Summit",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..24 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            }
            for published in [None, Some("2024"), Some("2024-03"), Some("2024-03-01")] {
                let published = published.and_then(PartialDate::parse);
                assert_eq!(
                    extract_dates(&text, published),
                    read_whole(&text, published),
                    "{text:?}"
                );
            }
        }
    }

    /// The dates of `text` read as one window, then given the years the
    /// article names, as [`extract_dates`] does.
    fn read_whole(text: &str, published: Option<PartialDate>) -> Vec<MentionedDate> {
        let mut toks = Vec::new();
        tokenize(text, 0, &mut toks, |_, _| false);
        let mut out = Vec::new();
        scan(text, &toks, published, false, Default::default(), &mut out);
        take_years_the_article_names(&mut out, published);
        out
    }

    /// Reading only the windows finds what reading all the text finds.
    #[test]
    fn windows_lose_no_date() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
        let mut checked = 0;
        for entry in ignore::Walk::new(dir).flatten() {
            let path = entry.path();
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            for published in [None, PartialDate::parse("2022-09-21")] {
                let all = read_whole(&text, published);
                assert_eq!(extract_dates(&text, published), all, "{}", path.display());
                checked += all.len();
            }
        }
        assert!(checked > 500, "only {checked} dates in the sample corpus");
    }

    #[test]
    fn only_years_and_digits_glued_to_letters_open_windows() {
        let opens = |text: &str, at: usize| digits_may_date(text.as_bytes(), at);
        assert!(opens("in 2014 the", 3));
        assert!(opens("2014", 0));
        assert!(!opens("paragraph 3 of", 10));
        assert!(!opens("10,000 people", 0));
        assert!(!opens("20250 tonnes", 0));
        assert!(opens("on 31March", 3));
        assert!(opens("Mar15.", 3));
        // Words glued to digits are read as the whole text would read them.
        for text in [
            "signed on 31March 2014.",
            "yesterday31March",
            "Mar15. last year",
        ] {
            let published = PartialDate::parse("2024-03-01");
            assert_eq!(
                extract_dates(text, published),
                read_whole(text, published),
                "{text}"
            );
            assert!(!extract_dates(text, published).is_empty(), "{text}");
        }
    }
}
