//! The scanner: reads the tokens of one window left to right and tries every
//! date form at each token. Bare years, which need their context to be
//! years at all, are read in [`years`].

mod east_slavic;
mod hungarian;
mod language;
mod yearless;
mod years;

use super::MentionedDate;
use super::tokens::{Kind, Tok};
use super::words::*;
use crate::article::date::PartialDate;
use crate::article::date::vocabulary::{
    ORDINAL_SUFFIXES, WEEKDAY_NAMES, is_abbreviated_month, is_turkish_month, month_from_name,
    month_of_other_languages,
};
pub(super) use language::Language;
use yearless::Placing;
pub(super) use yearless::take_years_the_article_names;

/// Hungarian month names, whose days ("április 12-én") a window must open on.
pub(super) fn hungarian_months() -> impl Iterator<Item = &'static str> {
    hungarian::MONTHS.into_iter()
}

/// Reads the tokens and adds the dates in them to `out`.
/// `listopad_is_october` when the article is Croatian (or Bosnian or
/// Serbian), whose October Polish and Czech spell as their November.
pub(super) fn scan(
    text: &str,
    toks: &[Tok],
    published: Option<PartialDate>,
    listopad_is_october: bool,
    language: Language,
    out: &mut Vec<MentionedDate>,
) {
    let from = out.len();
    let mut scan = Scanner {
        text,
        toks,
        published,
        listopad_is_october,
        language,
        out,
        yearless: Vec::new(),
    };
    let mut i = 0;
    while i < scan.toks.len() {
        i = scan.step(i).filter(|&next| next > i).unwrap_or(i + 1);
    }
    scan.place_by_clause(from);
    // Weekday prefixes and list members can reorder starts slightly.
    out[from..].sort_by_key(|m| m.start);
}

/// Range of plausible years for an explicit day or month ("18 March 1815").
const ANY_YEAR: std::ops::RangeInclusive<i32> = 1000..=2999;

/// "and", "or" and "to" of the languages that write a day with an
/// ordinal's dot, between two such days ("3. a 4. října", "9. und 10.
/// März", "3. i 4. listopada", "11. og 12. september").
const DAY_LINKS_ELSEWHERE: &[&str] = &[
    "a", "i", "und", "bis", "og", "och", "ja", "ir", "és", "en", "do", "až", "eller", "oder",
    "nebo", "alebo", "ili",
];
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
    /// "on 5 January next": the first such date after publication; the
    /// index after "next".
    Upcoming(usize),
    /// Nothing said: the publication year, if the form is safe enough.
    Published,
}

