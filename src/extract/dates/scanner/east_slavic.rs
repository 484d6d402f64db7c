//! Russian and Ukrainian dates: "20 марта 2025 года", "1 січня 2024 року",
//! "в июле 2024 г.", "у липні 2024 року", "в 2024 году", "2024 год", "с
//! 2014 по 2022 год", and relative forms as English has them ("вчера",
//! "в прошлом году", "торік", "минулого місяця", "два года назад", "три
//! роки тому"). Month names are lower case in both languages, so a
//! capitalised one ("Марта", "Августа" are names too) is a month only with
//! a day before it or a year after it. A four-digit number is a year only
//! with a year word ("году", "г.", "року", "р."), a month or day before it,
//! or in a list that ends in one: "2024 человек" is no year. Days and
//! months without a year are placed as English ones are.

use super::yearless::Placing;
use super::{ANY_YEAR, Scanner, YearOf, shift_day, shift_month, shift_year};
use crate::article::date::PartialDate;
use crate::extract::dates::east_slavic::{self as words, Word};
use crate::extract::dates::tokens::Kind;

/// How a year number shows that it is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// "году", "г.", "року", "р." after it.
    ByWord,
    /// An ordinal ending: "2024-м", "2024-го".
    Ordinal,
    /// Nothing: a year only where a month or day comes before it.
    Bare,
}

