//! Dates mentioned in article text, for date facets and range filters.
//!
//! The text is split once into word, number and punctuation tokens and then
//! read left to right, so the cost is linear in the text and never depends on
//! regex backtracking. Only the neighbourhood of a four-digit number, a month
//! name or a word such as "ago" or "year" can hold a date, so only those stretches
//! of text are tokenized and read. A bare four-digit number is only taken
//! for a year when its context says so (a cue word such as "in" or "since", a range or list,
//! parentheses after a resolution number, a possessive, a verb it is the
//! subject of, an event noun it dates), because speeches are full of counts,
//! resolution numbers and names such as "the 2030 Agenda" that only look like
//! years. Days and months without a year take it from a later member of
//! their list, from "last/next year", or from the publication date.

use chrono::{Datelike, Days, NaiveDate};

use crate::article::date::PartialDate;
use crate::article::date::vocabulary::{
    MONTH_NAMES, ORDINAL_SUFFIXES, WEEKDAY_NAMES, is_abbreviated_month, month_from_name,
};
use crate::text::WordBits;

/// One date the text mentions, with its byte span in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionedDate {
    pub date: PartialDate,
    pub start: usize,
    pub end: usize,
}

/// Dates mentioned in `text`, in text order (may repeat). `published` resolves relative expressions.
///
/// Relative expressions ("last year", "in June", "on 6 February") are only
/// resolved when `published` is precise enough for them, and left out
/// otherwise.
pub fn extract_dates(text: &str, published: Option<PartialDate>) -> Vec<MentionedDate> {
    extract_dates_in(text, &WordBits::new(text), published)
}

/// [`extract_dates`] with the words of `text` already found.
///
/// Only the stretches of text around a word a date can hang on (a four-digit
/// number, digits glued to letters, a capitalised month name, "ago", "year",
/// "month", "yesterday") are read: each starts 4 runs of non-white-space
/// before such a word and ends at white space once 16 tokens have passed
/// without another. Each is read as the whole text would be.
pub fn extract_dates_in(
    text: &str,
    words: &WordBits,
    published: Option<PartialDate>,
) -> Vec<MentionedDate> {
    let mut triggers = Vec::new();
    words.for_each_start(|at| {
        if is_trigger(text, at, || words.word_end(at)) {
            triggers.push(at);
        }
    });
    dates_around(text, &triggers, published)
}

/// [`extract_dates_in`] when a matcher has already found where the words of
/// [`date_words`] start, in order: only the runs of digits are looked for here.
pub fn extract_dates_with(
    text: &str,
    words: &WordBits,
    date_words: &[usize],
    published: Option<PartialDate>,
) -> Vec<MentionedDate> {
    let bytes = text.as_bytes();
    let mut triggers = Vec::with_capacity(date_words.len() + 64);
    words.for_each_digit_start(|at| {
        if digits_may_date(bytes, at) {
            triggers.push(at)
        }
    });
    if !date_words.is_empty() {
        triggers.extend_from_slice(date_words);
        triggers.sort_unstable();
    }
    dates_around(text, &triggers, published)
}

/// The words besides numbers that a date can hang on, for a matcher to find:
/// `(word, capitalised)`, where a capitalised word (a month name or its
/// abbreviation) counts only when its first letter is upper case.
pub fn date_words() -> Vec<(String, bool)> {
    let capitalised = |word: &str| word[..1].to_ascii_uppercase() + &word[1..];
    let mut months: Vec<String> = MONTH_NAMES
        .iter()
        .flat_map(|name| [capitalised(name), capitalised(&name[..3])])
        .chain(["Sept".to_owned()])
        .collect();
    // "May" is its own abbreviation.
    months.dedup();
    let other = ["ago", "year", "month", "yesterday"].map(|word| (word.to_owned(), false));
    months.into_iter().map(|m| (m, true)).chain(other).collect()
}

/// The dates in the windows around `triggers` (word starts, in order).
fn dates_around(
    text: &str,
    triggers: &[usize],
    published: Option<PartialDate>,
) -> Vec<MentionedDate> {
    let mut next = NextWindow {
        bytes: text.as_bytes(),
        triggers,
        start: None,
    };
    let mut out = Vec::with_capacity(16);
    let mut toks = Vec::with_capacity(64);
    while let Some(start) = next.start_from(0) {
        let end = tokenize(text, start, &mut toks, |at, quiet| {
            quiet >= CONTEXT_AFTER && next.start_from(at).is_none_or(|s| s >= at)
        });
        scan(text, &toks, published, &mut out);
        next.skip_to(end);
    }
    out
}

/// Runs of non-white-space read before a word a date can hang on, and
/// tokens read after the last such word. Every form reads at most a few
/// tokens back ("seventy-five years ago", "Tuesday, 18 March") and a dozen
/// ahead ("the 1967 High-Level Conference").
const CONTEXT_BEFORE: usize = 4;
const CONTEXT_AFTER: usize = 16;

/// Where the next window starts: [`CONTEXT_BEFORE`] runs before the next
/// trigger word.
struct NextWindow<'a> {
    bytes: &'a [u8],
    /// Trigger words not read yet, in order.
    triggers: &'a [usize],
    /// The start for the first of `triggers`, once computed.
    start: Option<usize>,
}

impl NextWindow<'_> {
    /// The start of the window of the first trigger at or after `at`.
    fn start_from(&mut self, at: usize) -> Option<usize> {
        self.skip_to(at);
        let &trigger = self.triggers.first()?;
        Some(
            *self
                .start
                .get_or_insert_with(|| chunks_back(self.bytes, trigger, CONTEXT_BEFORE)),
        )
    }

    /// Drops the triggers before `at`, read in a window already.
    fn skip_to(&mut self, at: usize) {
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
/// month name, or "ago", "year", "month", "yesterday" in any case.
fn is_trigger(text: &str, start: usize, end: impl FnOnce() -> usize) -> bool {
    match text.as_bytes()[start] {
        b'0'..=b'9' => digits_may_date(text.as_bytes(), start),
        b'A' | b'D' | b'F' | b'J' | b'M' | b'N' | b'O' | b'S' | b'a' | b'm' | b'y' | b'Y' => {
            is_date_word(&text[start..end()])
        }
        _ => false,
    }
}

/// Whether the run of digits at `start` may be part of a date: four digits,
/// as a year has (every form with no month name or date word holds one), or
/// glued to letters ("31March", "Mar15"), whose words the matcher does not
/// see on their own. Other numbers ("paragraph 3", "10,000") open no window.
fn digits_may_date(bytes: &[u8], start: usize) -> bool {
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
        _ => word.as_bytes()[0].is_ascii_uppercase() && month_from_name(word).is_some(),
    }
}

