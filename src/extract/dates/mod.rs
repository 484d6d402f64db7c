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
//! their list, from "last/next year", from the one year their clause names,
//! or from the publication date: a day and month is the latest such day on
//! or before it unless the sentence speaks of the future.
//!
//! Russian and Ukrainian dates are read too ("20 марта 2025 года", "у липні
//! 2024 року", "в 2024 году", "в прошлом году"), with the words of
//! `east_slavic`: there a number is a year when a year word, a month or a
//! list ending in a year word says so.
//!
//! The parts, in the order a text goes through them: `window` finds the
//! stretches worth reading, `tokens` splits one into tokens, and `scanner`
//! reads the tokens for every date form, with the word lists of `words`
//! and `east_slavic`.

mod east_slavic;
mod scanner;
mod tokens;
mod window;
mod words;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_east_slavic;
#[cfg(test)]
mod tests_languages;

use crate::article::date::PartialDate;
use crate::article::date::vocabulary::{MONTH_NAMES, other_languages_month_names};
use crate::text::WordBits;
use scanner::{Language, scan};
use tokens::tokenize;
use window::{CONTEXT_AFTER, NextWindow, digits_may_date, is_trigger};

/// Changes whenever the same text gives other dates, so that an index
/// re-extracts (it is part of the lexicon's fingerprint).
pub const RULES_VERSION: &str = "dates-27: a sentence runs back past the dots of ordinal days and years (1. septembra 1992 a … 3. septembra; 30. svibnja 2021., nakon); Croatian, Dutch and Romanian that year after a day (te godine, van dat jaar, din același an); Danish marts; Danish, Norwegian, Swedish and Dutch deadlines before a day with a modal in their clause (vil … inden 1. marts, skal … senest 19. juni); dates-25: a participle after a future auxiliary is no past (seront organisées le 12 avril); a relative year of another language right before a day (ensi vuonna 13. huhtikuuta); a year opening a clause after Greek και and ενώ or after a colon; the last as final, no past; ont lieu and ha luogo as appointments, no past; goes as an appointment; Swedish and Norwegian hålls and holdes before a year; Hungarian years before a verb of repeating; Italian and French verbs of repeating, with il; Romanian este; a year after a verb of saying before remains or marks; German zwischen and Dutch één in lists of years before a verb; a year set off by commas after a name (Ficha Limpa, de 2010,); dates-24: a year after a copula ending its phrase (the exception was 2002.); runs to 2030; German years before a verb, an article or nicht, after Mitte, Ende, Anfang and Haushalt; Czech and Slovak od and do; Lithuanian metų, metams; Hungarian years with their ending before a comma; Danish, Croatian and Czech verbs of repeating; Estonian mail; a title read in its article's language; race and recount; a later day of a list read from the list's clause; a written full date places a day just before it and days after yearless ones; a year dating another noun after the day does not place it; passives with for, anniversaries kept on their day, before and legkésőbb as deadlines, Czech and Slovak futures, verbs of taking effect; dates-23: a day something applies from (from, as of, starting, dès le, vanaf, с 1 января) is to come; present appointments of Portuguese, Spanish, Italian and French (toma posse, asume, inizia) and a date opening an English clause before one (On 30 June the Council takes stock) are to come; a past of lasting before until ends a deadline; a month and year before a clause of time of other languages (da, när, als, quando) places its days; Danish and Norwegian year phrases after a day (samme år, i fjor); Finnish, Estonian, Lithuanian, Greek and Slovak relative years opening a sentence; Scandinavian ha is no past; dates-22: Czech and Slovak tenses (-ou is no past there, -l, -la, -li, -ly are); Portuguese pasts in -iu; a year opening a later clause places its days; Slovak, Croatian, Dutch and Romanian relative years after a day; Slovak locative months; Romanian pentru, Dutch voor before a verb, Croatian izbori, Turkish event nouns after an adjective, repeta and repetir, prorogation, recess and dissolution; dates-21: the article's language gates the Danish, Norwegian and Swedish, Finnish, Estonian, Lithuanian and Hungarian words before and after a year (i, siden, fra, mellom, vasta, alates, iki, 2030 m., 2015-aisiais, 2019 őszén) and a verb after a fronted list of years; Estonian months and 2024. aasta juulis; Lithuanian full dates; dates-20: a day after a day to come in a run is to come; a day just past told in no tense is no day most of a year on; a relative clause of another noun and a quotation after a day do not tell its tense; a past year opening a sentence leaves a day a future tells; a year named as a target; Romanian pe, Dutch tussen before a verb, French headline colons and Ukrainian dashed ranges in a list of years; dates-19: the article's language reads Croatian listopad as October; Greek ordinal days; a day opening a schedule's line is an appointment; a coming appointment within weeks beside a future crosses the new year; a headline's year before a colon or comma; years between before a verb in Romanian, German and after a definite article; Ukrainian років after a list of years; capitals that are no ASCII letter on cue words; a future in reported speech; a weekday set after a day; dates-18: Hungarian dates, months, days and year endings; Dutch vanaf, sinds, van, voor, tot; Nordic definite nouns and Croatian cues before a year; Turkish accusatives and event nouns; a year opening a quotation before a verb of other languages; a year a verb repeats or recalls; otro; a move back from one year to another; a written year makes a day after du a date; dates-17: Finnish and Greek months in their cases; Finnish year and season words and Greek το and του before a year; dates-16: a year after since places no later day; applies; a bare day first read as to come keeps that reading where it returns with no cue; a day listed between two days of one year is of that year; Italian and Spanish per il, para el; Romanian din, între, și; dates-15: a written title's years; a year a target is or that is chosen; German years before the auxiliary ending their clause; Czech rok; appointments that run, gather, hand over or return, and passives with an adverb, carried to next year; the French singular future after its pronoun; dates-14: Croatian, Bosnian, Serbian and Norwegian months, godine, najkasnije; years of audits, codes, strategies and reports, and after a possessive; a year before a when-clause places its days; an opening year reads past the days it placed; relative years of other languages opening a sentence place its days; dates-13: a capitalised word in -ed before a capitalised word is a name, not a past; dates-12: Czech, Slovak, Swedish and Romanian months and year cues; the days of a range share a year; a day naming a body or square is none; Italian 1°; a deadline long past is next year's; a date opening its clause reads on to its verb; held and other irregular pasts; United is no past; dates-11: a bare day most of whose mentions are past is past in all; dates-10: Dutch months, sinds; a past day the article dates in an earlier year keeps it when long past; Turkish geçen yıl before a day; a written full date earlier in the sentence places a later day of its year; year phrases of other languages (de la même année, ubiegłego roku, vergangenen Jahres); dates-9: a year alone that opens a sentence places its later days; dates-8: a day or month at most 62 days after publication, said as an appointment in a clause told in no past, is the coming one; dates-7: lists and ranges of years in other languages' words; Turkish dates; Portuguese 1º; German nach, vor, -jahr and past verbs before a day; French fin, début, d'ici, survécu à; Italian fino al; futures elsewhere carry a long-past day to next year; do próximo ano, del año pasado; dates-6: appointments long past this year are next year's; present passives; German ab and von and event compounds; like; Polish; de ending a phrase; dates-5: days that will come or are due; weekdays; days and months of other languages without a year, this year's unless told in the past; Russian and Ukrainian deadlines at a part of the month, perfective futures, not yesterday, year lists that repeat their preposition; event nouns; years after an event noun and de or von";