impl Scanner<'_> {
    /// The Russian or Ukrainian date word at token `i`.
    fn slavic(&self, i: usize) -> Option<Word> {
        if self.kind(i) != Some(Kind::Word) {
            return None;
        }
        words::word(self.str(i))
    }

    /// Token `i` is a word of `list` (lower case), in any case.
    fn slavic_in(&self, i: usize, list: &[&str]) -> bool {
        self.kind(i) == Some(Kind::Word) && words::is_one_of(self.str(i), list)
    }

    /// A month name at token `i`: (month, written in lower case).
    fn slavic_month(&self, i: usize) -> Option<(u8, bool)> {
        let Word::Month(m) = self.slavic(i)? else {
            return None;
        };
        // "марта2025" is no month.
        if self.glued(i + 1) && self.kind(i + 1) != Some(Kind::Punct) {
            return None;
        }
        Some((m, self.str(i).starts_with(char::is_lowercase)))
    }

    /// A Russian or Ukrainian word at `k` that puts its sentence in the
    /// future ("будет", "состоится", "наступного", "мають відбутися", but
    /// not "на следующий день").
    pub(super) fn slavic_future(&self, k: usize) -> bool {
        if self.kind(k) != Some(Kind::Word) || self.str(k).is_ascii() {
            return false;
        }
        let w = self.str(k);
        let infinitive_after = self.kind(k + 1) == Some(Kind::Word)
            && words::INFINITIVE_ENDINGS
                .iter()
                .any(|ending| self.str(k + 1).ends_with(ending));
        words::is_one_of(w, words::FUTURE)
            || words::starts_with_one_of(w, words::FUTURE_STEMS)
                && self.slavic(k + 1) != Some(Word::DayNoun)
            || words::is_one_of(w, words::MODALS) && infinitive_after
            || words::starts_with_one_of(w, words::SET_FOR_STEMS) && self.slavic_in(k + 1, &["на"])
    }

    /// "до" or "к" at `k`, before a day, or before a part of the month
    /// at `k` ("до конца марта"): a deadline, hence to come.
    pub(super) fn slavic_deadline(&self, k: usize) -> bool {
        self.slavic_in(k, words::DEADLINE)
            || self.slavic_in(k, words::MONTH_PARTS)
                && k.checked_sub(1)
                    .is_some_and(|p| self.slavic_in(p, words::DEADLINE))
    }

    /// The index of the last token of an abbreviation at `k`, with its dot.
    fn with_dot(&self, k: usize) -> usize {
        if self.glued(k + 1) && self.punct_in(k + 1, ".") {
            k + 1
        } else {
            k
        }
    }

    /// A four-digit year at token `k` as these languages write it, with its
    /// ordinal ending ("2024-го") and year word ("года", "г.", "року") if
    /// any: (year, its last token, what shows it). `None` for a decade
    /// ("1990-х", "1990-е").
    fn slavic_year_at(&self, k: usize) -> Option<(i32, usize, Shown)> {
        let y = i32::try_from(self.number(k, 4..=4)?)
            .ok()
            .filter(|y| ANY_YEAR.contains(y))?;
        if !self.clean_head(k) && !self.dashed_from_a_year(k) {
            return None;
        }
        let (mut last, mut shown) = (k, Shown::Bare);
        if self.glued(k + 1) && self.kind(k + 1) == Some(Kind::Word) {
            // "2025г."
            if !self.slavic_in(k + 1, words::YEAR_ABBREVIATIONS) {
                return None;
            }
            return Some((y, self.with_dot(k + 1), Shown::ByWord));
        }
        if self.glued(k + 1)
            && self.punct_in(k + 1, "-")
            && self.glued(k + 2)
            && self.kind(k + 2) == Some(Kind::Word)
        {
            if !self.slavic_in(k + 2, words::ORDINAL_ENDINGS) {
                return None;
            }
            (last, shown) = (k + 2, Shown::Ordinal);
        } else if !self.clean_tail(k) && !self.dashed_to_a_year(k) {
            return None;
        }
        if self.glued(last + 1) {
            return Some((y, last, shown));
        }
        if self.slavic(last + 1) == Some(Word::Year) {
            (last, shown) = (last + 1, Shown::ByWord);
        } else if self.slavic_in(last + 1, words::YEAR_ABBREVIATIONS) {
            (last, shown) = (self.with_dot(last + 1), Shown::ByWord);
        }
        Some((y, last, shown))
    }

    /// The year at `k` opens a dashed range of years written without spaces
    /// ("2013–2014"), as a member of a list can: "у 2004 і 2013–2014 роках".
    fn dashed_to_a_year(&self, k: usize) -> bool {
        self.glued(k + 1)
            && self.punct_in(k + 1, "-–—")
            && self.glued(k + 2)
            && self.number(k + 2, 4..=4).is_some()
    }

    /// The year at `k` closes a dashed range of years written without
    /// spaces ("2013–2014").
    fn dashed_from_a_year(&self, k: usize) -> bool {
        self.glued(k)
            && k.checked_sub(2).is_some_and(|p| {
                self.punct_in(p + 1, "-–—") && self.glued(p + 1) && self.number(p, 4..=4).is_some()
            })
    }

    /// A year right after a month or day, at `k`: shown by a year word, or
    /// bare but not counting a noun that follows ("20 марта 2000 человек").
    fn year_after_month(&self, k: usize) -> Option<(i32, usize)> {
        let (y, last, shown) = self.slavic_year_at(k)?;
        let counts_a_noun = shown == Shown::Bare
            && !self.glued(last + 1)
            && self.kind(last + 1) == Some(Kind::Word)
            && self.str(last + 1).starts_with(char::is_lowercase)
            && self.slavic(last + 1).is_none();
        (!counts_a_noun).then_some((y, last))
    }

    /// What follows the ordinal ending of a day at `j` ("1-го января",
    /// "5-е марта"), or `j` when there is none.
    fn after_ordinal_day(&self, j: usize) -> usize {
        let ending = self.glued(j)
            && self.punct_in(j, "-")
            && self.glued(j + 1)
            && self.slavic_in(j + 1, &["го", "е", "й"]);
        if ending { j + 2 } else { j }
    }

    /// What follows a link of a range or list of days or years at `j` ("-",
    /// "и", "по", "та").
    fn slavic_range_link(&self, j: usize) -> Option<usize> {
        (self.punct_in(j, "-–—") || self.slavic_in(j, words::LIST_LINKS)).then_some(j + 1)
    }

    /// [`Self::slavic_range_link`], or a comma with an optional "и"/"і"/"та".
    fn slavic_list_link(&self, j: usize) -> Option<usize> {
        if self.punct_in(j, ",") {
            return Some(if self.slavic_in(j + 1, words::LIST_LINKS) {
                j + 2
            } else {
                j + 1
            });
        }
        self.slavic_range_link(j)
    }

    /// [`Self::slavic_list_link`] between years, which may say "neither …
    /// nor" and repeat the preposition the first year has (at `first - 1`):
    /// "в 2019, и в 2020 году", "ни в 2021, ни в 2022 году".
    fn slavic_year_list_link(&self, j: usize, first: usize) -> Option<usize> {
        const IN: &[&str] = &["в", "во", "у"];
        let mut k = self.slavic_list_link(j)?;
        if self.slavic_in(k, &["ни", "ні"]) {
            k += 1;
        }
        if self.slavic_in(k, IN) && first.checked_sub(1).is_some_and(|p| self.slavic_in(p, IN)) {
            k += 1;
        }
        Some(k)
    }

    /// "20 марта 2025 года", "1 січня 2024 року", "18–20 марта 2025 г.", "с
    /// 18 по 20 марта", "24 февраля прошлого года", and without a year "20
    /// марта", placed as "20 March" is. An impossible day is consumed and
    /// dropped.
    pub(super) fn slavic_day_first(&mut self, i: usize) -> Option<usize> {
        let (d1, j) = self.day_at(i, true)?;
        let mut j = self.after_ordinal_day(j);
        let mut days = vec![(d1, i)];
        if let Some(k) = self.slavic_range_link(j)
            && let Some((d2, after)) = self.day_at(k, false)
            && d2 > d1
        {
            days.push((d2, k));
            j = self.after_ordinal_day(after);
        }
        let (m, _) = self.slavic_month(j)?;
        let after_month = j + 1;
        if let Some((y, last)) = self.year_after_month(after_month) {
            for (n, &(d, first)) in days.iter().enumerate() {
                let end = if n == days.len() - 1 { last } else { first };
                self.push_opt(PartialDate::day(y, m, d), first, end);
            }
            return Some(last + 1);
        }
        // "20 марта 2000 человек": a count, not a year; but "3 июня 10
        // человек погибли" is a date and a count.
        if self.number(after_month, 4..=usize::MAX).is_some() {
            return Some(after_month);
        }
        let (placing, next) = match self.slavic_year_of_yearless(after_month) {
            YearOf::Stated(y) => (Placing::Year(Some(y)), after_month),
            YearOf::Relative(y, next) => (Placing::Year(y), next),
            YearOf::Unknown(next) => return Some(next),
            YearOf::Upcoming(_) => return None,
            YearOf::Published => (Placing::Published, after_month),
        };
        for &(d, first) in &days {
            let last = if days.len() == 1 { next - 1 } else { first };
            self.push_yearless(placing, (m, j), Some(d), first, last);
        }
        Some(next)
    }

    /// "в июле 2024 года", "июль 2024 г.", "у липні 2024 року", "в марте
    /// прошлого года", "в марте и апреле 2020 года", and after a cue word
    /// ("в июле", "с марта", "наприкінці квітня") a month alone, placed as
    /// "in July" is.
    pub(super) fn slavic_month_first(&mut self, i: usize) -> Option<usize> {
        let (m, lower) = self.slavic_month(i)?;
        let j = i + 1;
        if let Some((y, last)) = self.year_after_month(j) {
            self.push_opt(PartialDate::month(y, m), i, last);
            return Some(last + 1);
        }
        if !lower || self.number(j, 4..=usize::MAX).is_some() {
            return None;
        }
        let cue = i
            .checked_sub(1)
            .is_some_and(|p| self.slavic_in(p, words::MONTH_CUES));
        let (placing, next) = match self.slavic_year_of_yearless(j) {
            YearOf::Stated(y) => (Placing::Year(Some(y)), j),
            YearOf::Relative(y, next) => (Placing::Year(y), next),
            YearOf::Unknown(next) => return Some(next),
            YearOf::Published if cue => (Placing::Published, j),
            YearOf::Published | YearOf::Upcoming(_) => return None,
        };
        // "у лютому бою" is "in a fierce battle".
        let qualifies_a_noun = !self.glued(j)
            && self.kind(j) == Some(Kind::Word)
            && self.str(j).starts_with(char::is_lowercase);
        if next == j && qualifies_a_noun && words::is_one_of(self.str(i), words::ADJECTIVE_MONTHS) {
            return None;
        }
        self.push_yearless(placing, (m, i), None, i, next - 1);
        Some(next)
    }

    /// Where a day or month written without a year, ending before token
    /// `k`, gets its year: "прошлого года", "этого года", "наступного
    /// року", "торік"; "того же года" is a year the text does not give.
    fn slavic_year_of_yearless(&self, k: usize) -> YearOf {
        let relative = |offset: i8| {
            self.published
                .and_then(|p| p.year.checked_add(offset.into()))
        };
        match self.slavic(k) {
            Some(Word::Relative(o)) if self.slavic(k + 1) == Some(Word::Year) => {
                YearOf::Relative(relative(o), k + 2)
            }
            Some(Word::YearRelative(o)) => YearOf::Relative(relative(o), k + 1),
            Some(Word::That) => {
                let n = if self.slavic_in(k + 1, &["же", "ж", "самого", "самий"]) {
                    k + 2
                } else {
                    k + 1
                };
                if self.slavic(n) == Some(Word::Year) {
                    YearOf::Unknown(n + 1)
                } else {
                    YearOf::Published
                }
            }
            _ => self
                .slavic_stated_year_after(k, 8)
                .map_or(YearOf::Published, YearOf::Stated),
        }
    }

    /// The year a later member of a list of days or months states ("24
    /// января и 14 декабря 1946 года", "с марта по май 2024 года"), looking
    /// at most `depth` members ahead.
    fn slavic_stated_year_after(&self, k: usize, depth: u8) -> Option<i32> {
        if depth == 0 {
            return None;
        }
        let l = self.slavic_list_link(k)?;
        let month = match self.day_at(l, true) {
            Some((_, j)) => j,
            None => l,
        };
        self.slavic_month(month)?;
        self.year_after_month(month + 1)
            .map(|(y, _)| y)
            .or_else(|| self.slavic_stated_year_after(month + 1, depth - 1))
    }

    /// "в 2024 году", "2024 год", "2025 г.", "у 2024 році", "в 2024-м",
    /// "весной 2025", and lists and ranges that end in a year word ("в 2014 и 2015 годах",
    /// "с 2014 по 2022 год"). A decade ("1990-х годов") is consumed as no
    /// date.
    pub(super) fn slavic_year(&mut self, i: usize) -> Option<usize> {
        let decade = self.number(i, 4..=4).is_some()
            && self.glued(i + 1)
            && self.punct_in(i + 1, "-")
            && self.glued(i + 2)
            && self.kind(i + 2) == Some(Kind::Word)
            && !self.str(i + 2).is_ascii()
            && !self.slavic_in(i + 2, words::ORDINAL_ENDINGS);
        if decade {
            return Some(i + 3);
        }
        let (y, mut last, mut shown) = self.slavic_year_at(i)?;
        let before = i.checked_sub(1);
        let season = before.is_some_and(|p| self.slavic_in(p, words::SEASONS));
        let cue = season || before.is_some_and(|p| self.slavic_in(p, words::MONTH_CUES));
        let mut years = vec![(y, i, last)];
        while shown == Shown::Bare && years.len() < 8 {
            let Some(k) = self.slavic_year_list_link(last + 1, i) else {
                break;
            };
            let Some((y2, l2, s2)) = self.slavic_year_at(k) else {
                break;
            };
            years.push((y2, k, l2));
            (last, shown) = (l2, s2);
        }
        if shown == Shown::Bare
            && years.len() > 1
            && !self.glued(last + 1)
            // "2004 та 2014 років": after a list of years, "років" and "лет"
            // are their genitive, never a count.
            && (matches!(
                self.slavic(last + 1),
                Some(Word::Years | Word::YearsCounted)
            ) || self.slavic_in(last + 1, words::YEARS_ABBREVIATIONS))
        {
            (last, shown) = (self.with_dot(last + 1), Shown::ByWord);
        }
        let is_year = match shown {
            Shown::ByWord => true,
            // "задачи 2024-го." with the year word left out: nothing a
            // number could count follows ("1000-й день" is a count).
            Shown::Ordinal => cue || years.len() > 1 || self.punct_in(last + 1, ".,;:!?»)"),
            Shown::Bare => season,
        };
        if !is_year {
            return None;
        }
        let count = years.len();
        for (n, (y, first, end)) in years.into_iter().enumerate() {
            let end = if n == count - 1 { last } else { end };
            self.push(PartialDate::year(y), first, end);
        }
        Some(last + 1)
    }

    /// "вчера", "вчора", "торік", "в прошлом году", "этого года",
    /// "минулого місяця", and "N лет назад" / "N років тому" read back from
    /// "назад" or "тому".
    pub(super) fn slavic_relative(&mut self, i: usize) -> Option<usize> {
        let p = self.published;
        let date = match self.slavic(i)? {
            // "начался не вчера": "not yesterday", long ago.
            Word::Yesterday if i.checked_sub(1).is_some_and(|n| self.slavic_in(n, &["не"])) => {
                return Some(i + 1);
            }
            Word::Yesterday => shift_day(p, -1),
            Word::YearRelative(o) => shift_year(p, o.into()),
            Word::Relative(o) => {
                let n = i + 1;
                let date = match self.slavic(n) {
                    Some(Word::Year) => shift_year(p, o.into()),
                    Some(Word::MonthNoun) => shift_month(p, o.into()),
                    _ => return None,
                };
                self.push_opt(date, i, n);
                return Some(n + 1);
            }
            Word::Ago => return self.slavic_ago(i),
            _ => return None,
        };
        self.push_opt(date, i, i);
        Some(i + 1)
    }

    /// "два года назад", "75 лет назад", "год назад", "три місяці тому",
    /// read back from "назад"/"тому" at `i`; none when approximate ("около
    /// ста лет назад", "кілька років тому").
    fn slavic_ago(&mut self, i: usize) -> Option<usize> {
        let unit = i.checked_sub(1)?;
        let unit_word = self.slavic(unit)?;
        let (n, first) = match self.slavic_count_before(unit) {
            Some(count) => count,
            // "год назад", "місяць тому": one.
            None if self.slavic_in(unit, &["год", "рік", "месяц", "місяць", "день"]) => {
                (1, unit)
            }
            None => return None,
        };
        let approximate = first
            .checked_sub(1)
            .is_some_and(|p| self.slavic_in(p, words::APPROXIMATE));
        if n == 0 || n > 100 || approximate {
            return None;
        }
        let n = i32::try_from(n).ok()?;
        let date = match unit_word {
            Word::Year | Word::Years | Word::YearsCounted => shift_year(self.published, -n),
            Word::MonthNoun => shift_month(self.published, -n),
            Word::DayNoun => shift_day(self.published, -i64::from(n)),
            _ => return None,
        };
        self.push_opt(date, first, i);
        Some(i + 1)
    }

    /// The count before the unit at `unit`, in digits or words ("двадцать
    /// пять", "п'ять"): (value, index of its first token).
    fn slavic_count_before(&self, unit: usize) -> Option<(u32, usize)> {
        let last = unit.checked_sub(1)?;
        if let Some(n) = self.number(last, 1..=3) {
            return self.clean_head(last).then_some((n, last));
        }
        let (n, first) = self.number_word_ending_at(last)?;
        if (1..10).contains(&n)
            && let Some((tens, tens_first)) = first
                .checked_sub(1)
                .and_then(|p| self.number_word_ending_at(p))
            && tens >= 20
            && tens % 10 == 0
        {
            return Some((tens + n, tens_first));
        }
        Some((n, first))
    }

    /// A number word ending at token `k`, joined across an apostrophe
    /// ("п'ять" is three tokens): (value, its first token).
    fn number_word_ending_at(&self, k: usize) -> Option<(u32, usize)> {
        if let Some(Word::Number(n)) = self.slavic(k) {
            return Some((n, k));
        }
        let apostrophe = k.checked_sub(1)?;
        let head = apostrophe.checked_sub(1)?;
        if !(self.glued(k)
            && self.glued(apostrophe)
            && self.punct_in(apostrophe, words::APOSTROPHES)
            && self.kind(head) == Some(Kind::Word))
        {
            return None;
        }
        let joined = format!("{}'{}", self.str(head), self.str(k));
        match words::word(&joined)? {
            Word::Number(n) => Some((n, head)),
            _ => None,
        }
    }
}