/// Phrases after a day or month in other languages that give its year:
/// relative to publication ("6 sierpnia ubiegłego roku", "am 3. März
/// vergangenen Jahres"), or a year the text speaks of and does not give
/// there ("le 13 août de la même année", "il 18 novembre dello stesso
/// anno", "14 czerwca tego samego roku"), as English "of that year". Longer
/// phrases before those they start with ("tego samego roku" before "tego
/// roku"). Lower case, words separated by one space.
const YEAR_PHRASES: &[(&str, Option<i32>)] = &[
    // French
    ("de la même année", None),
    ("de cette année là", None),
    ("de l année suivante", None),
    ("de l année précédente", None),
    // Italian
    ("dello stesso anno", None),
    ("di quello stesso anno", None),
    ("di quell anno", None),
    ("dell anno successivo", None),
    ("dell anno precedente", None),
    // Spanish
    ("del mismo año", None),
    ("de ese mismo año", None),
    ("de ese año", None),
    ("de aquel año", None),
    ("del año siguiente", None),
    ("del año anterior", None),
    // Portuguese
    ("do mesmo ano", None),
    ("daquele ano", None),
    ("desse ano", None),
    ("do ano seguinte", None),
    ("do ano anterior", None),
    // German
    ("desselben jahres", None),
    ("des gleichen jahres", None),
    ("des selben jahres", None),
    ("jenes jahres", None),
    ("des folgenden jahres", None),
    ("des vorjahres", None),
    ("vergangenen jahres", Some(-1)),
    ("vorigen jahres", Some(-1)),
    ("letzten jahres", Some(-1)),
    ("nächsten jahres", Some(1)),
    ("kommenden jahres", Some(1)),
    ("dieses jahres", Some(0)),
    // Polish
    ("tego samego roku", None),
    ("tamtego roku", None),
    ("następnego roku", None),
    ("poprzedniego roku", None),
    ("ubiegłego roku", Some(-1)),
    ("zeszłego roku", Some(-1)),
    ("przeszłego roku", Some(-1)),
    ("przyszłego roku", Some(1)),
    ("bieżącego roku", Some(0)),
    ("tego roku", Some(0)),
    // Czech
    ("téhož roku", None),
    ("toho roku", None),
    ("následujícího roku", None),
    ("předchozího roku", None),
    ("loňského roku", Some(-1)),
    ("minulého roku", Some(-1)),
    ("příštího roku", Some(1)),
    ("letošního roku", Some(0)),
    ("tohoto roku", Some(0)),
    // Slovak
    ("toho istého roka", None),
    ("minulého roka", Some(-1)),
    ("budúceho roka", Some(1)),
    ("tohto roka", Some(0)),
    // Croatian, Bosnian and Serbian
    ("prošle godine", Some(-1)),
    ("iduće godine", Some(1)),
    ("sljedeće godine", Some(1)),
    ("naredne godine", Some(1)),
    ("ove godine", Some(0)),
    ("te iste godine", None),
    ("te godine", None),
    ("iste godine", None),
    ("one godine", None),
    // Dutch
    ("van datzelfde jaar", None),
    ("van hetzelfde jaar", None),
    ("van dat jaar", None),
    ("datzelfde jaar", None),
    ("vorig jaar", Some(-1)),
    ("volgend jaar", Some(1)),
    // Romanian
    ("din același an", None),
    ("din acelaşi an", None),
    ("al aceluiași an", None),
    ("al aceluiaşi an", None),
    ("a aceluiași an", None),
    ("a aceluiaşi an", None),
    ("din acel an", None),
    ("anul trecut", Some(-1)),
    ("anul viitor", Some(1)),
    // Danish and Norwegian
    ("samme år", None),
    ("året efter", None),
    ("året etter", None),
    ("sidste år", Some(-1)),
    ("næste år", Some(1)),
    ("neste år", Some(1)),
    ("i fjor", Some(-1)),
    // Swedish
    ("i fjol", Some(-1)),
    ("samma år", None),
    ("året därpå", None),
    ("förra året", Some(-1)),
    ("nästa år", Some(1)),
    ("i år", Some(0)),
];