/// One date the text mentions, with its byte span in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionedDate {
    pub date: PartialDate,
    pub start: usize,
    pub end: usize,
    /// The text gives no year: it is the publication date's (or the year
    /// before, for a day not yet come).
    pub year_assumed: bool,
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
/// "month", "yesterday", and the Russian and Ukrainian month names and
/// words such as "года", "вчера" or "назад") are read: each starts 4 runs of non-white-space
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
    dates_around(text, &triggers, published, None)
}

/// [`extract_dates_in`] when a matcher has already found where the words of
/// [`date_words`] start, in order: only the runs of digits are looked for here.
/// `language` is the article's (ISO 639-1), when known: it settles the
/// month names two languages spell alike (Croatian "listopad" is October,
/// Polish and Czech November).
pub fn extract_dates_with(
    text: &str,
    words: &WordBits,
    date_words: &[usize],
    published: Option<PartialDate>,
    language: Option<&str>,
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
    dates_around(text, &triggers, published, language)
}

/// Dates in a written title: those [`extract_dates`] finds, and a bare year
/// that ends a headline's phrase before a colon or comma ("Summer session
/// 2026: what …", "Manovra 2027, la corsa", "Proračun za 2027.: …", French
/// "Vœux 2024 : le …"), as
/// headlines leave out the words that would show it is a year.
/// `language` is the article's, as for [`extract_dates_with`]: a title's
/// cue words are those of its body ("en forfatning fra 1849").
pub fn extract_title_dates(
    title: &str,
    published: Option<PartialDate>,
    language: Option<&str>,
) -> Vec<MentionedDate> {
    const HEADLINE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;
    let words = WordBits::new(title);
    let mut triggers = Vec::new();
    words.for_each_start(|at| {
        if is_trigger(title, at, || words.word_end(at)) {
            triggers.push(at);
        }
    });
    let mut found = dates_around(title, &triggers, published, language);
    let bytes = title.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let start = at;
        at += bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
            .max(1);
        if at - start != 4 || start > 0 && bytes[start - 1] != b' ' {
            continue;
        }
        // A Croatian or Serbian ordinal year keeps its dot: "2027.:".
        let rest = &title[at..];
        let rest = rest
            .strip_prefix('.')
            .filter(|r| r.starts_with(':'))
            .unwrap_or(rest);
        // French sets a space before its colon: "Vœux 2024 : le …".
        let rest = rest
            .strip_prefix([' ', '\u{a0}', '\u{202f}'])
            .filter(|r| r.starts_with(':'))
            .unwrap_or(rest);
        let ends_phrase = rest.starts_with([':', ','])
            && rest[1..].chars().next().is_none_or(char::is_whitespace);
        let year = title[start..at]
            .parse()
            .ok()
            .filter(|y| HEADLINE_YEARS.contains(y));
        let known = found.iter().any(|m| m.start <= start && at <= m.end);
        if let (true, Some(year), false) = (ends_phrase, year, known) {
            found.push(MentionedDate {
                date: PartialDate::year(year),
                start,
                end: at,
                year_assumed: false,
            });
        }
    }
    found.sort_by_key(|m| m.start);
    found
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
    let other = ["ago", "year", "month", "yesterday"]
        .into_iter()
        .chain(other_languages_month_names())
        .chain(scanner::hungarian_months())
        .chain(east_slavic::window_words())
        .map(|word| (word.to_owned(), false));
    months.into_iter().map(|m| (m, true)).chain(other).collect()
}