/// The start of the `n`th run of non-white-space before the one holding `at`.
fn chunks_back(bytes: &[u8], mut at: usize, n: usize) -> usize {
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

/// Reads the tokens and adds the dates in them to `out`.
fn scan(text: &str, toks: &[Tok], published: Option<PartialDate>, out: &mut Vec<MentionedDate>) {
    let from = out.len();
    let mut scan = Scanner {
        text,
        toks,
        published,
        out,
    };
    let mut i = 0;
    while i < scan.toks.len() {
        i = scan.step(i).filter(|&next| next > i).unwrap_or(i + 1);
    }
    // Weekday prefixes and list members can reorder starts slightly.
    out[from..].sort_by_key(|m| m.start);
}

/// Distinct dates, sorted, for indexing.
pub fn distinct_dates(found: &[MentionedDate]) -> Vec<PartialDate> {
    let mut dates: Vec<PartialDate> = found.iter().map(|m| m.date).collect();
    dates.sort_unstable();
    dates.dedup();
    dates
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct,
}

/// A run of letters, a run of ASCII digits, or one other visible character.
/// Small (12 bytes): a text has about one per five bytes.
#[derive(Debug, Clone, Copy)]
struct Tok {
    start: u32,
    end: u32,
    kind: Kind,
    /// Whitespace (or the start of the text) comes right before it.
    spaced: bool,
    /// A line break (or the start of the text) comes before it.
    line_start: bool,
}

impl Tok {
    fn span(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Fills `toks` with the tokens of `text` from `start` (the text's start, or
/// just after white space), at offsets of `text`, up to the first white space
/// at which `stop(at, quiet)` says to, where `quiet` counts the tokens since
/// the last that may be part of a date; returns where it stopped.
fn tokenize(
    text: &str,
    start: usize,
    toks: &mut Vec<Tok>,
    mut stop: impl FnMut(usize, usize) -> bool,
) -> usize {
    let bytes = text.as_bytes();
    let char_at = |i: usize| crate::text::char_at(text, i);
    // The end of the run of letters from `i`: ASCII inline, others decoded.
    let letters_end = |mut i: usize| {
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_alphabetic() {
                i += 1;
            } else if b >= 0x80 && char_at(i).0.is_alphabetic() {
                i += char_at(i).1;
            } else {
                break;
            }
        }
        i
    };
    toks.clear();
    // As the whole text would flag it: a line break since the last token.
    let line_start = text[..start]
        .chars()
        .rev()
        .take_while(|c| c.is_whitespace())
        .any(|c| c == '\n')
        || text[..start].trim_end().is_empty();
    let (mut spaced, mut line_start) = (true, line_start);
    let mut quiet = 0;
    let mut i = start;
    while i < bytes.len() {
        let start = i;
        let kind = match bytes[i] {
            b'\n' | b' ' | b'\t' | b'\r' | 0x0b | 0x0c => {
                if stop(i, quiet) {
                    return i;
                }
                spaced = true;
                line_start |= bytes[i] == b'\n';
                i += 1;
                continue;
            }
            b'0'..=b'9' => {
                i += 1;
                while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
                Kind::Num
            }
            b'a'..=b'z' | b'A'..=b'Z' => {
                i = letters_end(i + 1);
                Kind::Word
            }
            0..=0x7f => {
                i += 1;
                Kind::Punct
            }
            _ => {
                let (c, len) = char_at(i);
                i += len;
                if c.is_whitespace() {
                    spaced = true;
                    continue;
                }
                if c.is_alphabetic() {
                    i = letters_end(i);
                    Kind::Word
                } else {
                    Kind::Punct
                }
            }
        };
        let dated = match kind {
            Kind::Num => digits_may_date(bytes, start),
            Kind::Word => is_trigger(text, start, || i),
            Kind::Punct => false,
        };
        quiet = if dated { 0 } else { quiet + 1 };
        toks.push(Tok {
            start: start as u32,
            end: i as u32,
            kind,
            spaced,
            line_start,
        });
        spaced = false;
        line_start = false;
    }
    bytes.len()
}

/// Words after which a four-digit number is a year whatever follows
/// ("in 1995 women gathered").
const TEMPORAL_CUES: &[&str] = &[
    "after",
    "autumn",
    "before",
    "declare",
    "declared",
    "declaring",
    "designate",
    "designated",
    "designating",
    "during",
    "early",
    "fall",
    "in",
    "late",
    "mid",
    "post",
    "pre",
    "proclaim",
    "proclaimed",
    "proclaiming",
    "since",
    "spring",
    "summer",
    "till",
    "toward",
    "towards",
    "until",
    "winter",
    "year",
];

/// Words after which a four-digit number is a year unless a count noun
/// follows ("for 1976" but "for 2000 years").
const OTHER_CUES: &[&str] = &[
    "above",
    "around",
    "below",
    "between",
    "beyond",
    "biennium",
    "by",
    "circa",
    "for",
    "from",
    "of",
    "period",
    "through",
    "throughout",
    "years",
];

/// Words that turn a following "of" into a quantity ("a total of 2000").
const QUANTITY_OF: &[&str] = &[
    "amount",
    "budget",
    "contingent",
    "cost",
    "excess",
    "figure",
    "force",
    "group",
    "height",
    "maximum",
    "minimum",
    "number",
    "out",
    "population",
    "price",
    "sum",
    "total",
    "value",
];

/// Verbs that make "by" a difference ("rose by 2000").
const CHANGE_BY: &[&str] = &[
    "cut",
    "decreased",
    "down",
    "exceeded",
    "fell",
    "grew",
    "increased",
    "lowered",
    "raised",
    "reduced",
    "rose",
    "up",
];

/// Units after a number that make it a quantity, never a year.
const UNITS: &[&str] = &[
    "acres",
    "billion",
    "days",
    "dollars",
    "euros",
    "feet",
    "hectares",
    "hours",
    "hundred",
    "kg",
    "kilograms",
    "kilometers",
    "kilometres",
    "km",
    "megawatts",
    "meters",
    "metres",
    "miles",
    "million",
    "minutes",
    "months",
    "per",
    "percent",
    "pounds",
    "thousand",
    "tonnes",
    "tons",
    "trillion",
    "weeks",
    "years",
];

/// Nouns after a number that usually make it a count ("2000 troops").
const COUNTED: &[&str] = &[
    "buildings",
    "cases",
    "casualties",
    "children",
    "civilians",
    "deaths",
    "delegates",
    "detainees",
    "families",
    "homes",
    "hostages",
    "households",
    "houses",
    "members",
    "men",
    "migrants",
    "officers",
    "participants",
    "peacekeepers",
    "people",
    "personnel",
    "persons",
    "prisoners",
    "projects",
    "refugees",
    "schools",
    "soldiers",
    "staff",
    "students",
    "teachers",
    "times",
    "troops",
    "units",
    "victims",
    "villages",
    "votes",
    "women",
    "workers",
];

/// Capitalised names after which a year dates an event ("Climate Summit 2014",
/// "Human Development Report 1995").
const NAMED_EVENTS: &[&str] = &[
    "Conference",
    "Cup",
    "Forum",
    "Games",
    "Olympics",
    "Report",
    "Review",
    "Summit",
];

/// Words before a number that make it an identifier, not a year.
const NUMBER_LABELS: &[&str] = &[
    "article",
    "articles",
    "chapter",
    "decision",
    "decisions",
    "item",
    "items",
    "law",
    "no",
    "nos",
    "number",
    "numbers",
    "p",
    "page",
    "pages",
    "paragraph",
    "paragraphs",
    "pp",
    "resolution",
    "resolutions",
    "rule",
    "rules",
    "section",
];

/// Determiners that can introduce an adjectival year ("the 1967 borders").
const DETERMINERS: &[&str] = &[
    "a",
    "an",
    "forthcoming",
    "her",
    "his",
    "historic",
    "its",
    "landmark",
    "our",
    "the",
    "their",
    "this",
    "that",
    "upcoming",
    "whose",
];

/// Nouns for events and instruments that an adjectival year dates
/// ("the 2015 Paris Agreement", "the 2008 financial crisis"). Names such as
/// "the 2030 Agenda" are deliberately absent.
const EVENT_NOUNS: &[&str] = &[
    "accord",
    "act",
    "aggression",
    "agreement",
    "armistice",
    "attack",
    "award",
    "border",
    "boundary",
    "budget",
    "campaign",
    "ceasefire",
    "census",
    "charter",
    "communiqué",
    "conference",
    "conflict",
    "constitution",
    "convention",
    "coup",
    "crisis",
    "cup",
    "cyclone",
    "deadline",
    "decision",
    "declaration",
    "disaster",
    "drought",
    "earthquake",
    "election",
    "embargo",
    "event",
    "famine",
    "flood",
    "frontier",
    "game",
    "genocide",
    "hurricane",
    "independence",
    "initiative",
    "intervention",
    "invasion",
    "line",
    "massacre",
    "meeting",
    "memorandum",
    "negotiation",
    "occupation",
    "olympic",
    "pandemic",
    "partition",
    "prize",
    "proposal",
    "protest",
    "protocol",
    "referendum",
    "report",
    "resolution",
    "revolution",
    "session",
    "settlement",
    "statement",
    "statute",
    "summit",
    "talk",
    "treaty",
    "truce",
    "tsunami",
    "uprising",
    "visit",
    "war",
    "withdrawal",
];

/// Verbs that show a year is their subject ("2015 was ...").
const SUBJECT_VERBS: &[&str] = &[
    "became",
    "becomes",
    "began",
    "brings",
    "brought",
    "can",
    "could",
    "ended",
    "has",
    "heralded",
    "is",
    "marked",
    "marks",
    "may",
    "might",
    "must",
    "proved",
    "remains",
    "represented",
    "represents",
    "saw",
    "sees",
    "shall",
    "should",
    "was",
    "will",
    "witnessed",
    "would",
];

/// Words after which a bare month name is a month ("in June").
const MONTH_CUES: &[&str] = &[
    "after",
    "before",
    "by",
    "during",
    "early",
    "in",
    "late",
    "mid",
    "since",
    "throughout",
    "till",
    "until",
];

/// Words that make a day-month without a year a date even for "May".
const DAY_CUES: &[&str] = &[
    "after", "and", "before", "between", "by", "from", "of", "on", "since", "till", "to", "until",
];

/// Words that make "N years ago" approximate, hence no date.
const APPROXIMATE: &[&str] = &[
    "about",
    "almost",
    "approximately",
    "around",
    "least",
    "nearly",
    "over",
    "roughly",
    "some",
    "than",
];

/// Number words for "two years ago".
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

fn in_list(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Range of plausible years for an explicit day or month ("18 March 1815").
const ANY_YEAR: std::ops::RangeInclusive<i32> = 1000..=2999;
/// Range for a year shown only by a cue word, parentheses or a range.
const CUED_YEAR: std::ops::RangeInclusive<i32> = 1800..=2100;
/// Range for a year shown by weaker context (a list, a sentence it opens).
const WEAK_YEAR: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Where a day or month written without a year gets its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearOf {
    /// Stated further along a list: "24 January and 14 December 1946".
    Stated(i32),
    /// "in June last year": the year relative to publication (if known),
    /// and the index after the phrase.
    Relative(Option<i32>, usize),
    /// "on 19 May of that year": a year the text does not give; the index
    /// after the phrase.
    Unknown(usize),
    /// Nothing said: the publication year, if the form is safe enough.
    Published,
}

/// What kind of word shows that a number is a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// "mid-2023", "post-2015": a year whatever follows.
    Hyphen,
    /// "in", "since", "until": a year unless a unit or a name follows.
    Temporal,
    /// "of", "by", "for": a year unless a unit, a count noun or a name follows.
    Other,
}

/// How a year continues a list of years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    /// "-", "–", "to", "until": the next year must be later.
    Range,
    /// "and", "or", ", and".
    And,
    /// A bare comma, only trusted when the list goes on or ends there.
    Comma,
}

struct Scanner<'a> {
    text: &'a str,
    toks: &'a [Tok],
    published: Option<PartialDate>,
    out: &'a mut Vec<MentionedDate>,
}

impl<'a> Scanner<'a> {
    // ---- token access; every accessor tolerates out-of-range indices ----

    fn str(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.span()])
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Token `i` touches the token before it.
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.spaced)
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && t.span().len() == w.len())
            && self.str(i).eq_ignore_ascii_case(w)
    }

    fn word_in(&self, i: usize, list: &[&str]) -> bool {
        self.kind(i) == Some(Kind::Word) && in_list(list, self.str(i))
    }

    fn punct_in(&self, i: usize, chars: &str) -> bool {
        self.kind(i) == Some(Kind::Punct) && chars.contains(self.str(i))
    }

    /// Word `i` ignoring a glued hyphen before it, as in "mid-June".
    fn prev_word(&self, i: usize) -> Option<usize> {
        let p = i.checked_sub(1)?;
        if self.glued(i) && self.punct_in(p, "-") && self.glued(p) {
            return p.checked_sub(1);
        }
        Some(p)
    }

    fn number(&self, i: usize, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
        let s = self.str(i);
        (self.kind(i) == Some(Kind::Num) && digits.contains(&s.len()))
            .then(|| s.parse().ok())
            .flatten()
    }

    /// Nothing glued before token `i` that would make it part of a larger
    /// number, code or amount ("A/77/2022", "$2025", "3.2025").
    fn clean_head(&self, i: usize) -> bool {
        if !self.glued(i) {
            return true;
        }
        let Some(p) = i.checked_sub(1) else {
            return true;
        };
        if self.punct_in(p, "-") {
            // "mid-2023", "pre-1967"
            return self.glued(p)
                && p.checked_sub(1)
                    .is_some_and(|w| self.word_in(w, &["mid", "early", "late", "pre", "post"]));
        }
        self.punct_in(p, "([\"“‘'*")
    }

    /// Nothing glued after token `i` that would make it part of a larger
    /// number, code, amount or a decade ("2025th", "1990s", "2,025.5", "50%").
    fn clean_tail(&self, i: usize) -> bool {
        let n = i + 1;
        if !self.glued(n) {
            return true;
        }
        if self.kind(n) != Some(Kind::Punct) {
            return false;
        }
        let after_is_digit = self.glued(n + 1) && self.kind(n + 1) == Some(Kind::Num);
        match self.str(n) {
            "." | "," | "-" | "–" | "—" => !after_is_digit,
            "'" | "’" => {
                !(self.glued(n + 1) && self.is_word(n + 1, "s") && self.str(i).ends_with('0'))
            }
            ")" | "]" | "\"" | "”" | ";" | ":" | "!" | "?" | "*" => true,
            // "12 August 1949/ The", but not "2022/23" or "2022/RES".
            "/" => !(self.glued(n + 1) && self.kind(n + 1) != Some(Kind::Punct)),
            _ => false,
        }
    }

    /// A four-digit year in `range` at token `i`, clean on both sides.
    fn year_at(&self, i: usize, range: &std::ops::RangeInclusive<i32>) -> Option<i32> {
        self.year_after_link(i, range)
            .filter(|_| self.clean_head(i))
    }

    /// Like [`Self::year_at`] for a year right after a checked link such
    /// as the hyphen in "1991-1995", which may touch it.
    fn year_after_link(&self, i: usize, range: &std::ops::RangeInclusive<i32>) -> Option<i32> {
        let y = i32::try_from(self.number(i, 4..=4)?).ok()?;
        (range.contains(&y) && self.clean_tail(i)).then_some(y)
    }

    /// Token `i` names what a number before it counts or measures, or it
    /// is "Agenda" as in "the 2030 Agenda".
    fn counted(&self, i: usize) -> bool {
        self.word_in(i, UNITS)
            || self.word_in(i, COUNTED)
            || self.is_word(i, "agenda")
            || self.punct_in(i, "%")
    }

    /// A capitalised month name at `i`: (month, index after it, full name).
    /// An abbreviation may carry a dot ("Mar.").
    fn month_at(&self, i: usize) -> Option<(u8, usize, bool)> {
        let s = self.str(i);
        if self.kind(i) != Some(Kind::Word) || !s.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let m = month_from_name(s)?;
        let full = !is_abbreviated_month(s, m);
        let mut next = i + 1;
        if !full && self.glued(next) && self.punct_in(next, ".") {
            next += 1;
        }
        // A word broken across a line ("Sep¬tember") or glued to a code is
        // not a month; "March-April" is.
        if self.glued(next) {
            let breaks = if full { "¬\u{ad}" } else { "¬\u{ad}-" };
            let broken = self.punct_in(next, breaks)
                && self.glued(next + 1)
                && self.str(next + 1).starts_with(|c: char| c.is_lowercase());
            if broken || self.kind(next) != Some(Kind::Punct) {
                return None;
            }
        }
        Some((m, next, full))
    }

    /// A day of the month at `i` ("18", "18th"): (day, index after it).
    fn day_at(&self, i: usize, check_head: bool) -> Option<(u8, usize)> {
        let d = u8::try_from(self.number(i, 1..=2)?).ok()?;
        if !(1..=31).contains(&d) || check_head && !self.clean_head(i) {
            return None;
        }
        let n = i + 1;
        if self.glued(n) && self.word_in(n, &ORDINAL_SUFFIXES) {
            return Some((d, n + 1));
        }
        if self.glued(n) && !self.punct_in(n, ",.;:)–-") {
            return None;
        }
        Some((d, n))
    }

    // ---- output ----

    fn push(&mut self, date: PartialDate, first: usize, last: usize) {
        let (Some(a), Some(b)) = (self.toks.get(first), self.toks.get(last)) else {
            return;
        };
        let mut start = a.start as usize;
        // A weekday before a full date belongs to its span ("Tuesday, 18 March 2025").
        if date.day.is_some() {
            let mut w = first.checked_sub(1);
            if let Some(p) = w.filter(|&p| self.punct_in(p, ",")) {
                w = p.checked_sub(1);
            }
            if let Some(w) = w.filter(|&w| self.word_in(w, &WEEKDAY_NAMES)) {
                start = self.toks[w].start as usize;
            }
        }
        self.out.push(MentionedDate {
            date,
            start,
            end: b.end as usize,
        });
    }

    fn push_opt(&mut self, date: Option<PartialDate>, first: usize, last: usize) {
        if let Some(date) = date {
            self.push(date, first, last);
        }
    }

    // ---- the scan ----

    /// Try every form that can start at token `i`; the index after what was
    /// consumed, or `None` when nothing starts here.
    fn step(&mut self, i: usize) -> Option<usize> {
        match self.kind(i)? {
            Kind::Num => self
                .numeric_date(i)
                .or_else(|| self.day_first(i))
                .or_else(|| self.year_in_context(i)),
            Kind::Word => {
                let w = self.str(i);
                if w.starts_with(|c: char| c.is_ascii_uppercase())
                    && let Some(next) = self.month_first(i)
                {
                    return Some(next);
                }
                match w.len() {
                    3 => self.ago(i),
                    4 | 9 => self.relative(i),
                    _ => None,
                }
            }
            Kind::Punct => None,
        }
    }

    /// "2025-03-18", "18.03.2025", "2023-06", and year ranges "1991-1995",
    /// "1991 – 1995", "2014-15", "2015/2016".
    fn numeric_date(&mut self, i: usize) -> Option<usize> {
        if !self.clean_head(i) {
            return None;
        }
        let glued_pair =
            |s: &Self, sep: &str| s.glued(i + 1) && s.punct_in(i + 1, sep) && s.glued(i + 2);
        if let Some(y) = self.number(i, 4..=4) {
            let y = i32::try_from(y).ok()?;
            if glued_pair(self, "-") {
                // Full ISO date; an impossible one is consumed and dropped.
                if let (Some(m), true, Some(d)) = (
                    self.number(i + 2, 2..=2),
                    self.glued(i + 3) && self.punct_in(i + 3, "-") && self.glued(i + 4),
                    self.number(i + 4, 2..=2),
                ) {
                    if !self.clean_tail(i + 4) {
                        return None;
                    }
                    let date = u8::try_from(m)
                        .ok()
                        .zip(u8::try_from(d).ok())
                        .and_then(|(m, d)| PartialDate::day(y, m, d))
                        .filter(|_| ANY_YEAR.contains(&y));
                    self.push_opt(date, i, i + 4);
                    return Some(i + 5);
                }
                if let Some(mm) = self.number(i + 2, 2..=2)
                    && self.clean_tail(i + 2)
                    && !(self.glued(i + 3) && self.punct_in(i + 3, "-"))
                {
                    return self.year_month_or_short_range(i, y, mm);
                }
            }
            // Year ranges with four-digit ends: "1991-1995", "1991 – 1995", "2015/2016".
            let s = i + 1;
            if (glued_pair(self, "-/") || self.punct_in(s, "–—"))
                && CUED_YEAR.contains(&y)
                && let Some(y2) = self.year_after_link(s + 1, &CUED_YEAR)
            {
                let slash = self.punct_in(s, "/");
                let ok = if slash {
                    y2 == y + 1
                } else {
                    y2 > y && y2 - y <= 100
                };
                if ok && !self.counted(s + 2) {
                    self.push(PartialDate::year(y), i, i);
                    if let Some(next) = self.emit_years(s + 1, y2, true) {
                        return Some(next);
                    }
                    self.push(PartialDate::year(y2), s + 1, s + 1);
                    return Some(s + 2);
                }
            }
            return None;
        }
        // Day.month.year with a four-digit year.
        let d = self.number(i, 1..=2)?;
        if glued_pair(self, ".")
            && let Some(m) = self.number(i + 2, 1..=2)
            && self.glued(i + 3)
            && self.punct_in(i + 3, ".")
            && self.glued(i + 4)
            && let Some(y) = self.number(i + 4, 4..=4)
        {
            if !self.clean_tail(i + 4) {
                return None;
            }
            let date = (|| {
                PartialDate::day(
                    i32::try_from(y).ok().filter(|y| ANY_YEAR.contains(y))?,
                    u8::try_from(m).ok()?,
                    u8::try_from(d).ok()?,
                )
            })();
            self.push_opt(date, i, i + 4);
            return Some(i + 5);
        }
        None
    }

    /// "2023-06" is a month, but "2014-15" and "2010-11" are pairs of years:
    /// a two-digit part that is the next year's ending is read as a year.
    fn year_month_or_short_range(&mut self, i: usize, y: i32, mm: u32) -> Option<usize> {
        let mm = i32::try_from(mm).ok()?;
        let next_year = (y + 1).rem_euclid(100) == mm;
        if (1..=12).contains(&mm) && !next_year {
            let date = PartialDate::month(y, u8::try_from(mm).ok()?);
            if date.is_some() && CUED_YEAR.contains(&y) {
                self.push_opt(date, i, i + 2);
                return Some(i + 3);
            }
            return None;
        }
        if !CUED_YEAR.contains(&y) || self.counted(i + 3) {
            return None;
        }
        let mut y2 = y - y.rem_euclid(100) + mm;
        if y2 <= y {
            y2 += 100;
        }
        if y2 - y > 50 {
            return None;
        }
        self.push(PartialDate::year(y), i, i);
        self.push(PartialDate::year(y2), i + 2, i + 2);
        Some(i + 3)
    }

    /// "18 March 2025", "18th of March, 2025", "18-20 March 2025",
    /// and without a year "on 6 February" (resolved against the publication
    /// year). An impossible day ("31 February 2023") is consumed and dropped.
    fn day_first(&mut self, i: usize) -> Option<usize> {
        let (d1, mut j) = self.day_at(i, true)?;
        let mut days = vec![(d1, i)];
        if let Some(k) = self.range_link(j)
            && let Some((d2, after)) = self.day_at(k, false)
            && d2 > d1
        {
            days.push((d2, k));
            j = after;
        }
        if self.is_word(j, "of") {
            j += 1;
        }
        let (m, after_month, _) = self.month_at(j)?;
        let y_idx = if self.punct_in(after_month, ",") {
            after_month + 1
        } else {
            after_month
        };
        if let Some(y) = self.year_at(y_idx, &ANY_YEAR) {
            let last = days.len() - 1;
            for (n, &(d, first)) in days.iter().enumerate() {
                let end = if n == last { y_idx } else { first };
                self.push_opt(PartialDate::day(y, m, d), first, end);
            }
            return Some(y_idx + 1);
        }
        if self.number(y_idx, 1..=usize::MAX).is_some() {
            // "18 March 2000 people", "5 May 12": not a date we can read.
            return Some(y_idx);
        }
        let may_cue = || {
            i.checked_sub(1)
                .is_some_and(|p| self.word_in(p, DAY_CUES) || self.is_word(p, "the"))
        };
        let (year, next) = match self.year_of_yearless(after_month) {
            YearOf::Stated(y) => (Some(y), after_month),
            YearOf::Relative(y, next) => (y, next),
            YearOf::Unknown(next) => return Some(next),
            YearOf::Published if m != 5 || may_cue() => {
                (self.published.map(|p| p.year), after_month)
            }
            YearOf::Published => return None,
        };
        for &(d, first) in &days {
            let last = if days.len() == 1 { next - 1 } else { first };
            self.push_opt(year.and_then(|y| PartialDate::day(y, m, d)), first, last);
        }
        Some(next)
    }

    /// The index of what follows a range link ("-", "–", "to", "and") at `j`.
    fn range_link(&self, j: usize) -> Option<usize> {
        if self.punct_in(j, "-–—")
            || self.word_in(j, &["and", "or", "to", "until", "till", "through"])
        {
            Some(j + 1)
        } else {
            None
        }
    }

    /// The index of what follows a list or range link at `j`, commas included.
    fn list_link(&self, j: usize) -> Option<usize> {
        if self.punct_in(j, ",") {
            return Some(if self.word_in(j + 1, &["and", "or"]) {
                j + 2
            } else {
                j + 1
            });
        }
        self.range_link(j)
    }

    /// Where a day or month written without a year, ending before token
    /// `k`, gets its year.
    fn year_of_yearless(&self, k: usize) -> YearOf {
        // "of this year", "last year", "of the same year"
        let mut j = if self.is_word(k, "of") { k + 1 } else { k };
        let the = self.is_word(j, "the");
        if the {
            j += 1;
        }
        if self.is_word(j + 1, "year") {
            let offset = match self.str(j).to_ascii_lowercase().as_str() {
                "this" if !the => Some(0),
                "last" if !the => Some(-1),
                "next" if !the => Some(1),
                "that" | "same" | "following" | "previous" | "preceding" | "last" | "next" => None,
                _ => return self.stated_or_published(k),
            };
            return match offset {
                Some(o) => {
                    YearOf::Relative(self.published.and_then(|p| p.year.checked_add(o)), j + 2)
                }
                None => YearOf::Unknown(j + 2),
            };
        }
        self.stated_or_published(k)
    }

    fn stated_or_published(&self, k: usize) -> YearOf {
        self.stated_year_after(k, 8)
            .map_or(YearOf::Published, YearOf::Stated)
    }

    /// The year stated by a later member of a list of days or months
    /// ("24 January and 14 December 1946", "July, August and September
    /// 1931"), looking at most `depth` members ahead.
    fn stated_year_after(&self, k: usize, depth: u8) -> Option<i32> {
        if depth == 0 {
            return None;
        }
        let l = self.list_link(k)?;
        let skip_comma = |x: usize| if self.punct_in(x, ",") { x + 1 } else { x };
        if let Some((_, mut j)) = self.day_at(l, true) {
            if self.is_word(j, "of") {
                j += 1;
            }
            let (_, after, _) = self.month_at(j)?;
            return self
                .year_at(skip_comma(after), &ANY_YEAR)
                .or_else(|| self.stated_year_after(after, depth - 1));
        }
        let (_, after, _) = self.month_at(l)?;
        if !self.glued(after)
            && let Some((_, j)) = self.day_at(after, true)
        {
            return self
                .year_at(skip_comma(j), &ANY_YEAR)
                .or_else(|| self.stated_year_after(j, depth - 1));
        }
        let y_idx = if self.is_word(after, "of") {
            after + 1
        } else {
            skip_comma(after)
        };
        self.year_at(y_idx, &ANY_YEAR)
            .filter(|_| !self.counted(y_idx + 1))
            .or_else(|| self.stated_year_after(after, depth - 1))
    }

    /// "March 18, 2025", "Mar. 18 2025", "March 18–20, 2025", "July 2024",
    /// "June of 2023", "March and April 2020", and without a year "in June"
    /// or "February 6" (resolved against the publication date).
    fn month_first(&mut self, i: usize) -> Option<usize> {
        let (m, j, full) = self.month_at(i)?;

        // Month day [, year]
        if !self.glued(j)
            && let Some((d1, mut k)) = self.day_at(j, true)
        {
            let mut days = vec![(d1, j)];
            if let Some(l) = self.range_link(k)
                && let Some((d2, after)) = self.day_at(l, false)
                && d2 > d1
            {
                days.push((d2, l));
                k = after;
            }
            let y_idx = if self.punct_in(k, ",") { k + 1 } else { k };
            if let Some(y) = self.year_at(y_idx, &ANY_YEAR) {
                for (n, &(d, first)) in days.iter().enumerate() {
                    let (a, b) = if n == 0 { (i, first) } else { (first, first) };
                    let b = if n == days.len() - 1 { y_idx } else { b };
                    self.push_opt(PartialDate::day(y, m, d), a, b);
                }
                return Some(y_idx + 1);
            }
            let followed_by_number = self.kind(k) == Some(Kind::Num)
                || self.glued(k) && self.punct_in(k, ",.:") && self.kind(k + 1) == Some(Kind::Num);
            if followed_by_number {
                return None;
            }
            let (year, next) = match self.year_of_yearless(k) {
                YearOf::Stated(y) => (Some(y), k),
                YearOf::Relative(y, next) => (y, next),
                YearOf::Unknown(next) => return Some(next),
                // An abbreviation needs a cue: "Viña del Mar. 10" is a place.
                YearOf::Published
                    if m != 5
                        && !self.counted(k)
                        && (full
                            || i.checked_sub(1).is_some_and(|p| self.word_in(p, DAY_CUES))) =>
                {
                    (self.published.map(|p| p.year), k)
                }
                YearOf::Published => return None,
            };
            for &(d, first) in &days {
                let a = if first == j { i } else { first };
                let b = if days.len() == 1 { next - 1 } else { first };
                self.push_opt(year.and_then(|y| PartialDate::day(y, m, d)), a, b);
            }
            return Some(next);
        }

        // Month [of|,] year
        let y_idx = if self.is_word(j, "of") || self.punct_in(j, ",") {
            j + 1
        } else {
            j
        };
        if let Some(y) = self.year_at(y_idx, &ANY_YEAR)
            && !self.counted(y_idx + 1)
        {
            self.push_opt(PartialDate::month(y, m), i, y_idx);
            return Some(y_idx + 1);
        }

        // Without a year: "July and August 2020", "in June", "in May next year".
        if self.kind(j) == Some(Kind::Num) {
            return None;
        }
        let (year, next) = match self.year_of_yearless(j) {
            YearOf::Stated(y) => (Some(y), j),
            YearOf::Relative(y, next) => (y, next),
            YearOf::Unknown(next) => return Some(next),
            YearOf::Published
                if full
                    && self
                        .prev_word(i)
                        .is_some_and(|p| self.word_in(p, MONTH_CUES)) =>
            {
                (self.published.map(|p| p.year), j)
            }
            YearOf::Published => return None,
        };
        self.push_opt(year.and_then(|y| PartialDate::month(y, m)), i, next - 1);
        Some(next)
    }

    /// "yesterday", "last year", "this month", "next year".
    fn relative(&mut self, i: usize) -> Option<usize> {
        let w = self.str(i);
        if !(4..=9).contains(&w.len()) {
            return None;
        }
        let p = self.published;
        if w.eq_ignore_ascii_case("yesterday") {
            self.push_opt(shift_day(p, -1), i, i);
            return Some(i + 1);
        }
        let offset = if w.eq_ignore_ascii_case("last") {
            -1
        } else if w.eq_ignore_ascii_case("this") {
            0
        } else if w.eq_ignore_ascii_case("next") {
            1
        } else {
            return None;
        };
        // "the last year" and "the next year" are spans of time, not dates.
        if offset != 0 && i.checked_sub(1).is_some_and(|p| self.is_word(p, "the")) {
            return None;
        }
        let n = i + 1;
        let date = if self.is_word(n, "year") {
            shift_year(p, offset)
        } else if self.is_word(n, "month") {
            shift_month(p, offset)
        } else {
            return None;
        };
        self.push_opt(date, i, n);
        Some(n + 1)
    }

    /// "two years ago", "75 years ago", "three months ago", "a year ago",
    /// read back from "ago" at `i`.
    fn ago(&mut self, i: usize) -> Option<usize> {
        if !self.is_word(i, "ago") {
            return None;
        }
        let unit = i.checked_sub(1)?;
        let (n, first) = self.count_before(unit)?;
        if n == 0
            || n > 100
            || first
                .checked_sub(1)
                .is_some_and(|p| self.word_in(p, APPROXIMATE))
        {
            return None;
        }
        let n = i32::try_from(n).ok()?;
        let u = self.str(unit).to_ascii_lowercase();
        let date = match u.trim_end_matches('s') {
            "year" => shift_year(self.published, -n),
            "month" => shift_month(self.published, -n),
            "day" => shift_day(self.published, -i64::from(n)),
            _ => return None,
        };
        self.push_opt(date, first, i);
        Some(i + 1)
    }

    /// The small count before the time unit at `unit`, in digits or words:
    /// (value, index of its first token).
    fn count_before(&self, unit: usize) -> Option<(u32, usize)> {
        if !self.word_in(unit, &["year", "years", "month", "months", "day", "days"]) {
            return None;
        }
        let last = unit.checked_sub(1)?;
        if let Some(n) = self.number(last, 1..=3) {
            return self.clean_head(last).then_some((n, last));
        }
        let value = |k: usize| {
            NUMBER_WORDS
                .iter()
                .find(|(w, _)| self.is_word(k, w))
                .map(|&(_, v)| v)
        };
        let n = value(last)?;
        // "seventy-five"
        if (1..10).contains(&n)
            && self.glued(last)
            && let Some(dash) = last
                .checked_sub(1)
                .filter(|&d| self.punct_in(d, "-") && self.glued(d))
            && let Some(tens) = dash
                .checked_sub(1)
                .and_then(|t| value(t).map(|v| (v, t)))
                .filter(|&(v, _)| v >= 20)
        {
            return Some((tens.0 + n, tens.1));
        }
        Some((n, last))
    }

    /// A bare four-digit number that its context shows to be a year.
    fn year_in_context(&mut self, i: usize) -> Option<usize> {
        let y = self.year_at(i, &CUED_YEAR)?;
        let next = i + 1;
        if self.word_in(next, UNITS) || self.punct_in(next, "%") {
            return None;
        }
        let counted = self.word_in(next, COUNTED);
        let named = self.is_word(next, "agenda");
        match self.year_cue(i) {
            Some(Cue::Hyphen) => return self.emit_years(i, y, true),
            Some(Cue::Temporal) if !named => return self.emit_years(i, y, true),
            Some(Cue::Other) if !named && !counted => return self.emit_years(i, y, true),
            _ => {}
        }
        if counted || named {
            return None;
        }
        if self.in_parentheses(i) {
            return self.emit_years(i, y, true);
        }
        if !WEAK_YEAR.contains(&y) {
            return None;
        }
        let prev = i.checked_sub(1);
        if prev.is_some_and(|p| self.word_in(p, NUMBER_LABELS) || self.punct_in(p, "$€£¥#№"))
        {
            return None;
        }
        // A subject, a possessive, an adjective of an event, a named event,
        // a baseline ("below 1990 levels"); failing that, a bare list or
        // range of years ("2014, 2015 and 2016").
        let shown = self.possessive(i)
            || self.dated_event(i)
            || self.subject(i)
            || self.word_in(next, &["level", "levels"])
            || prev.is_some_and(|p| NAMED_EVENTS.contains(&self.str(p)));
        self.emit_years(i, y, shown)
    }

    /// A cue word right before the year: "in 2014", "mid-2023", "as early as
    /// 1946", "no later than 1990", "compared with 2013", "This year, 2015,".
    fn year_cue(&self, i: usize) -> Option<Cue> {
        let p = i.checked_sub(1)?;
        let before = p.checked_sub(1);
        let before_in = |list: &[&str]| before.is_some_and(|b| self.word_in(b, list));
        if self.glued(i) {
            // "mid-2023", "pre-1967", "post-2015"
            return (self.punct_in(p, "-")
                && self.glued(p)
                && before_in(&["mid", "early", "late", "pre", "post"]))
            .then_some(Cue::Hyphen);
        }
        if self.punct_in(p, "-") && before_in(&["pre", "post"]) && self.glued(p) {
            return Some(Cue::Hyphen); // "post- 2015", a broken line
        }
        if self.punct_in(p, ",") && before_in(&["year"]) {
            return Some(Cue::Temporal);
        }
        if self.kind(p) != Some(Kind::Word) {
            return None;
        }
        let word = self.str(p);
        let cue = if in_list(TEMPORAL_CUES, word) {
            Cue::Temporal
        } else if in_list(OTHER_CUES, word) {
            Cue::Other
        } else if word.eq_ignore_ascii_case("as") {
            before_in(&["early", "late", "ago", "back", "recently", "soon"])
                .then_some(Cue::Temporal)?
        } else if word.eq_ignore_ascii_case("than") {
            before_in(&["later", "earlier", "sooner"]).then_some(Cue::Temporal)?
        } else if word.eq_ignore_ascii_case("to") {
            before_in(&["prior", "back", "compared", "up", "halfway", "way"])
                .then_some(Cue::Other)?
        } else if word.eq_ignore_ascii_case("and") {
            before_in(&["now"]).then_some(Cue::Temporal)?
        } else if word.eq_ignore_ascii_case("with") {
            before_in(&["compared", "comparison"]).then_some(Cue::Other)?
        } else if word.eq_ignore_ascii_case("is") || word.eq_ignore_ascii_case("was") {
            before_in(&["it", "this"]).then_some(Cue::Temporal)?
        } else {
            return None;
        };
        if word.eq_ignore_ascii_case("of") && before_in(QUANTITY_OF)
            || word.eq_ignore_ascii_case("by") && before_in(CHANGE_BY)
        {
            return None;
        }
        Some(cue)
    }

    /// "(2015)", as after a resolution number.
    fn in_parentheses(&self, i: usize) -> bool {
        self.glued(i)
            && i.checked_sub(1).is_some_and(|p| self.punct_in(p, "("))
            && self.glued(i + 1)
            && self.punct_in(i + 1, ")")
    }

    /// "2014's elections"; decades ("the 1990's") were already refused.
    fn possessive(&self, i: usize) -> bool {
        self.glued(i + 1)
            && self.punct_in(i + 1, "'’")
            && self.glued(i + 2)
            && self.is_word(i + 2, "s")
    }

    /// "the 1967 borders", "the 2008 global financial crisis": a determiner,
    /// the year, and an event or instrument noun within three words.
    fn dated_event(&self, i: usize) -> bool {
        if !i
            .checked_sub(1)
            .is_some_and(|p| self.word_in(p, DETERMINERS))
        {
            return false;
        }
        let mut k = i + 1;
        for _ in 0..4 {
            if self.kind(k) != Some(Kind::Word) || self.glued(k) || self.counted(k) {
                return false;
            }
            if is_event_noun(self.str(k)) {
                return true;
            }
            // A hyphenated compound counts as one word: "High-Level Conference".
            while self.glued(k + 1)
                && self.punct_in(k + 1, "-")
                && self.glued(k + 2)
                && self.kind(k + 2) == Some(Kind::Word)
            {
                k += 2;
                if is_event_noun(self.str(k)) {
                    return true;
                }
            }
            k += 1;
        }
        false
    }

    /// A year as the subject of a verb: "2015 was a turning point.",
    /// "For Poland, 1952 has been ...", "We hope that 1981 will see ...",
    /// and "1945, the year ..." opening a sentence.
    fn subject(&self, i: usize) -> bool {
        let prev = i.checked_sub(1);
        let opens = self.toks.get(i).is_some_and(|t| t.line_start)
            || prev.is_some_and(|p| self.punct_in(p, ".!?") && !self.glued(i));
        let verb = self.word_in(i + 1, SUBJECT_VERBS);
        if opens {
            return verb || self.glued(i + 1) && self.punct_in(i + 1, ",");
        }
        prev.is_some_and(|p| {
            self.punct_in(p, ",;:—") && verb
                || self.is_word(p, "that") && (verb || self.is_word(i + 1, "be"))
        })
    }

    /// What links token `j` to a following year, and where that year is.
    fn year_link(&self, j: usize) -> Option<(Link, usize)> {
        if self.punct_in(j, "-–—") {
            return Some((Link::Range, j + 1));
        }
        if self.word_in(j, &["to", "until", "till", "through"]) {
            return Some((Link::Range, j + 1));
        }
        if self.word_in(j, &["and", "or"]) || self.punct_in(j, "&") {
            return Some((Link::And, j + 1));
        }
        if self.punct_in(j, ",") {
            if self.word_in(j + 1, &["and", "or"]) {
                return Some((Link::And, j + 2));
            }
            return Some((Link::Comma, j + 1));
        }
        None
    }

    /// The years continuing a list or range after the year at `i`, as
    /// (year, token) pairs, stopping at the first that does not fit. `None`
    /// when a count ends the list ("from 2000 to 3000 troops").
    fn list_after(&self, mut i: usize, mut y: i32) -> Option<(Vec<(i32, usize)>, bool)> {
        let mut items = Vec::new();
        let mut trusted = false;
        while let Some((link, k)) = self.year_link(i + 1) {
            let Some(y2) = self.year_after_link(k, &CUED_YEAR) else {
                // "from 2000 to 3000": the numbers were counts all along.
                if link != Link::Comma && self.number(k, 4..=usize::MAX).is_some() {
                    return None;
                }
                break;
            };
            if link == Link::Range && (y2 <= y || y2 - y > 100) {
                break;
            }
            if self.counted(k + 1) {
                return None;
            }
            if link == Link::Comma
                && !(self.year_link(k + 1).is_some()
                    || self.punct_in(k + 1, ".;:)")
                    || self.kind(k + 1).is_none())
            {
                break;
            }
            trusted |= link != Link::Comma;
            items.push((y2, k));
            (i, y) = (k, y2);
        }
        Some((items, trusted))
    }

    /// Push the year at `i` and the years continuing its list; the index
    /// after the list. A year shown by its context may stand alone or end a
    /// list in bare commas; an unshown one needs an "and", "or" or range.
    fn emit_years(&mut self, i: usize, y: i32, shown: bool) -> Option<usize> {
        let (items, trusted) = self.list_after(i, y)?;
        if !shown && (items.is_empty() || !trusted) {
            return None;
        }
        self.push(PartialDate::year(y), i, i);
        let mut next = i + 1;
        for (y2, k) in items {
            self.push(PartialDate::year(y2), k, k);
            next = k + 1;
        }
        Some(next)
    }
}

