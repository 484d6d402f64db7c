//! Hungarian dates, which put the year first and inflect every part: a full
//! date with the year's dot ("2025. december 16-án", "a 2014. április 6-i
//! választáson"), a month in its cases after a year ("1956 októberében"), a
//! day with its case ending after a month ("április 12-én"), and a year with
//! the ending a hyphen glues to it ("2011-ben", "2010-től", "az 1848-as") or
//! a season after it ("2019 őszén").

use super::{ANY_YEAR, CUED_YEAR, Scanner};
use crate::article::date::PartialDate;
use crate::extract::dates::tokens::Kind;
use yearless::Placing;

use super::yearless;

/// The months in the nominative, lower case; their cases add an ending
/// ("októberében", "márciusban", "januárjában").
pub(in crate::extract::dates) const MONTHS: [&str; 12] = [
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "november",
    "december",
];

/// Endings a year takes after a hyphen that make it a time: in ("-ben",
/// "-ban"), until ("-ig"), from ("-tól", "-től"), of ("-i"), and the
/// adjective ("az 1848-as forradalom", "a 2026-os költségvetés"). Not
/// "-ra", "-re", "-ról", "-ről", which also move quantities ("2000-ről
/// 3000-re nőtt").
const YEAR_ENDINGS: &[&str] = &[
    "ban", "ben", "ig", "tól", "től", "i", "as", "es", "os", "ös", "ás", "és",
];

/// Seasons and parts of a year after a year ("2019 őszén", "2024 elején"):
/// words no other language has, so no language gate is needed.
const PARTS_OF_A_YEAR: &[&str] = &[
    "tavaszán",
    "nyarán",
    "őszén",
    "telén",
    "elején",
    "végén",
    "közepén",
    "folyamán",
];

/// The month of a Hungarian month name in any case (`None` for other
/// words), and whether an ending follows the nominative.
fn month(w: &str) -> Option<(u8, bool)> {
    let first = w.chars().next()?;
    if !matches!(
        first.to_ascii_lowercase(),
        'j' | 'f' | 'm' | 'á' | 'Á' | 'a' | 's' | 'o' | 'n' | 'd'
    ) {
        return None;
    }
    let lower = w.to_lowercase();
    MONTHS.iter().enumerate().find_map(|(n, name)| {
        let rest = lower.strip_prefix(name)?;
        (rest.chars().count() <= 5 && rest.chars().all(char::is_alphabetic))
            .then(|| (n as u8 + 1, !rest.is_empty()))
    })
}

impl Scanner<'_> {
    /// A year with a Hungarian ending after a hyphen: "2011-ben", "1848-as",
    /// and before a comma or stop ("2014-ben, 2018-ban és 2022-ben").
    pub(super) fn hungarian_year_ending(&self, i: usize) -> bool {
        self.glued(i + 1)
            && self.punct_in(i + 1, "-")
            && self.glued(i + 2)
            && self.word_in(i + 2, YEAR_ENDINGS)
            && (!self.glued(i + 3) || self.punct_in(i + 3, ",.;:!?)”\""))
    }

    /// A year followed by a season or part of it: "2019 őszén".
    pub(super) fn hungarian_part_of_a_year_after(&self, i: usize) -> bool {
        self.word_in(i + 1, PARTS_OF_A_YEAR)
    }

    /// The day at token `d` written as Hungarian writes it after a month:
    /// bare, with an ordinal's dot, or with a case ending after a hyphen
    /// ("16-án", "6-i"): (day, its last token).
    fn hungarian_day(&self, d: usize) -> Option<(u8, usize)> {
        let day = u8::try_from(self.number(d, 1..=2)?).ok()?;
        if !(1..=31).contains(&day) {
            return None;
        }
        if self.glued(d + 1) && self.punct_in(d + 1, "-") {
            let ending = d + 2;
            let short = self.str(ending).chars().count() <= 5;
            return (self.glued(ending)
                && self.kind(ending) == Some(Kind::Word)
                && short
                && self.str(ending).starts_with(char::is_lowercase))
            .then_some((day, ending));
        }
        if self.glued(d + 1) && !self.punct_in(d + 1, ".,;:)") {
            return None;
        }
        Some((day, d))
    }

    /// "2025. december 16-án", "2014. április 6-i", "2026. január",
    /// "1956 októberében": a year, then a Hungarian month (with the year's
    /// dot, or in one of its cases), then perhaps a day.
    pub(super) fn hungarian_date(&mut self, i: usize) -> Option<usize> {
        let y = i32::try_from(self.number(i, 4..=4)?).ok()?;
        if !ANY_YEAR.contains(&y) || !self.clean_head(i) {
            return None;
        }
        let dotted = self.glued(i + 1) && self.punct_in(i + 1, ".");
        let at = if dotted { i + 2 } else { i + 1 };
        if self.glued(at) || self.kind(at) != Some(Kind::Word) {
            return None;
        }
        let (m, inflected) = month(self.str(at))?;
        // "2025 november" is as often the start of "November 2025 …" in a
        // list as a Hungarian month: without the dot, only the months no
        // other language spells so, or a case ending, say Hungarian.
        if !dotted && !inflected && self.str(at).is_ascii() && matches!(m, 11 | 12) {
            return None;
        }
        if !dotted && !inflected && !CUED_YEAR.contains(&y) {
            return None;
        }
        if !inflected
            && !self.glued(at + 1)
            && let Some((d, last)) = self.hungarian_day(at + 1)
        {
            self.push_opt(PartialDate::day(y, m, d), i, last);
            return Some(last + 1);
        }
        self.push_opt(PartialDate::month(y, m), i, at);
        Some(at + 1)
    }

    /// "április 12-én", "Március 15-én": a Hungarian month in the
    /// nominative and a day with a case ending, placed as other languages'
    /// days without a year are.
    pub(super) fn hungarian_month_first(&mut self, i: usize) -> Option<usize> {
        if self.kind(i + 1) != Some(Kind::Num) || self.glued(i + 1) {
            return None;
        }
        let (m, false) = month(self.str(i))? else {
            return None;
        };
        let (d, last) = self.hungarian_day(i + 1)?;
        // Only the hyphen's ending says Hungarian: "december 16" alone may
        // be another language's.
        if last == i + 1 {
            return None;
        }
        self.push_yearless(Placing::Published, (m, i), Some(d), i, last);
        Some(last + 1)
    }
}

/// A Hungarian month name in the nominative at token text `w`, for the
/// reading of days in other languages as this year's; not "november" and
/// "december", which English, Dutch and the Nordic languages spell so.
pub(super) fn is_month(w: &str) -> bool {
    month(w).is_some_and(|(m, inflected)| !inflected && m < 11)
}