/// The dates in the windows around `triggers` (word starts, in order).
fn dates_around(
    text: &str,
    triggers: &[usize],
    published: Option<PartialDate>,
    language: Option<&str>,
) -> Vec<MentionedDate> {
    // Croatian, Bosnian and Serbian (Latin) name October "listopad".
    let listopad_is_october = matches!(language, Some("hr" | "bs" | "sr"));
    let mut next = NextWindow::new(text.as_bytes(), triggers);
    let mut out = Vec::new();
    let mut toks = Vec::new();
    while let Some(start) = next.start_from(0) {
        let end = tokenize(text, start, &mut toks, |at, quiet| {
            quiet >= CONTEXT_AFTER && next.start_from(at).is_none_or(|s| s >= at)
        });
        scan(
            text,
            &toks,
            published,
            listopad_is_october,
            Language::of(language),
            &mut out,
        );
        next.skip_to(end);
    }
    scanner::take_years_the_article_names(&mut out, published);
    out
}

/// Distinct dates, sorted, for indexing.
pub fn distinct_dates(found: &[MentionedDate]) -> Vec<PartialDate> {
    let mut dates: Vec<PartialDate> = found.iter().map(|m| m.date).collect();
    dates.sort_unstable();
    dates.dedup();
    dates
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
        "марта",
        "июле",
        "лютого",
        "года",
        "году",
        "року",
        "г.",
        "в",
        "с",
        "по",
        "прошлом",
        "этого",
        "назад",
        "тому",
        "вчора",
        "лет",
        "2024-го",
        "1990-х",
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
        "come",
        "Come",
        "will",
        "by",
        "anniversary",
        "marking",
        "October",
        "February",
        "29",
        "7",
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
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// "on D Month", with nothing else to place it, is the latest such
        /// day on or before publication (its last day when coarser), less
        /// than a year before it: a 29 February that the publication's
        /// year lacks, once past, is none (as the unit tests say); none
        /// without a publication date. No panic at the ends of the calendar.
        #[test]
        fn a_yearless_day_is_the_latest_on_or_before_publication(
            year in prop_oneof![-9000i32..9000, Just(i32::MAX), Just(i32::MIN)],
            (pm, pd) in (1u8..=12, 1u8..=31),
            (m, d) in (1u8..=12, 1u8..=31),
            precision in 0u8..4,
        ) {
            let published = match precision {
                0 => PartialDate::day(year, pm, pd),
                1 => PartialDate::month(year, pm),
                2 => Some(PartialDate::year(year)),
                _ => None,
            };
            let month = MONTH_NAMES[usize::from(m - 1)];
            let text = format!("It happened on {d} {}{}.", month[..1].to_uppercase(), &month[1..]);
            let found: Vec<PartialDate> =
                extract_dates(&text, published).iter().map(|m| m.date).collect();
            if !(-9000..9000).contains(&year) {
                return Ok(());
            }
            let expected = published.and_then(|p| {
                let last = p.last_day();
                let a_year_before = (last.year() - 1, u8::from(last.month()), last.day());
                [year, year - 1]
                    .into_iter()
                    .filter_map(|y| PartialDate::day(y, m, d))
                    .find(|c| c.first_day() <= last)
                    .filter(|c| (c.year, m, d) > a_year_before)
            });
            prop_assert_eq!(found, Vec::from_iter(expected), "{} {:?}", text, published);
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