fn is_event_noun(w: &str) -> bool {
    let lower = w.to_lowercase();
    let singular = if let Some(stem) = lower.strip_suffix("ies") {
        format!("{stem}y")
    } else if lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("is") {
        lower[..lower.len() - 1].to_string()
    } else {
        lower.clone()
    };
    EVENT_NOUNS.binary_search(&singular.as_str()).is_ok()
}

fn shift_year(p: Option<PartialDate>, by: i32) -> Option<PartialDate> {
    Some(PartialDate::year(p?.year.checked_add(by)?))
}

fn shift_month(p: Option<PartialDate>, by: i32) -> Option<PartialDate> {
    let p = p?;
    let index = i64::from(p.year) * 12 + i64::from(p.month?) - 1 + i64::from(by);
    PartialDate::month(
        i32::try_from(index.div_euclid(12)).ok()?,
        u8::try_from(index.rem_euclid(12) + 1).ok()?,
    )
}

fn shift_day(p: Option<PartialDate>, by: i64) -> Option<PartialDate> {
    let p = p?;
    let date = NaiveDate::from_ymd_opt(p.year, u32::from(p.month?), u32::from(p.day?))?;
    let shifted = if by < 0 {
        date.checked_sub_days(Days::new(by.unsigned_abs()))?
    } else {
        date.checked_add_days(Days::new(by.unsigned_abs()))?
    };
    PartialDate::day(
        shifted.year(),
        u8::try_from(shifted.month()).ok()?,
        u8::try_from(shifted.day()).ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<String> {
        dates_pub(text, None)
    }

    fn dates_pub(text: &str, published: Option<&str>) -> Vec<String> {
        let published = published.map(|p| p.parse().unwrap());
        let found = extract_dates(text, published);
        for m in &found {
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            assert!(m.start < m.end);
        }
        found.iter().map(|m| m.date.to_string()).collect()
    }

    #[test]
    fn event_nouns_are_sorted_for_binary_search() {
        assert!(EVENT_NOUNS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn full_dates() {
        for text in [
            "It happened on 18 March 2025 in Moscow.",
            "It happened on the 18th of March 2025.",
            "It happened on March 18, 2025.",
            "It happened on March 18 2025.",
            "It happened on Mar. 18, 2025.",
            "It happened on 2025-03-18.",
            "It happened on 18.03.2025.",
            "It happened on Tuesday, 18 March 2025.",
            "It happened on 18 March, 2025.",
            "It happened on March 18th, 2025.",
        ] {
            assert_eq!(dates(text), ["2025-03-18"], "{text}");
        }
    }

    #[test]
    fn spans_cover_the_date() {
        let text = "Signed on Tuesday, 18 March 2025 — and in 2014.";
        let found = extract_dates(text, None);
        assert_eq!(
            &text[found[0].start..found[0].end],
            "Tuesday, 18 March 2025"
        );
        assert_eq!(&text[found[1].start..found[1].end], "2014");
    }

    #[test]
    fn day_ranges() {
        assert_eq!(dates("from 18-20 March 2025"), ["2025-03-18", "2025-03-20"]);
        assert_eq!(dates("on March 18–20, 2025"), ["2025-03-18", "2025-03-20"]);
    }

    #[test]
    fn invalid_days_are_not_dates() {
        assert!(dates("on 31 February 2023 nothing").is_empty());
        assert!(dates("on February 30, 2024 nothing").is_empty());
        assert!(dates("on 2023-02-29 nothing").is_empty());
        assert!(dates("on 32.01.2023 nothing").is_empty());
        assert_eq!(dates("on 29 February 2024"), ["2024-02-29"]);
    }

    #[test]
    fn months() {
        assert_eq!(dates("announced in July 2024 by him"), ["2024-07"]);
        assert_eq!(dates("Back in June 2023, he said"), ["2023-06"]);
        assert_eq!(dates("June of 2023"), ["2023-06"]);
        assert_eq!(dates("In early July 2021, Elsa struck"), ["2021-07"]);
        assert_eq!(dates("the file 2023-06 was"), ["2023-06"]);
        assert_eq!(dates("since Sept. 2001"), ["2001-09"]);
        assert_eq!(
            dates("between March and April 2020"),
            ["2020-03", "2020-04"]
        );
        assert_eq!(dates("the end of the July 2006 war"), ["2006-07"]);
    }

    #[test]
    fn lower_case_month_words_are_not_months() {
        assert!(dates("the march of history and what may 2025 bring").is_empty());
    }

    #[test]
    fn years_with_cues() {
        assert_eq!(dates("in 2014 things changed"), ["2014"]);
        assert_eq!(
            dates("since 1991, by 2030, until 1999"),
            ["1991", "2030", "1999"]
        );
        assert_eq!(dates("mid-2023 and late 2022"), ["2023", "2022"]);
        assert_eq!(dates("in the year 2000"), ["2000"]);
        assert_eq!(dates("in the summer of 2016"), ["2016"]);
        assert_eq!(dates("as early as 1946 we said"), ["1946"]);
        assert_eq!(dates("the budget for 1976 showed"), ["1976"]);
        assert_eq!(dates("in 1815 the Congress met"), ["1815"]);
        assert_eq!(dates("In 1995 women gathered in Beijing"), ["1995"]);
        assert_eq!(
            dates("no later than 1990, compared with 2013 levels"),
            ["1990", "2013"]
        );
        assert_eq!(
            dates("proposed to proclaim 2005 the International Year"),
            ["2005"]
        );
        assert_eq!(dates("This year, 2015, is crucial"), ["2015"]);
        assert_eq!(
            dates("below 1990 levels and prior to 1958"),
            ["1990", "1958"]
        );
        assert_eq!(
            dates("the post-2015 agenda and the post- 2015 agenda"),
            ["2015", "2015"]
        );
        assert_eq!(dates("from 4 per cent in 1965 to 3 per cent"), ["1965"]);
    }

    #[test]
    fn year_lists_and_ranges() {
        assert_eq!(dates("in 2014 and 2015"), ["2014", "2015"]);
        assert_eq!(dates("from 1991 to 1995"), ["1991", "1995"]);
        assert_eq!(dates("between 1991 and 1995"), ["1991", "1995"]);
        assert_eq!(dates("the 1991-1995 wars"), ["1991", "1995"]);
        assert_eq!(dates("the 1991–1995 wars"), ["1991", "1995"]);
        assert_eq!(dates("the period 1991 – 1995"), ["1991", "1995"]);
        assert_eq!(
            dates("2014, 2015 and 2016 were hot"),
            ["2014", "2015", "2016"]
        );
        assert_eq!(dates("the 2014-15 season"), ["2014", "2015"]);
        assert_eq!(dates("the 2010-11 biennium"), ["2010", "2011"]);
        assert_eq!(dates("in 2014, 2015, and 2016"), ["2014", "2015", "2016"]);
    }

    #[test]
    fn other_year_contexts() {
        assert_eq!(dates("resolution 2231 (2015) says"), ["2015"]);
        assert_eq!(
            dates("resolutions 242 (1967) and 338 (1973)"),
            ["1967", "1973"]
        );
        assert_eq!(dates("Remember 2014's elections"), ["2014"]);
        assert_eq!(dates("Peace came. 2015 was a turning point."), ["2015"]);
        assert_eq!(dates("2015 was a turning point."), ["2015"]);
        assert_eq!(dates("return to the 1967 borders"), ["1967"]);
        assert_eq!(dates("after the 2008 global financial crisis"), ["2008"]);
        assert_eq!(dates("the 2015 Paris Agreement"), ["2015"]);
        assert_eq!(dates("at the 2008 High-Level Conference"), ["2008"]);
        assert_eq!(dates("at the Climate Summit 2014 in New York"), ["2014"]);
        assert_eq!(dates("For Poland, 1952 has been a good year"), ["1952"]);
        assert_eq!(
            dates("We hope that 1981 will see peace and that 1992 be declared"),
            ["1981", "1992"]
        );
    }

    #[test]
    fn numbers_that_are_not_years() {
        for text in [
            "resolution 1973 was adopted",
            "resolutions 1970 and 1973 were adopted",
            "the 2030 Agenda for Sustainable Development",
            "implementation of 2030 Agenda",
            "Vision 2030 and Agenda 2063 and Expo 2020",
            "the 1990s and the 1980's",
            "in the 1990s",
            "$2025 million",
            "a network of 2000 villages",
            "in 2000 km of roads",
            "2,000 people and 1500 troops",
            "some 2000 were killed",
            "a total of 2000 soldiers",
            "a total of 2000.",
            "rose by 2000 last",
            "up 2025%",
            "3.2025 and 2025.5",
            "document A/77/2022 and S/2015/123",
            "the 2000 troops deployed",
            "from 2000 to 3000 troops",
            "page 1999",
            "COP2025",
            "the 2025th meeting",
        ] {
            assert!(dates(text).is_empty(), "{text}: {:?}", dates(text));
        }
    }

    #[test]
    fn durations_are_not_dates() {
        for text in [
            "a period of 30 days",
            "for 10 years",
            "for more than 60 years",
            "a 30-day truce",
            "talked for 2.5 hours",
            "NATO for 10 years are",
            "more than 50.000 people lost their lives. 850.000 buildings",
        ] {
            assert!(dates(text).is_empty(), "{text}: {:?}", dates(text));
        }
    }

    #[test]
    fn relative_expressions_need_a_publication_date() {
        let text = "Last year and this year, two years ago, next year; in June and on 6 February.";
        assert!(dates(text).is_empty());
        assert_eq!(
            dates_pub(text, Some("2023")),
            ["2022", "2023", "2021", "2024", "2023-06", "2023-02-06"]
        );
        assert!(dates_pub("last month", Some("2023")).is_empty());
        assert_eq!(dates_pub("last month", Some("2023-01")), ["2022-12"]);
        assert_eq!(
            dates_pub("three months ago", Some("2023-02-10")),
            ["2022-11"]
        );
        assert!(dates_pub("yesterday", Some("2023-03")).is_empty());
        assert_eq!(dates_pub("yesterday", Some("2024-03-01")), ["2024-02-29"]);
        assert_eq!(dates_pub("seventy-five years ago", Some("2020")), ["1945"]);
        assert_eq!(dates_pub("75 years ago", Some("2020")), ["1945"]);
        assert_eq!(
            dates_pub("On the morning of 6 February.", Some("2023")),
            ["2023-02-06"]
        );
        assert_eq!(dates_pub("February 6 was", Some("2023")), ["2023-02-06"]);
        assert_eq!(
            dates_pub(
                "since Feb. 24 and on Sept. 11th, and 3 Jan",
                Some("2023-03-01")
            ),
            ["2023-02-24", "2023-09-11", "2023-01-03"]
        );
    }

    #[test]
    fn yearless_members_of_lists_take_the_stated_year() {
        let p = Some("1950");
        assert_eq!(
            dates_pub("resolutions of 24 January and 14 December 1946", p),
            ["1946-01-24", "1946-12-14"]
        );
        assert_eq!(
            dates_pub("during July, August and September 1931.", p),
            ["1931-07", "1931-08", "1931-09"]
        );
        assert_eq!(dates("on 4 or 5 August 1990"), ["1990-08-04", "1990-08-05"]);
        assert_eq!(
            dates("in January and December 1964"),
            ["1964-01", "1964-12"]
        );
    }

    #[test]
    fn yearless_dates_with_a_relative_year() {
        let p = Some("2008");
        assert_eq!(dates_pub("by March next year", p), ["2009-03"]);
        assert_eq!(dates_pub("in December last year", p), ["2007-12"]);
        assert_eq!(dates_pub("in June of this year", p), ["2008-06"]);
        assert_eq!(dates_pub("on 20 December last year", p), ["2007-12-20"]);
        assert!(dates_pub("On 19 May of that year, he", p).is_empty());
        assert!(dates_pub("in June of the following year", p).is_empty());
        assert!(dates("by March next year").is_empty());
        let text = "in May next year";
        let found = extract_dates(text, PartialDate::parse("2008"));
        assert_eq!(&text[found[0].start..found[0].end], "May next year");
    }

    #[test]
    fn vague_relative_expressions_are_skipped() {
        for text in [
            "over the last year",
            "more than 70 years ago",
            "in the next year",
            "a decade ago",
            "may 5 people",
            "the Ides of March",
            "Hurricane in May 15 people died",
            "29 February",
            "the document of Viña del Mar. 10 points",
            "held on 11 Sep¬tember in Khartoum",
            "held on 11 Sep-tember in Khartoum",
        ] {
            assert!(
                dates_pub(text, Some("2023")).is_empty(),
                "{text}: {:?}",
                dates_pub(text, Some("2023"))
            );
        }
    }

    #[test]
    fn order_and_repeats() {
        let found = extract_dates("In 2015 and in March 2020, then in 2015 again.", None);
        let got: Vec<_> = found.iter().map(|m| m.date.to_string()).collect();
        assert_eq!(got, ["2015", "2020-03", "2015"]);
        assert_eq!(
            distinct_dates(&found),
            [
                PartialDate::year(2015),
                PartialDate::month(2020, 3).unwrap()
            ]
        );
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

    /// The dates of `text` read as one window.
    fn read_whole(text: &str, published: Option<PartialDate>) -> Vec<MentionedDate> {
        let mut toks = Vec::new();
        tokenize(text, 0, &mut toks, |_, _| false);
        let mut out = Vec::new();
        scan(text, &toks, published, &mut out);
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

    #[test]
    fn any_text_is_safe() {
        let text = "В 2014 году, 18 марта 2014 — Крым. «2015» и (2016) 2017’s ✓ 18–";
        let _ = dates(text);
        assert_eq!(dates("Эфир: since 2014 — конец"), ["2014"]);
        for s in [
            "", "-", "2025-", "2025-03-", "18.", "18.03.", "(", "(2015", "March", "5 May", "'s",
        ] {
            let _ = dates_pub(s, Some("2024-02-29"));
        }
    }
}

/// Property tests: any text, with any publication date, gives dates in text
/// order whose spans are inside the text on character boundaries; no panic
/// on date arithmetic at the ends of the calendar, and long texts are read
/// (the reading is linear; the unit tests hold the tricky cases).
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::collection::vec;
    use proptest::prelude::*;
    use proptest::sample::select;

    const WORDS: &[&str] = &[
        "in",
        "since",
        "on",
        "of",
        "the",
        "last",
        "next",
        "year",
        "years",
        "month",
        "ago",
        "yesterday",
        "today",
        "between",
        "and",
        "to",
        "from",
        "until",
        "2024",
        "1999",
        "0001",
        "9999",
        "12",
        "31",
        "1",
        "3rd",
        "21st",
        "19th",
        "March",
        "Mar.",
        "May",
        "Sept",
        "June",
        "December",
        "Dec",
        "’s",
        "'s",
        "2022–23",
        "2022-2023",
        "12/31/2020",
        "31.12.2020",
        "2025-03-19",
        "(",
        ")",
        ",",
        ".",
        "-",
        "–",
        "/",
        "Resolution",
        "Agenda",
        "war",
        "é",
        "Войн",
        "\n",
        "  ",
        "10",
        "two",
        "days",
        "weeks",
        "decade",
        "century",
        "1990s",
        "’90s",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            vec(select(WORDS), 0..120).prop_map(|w| w.join(" ")),
            vec(select(WORDS), 0..120).prop_map(|w| w.concat()),
            any::<String>(),
        ]
    }

    fn published() -> impl Strategy<Value = Option<PartialDate>> {
        let year = prop_oneof![any::<i32>(), -1000i32..3000, Just(i32::MAX), Just(i32::MIN)];
        (year, 0u8..14, 0u8..33).prop_map(|(y, m, d)| match d % 3 {
            0 => PartialDate::day(y, m, d),
            1 => PartialDate::month(y, m),
            _ => Some(PartialDate::year(y)),
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn dates_in_any_text(text in text(), published in published()) {
            let found = extract_dates(&text, published);
            let mut last_start = 0;
            for m in &found {
                prop_assert!(m.start < m.end && m.end <= text.len(), "{m:?}");
                prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                prop_assert!(m.start >= last_start, "{found:?}");
                prop_assert!(m.date.first_day() <= m.date.last_day());
                last_start = m.start;
            }
            let _ = distinct_dates(&found);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

        #[test]
        fn long_texts(words in vec(select(WORDS), 0..50_000)) {
            let text = words.join(" ");
            for m in extract_dates(&text, PartialDate::day(2025, 3, 19)) {
                prop_assert!(m.end <= text.len());
            }
        }
    }
}