/// The tokens of one window as they are read, and where their dates go.
struct Scanner<'a> {
    text: &'a str,
    toks: &'a [Tok],
    published: Option<PartialDate>,
    /// "listopad" names October (Croatian), not November (Polish, Czech).
    listopad_is_october: bool,
    /// The cue words of the article's language that others read otherwise.
    language: Language,
    out: &'a mut Vec<MentionedDate>,
    /// Dates pushed without a year, to place by their clause once the
    /// window is read: (index in `out`, first token, last token).
    yearless: Vec<(usize, usize, usize)>,
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
        self.punct_in(p, "([\"“”„«‘'*")
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
            ")" | "]" | "\"" | "”" | "»" | "“" | ";" | ":" | "!" | "?" | "*" => true,
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
        if self.kind(i) != Some(Kind::Word) {
            return None;
        }
        let Some(m) =
            month_from_name(s).filter(|_| s.starts_with(|c: char| c.is_ascii_uppercase()))
        else {
            return self.month_of_other_languages_at(i);
        };
        let full = !is_abbreviated_month(s, m);
        // German writes some months as English does ("Platz des 9. November").
        if self.day_in_a_name(i) {
            return None;
        }
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

    /// A month named in French, Spanish, Italian, Portuguese or German at
    /// `i` (as [`month_at`](Self::month_at) gives it), beside a number: a day
    /// before it ("25 juillet", "6. Dezember", "3 de mayo") or a year after
    /// it ("juillet 2021", "julio de 2021"). Only so is "mars" a month.
    fn month_of_other_languages_at(&self, i: usize) -> Option<(u8, usize, bool)> {
        // A Romance month capitalised as a holiday's name ("o 25 de Abril
        // de 1974") is a month only with both a day and a year.
        let month_of = |w: &str| {
            if self.listopad_is_october && CROATIAN_OCTOBER.contains(&w) {
                return Some(10);
            }
            // Estonian "1. mail" (on 1 May), an English word elsewhere.
            if self.language == Language::Estonian && w == "mail" {
                return Some(5);
            }
            month_of_other_languages(w)
        };
        let (m, holiday) = match month_of(self.str(i)) {
            Some(m) => (m, false),
            None if self.capitalised_word(i) => {
                let lower = self.str(i).to_lowercase();
                (month_of(&lower).filter(|_| lower != self.str(i))?, true)
            }
            None => return None,
        };
        let next = i + 1;
        if self.glued(next) && self.kind(next) != Some(Kind::Punct) {
            return None;
        }
        let number = |j: usize| self.kind(j) == Some(Kind::Num);
        // A day, or the first written "1er" or "1º" ("1º de janeiro").
        let day = |j: usize| {
            number(j)
                || (self.word_in(j, FIRST_DAY_ENDINGS) || self.punct_in(j, "°"))
                    && self.glued(j)
                    && j.checked_sub(1)
                        .is_some_and(|d| self.number(d, 1..=1) == Some(1))
        };
        // "25 juillet", "6. Dezember", "3 de mayo", "1er juillet".
        let day_before = i.checked_sub(1).is_some_and(|p| {
            day(p)
                || (self.punct_in(p, ".")
                    || self.is_word(p, "de")
                    || (self.is_word(p, "er") || self.word_in(p, GREEK_ORDINAL_ENDINGS))
                        && self.glued(p))
                    && p.checked_sub(1).is_some_and(day)
        });
        if day_before && self.day_in_a_name(i) {
            return None;
        }
        // "julio de 2021", "del 2008", Greek "Μάρτιο του 2024".
        let year = if self.word_in(next, &["de", "del", "του"]) {
            next + 1
        } else {
            next
        };
        let year_after = self.year_at(year, &ANY_YEAR).is_some();
        // A Turkish day that names something ("15 Temmuz Şehitler
        // Köprüsü") takes no case ending and runs into the name's words; a
        // date takes one ("19 Mart'ta") or goes on in lower case.
        if is_turkish_month(self.str(i)) && !year_after && self.capitalised_word(next) {
            return None;
        }
        if holiday {
            return (day_before && year_after).then_some((m, next, true));
        }
        (day_before || year_after).then_some((m, next, true))
    }

    /// The day before the month name at `i` names something, and is no
    /// date of the text's: "the Mouvement du 23 mars", "Plaza del 2 de
    /// Mayo", German "die Straße des 17. Juni", "am Platz des 9. November".
    fn day_in_a_name(&self, i: usize) -> bool {
        // A year written after the month makes it a date ("le coup d'État
        // du 5 septembre 2021"); names write theirs with hyphens
        // ("place du 8-Mai-1945").
        let year_after =
            !self.glued(i + 1) && self.number(i + 1, 4..=4).is_some() && self.clean_tail(i + 1);
        !year_after
            && self.day_start_before(i).is_some_and(|day| {
                self.word_in(day.wrapping_sub(1), &["du", "del", "de", "des"])
                    && self.capitalised_word(day.wrapping_sub(2))
            })
    }

    /// The number of the day before the month name at `i` ("25 juillet",
    /// "6. Dezember", "3 de mayo", "1er juillet").
    fn day_start_before(&self, i: usize) -> Option<usize> {
        let p = i.checked_sub(1)?;
        if self.kind(p) == Some(Kind::Num) {
            return Some(p);
        }
        p.checked_sub(1)
            .filter(|&d| self.kind(d) == Some(Kind::Num))
    }

    /// Token `i` is a word in capitals or with a capital first letter.
    fn capitalised_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word) && self.str(i).starts_with(char::is_uppercase)
    }

    /// A day of the month at `i` ("18", "18th"): (day, index after it).
    fn day_at(&self, i: usize, check_head: bool) -> Option<(u8, usize)> {
        let d = u8::try_from(self.number(i, 1..=2)?).ok()?;
        if !(1..=31).contains(&d) || check_head && !self.clean_head(i) {
            return None;
        }
        let n = i + 1;
        // French writes the first of a month "1er", Portuguese "1º",
        // Italian "1°" (a degree sign, so a sign of its own); Greek glues an
        // ordinal ending to any day ("της 5ης Ιουλίου", "η 28η Οκτωβρίου").
        if self.glued(n)
            && (self.word_in(n, &ORDINAL_SUFFIXES)
                || self.word_in(n, GREEK_ORDINAL_ENDINGS)
                || d == 1 && (self.word_in(n, FIRST_DAY_ENDINGS) || self.punct_in(n, "°")))
        {
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
            year_assumed: false,
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
                .or_else(|| self.hungarian_date(i))
                .or_else(|| self.lithuanian_date(i))
                .or_else(|| self.estonian_year_month(i))
                .or_else(|| self.day_first(i))
                .or_else(|| self.slavic_day_first(i))
                .or_else(|| self.slavic_year(i))
                .or_else(|| self.year_in_context(i)),
            Kind::Word => {
                if let Some(next) = self.hungarian_month_first(i) {
                    return Some(next);
                }
                let w = self.str(i);
                if !w.is_ascii() {
                    return self
                        .slavic_month_first(i)
                        .or_else(|| self.slavic_relative(i))
                        .or_else(|| self.month_first(i));
                }
                let may_be_month = w.starts_with(|c: char| c.is_ascii_uppercase())
                    || month_of_other_languages(w).is_some();
                if may_be_month && let Some(next) = self.month_first(i) {
                    return Some(next);
                }
                // The other words a date hangs on, told apart by length
                // first, as every word of a window comes here.
                const AGO: usize = "ago".len();
                const LAST_THIS_NEXT: usize = "last".len();
                const YESTERDAY: usize = "yesterday".len();
                match w.len() {
                    AGO => self.ago(i),
                    LAST_THIS_NEXT | YESTERDAY => self.relative(i),
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
        // "3. a 4. října", "9. und 10. März": an ordinal's dot, then "and"
        // or "to" of another language.
        let link =
            if self.glued(j) && self.punct_in(j, ".") && self.word_in(j + 1, DAY_LINKS_ELSEWHERE) {
                Some(j + 2)
            } else {
                self.range_link(j)
            };
        if let Some(k) = link
            && let Some((d2, after)) = self.day_at(k, false)
            && d2 > d1
        {
            days.push((d2, k));
            j = after;
        }
        // "18 of March"; "3 de mayo"; German "6. Dezember".
        if self.is_word(j, "of")
            || self.is_word(j, "de")
            || self.glued(j) && self.punct_in(j, ".") && self.month_at(j + 1).is_some()
        {
            j += 1;
        }
        let (m, after_month, _) = self.month_at(j)?;
        let y_idx = if self.punct_in(after_month, ",") || self.is_word(after_month, "de") {
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
        // "the 6 January committee", "the 26 February commission": a body or
        // place named after a day, not a date (an event so named, "the 7
        // October attacks", is one).
        if i.checked_sub(1).is_some_and(|p| self.is_word(p, "the"))
            && self.word_in(after_month, NAMED_AFTER_A_DAY)
        {
            return Some(after_month + 1);
        }
        let may_cue = || {
            i.checked_sub(1)
                .is_some_and(|p| self.word_in(p, DAY_CUES) || self.is_word(p, "the"))
        };
        let (placing, next) = match self.year_of_yearless(after_month) {
            YearOf::Stated(y) => (Placing::Year(Some(y)), after_month),
            YearOf::Relative(y, next) => (Placing::Year(y), next),
            YearOf::Unknown(next) => return Some(next),
            YearOf::Upcoming(next) => (Placing::Upcoming, next),
            YearOf::Published if m != 5 || may_cue() => (Placing::Published, after_month),
            YearOf::Published => return None,
        };
        let before = self.out.len();
        // A later day of a list or range ("held on 3 and 4 October") is told
        // by the clause before the first day, so it is read from there; its
        // span is its own.
        let list_start = days[0].1;
        for &(d, first) in &days {
            let last = if days.len() == 1 { next - 1 } else { first };
            let at = self.out.len();
            self.push_yearless(placing, (m, j), Some(d), list_start, last);
            if first != list_start
                && let (Some(mention), Some(tok)) = (self.out.get_mut(at), self.toks.get(first))
            {
                mention.start = tok.start as usize;
            }
        }
        // The days of a range are one stretch of one month: the first
        // ("18–19 December") takes the year the last, which the month is
        // written with, was given.
        if let [.., a, b] = &mut self.out[before..]
            && let (Some(am), Some(ad)) = (a.date.month, a.date.day)
            && a.date.year != b.date.year
            && let Some(moved) = PartialDate::day(b.date.year, am, ad)
        {
            a.date = moved;
        }
        Some(next)
    }

    /// The index of what follows a range link ("-", "–", "to", "and") at `j`.
    ///
    /// (Days written with an ordinal's dot take the links of
    /// [`DAY_LINKS_ELSEWHERE`] too, in [`Self::day_first`].)
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
        // "on 7 October, a year earlier", "in June the year before": a year
        // before or after one the text speaks of, not publication's.
        let a = if self.punct_in(k, ",") { k + 1 } else { k };
        let after_year = |y: usize| {
            self.is_word(y, "year") && self.word_in(y + 1, &["earlier", "later", "before", "after"])
        };
        if self.word_in(a, &["a", "one", "the"]) && after_year(a + 1) {
            return YearOf::Unknown(a + 3);
        }
        if let Some((offset, next)) = self.year_phrase_after(k) {
            return match offset {
                Some(o) => {
                    YearOf::Relative(self.published.and_then(|p| p.year.checked_add(o)), next)
                }
                None => YearOf::Unknown(next),
            };
        }
        if let Some((offset, next)) = self.relative_year_elsewhere(k) {
            return YearOf::Relative(
                self.published.and_then(|p| p.year.checked_add(offset)),
                next,
            );
        }
        // "elections will be held on 5 January next", but not "next week".
        if self.is_word(k, "next") && !self.word_in(k + 1, TIME_UNITS) {
            return YearOf::Upcoming(k + 1);
        }
        self.stated_or_published(k)
    }

    /// The year after a day or month as French, Spanish, Italian and
    /// Portuguese give it, from token `k`: "5 de agosto do próximo ano",
    /// "30 de noviembre del año pasado", "le 3 mars de l'année prochaine",
    /// "il 12 giugno dell'anno scorso": (offset from the publication year,
    /// index after).
    fn relative_year_elsewhere(&self, k: usize) -> Option<(i32, usize)> {
        let mut j = k;
        if !self.word_in(j, &["de", "del", "do", "dell", "dello"]) {
            return None;
        }
        j += 1;
        if self.word_in(j, &["l", "'", "’"]) || self.punct_in(j, "'’") {
            j += 1;
            if self.punct_in(j, "'’") {
                j += 1;
            }
        }
        const YEAR: &[&str] = &["ano", "año", "anno", "année"];
        const NEXT: &[&str] = &["próximo", "prossimo", "prochaine"];
        const LAST: &[&str] = &["passado", "pasado", "scorso", "dernière"];
        const THIS: &[&str] = &["este", "questo", "cette"];
        let offset_of = |w: usize| {
            if self.word_in(w, NEXT) {
                Some(1)
            } else if self.word_in(w, LAST) {
                Some(-1)
            } else if self.word_in(w, THIS) {
                Some(0)
            } else {
                None
            }
        };
        if self.word_in(j, YEAR) {
            return offset_of(j + 1).filter(|&o| o != 0).map(|o| (o, j + 2));
        }
        if self.word_in(j + 1, YEAR) {
            return offset_of(j).map(|o| (o, j + 2));
        }
        None
    }

    /// A phrase of [`YEAR_PHRASES`] starting at token `k`, apostrophes and
    /// hyphens between its words skipped: (its offset from the publication
    /// year, or `None` for a year the text does not give; index after).
    fn year_phrase_after(&self, k: usize) -> Option<(Option<i32>, usize)> {
        YEAR_PHRASES.iter().find_map(|&(phrase, offset)| {
            let mut j = k;
            for (n, word) in phrase.split(' ').enumerate() {
                if n > 0 && self.glued(j) && self.punct_in(j, "'’-") {
                    j += 1;
                }
                if !self.is_word(j, word) {
                    return None;
                }
                j += 1;
            }
            Some((offset, j))
        })
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
            let (placing, next) = match self.year_of_yearless(k) {
                YearOf::Stated(y) => (Placing::Year(Some(y)), k),
                YearOf::Relative(y, next) => (Placing::Year(y), next),
                YearOf::Unknown(next) => return Some(next),
                YearOf::Upcoming(next) => (Placing::Upcoming, next),
                // An abbreviation needs a cue: "Viña del Mar. 10" is a place.
                YearOf::Published
                    if m != 5
                        && !self.counted(k)
                        && (full
                            || i.checked_sub(1).is_some_and(|p| self.word_in(p, DAY_CUES))) =>
                {
                    (Placing::Published, k)
                }
                YearOf::Published => return None,
            };
            for &(d, first) in &days {
                let a = if first == j { i } else { first };
                let b = if days.len() == 1 { next - 1 } else { first };
                self.push_yearless(placing, (m, i), Some(d), a, b);
            }
            return Some(next);
        }

        // Month [of|de|del|του|,] year
        let y_idx = if self.word_in(j, &["of", "de", "del", "του"]) || self.punct_in(j, ",") {
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
        let (placing, next) = match self.year_of_yearless(j) {
            YearOf::Stated(y) => (Placing::Year(Some(y)), j),
            YearOf::Relative(y, next) => (Placing::Year(y), next),
            YearOf::Unknown(next) => return Some(next),
            YearOf::Upcoming(next) => (Placing::Upcoming, next),
            YearOf::Published
                if full
                    && self
                        .prev_word(i)
                        .is_some_and(|p| self.word_in(p, MONTH_CUES)) =>
            {
                (Placing::Published, j)
            }
            YearOf::Published => return None,
        };
        self.push_yearless(placing, (m, i), None, i, next - 1);
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
        let u = u.trim_end_matches('s');
        // "a year ago yesterday", "two months ago today": that day, back.
        let day_of = if self.is_word(i + 1, "yesterday") {
            Some(-1)
        } else if self.is_word(i + 1, "today") {
            Some(0)
        } else {
            None
        };
        let date = match u {
            "year" => shift_year(self.published, -n),
            "month" => shift_month(self.published, -n),
            "day" => shift_day(self.published, -i64::from(n)),
            _ => return None,
        };
        // Known only to the year or month, publication gives no day to
        // go back from: the span alone then dates it.
        let that_day = day_of.and_then(|by| shift_day(self.published, by));
        if let Some(day) = that_day {
            let (month, d) = (day.month?, day.day?);
            let back = match u {
                "year" => PartialDate::day(day.year.checked_sub(n)?, month, d),
                "month" => {
                    shift_month(Some(day), -n).and_then(|m| PartialDate::day(m.year, m.month?, d))
                }
                _ => shift_day(Some(day), -i64::from(n)),
            };
            // A day the month or year back lacks: the span's own precision.
            self.push_opt(back.or(date), first, i + 1);
            return Some(i + 2);
        }
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
    let month = time::Month::try_from(p.month?).ok()?;
    let date = time::Date::from_calendar_date(p.year, month, p.day?).ok()?;
    let shifted = date.checked_add(time::Duration::days(by))?;
    PartialDate::day(shifted.year(), u8::from(shifted.month()), shifted.day())
}

/// What French and Portuguese glue to the first of a month: "1er",
/// "1º" (and "1o", as "º" is often typed).
const FIRST_DAY_ENDINGS: &[&str] = &["er", "º", "o"];

/// Croatian's October in its cases ("1. listopada 2026", "u listopadu"),
/// which the month tables read as Polish and Czech November.
const CROATIAN_OCTOBER: &[&str] = &["listopad", "listopada", "listopadu"];

/// The feminine ordinal endings Greek glues to a day of the month, which
/// agree with the article before it: "η 28η", "της 5ης", "την 1η".
const GREEK_ORDINAL_ENDINGS: &[&str] = &["η", "ης", "ην"];
